#include "CsvReader.h"

#include "importers/PredictionFields.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <cstring>

namespace cs {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::CsvReader)
};

constexpr size_t kBufferBytes = size_t(1) << 20;
} // namespace

Result<std::unique_ptr<CsvReader>> CsvReader::open(const QString& path)
{
    std::unique_ptr<CsvReader> reader(new CsvReader);
    reader->m_path = path;
    const QFileInfo info(path);
    if (!info.exists()) {
        return Error(ErrorCode::NotFound, Tr::tr("%1 does not exist").arg(path));
    }
    if (!info.isFile()) {
        return Error(ErrorCode::InvalidArgument, Tr::tr("%1 is not a file").arg(path));
    }
    reader->m_file.setFileName(path);
    if (!reader->m_file.open(QIODevice::ReadOnly)) {
        return Error(ErrorCode::Io, Tr::tr("%1 cannot be read: %2").arg(path, reader->m_file.errorString()));
    }
    reader->m_fileSize = reader->m_file.size();
    reader->m_buffer.resize(kBufferBytes);
    auto filled = reader->fill();
    if (!filled) {
        return filled.error();
    }
    if (reader->m_end >= 3 && std::equal(reader->m_buffer.begin(), reader->m_buffer.begin() + 3, "\xEF\xBB\xBF")) {
        reader->m_pos = 3;
    }
    // UTF-16 (with a byte-order mark, or ASCII text with every other byte 0) is named as such, instead of failing
    // later on a header of mojibake.
    const auto* b = reinterpret_cast<const unsigned char*>(reader->m_buffer.data());
    const bool bom16 = reader->m_end >= 2 && ((b[0] == 0xFF && b[1] == 0xFE) || (b[0] == 0xFE && b[1] == 0xFF));
    // Without a mark: ASCII as UTF-16 over the first 64 bytes (or the whole file), one byte of each pair 0 and the
    // other not. Other NUL bytes are refused where they are (next()).
    const size_t pairs = std::min<size_t>(reader->m_end, 64) / 2;
    const auto zerosAt = [&](size_t zero) {
        for (size_t k = 0; k < pairs; ++k) {
            if (b[2 * k + zero] != 0 || b[2 * k + 1 - zero] == 0) {
                return false;
            }
        }
        return true;
    };
    const bool zeros16 = pairs >= 2 && (zerosAt(1) || zerosAt(0));
    if (bom16 || zeros16) {
        return Error(
            ErrorCode::InvalidArgument,
            Tr::tr("%1 is UTF-16 text; Countersign reads UTF-8: save it as \"CSV UTF-8\" and try again").arg(path));
    }
    return reader;
}

CsvReader::~CsvReader() = default;

Error CsvReader::error(qint64 line, const QString& what) const
{
    return Error(ErrorCode::InvalidArgument, Tr::tr("%1, line %2: %3").arg(m_path).arg(line).arg(what));
}

Result<QStringList> CsvReader::header()
{
    auto first = next();
    if (!first) {
        return first.error();
    }
    if (!first.value()) {
        return Error(ErrorCode::InvalidArgument, Tr::tr("%1 is empty: it needs a header row").arg(m_path));
    }
    QStringList names;
    QSet<QString> seen; // a set, not a list scan: a header of 100,000 columns is read in linear time
    for (qsizetype i = 0; i < fieldCount(); ++i) {
        const QString name = fieldString(i);
        if (seen.contains(name)) {
            return Error(ErrorCode::InvalidArgument,
                         Tr::tr("%1, header: the column \"%2\" appears twice").arg(m_path, name));
        }
        names.append(name);
        seen.insert(name);
    }
    m_headerWidth = names.size();
    return names;
}

Status CsvReader::forEachRow(const std::function<std::optional<Error>(qint64 row)>& visit)
{
    qint64 rows = 0;
    for (;;) {
        auto more = next();
        if (!more) {
            return more.error();
        }
        if (!more.value()) {
            break;
        }
        ++rows;
        const qint64 row = m_recordNumber - 1;
        if (fieldCount() != m_headerWidth) {
            return raggedRow(m_path, row, m_recordLine, fieldCount(), m_headerWidth);
        }
        if (auto e = visit(row)) {
            return *e;
        }
    }
    if (rows == 0) {
        return noRows(m_path);
    }
    return {};
}

Error CsvReader::raggedRow(const QString& path, qint64 row, qint64 line, qsizetype fields, qsizetype width)
{
    return PredictionFields::rowError(path, row, line,
                                      Tr::tr("the row has %1 fields, the header has %2").arg(fields).arg(width));
}

Error CsvReader::noRows(const QString& path)
{
    return Error(ErrorCode::InvalidArgument, Tr::tr("%1 has a header but no rows").arg(path));
}

Result<bool> CsvReader::fill()
{
    if (m_eof) {
        return false;
    }
    const qint64 n = m_file.read(m_buffer.data(), qint64(m_buffer.size()));
    if (n < 0) {
        return Error(ErrorCode::Io, Tr::tr("%1 cannot be read: %2").arg(m_path, m_file.errorString()));
    }
    m_pos = 0;
    m_end = size_t(n);
    if (n == 0) {
        m_eof = true;
        auto digest = m_hash.finishHex();
        if (!digest) {
            return digest.error();
        }
        m_sha256Hex = digest.value();
        return false;
    }
    m_hash.add(QByteArrayView(m_buffer.data(), n));
    m_bytesRead += n;
    return true;
}

/// Where the scan of one record stands.
struct CsvReader::Scan
{
    enum class State
    {
        FieldStart,
        Unquoted,
        Quoted,
        QuoteSeen,
        AfterCr,
    };
    State state = State::FieldStart;
    bool anyByte = false; ///< false while the record could still be a blank line
    bool done = false;
    qint64 startLine = 0;
    qint64 quoteLine = 0; ///< where the open quoted field started
};

Result<bool> CsvReader::next()
{
    for (;;) {
        auto record = readRecord();
        if (!record) {
            return record.error();
        }
        if (record.value() == Record::End) {
            return false;
        }
        if (record.value() == Record::Blank) {
            // A blank line: allowed only at the very end of the file.
            if (m_blankLine == 0) {
                m_blankLine = m_recordStart;
            }
            continue;
        }
        if (m_blankLine != 0) {
            return error(m_blankLine, Tr::tr("a blank line inside the file (every row must have the header's fields)"));
        }
        if (const void* nul = std::memchr(m_record.data(), 0, m_record.size())) {
            // Text never holds a NUL byte; a binary file, or UTF-16 the start of the file did not show, does.
            const size_t at = size_t(static_cast<const char*>(nul) - m_record.data());
            const auto field = std::upper_bound(m_ends.begin(), m_ends.end(), at) - m_ends.begin();
            return error(m_recordStart,
                         Tr::tr("field %1 holds a NUL byte: this is not a UTF-8 text file "
                                "(binary, or UTF-16?)")
                             .arg(field + 1));
        }
        ++m_recordNumber;
        m_recordLine = m_recordStart;
        return true;
    }
}

Result<CsvReader::Record> CsvReader::readRecord()
{
    m_record.clear();
    m_ends.clear();
    Scan s;
    s.startLine = m_recordStart = m_line;
    while (!s.done) {
        if (m_pos == m_end) {
            auto more = fill();
            if (!more) {
                return more.error();
            }
            if (!more.value()) {
                if (s.state == Scan::State::Quoted) {
                    return error(s.quoteLine, Tr::tr("a quoted field opened on this line is never closed"));
                }
                if (!s.anyByte) {
                    return Record::End;
                }
                if (s.state != Scan::State::AfterCr) {
                    m_ends.push_back(m_record.size());
                }
                break;
            }
        }
        if (auto e = step(s)) {
            return *e;
        }
        if (m_record.size() > size_t(kMaxRecordBytes)) {
            return error(s.startLine,
                         Tr::tr("the record starting on this line is longer than %1 MiB; this is not a "
                                "file of one row per sample")
                             .arg(kMaxRecordBytes >> 20));
        }
    }
    return s.anyByte ? Record::Fields : Record::Blank;
}

std::optional<Error> CsvReader::step(Scan& s)
{
    const char* buf = m_buffer.data();
    switch (s.state) {
    case Scan::State::FieldStart:
        if (buf[m_pos] == '"') {
            s.state = Scan::State::Quoted;
            s.quoteLine = m_line;
            s.anyByte = true;
            ++m_pos;
            return std::nullopt;
        }
        s.state = Scan::State::Unquoted;
        return scanUnquoted(s);
    case Scan::State::Unquoted:
        return scanUnquoted(s);
    case Scan::State::Quoted: {
        size_t i = m_pos;
        while (i < m_end && buf[i] != '"') {
            if (buf[i] == '\n') {
                ++m_line;
            }
            ++i;
        }
        m_record.append(buf + m_pos, i - m_pos);
        m_pos = i;
        if (i < m_end) {
            ++m_pos;
            s.state = Scan::State::QuoteSeen;
        }
        return std::nullopt;
    }
    case Scan::State::QuoteSeen:
        return afterQuote(s);
    case Scan::State::AfterCr:
        if (buf[m_pos] == '\n') {
            ++m_pos;
        }
        ++m_line;
        s.done = true;
        return std::nullopt;
    }
    return std::nullopt;
}

std::optional<Error> CsvReader::scanUnquoted(Scan& s)
{
    const char* buf = m_buffer.data();
    size_t i = m_pos;
    while (i < m_end) {
        const char c = buf[i];
        if (c == ',' || c == '\n' || c == '\r' || c == '"') {
            break;
        }
        ++i;
    }
    if (i > m_pos) {
        m_record.append(buf + m_pos, i - m_pos);
        s.anyByte = true;
        m_pos = i;
    }
    if (i == m_end) {
        return std::nullopt;
    }
    const char c = buf[i];
    ++m_pos;
    if (c == ',') {
        m_ends.push_back(m_record.size());
        s.anyByte = true;
        s.state = Scan::State::FieldStart;
    } else if (c == '"') {
        return error(m_line,
                     Tr::tr("a double quote inside an unquoted field (field %1); RFC 4180 wants the whole "
                            "field in quotes and the quote doubled")
                         .arg(m_ends.size() + 1));
    } else if (c == '\n') {
        ++m_line;
        m_ends.push_back(m_record.size());
        s.done = true;
    } else {
        m_ends.push_back(m_record.size());
        s.state = Scan::State::AfterCr;
    }
    return std::nullopt;
}

std::optional<Error> CsvReader::afterQuote(Scan& s)
{
    const char c = m_buffer[m_pos++];
    if (c == '"') {
        m_record.push_back('"');
        s.state = Scan::State::Quoted;
    } else if (c == ',') {
        m_ends.push_back(m_record.size());
        s.state = Scan::State::FieldStart;
    } else if (c == '\n') {
        ++m_line;
        m_ends.push_back(m_record.size());
        s.done = true;
    } else if (c == '\r') {
        m_ends.push_back(m_record.size());
        s.state = Scan::State::AfterCr;
    } else {
        return error(m_line,
                     Tr::tr("text after the closing quote of field %1; a quoted field must end at a comma or "
                            "the end of the line")
                         .arg(m_ends.size() + 1));
    }
    return std::nullopt;
}

} // namespace cs
