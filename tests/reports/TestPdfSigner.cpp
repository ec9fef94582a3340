// The PDF signature as an incremental update, held to tools nobody here wrote: Poppler's pdfsig (with an NSS
// database trusting the demo's CA only), OpenSSL's cms -verify over the byte ranges, and qpdf --check.
#include "PdfSigner.h"
#include "PdfTools.h"
#include "config-countersign-tests.h"
#include "identity/SecretBytes.h"
#include "pki/Certificate.h"

#include <QDateTime>
#include <QFile>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace cs;
using namespace cs::reports;

namespace {
using cs::test::runTool;
using cs::test::ToolRun;

/// A two-page PDF/A-1b document as the package writer makes them.
QByteArray samplePdf(const QString& path)
{
    {
        QPdfWriter writer(path);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setTitle(QStringLiteral("Change-control package CR-2026-0003"));
        QPainter painter(&writer);
        painter.setFont(QFont(QStringLiteral("DejaVu Sans"), 11));
        painter.drawText(400, 400, QStringLiteral("Change request CR-2026-0003: sensitivity 81.2% (75.0 to 86.4)"));
        writer.newPage();
        painter.drawText(400, 400, QStringLiteral("Page two"));
    }
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool write(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}
} // namespace

class TestPdfSigner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void validAndTrusted();
    void oneByteChangeIsCaught();
    void refusesWhatItCannotSign();

private:
    QByteArray signedSample(const QString& name);

    QTemporaryDir m_dir;
    QString m_nss;
    QString m_ca;
    SigningCredentials m_credentials;
};

void TestPdfSigner::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString demo = m_dir.filePath(QStringLiteral("demo.countersign"));
    const ToolRun made = runTool(QStringLiteral(COUNTERSIGN_CLI_PATH), {QStringLiteral("demo"), demo});
    QVERIFY2(made.exitCode == 0, made.err.constData());
    const QString credentials = m_dir.filePath(QStringLiteral("demo-credentials"));
    m_ca = credentials + QStringLiteral("/ca.pem");
    auto read = Pkcs12::read(credentials + QStringLiteral("/mlindqvist.p12"), SecretBytes::fromUtf8("demo-p12-pass"));
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message));
    m_credentials = read.value();
    QCOMPARE(m_credentials.chain.size(), 1); // the demo CA, included in the CMS
    // pdfsig's trust store: an NSS database that trusts the demo CA and nothing else.
    m_nss = m_dir.filePath(QStringLiteral("nss"));
    const QString problem = test::nssTrusting(m_nss, m_ca);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

QByteArray TestPdfSigner::signedSample(const QString& name)
{
    const QByteArray pdf = samplePdf(m_dir.filePath(name + QStringLiteral("-unsigned.pdf")));
    PdfSigner::Options options;
    options.name = QStringLiteral("Margaret Lindqvist");
    options.reason = QStringLiteral("Exported as the change-control package of CR-2026-0003 (ü, “quotes”)");
    options.signingTimeMs = QDateTime::currentMSecsSinceEpoch();
    auto signedPdf = PdfSigner::sign(pdf, m_credentials, options);
    if (!signedPdf) {
        qWarning("%s", qPrintable(signedPdf.error().message));
        return {};
    }
    // The original bytes are untouched: the signature is an update appended to them.
    if (!signedPdf->startsWith(pdf)) {
        qWarning("the original bytes changed");
        return {};
    }
    return signedPdf.value();
}

void TestPdfSigner::validAndTrusted()
{
    const QByteArray signedPdf = signedSample(QStringLiteral("valid"));
    QVERIFY(!signedPdf.isEmpty());
    const QString path = m_dir.filePath(QStringLiteral("valid.pdf"));
    QVERIFY(write(path, signedPdf));
    const ToolRun sig =
        runTool(QStringLiteral("pdfsig"), {QStringLiteral("-nssdir"), QStringLiteral("sql:") + m_nss, path});
    QVERIFY2(sig.out.contains("Signature is Valid.") && sig.out.contains("Certificate is Trusted.") &&
                 sig.out.contains("Total document signed") && sig.out.contains("ETSI.CAdES.detached") &&
                 sig.out.contains("SHA-256") && sig.out.contains("CN=Margaret Lindqvist"),
             sig.out.constData());
    const ToolRun check = runTool(QStringLiteral("qpdf"), {QStringLiteral("--check"), path});
    QVERIFY2(check.exitCode == 0 && check.out.contains("No syntax or stream encoding errors"), check.out.constData());

    // OpenSSL on its own: the CMS in /Contents verifies over the two byte ranges against the demo CA.
    const auto m = QRegularExpression(QStringLiteral("/ByteRange \\[0 (\\d+) (\\d+) (\\d+) *\\]"))
                       .match(QString::fromLatin1(signedPdf));
    QVERIFY(m.hasMatch());
    const qsizetype a = m.captured(1).toLongLong();
    const qsizetype b = m.captured(2).toLongLong();
    const qsizetype c = m.captured(3).toLongLong();
    QCOMPARE(b + c, signedPdf.size()); // the whole file but the signature itself
    QVERIFY(write(m_dir.filePath(QStringLiteral("ranges.bin")), signedPdf.left(a) + signedPdf.mid(b, c)));
    QVERIFY(write(m_dir.filePath(QStringLiteral("sig.der")), QByteArray::fromHex(signedPdf.mid(a + 1, b - a - 2))));
    const ToolRun cms = runTool(
        QStringLiteral("openssl"),
        {QStringLiteral("cms"), QStringLiteral("-verify"), QStringLiteral("-binary"), QStringLiteral("-inform"),
         QStringLiteral("DER"), QStringLiteral("-in"), m_dir.filePath(QStringLiteral("sig.der")),
         QStringLiteral("-content"), m_dir.filePath(QStringLiteral("ranges.bin")), QStringLiteral("-CAfile"), m_ca,
         QStringLiteral("-purpose"), QStringLiteral("any"), QStringLiteral("-out"), QStringLiteral("/dev/null")});
    QVERIFY2(cms.exitCode == 0 && cms.err.contains("Verification successful"), cms.err.constData());
    // PAdES baseline (ETSI EN 319 142-1, 5.2.2.1): the signed attributes are content type, message digest and ESS
    // signing-certificate-v2; no signing-time (the time is /M), which OpenSSL 3.0 adds unless it is taken out.
    const ToolRun printed = runTool(QStringLiteral("openssl"),
                                    {QStringLiteral("cms"), QStringLiteral("-cmsout"), QStringLiteral("-print"),
                                     QStringLiteral("-noout"), QStringLiteral("-inform"), QStringLiteral("DER"),
                                     QStringLiteral("-in"), m_dir.filePath(QStringLiteral("sig.der"))});
    QVERIFY2(printed.exitCode == 0, printed.err.constData());
    const qsizetype attrs = printed.out.indexOf("signedAttrs:");
    const qsizetype end = printed.out.indexOf("signatureAlgorithm:", attrs);
    QVERIFY2(attrs > 0 && end > attrs, printed.out.constData());
    const QByteArray signedAttributes = printed.out.mid(attrs, end - attrs);
    QVERIFY2(signedAttributes.contains("contentType") && signedAttributes.contains("messageDigest") &&
                 signedAttributes.contains("id-smime-aa-signingCertificateV2") &&
                 !signedAttributes.contains("signingTime"),
             signedAttributes.constData());
    QVERIFY2(sig.out.contains("Signing Time: "), sig.out.constData()); // pdfsig reads it from /M
}

void TestPdfSigner::oneByteChangeIsCaught()
{
    QByteArray signedPdf = signedSample(QStringLiteral("changed"));
    QVERIFY(!signedPdf.isEmpty());
    // One byte of the page text's stream, well inside the first signed range.
    const qsizetype at = signedPdf.indexOf("stream") + 40;
    signedPdf[at] = char(signedPdf[at] ^ 0x01);
    const QString path = m_dir.filePath(QStringLiteral("changed.pdf"));
    QVERIFY(write(path, signedPdf));
    const ToolRun sig =
        runTool(QStringLiteral("pdfsig"), {QStringLiteral("-nssdir"), QStringLiteral("sql:") + m_nss, path});
    QVERIFY2(!sig.out.contains("Signature is Valid.") && sig.out.contains("Digest Mismatch"), sig.out.constData());
}

void TestPdfSigner::refusesWhatItCannotSign()
{
    PdfSigner::Options options;
    options.name = QStringLiteral("x");
    // Not a PDF; a PDF whose cross-reference is a stream (not what QPdfWriter writes); a PDF already signed.
    auto notPdf = PdfSigner::sign(QByteArrayLiteral("hello"), m_credentials, options);
    QVERIFY(!notPdf.ok() && notPdf.error().message.contains(u"has no startxref"));
    auto stream = PdfSigner::sign(QByteArrayLiteral("%PDF-1.7\n1 0 obj\n<< /Type /XRef >>\nstream\nendstream\nendobj\n"
                                                    "startxref\n9\n%%EOF\n"),
                                  m_credentials, options);
    QVERIFY(!stream.ok() && stream.error().message.contains(u"cross-reference stream"));
    const QByteArray once = signedSample(QStringLiteral("twice"));
    QVERIFY(!once.isEmpty());
    auto twice = PdfSigner::sign(once, m_credentials, options);
    QVERIFY2(!twice.ok() && twice.error().message.contains(u"already has a form"),
             qPrintable(twice.ok() ? QString() : twice.error().message));
}

QTEST_MAIN(TestPdfSigner)
#include "TestPdfSigner.moc"
