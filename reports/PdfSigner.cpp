#include "PdfSigner.h"

#include "pki/Cms.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <QRegularExpression>

namespace cs::reports::PdfSigner {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::reports::PdfSigner)
};

Error refused(const QString& why)
{
    return Error(ErrorCode::InvalidArgument, Tr::tr("the PDF cannot be signed: %1").arg(why));
}

/// An object reference "N 0 R" under `key` in a dictionary's text, or 0.
int reference(const QByteArray& dictionary, const char* key)
{
    static const QString pattern = QStringLiteral("/%1\\s+(\\d+)\\s+0\\s+R");
    const QRegularExpression re(pattern.arg(QLatin1String(key)));
    const auto m = re.match(QString::fromLatin1(dictionary));
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

/// A text string as UTF-16BE hex with its byte-order mark (any character, nothing to escape).
QByteArray textString(const QString& text)
{
    QByteArray utf16 = "\xFE\xFF";
    for (const QChar c : text) {
        utf16.append(char(c.unicode() >> 8));
        utf16.append(char(c.unicode() & 0xFF));
    }
    return '<' + utf16.toHex().toUpper() + '>';
}

/// What the original file's last cross-reference section and trailer say.
struct Original
{
    qint64 xrefOffset = 0;
    int size = 0; ///< /Size: one more than the highest object number
    int root = 0;
    int info = 0;
    QByteArray id; ///< the /ID array as written, or empty
    QMap<int, qint64> offsets; ///< object number -> byte offset
};

Result<Original> readOriginal(QIODevice& file)
{
    Original o;
    const qint64 fileSize = file.size();
    const qint64 tailAt = std::max<qint64>(0, fileSize - 1024);
    if (!file.seek(tailAt)) {
        return refused(Tr::tr("it cannot be read"));
    }
    const QByteArray tail = file.read(fileSize - tailAt);
    const qsizetype startInTail = tail.lastIndexOf("startxref");
    if (startInTail < 0) {
        return refused(Tr::tr("it has no startxref"));
    }
    const qint64 start = tailAt + startInTail;
    bool ok = false;
    o.xrefOffset = tail.mid(startInTail + 9, 32).trimmed().split('\n').value(0).trimmed().toLongLong(&ok);
    if (!ok || o.xrefOffset <= 0 || o.xrefOffset >= start || !file.seek(o.xrefOffset)) {
        return refused(Tr::tr("its startxref does not point to a cross-reference table (a cross-reference stream or "
                              "a damaged file)"));
    }
    // The cross-reference table and the trailer: 20 bytes an object, read once.
    const QByteArray xref = file.read(start - o.xrefOffset);
    if (!xref.startsWith("xref")) {
        return refused(Tr::tr("its startxref does not point to a cross-reference table (a cross-reference stream or "
                              "a damaged file)"));
    }
    const qsizetype trailer = xref.indexOf("trailer");
    if (trailer < 0) {
        return refused(Tr::tr("it has no trailer after its cross-reference table"));
    }
    const QList<QByteArray> lines = xref.left(trailer).split('\n');
    for (qsizetype i = 1; i < lines.size();) {
        const QList<QByteArray> head = lines[i].trimmed().split(' ');
        if (lines[i].trimmed().isEmpty()) {
            ++i;
            continue;
        }
        bool firstOk = false;
        bool countOk = false;
        const int first = head.value(0).toInt(&firstOk);
        const int count = head.value(1).toInt(&countOk);
        if (head.size() != 2 || !firstOk || !countOk || count < 0 || i + count > lines.size() - 1) {
            return refused(Tr::tr("its cross-reference table is malformed near line %1").arg(i + 1));
        }
        for (int k = 0; k < count; ++k) {
            const QByteArray entry = lines.value(i + 1 + k).trimmed();
            if (entry.endsWith(" n")) {
                o.offsets.insert(first + k, entry.left(10).toLongLong());
            }
        }
        i += 1 + count;
    }
    const QByteArray dictionary = xref.mid(trailer);
    o.root = reference(dictionary, "Root");
    o.info = reference(dictionary, "Info");
    const QRegularExpression size(QStringLiteral("/Size\\s+(\\d+)"));
    o.size = size.match(QString::fromLatin1(dictionary)).captured(1).toInt();
    const qsizetype id = dictionary.indexOf("/ID");
    if (id >= 0) {
        const qsizetype open = dictionary.indexOf('[', id);
        const qsizetype close = dictionary.indexOf(']', id);
        if (open > 0 && close > open) {
            o.id = dictionary.mid(open, close - open + 1);
        }
    }
    if (o.root <= 0 || o.size <= 0) {
        return refused(Tr::tr("its trailer names no catalog or no size"));
    }
    return o;
}

/// The body of object `number` (between "N 0 obj" and "endobj"), trimmed.
Result<QByteArray> objectBody(QIODevice& file, const Original& o, int number)
{
    const qint64 offset = o.offsets.value(number, -1);
    const QByteArray head = QByteArray::number(number) + " 0 obj";
    if (offset < 0 || !file.seek(offset) || !file.peek(head.size()).startsWith(head)) {
        return refused(Tr::tr("object %1 is not where its cross-reference entry says").arg(number));
    }
    // The objects the update rewrites are dictionaries of a few hundred bytes; a megabyte is a damaged file.
    QByteArray text;
    qsizetype end = -1;
    while (end < 0 && text.size() < (1 << 20) && !file.atEnd()) {
        text += file.read(4096);
        end = text.indexOf("endobj");
    }
    if (end < 0) {
        return refused(Tr::tr("object %1 has no endobj").arg(number));
    }
    return text.mid(head.size(), end - head.size()).trimmed();
}

/// `dictionary` ("<< ... >>") with `entry` added before its closing ">>".
Result<QByteArray> withEntry(const QByteArray& dictionary, const QByteArray& entry, int number)
{
    if (!dictionary.startsWith("<<") || !dictionary.endsWith(">>")) {
        return refused(Tr::tr("object %1 is not a dictionary").arg(number));
    }
    return QByteArray(dictionary.left(dictionary.size() - 2) + entry + "\n>>");
}

/// An array's text ("[ ... ]") with `item` appended.
Result<QByteArray> withItem(const QByteArray& array, const QByteArray& item, int number)
{
    if (!array.startsWith('[') || !array.endsWith(']')) {
        return refused(Tr::tr("the annotations of object %1 are not an array").arg(number));
    }
    return QByteArray(array.left(array.size() - 1).trimmed() + ' ' + item + ']');
}

/// The /M date: D:YYYYMMDDHHmmSS+00'00'.
QByteArray pdfDate(qint64 ms)
{
    return "(D:" + QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() +
        "+00'00')";
}

/// The update's objects, in order, each "N 0 obj ... endobj".
struct Update
{
    QMap<int, QByteArray> objects; ///< number -> body
};

/// Plans the update: the signature dictionary, its widget on page 1, the form, an empty appearance, and the catalog
/// and page 1 (or its annotations array) rewritten to point at them.
Result<Update> plan(QIODevice& pdf, const Original& o, const Options& options, const QByteArray& byteRange,
                    const QByteArray& contents)
{
    Update u;
    const int signature = o.size;
    const int widget = o.size + 1;
    const int form = o.size + 2;
    const int appearance = o.size + 3;
    auto catalog = objectBody(pdf, o, o.root);
    if (!catalog) {
        return catalog.error();
    }
    if (catalog->contains("/AcroForm")) {
        return refused(Tr::tr("it already has a form (this writer signs a document once)"));
    }
    const int pages = reference(catalog.value(), "Pages");
    auto pagesBody = objectBody(pdf, o, pages);
    if (!pagesBody) {
        return pagesBody.error();
    }
    const QRegularExpression firstKid(QStringLiteral("/Kids\\s*\\[\\s*(\\d+)\\s+0\\s+R"));
    const int page = firstKid.match(QString::fromLatin1(pagesBody.value())).captured(1).toInt();
    auto pageBody = objectBody(pdf, o, page);
    if (!pageBody) {
        return pageBody.error();
    }
    const QByteArray widgetRef = QByteArray::number(widget) + " 0 R";
    if (const int annots = reference(pageBody.value(), "Annots")) {
        auto array = objectBody(pdf, o, annots);
        if (!array) {
            return array.error();
        }
        auto extended = withItem(array.value(), widgetRef, annots);
        if (!extended) {
            return extended.error();
        }
        u.objects.insert(annots, extended.value());
    } else if (pageBody->contains("/Annots")) {
        return refused(Tr::tr("page 1 (object %1) holds its annotations inline").arg(page));
    } else {
        auto extended = withEntry(pageBody.value(), "/Annots [" + widgetRef + "]", page);
        if (!extended) {
            return extended.error();
        }
        u.objects.insert(page, extended.value());
    }
    QByteArray catalogEntries = "/AcroForm " + QByteArray::number(form) + " 0 R";
    if (!options.manifest.isEmpty()) {
        const int manifest = o.size + 4;
        catalogEntries += '\n' + QByteArray(kManifestKey) + ' ' + QByteArray::number(manifest) + " 0 R";
        u.objects.insert(manifest,
                         "<<\n/Length " + QByteArray::number(options.manifest.size()) + "\n>>\nstream\n" +
                             options.manifest + "\nendstream");
    }
    auto newCatalog = withEntry(catalog.value(), catalogEntries, o.root);
    if (!newCatalog) {
        return newCatalog.error();
    }
    u.objects.insert(o.root, newCatalog.value());
    QByteArray sig = "<<\n/Type /Sig\n/Filter /Adobe.PPKLite\n/SubFilter /ETSI.CAdES.detached\n/ByteRange " +
        byteRange + "\n/Contents " + contents + "\n/M " + pdfDate(options.signingTimeMs) + "\n/Name " +
        textString(options.name) + "\n/Reason " + textString(options.reason);
    if (!options.location.isEmpty()) {
        sig += "\n/Location " + textString(options.location);
    }
    u.objects.insert(signature, sig + "\n>>");
    u.objects.insert(widget,
                     "<<\n/Type /Annot\n/Subtype /Widget\n/FT /Sig\n/T " + textString(QStringLiteral("Signature1")) +
                         "\n/V " + QByteArray::number(signature) + " 0 R\n/P " + QByteArray::number(page) +
                         " 0 R\n/Rect [0 0 0 0]\n/F 132\n/AP << /N " + QByteArray::number(appearance) + " 0 R >>\n>>");
    u.objects.insert(form, "<<\n/Fields [" + widgetRef + "]\n/SigFlags 3\n>>");
    u.objects.insert(appearance,
                     "<<\n/Type /XObject\n/Subtype /Form\n/BBox [0 0 0 0]\n/Length 0\n>>\nstream\n\nendstream");
    return u;
}

/// The update's bytes appended at `base` (the original's length): objects, cross-reference sections (one per run
/// of consecutive numbers), trailer.
QByteArray write(const Update& u, const Original& o, qint64 base)
{
    QByteArray out = "\n";
    QMap<int, qint64> offsets;
    for (auto i = u.objects.begin(); i != u.objects.end(); ++i) {
        offsets.insert(i.key(), base + out.size());
        out += QByteArray::number(i.key()) + " 0 obj\n" + i.value() + "\nendobj\n";
    }
    const qint64 xref = base + out.size();
    out += "xref\n0 1\n0000000000 65535 f \n";
    for (auto i = offsets.begin(); i != offsets.end();) {
        auto j = i;
        int count = 0;
        while (j != offsets.end() && j.key() == i.key() + count) {
            ++j;
            ++count;
        }
        out += QByteArray::number(i.key()) + ' ' + QByteArray::number(count) + '\n';
        for (auto k = i; k != j; ++k) {
            out += QByteArray::number(k.value()).rightJustified(10, '0') + " 00000 n \n";
        }
        i = j;
    }
    const int size = std::max(o.size, offsets.lastKey() + 1);
    out += "trailer\n<<\n/Size " + QByteArray::number(size) + "\n/Root " + QByteArray::number(o.root) + " 0 R\n";
    if (o.info > 0) {
        out += "/Info " + QByteArray::number(o.info) + " 0 R\n";
    }
    if (!o.id.isEmpty()) {
        out += "/ID " + o.id + '\n';
    }
    out += "/Prev " + QByteArray::number(o.xrefOffset) + "\n>>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

} // namespace

Status signFile(QIODevice& file, const SigningCredentials& credentials, const Options& options)
{
    auto original = readOriginal(file);
    if (!original) {
        return original.error();
    }
    // Placeholders of the final widths: the byte range's numbers are written over it, padded with spaces.
    const QByteArray rangePlaceholder = "[0 0000000000 0000000000 0000000000]";
    const QByteArray contentsPlaceholder = '<' + QByteArray(2 * qsizetype(options.contentsBytes), '0') + '>';
    auto update = plan(file, original.value(), options, rangePlaceholder, contentsPlaceholder);
    if (!update) {
        return update.error();
    }
    const qint64 base = file.size();
    QByteArray appended = write(update.value(), original.value(), base);
    const qsizetype rangeAt = appended.indexOf(QByteArray("/ByteRange " + rangePlaceholder)) + 11;
    const qsizetype contentsIn = appended.indexOf(QByteArray("/Contents " + contentsPlaceholder)) + 10;
    const qint64 contentsAt = base + contentsIn;
    const qint64 afterContents = contentsAt + contentsPlaceholder.size();
    const qint64 end = base + appended.size();
    const QByteArray range =
        QByteArray("[0 " + QByteArray::number(contentsAt) + ' ' + QByteArray::number(afterContents) + ' ' +
                   QByteArray::number(end - afterContents))
            .leftJustified(rangePlaceholder.size() - 1, ' ') +
        ']';
    if (range.size() != rangePlaceholder.size()) {
        return refused(Tr::tr("the file is too large for its byte range"));
    }
    appended.replace(rangeAt, range.size(), range);
    if (!file.seek(base) || file.write(appended) != appended.size()) {
        return Error(ErrorCode::Io, Tr::tr("the signature could not be appended: %1").arg(file.errorString()));
    }
    // The CMS over both byte ranges, read back from the file piece by piece.
    qint64 at = 0;
    bool seeked = file.seek(0);
    const Cms::ContentReader content = [&](char* buffer, qint64 capacity) -> qint64 {
        if (at == contentsAt) {
            at = afterContents;
            seeked = file.seek(at);
        }
        const qint64 stop = at < contentsAt ? contentsAt : end;
        if (!seeked || at >= stop) {
            return seeked ? 0 : -1;
        }
        const qint64 n = file.read(buffer, std::min(capacity, stop - at));
        at += std::max<qint64>(n, 0);
        return n;
    };
    // PAdES baseline: the time is /M, never a signed signing-time attribute (ETSI EN 319 142-1, 5.2.2.1).
    auto cms =
        Cms::signDetached(content, credentials.certificate, credentials.key, credentials.chain, Cms::SigningTime::Omit);
    if (!cms) {
        return cms.error();
    }
    const QByteArray hex = cms->toHex().toUpper();
    if (hex.size() > 2 * qsizetype(options.contentsBytes)) {
        return refused(Tr::tr("the signature takes %1 bytes, more than the %2 reserved")
                           .arg(cms->size())
                           .arg(options.contentsBytes));
    }
    if (!file.seek(contentsAt + 1) || file.write(hex) != hex.size() || !file.seek(end)) {
        return Error(ErrorCode::Io, Tr::tr("the signature could not be written: %1").arg(file.errorString()));
    }
    return {};
}

Result<QByteArray> sign(const QByteArray& pdf, const SigningCredentials& credentials, const Options& options)
{
    QByteArray signedPdf = pdf;
    QBuffer buffer(&signedPdf);
    if (!buffer.open(QIODevice::ReadWrite)) {
        return Error(ErrorCode::Io, Tr::tr("the PDF could not be opened in memory"));
    }
    if (auto s = signFile(buffer, credentials, options); !s) {
        return s.error();
    }
    buffer.close();
    return signedPdf;
}

} // namespace cs::reports::PdfSigner
