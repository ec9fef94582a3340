// The CSV reader (prediction files, drift windows): any bytes either read as records or give an error naming the
// file. What it reads must survive a round trip: the records written back out in RFC 4180 form (every field
// quoted) read back as the same records, and the file's SHA-256 is the one of its bytes.

#include "FuzzSupport.h"
#include "importers/CsvReader.h"

#include <QCryptographicHash>

using namespace cs;

namespace {

struct Parsed
{
    QStringList header;
    QList<QList<QByteArray>> rows;
    QString sha256;
};

std::optional<Parsed> read(const QString& path)
{
    auto csv = CsvReader::open(path);
    if (!csv) {
        fuzz::checkError(csv.error(), path);
        return std::nullopt;
    }
    CsvReader& reader = *csv.value();
    Parsed parsed;
    auto header = reader.header();
    if (!header) {
        fuzz::checkError(header.error(), path);
        return std::nullopt;
    }
    parsed.header = header.value();
    const auto rows = reader.forEachRow([&](qint64 row) -> std::optional<Error> {
        fuzz::check(row == parsed.rows.size() + 1, "rows are not numbered from 1 in order");
        fuzz::check(reader.fieldCount() == parsed.header.size(), "a row of another width was handed over");
        QList<QByteArray> fields;
        for (qsizetype i = 0; i < reader.fieldCount(); ++i) {
            const auto f = reader.field(i);
            fields.append(QByteArray(f.data(), qsizetype(f.size())));
        }
        parsed.rows.append(fields);
        return std::nullopt;
    });
    if (!rows) {
        fuzz::checkError(rows.error(), path);
        return std::nullopt;
    }
    parsed.sha256 = reader.sha256Hex();
    return parsed;
}

QByteArray quoted(const QByteArray& field)
{
    QByteArray out("\"");
    out += QByteArray(field).replace('"', QByteArrayLiteral("\"\""));
    return out + '"';
}

QByteArray write(const Parsed& parsed)
{
    QByteArray out;
    QList<QByteArray> names;
    for (const QString& name : parsed.header) {
        names.append(quoted(name.toUtf8()));
    }
    out += names.join(',') + "\r\n";
    for (const auto& row : parsed.rows) {
        QList<QByteArray> fields;
        for (const QByteArray& f : row) {
            fields.append(quoted(f));
        }
        out += fields.join(',') + "\r\n";
    }
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    static const QString path = fuzz::scratch() + QStringLiteral("/predictions.csv");
    static const QString again = fuzz::scratch() + QStringLiteral("/written-back.csv");
    fuzz::put(path, input);
    const auto parsed = read(path);
    if (!parsed) {
        return 0;
    }
    const QString digest = QString::fromLatin1(QCryptographicHash::hash(input, QCryptographicHash::Sha256).toHex());
    fuzz::check(parsed->sha256 == digest, "the file's SHA-256 is not the one of its bytes", parsed->sha256);

    fuzz::put(again, write(*parsed));
    const auto reread = read(again);
    fuzz::check(reread.has_value(), "records written back in RFC 4180 form were refused");
    fuzz::check(reread->header == parsed->header, "the header changed in a round trip", reread->header.join(u'|'));
    fuzz::check(reread->rows == parsed->rows, "a record changed in a round trip");
    return 0;
}
