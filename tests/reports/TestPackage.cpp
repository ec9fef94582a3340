// The change-control package end to end through countersign-cli, read back with tools nobody here wrote: pdfsig
// (signature valid, certificate trusted by an NSS database holding only the demo CA, the whole document signed),
// pdftotext (every printed figure as the evidence holds it), pdffonts (every font embedded), pdfinfo and qpdf; and
// package verify, which must agree with pdfsig on every change and name what it found.
#include "PdfTools.h"
#include "Tamper.h"
#include "config-countersign-tests.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

namespace {
using cs::test::runTool;
using Run = cs::test::ToolRun;

Run cli(const QStringList& args, const QByteArray& input = {})
{
    return runTool(QStringLiteral(COUNTERSIGN_CLI_PATH), args, input);
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray sha256Of(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex()
                                       : QByteArray();
}
} // namespace

class TestPackage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exportedPackageVerifiesWithPdfsig();
    void printedFiguresAreTheEvidence();
    void whatChangedAndDataAreTheSources();
    void exportIsAudited();
    void packageVerifyAcceptsTheExport();
    void packageVerifyFindsChanges();
    void revokedBeforeSigningIsRefused();
    void auditExcerptVerifiesIndependently();
    void auditReportExportsAndVerifies();
    void letterPaper();
    void nothingWrittenOnFailure();
    void pccpDocumentExportsSigned();

private:
    QStringList exportArgs(const QString& id, const QString& out) const;
    QByteArray text(int firstPage = 0, int lastPage = 0) const;

    QTemporaryDir m_dir;
    QString m_workspace;
    QString m_credentials;
    QString m_nss;
    QString m_pdf;
    QJsonObject m_request;
};

void TestPackage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_workspace = m_dir.filePath(QStringLiteral("demo.countersign"));
    const Run made = cli({QStringLiteral("demo"), m_workspace});
    QVERIFY2(made.exitCode == 0, made.err.constData());
    m_credentials = m_dir.filePath(QStringLiteral("demo-credentials"));
    m_nss = m_dir.filePath(QStringLiteral("nss"));
    const QString problem = cs::test::nssTrusting(m_nss, m_credentials + QStringLiteral("/ca.pem"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // The demo's implemented request (version 3 against version 1), exported by the QA officer who released it.
    m_pdf = m_dir.filePath(QStringLiteral("CR-2026-0003.pdf"));
    const Run exported = cli(exportArgs(QStringLiteral("CR-2026-0003"), m_pdf), "demo-qa-pass\ndemo-p12-pass\n");
    QVERIFY2(exported.exitCode == 0 && exported.out.contains("Exported the change-control package of CR-2026-0003"),
             exported.err.constData());
    const Run shown = cli({QStringLiteral("cr"), QStringLiteral("show"), m_workspace, QStringLiteral("CR-2026-0003"),
                           QStringLiteral("--json")});
    QVERIFY(shown.exitCode == 0);
    m_request = QJsonDocument::fromJson(shown.out).object();
}

QStringList TestPackage::exportArgs(const QString& id, const QString& out) const
{
    return {QStringLiteral("package"),
            QStringLiteral("export"),
            m_workspace,
            id,
            QStringLiteral("--out"),
            out,
            QStringLiteral("--user"),
            QStringLiteral("mlindqvist"),
            QStringLiteral("--password-fd"),
            QStringLiteral("0"),
            QStringLiteral("--pkcs12"),
            m_credentials + QStringLiteral("/mlindqvist.p12"),
            QStringLiteral("--passphrase-fd"),
            QStringLiteral("0")};
}

QByteArray TestPackage::text(int firstPage, int lastPage) const
{
    QStringList args;
    if (firstPage > 0) {
        args << QStringLiteral("-f") << QString::number(firstPage) << QStringLiteral("-l") << QString::number(lastPage);
    }
    return runTool(QStringLiteral("pdftotext"), args << m_pdf << QStringLiteral("-")).out;
}

void TestPackage::exportedPackageVerifiesWithPdfsig()
{
    const Run sig =
        runTool(QStringLiteral("pdfsig"), {QStringLiteral("-nssdir"), QStringLiteral("sql:") + m_nss, m_pdf});
    QVERIFY2(sig.out.contains("Signature is Valid.") && sig.out.contains("Certificate is Trusted.") &&
                 sig.out.contains("Total document signed") && sig.out.contains("CN=Margaret Lindqvist"),
             sig.out.constData());
    const Run fonts = runTool(QStringLiteral("pdffonts"), {m_pdf});
    const QList<QByteArray> lines = fonts.out.split('\n');
    QVERIFY2(lines.size() > 3, fonts.out.constData());
    for (const QByteArray& line : lines.mid(2)) {
        if (!line.trimmed().isEmpty()) {
            // name, type..., encoding, then emb sub uni: every font embedded
            QVERIFY2(QRegularExpression(QStringLiteral("\\s+yes\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+\\s*$"))
                         .match(QString::fromLatin1(line))
                         .hasMatch(),
                     line.constData());
        }
    }
    const Run check = runTool(QStringLiteral("qpdf"), {QStringLiteral("--check"), m_pdf});
    QVERIFY2(check.exitCode == 0, check.out.constData());
    const Run info = runTool(QStringLiteral("pdfinfo"), {m_pdf});
    QVERIFY2(info.out.contains("595 x 842 pts (A4)") && info.out.contains("Form:            AcroForm") &&
                 info.out.contains("Encrypted:       no"),
             info.out.constData());
    // Every page says which request it belongs to, where it stands, and that this is a demo.
    const int pages =
        QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(QString::fromLatin1(info.out)).captured(1).toInt();
    QVERIFY(pages >= 5);
    for (int page = 1; page <= pages; ++page) {
        const QString onPage = QString::fromUtf8(text(page, page));
        QVERIFY2(onPage.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)) &&
                     onPage.contains(u"CR-2026-0003") && onPage.contains(u"Demo workspace"),
                 qPrintable(onPage.left(400)));
    }

    // One byte changed inside the signed range: pdfsig finds the digest no longer matches.
    const QString changed = m_dir.filePath(QStringLiteral("changed.pdf"));
    const QString problem = cs::test::copyWithOneByteChanged(m_pdf, changed);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const Run broken =
        runTool(QStringLiteral("pdfsig"), {QStringLiteral("-nssdir"), QStringLiteral("sql:") + m_nss, changed});
    QVERIFY2(broken.out.contains("Digest Mismatch") && !broken.out.contains("Signature is Valid."),
             broken.out.constData());
}

void TestPackage::printedFiguresAreTheEvidence()
{
    const QString all = QString::fromUtf8(text());
    // No ligatures: "ff" and "fi" are two letters, so digests and words extract as they were written.
    QVERIFY(!all.contains(QChar(0xFB00)) && !all.contains(QChar(0xFB01)));
    QVERIFY2(all.contains(m_request[u"evidence_sha256"].toString()), "the evidence SHA-256 is not printed whole");
    const QJsonArray datasets = m_request[u"evidence"][u"datasets"].toArray();
    QCOMPARE(datasets.size(), 2);
    for (const QJsonValue& d : datasets) {
        QVERIFY(all.contains(d[u"name"].toString()));
        const QJsonObject report = d[u"report"].toObject();
        QVERIFY(all.contains(QStringLiteral("%1 samples, %2 positives")
                                 .arg(report[u"n"].toInteger())
                                 .arg(report[u"positives"].toInteger())));
        for (const char* side : {"reference", "candidate"}) {
            const QJsonObject v = report[QLatin1String(side)].toObject();
            for (const char* metric : {"auc"}) {
                const QString printed = QString::number(v[QLatin1String(metric)][u"value"].toDouble(), 'f', 3);
                QVERIFY2(all.contains(printed),
                         qPrintable(QStringLiteral("AUC %1 (%2)").arg(printed, QLatin1String(side))));
            }
            for (const char* metric : {"sensitivity", "specificity", "accuracy"}) {
                const QString printed =
                    QString::number(v[QLatin1String(metric)][u"value"].toDouble() * 100, 'f', 1) + u'%';
                QVERIFY2(
                    all.contains(printed),
                    qPrintable(QStringLiteral("%1 %2 (%3)").arg(printed, QLatin1String(metric), QLatin1String(side))));
            }
        }
        const QJsonObject predictions = d[u"predictions_sha256"].toObject();
        QCOMPARE(predictions.size(), 2);
        for (const QJsonValue& digest : predictions) {
            QVERIFY2(all.contains(digest.toString()), qPrintable(digest.toString()));
        }
    }
    // The signature manifestation: each signer's printed name, meaning and certificate fingerprint.
    int signatures = 0;
    for (const QJsonValue& m : m_request[u"moves"].toArray()) {
        if (m[u"signature"].toInteger() > 0) {
            ++signatures;
            // signed when the step was taken, printed in UTC to the second (the date above the time)
            const QDateTime at = QDateTime::fromString(m[u"at"].toString(), Qt::ISODateWithMs).toUTC();
            const QString printed =
                at.toString(QStringLiteral("yyyy-MM-dd")) + u'\n' + at.toString(QStringLiteral("HH:mm:ss 'UTC'"));
            QVERIFY2(all.contains(printed), qPrintable(printed));
        }
    }
    QCOMPARE(signatures, 3); // authored, approved, released
    for (const char* statement : {"I, Daniel Okafor, am the author of this record",
                                  "I, Margaret Lindqvist, approve "
                                  "this record",
                                  "I, Margaret Lindqvist, release this record for use"}) {
        QVERIFY2(all.simplified().contains(QLatin1String(statement)), statement);
    }
    // The exporter's certificate fingerprint as OpenSSL computes it from the PKCS#12 file.
    const QString pem = m_dir.filePath(QStringLiteral("mlindqvist.pem"));
    const Run extracted =
        runTool(QStringLiteral("openssl"),
                {QStringLiteral("pkcs12"), QStringLiteral("-in"), m_credentials + QStringLiteral("/mlindqvist.p12"),
                 QStringLiteral("-passin"), QStringLiteral("pass:demo-p12-pass"), QStringLiteral("-nokeys"),
                 QStringLiteral("-clcerts"), QStringLiteral("-out"), pem});
    QVERIFY2(extracted.exitCode == 0, extracted.err.constData());
    const QString fingerprint =
        QString::fromLatin1(runTool(QStringLiteral("openssl"),
                                    {QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-fingerprint"),
                                     QStringLiteral("-sha256"), QStringLiteral("-in"), pem})
                                .out.trimmed()
                                .split('=')
                                .value(1)
                                .replace(':', "")
                                .toLower());
    QCOMPARE(fingerprint.size(), 64);
    QVERIFY2(all.contains(fingerprint), qPrintable(fingerprint));
}

void TestPackage::whatChangedAndDataAreTheSources()
{
    // Sections 3 and 4 against the demo's own sources, read with git and sha256sum: each version's commit and the
    // configuration's line diff as git prints them, each dataset file's digest and the data contract's outcome.
    const QString all = QString::fromUtf8(text());
    const qsizetype changed = all.indexOf(QStringLiteral("3. What changed"));
    const qsizetype data = all.indexOf(QStringLiteral("4. Data"));
    const qsizetype validation = all.indexOf(QStringLiteral("5. Validation"));
    QVERIFY2(changed > 0 && data > changed && validation > data, "sections 3, 4 and 5 in order");
    const QString whatChanged = all.mid(changed, data - changed);
    const QString dataText = all.mid(data, validation - data);
    const QString sources = m_dir.filePath(QStringLiteral("demo-sources"));
    const QString repo = sources + QStringLiteral("/sepsis-training");
    const Run log = runTool(QStringLiteral("git"),
                            {QStringLiteral("-C"), repo, QStringLiteral("log"), QStringLiteral("--format=%H %s")});
    QVERIFY2(log.exitCode == 0, log.err.constData());
    QByteArray baseline;
    QByteArray candidate;
    for (const QByteArray& line : log.out.split('\n')) {
        if (line.contains("Baseline gradient boosting on vitals and labs")) { // version 1
            baseline = line.left(40);
        } else if (line.contains("Add lactate trend features; isotonic calibration")) { // version 3
            candidate = line.left(40);
        }
    }
    QVERIFY2(baseline.size() == 40 && candidate.size() == 40, log.out.constData());
    QVERIFY2(whatChanged.contains(QString::fromLatin1(baseline)) &&
                 whatChanged.contains(QString::fromLatin1(candidate)),
             "both commits printed whole");
    const Run diff =
        runTool(QStringLiteral("git"),
                {QStringLiteral("-C"), repo, QStringLiteral("diff"), QString::fromLatin1(baseline),
                 QString::fromLatin1(candidate), QStringLiteral("--"), QStringLiteral("config/train.yaml")});
    QVERIFY2(diff.exitCode == 0, diff.err.constData());
    const QString printedDiff = whatChanged.simplified();
    int lines = 0;
    for (const QByteArray& line : diff.out.split('\n')) {
        if ((line.startsWith('+') || line.startsWith('-')) && !line.startsWith("+++") && !line.startsWith("---")) {
            ++lines;
            QVERIFY2(printedDiff.contains(QString::fromUtf8(line).simplified()), line.constData());
        }
    }
    QVERIFY2(lines >= 6, diff.out.constData()); // max_depth, n_estimators, class_weight, lactate_trend, calibration
    // A parameter changed from version 1 to 3, with both values.
    QVERIFY2(printedDiff.contains(QStringLiteral("max_depth v1 4 v3 6")), qPrintable(printedDiff.left(3000)));
    for (const char* file : {"locked-validation-2026q3.csv", "challenge-2026q3.csv"}) {
        const QString path = sources + QStringLiteral("/data/") + QLatin1String(file);
        const Run sum = runTool(QStringLiteral("sha256sum"), {path});
        QVERIFY2(sum.exitCode == 0, sum.err.constData());
        const QString digest = QString::fromLatin1(sum.out.left(64));
        QVERIFY2(dataText.contains(QLatin1String(file)) && dataText.contains(digest), file);
        QVERIFY2(all.indexOf(digest, validation) > 0, "and in the appendix"); // the appendix lists it too
    }
    // The data contract: the Great Expectations result's own count of expectations met.
    QFile gx(sources + QStringLiteral("/data/locked-validation-2026q3.gx.json"));
    QVERIFY(gx.open(QIODevice::ReadOnly));
    const QJsonObject result = QJsonDocument::fromJson(gx.readAll()).object();
    const int evaluated = int(result[u"results"].toArray().size());
    int met = 0;
    for (const QJsonValue& r : result[u"results"].toArray()) {
        met += r[u"success"].toBool() ? 1 : 0;
    }
    QVERIFY2(dataText.simplified().contains(QStringLiteral("%1 of %2 expectations met").arg(met).arg(evaluated)),
             qPrintable(dataText.left(2000)));
    QVERIFY(dataText.contains(QStringLiteral("No data contract is attached to this dataset."))); // the challenge set
}

void TestPackage::exportIsAudited()
{
    const Run log = cli({QStringLiteral("log"), m_workspace, QStringLiteral("--json")});
    const QJsonArray events = QJsonDocument::fromJson(log.out).array();
    QVERIFY(!events.isEmpty());
    const QJsonObject last = events.last().toObject();
    QCOMPARE(last[u"action"].toString(), QStringLiteral("document.exported"));
    QCOMPARE(last[u"entity_id"].toString(), QStringLiteral("CR-2026-0003"));
    QCOMPARE(last[u"actor"].toString(), QStringLiteral("mlindqvist"));
    QCOMPARE(last[u"after"][u"sha256"].toString().toLatin1(), sha256Of(m_pdf));
    QCOMPARE(last[u"after"][u"bytes"].toInteger(), QFileInfo(m_pdf).size());
    const Run verified = cli({QStringLiteral("verify"), m_workspace});
    QVERIFY2(verified.exitCode == 0, verified.out.constData());
}

void TestPackage::packageVerifyAcceptsTheExport()
{
    // With the workspace: the signature, the chain to the workspace's trusted CA, the manifest, the export recorded
    // with this file's SHA-256 and every digest as in the records.
    Run r = cli({QStringLiteral("package"), QStringLiteral("verify"), m_pdf, QStringLiteral("--workspace"), m_workspace,
                 QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.out.constData());
    const QJsonObject result = QJsonDocument::fromJson(r.out).object();
    QVERIFY(result[u"valid"].toBool());
    QCOMPARE(result[u"sha256"].toString().toLatin1(), sha256Of(m_pdf));
    QCOMPARE(result[u"signed_bytes"].toInteger(), QFileInfo(m_pdf).size());
    QCOMPARE(result[u"request_id"].toString(), QStringLiteral("CR-2026-0003"));
    QStringList names;
    for (const QJsonValue& c : result[u"checks"].toArray()) {
        QVERIFY2(c[u"passed"].toBool(), qPrintable(c[u"detail"].toString()));
        names.append(c[u"check"].toString());
    }
    QCOMPARE(names,
             (QStringList {
                 QStringLiteral("Signature"), QStringLiteral("Whole document"), QStringLiteral("Signed bytes"),
                 QStringLiteral("Certificate chain"), QStringLiteral("Manifest"), QStringLiteral("Audit-trail excerpt"),
                 QStringLiteral("Workspace"), QStringLiteral("Recorded export"), QStringLiteral("Signer's certificate"),
                 QStringLiteral("Excerpt against the trail"), QStringLiteral("Digests")}));
    // The signer it names is the certificate in the QA officer's key file, as OpenSSL reads it.
    const Run pem = runTool(QStringLiteral("openssl"),
                            {QStringLiteral("pkcs12"), QStringLiteral("-in"), m_credentials + u"/mlindqvist.p12",
                             QStringLiteral("-nokeys"), QStringLiteral("-clcerts"), QStringLiteral("-passin"),
                             QStringLiteral("pass:demo-p12-pass")});
    const Run fingerprint = runTool(
        QStringLiteral("openssl"),
        {QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-fingerprint"), QStringLiteral("-sha256")},
        pem.out);
    QVERIFY2(fingerprint.exitCode == 0, fingerprint.err.constData());
    QCOMPARE(result[u"signer"][u"certificate_sha256"].toString().toLatin1(),
             QByteArray(fingerprint.out.trimmed().split('=').value(1)).replace(':', "").toLower());
    // The number of digests is the appendix's rows as `cr show --json` gives the records: content and plan per
    // revision, evidence per evaluated revision, imported files, data contracts and predictions per dataset (and
    // version), and each signature.
    qsizetype expected = 0;
    for (const QJsonValue& rev : m_request[u"revisions"].toArray()) {
        expected += rev[u"evidence_sha256"].isString() ? 3 : 2;
    }
    for (const QJsonValue& d : m_request[u"evidence"][u"datasets"].toArray()) {
        expected += d[u"predictions_sha256"].toObject().size() + d[u"data"][u"files"].toArray().size() +
            d[u"data"][u"contracts"].toArray().size();
    }
    for (const QJsonValue& m : m_request[u"moves"].toArray()) {
        expected += m[u"signature"].toInteger() > 0 ? 1 : 0;
    }
    QVERIFY(expected >= 8);
    QVERIFY2(result[u"checks"].toArray().last()[u"detail"].toString().startsWith(
                 QStringLiteral("all %1 digests of CR-2026-0003").arg(expected)),
             qPrintable(result[u"checks"].toArray().last()[u"detail"].toString()));

    // With only the CA: the document's own checks, and the verdict in words.
    r = cli({QStringLiteral("package"), QStringLiteral("verify"), m_pdf, QStringLiteral("--ca"),
             m_credentials + u"/ca.pem"});
    QVERIFY2(r.exitCode == 0 && r.out.contains("The package is valid.") && !r.out.contains("Recorded export") &&
                 r.out.contains("ok    Audit-trail excerpt: "),
             r.out.constData());
}

void TestPackage::packageVerifyFindsChanges()
{
    const QByteArray original = readAll(m_pdf);
    const QString ca = m_credentials + QStringLiteral("/ca.pem");
    const auto verify = [&](const QString& file, const QStringList& more = {}) {
        return cli(QStringList {QStringLiteral("package"), QStringLiteral("verify"), file} + more);
    };
    const auto pdfsig = [this](const QString& file) {
        return runTool(QStringLiteral("pdfsig"), {QStringLiteral("-nssdir"), QStringLiteral("sql:") + m_nss, file}).out;
    };

    // One byte changed inside the signed range: both pdfsig and package verify refuse it.
    const QString changed = m_dir.filePath(QStringLiteral("verify-changed.pdf"));
    const QString notChanged = cs::test::copyWithOneByteChanged(m_pdf, changed);
    QVERIFY2(notChanged.isEmpty(), qPrintable(notChanged));
    QVERIFY(pdfsig(changed).contains("Digest Mismatch"));
    Run r = verify(changed, {QStringLiteral("--ca"), ca});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains("FAIL  Signed bytes") && r.out.contains("The package is NOT valid: Signed bytes"),
             r.out.constData());

    // Bytes appended after signing: pdfsig says the whole document is no longer signed; package verify refuses.
    const QString appended = m_dir.filePath(QStringLiteral("verify-appended.pdf"));
    const QByteArray update = "\n% an update nobody signed\n%%EOF\n";
    QVERIFY(writeAll(appended, original + update));
    QVERIFY(pdfsig(appended).contains("Not total document signed"));
    r = verify(appended, {QStringLiteral("--ca"), ca});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains(QByteArray("FAIL  Whole document: " + QByteArray::number(update.size()) +
                                       " bytes were appended after the signed range ends at byte " +
                                       QByteArray::number(original.size()))),
             r.out.constData());

    // A CA that did not issue the signer's certificate.
    const QString otherCa = m_dir.filePath(QStringLiteral("other-ca.pem"));
    const Run made =
        runTool(QStringLiteral("openssl"),
                {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                 QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                 QStringLiteral("-subj"), QStringLiteral("/CN=Some Other CA"), QStringLiteral("-keyout"),
                 m_dir.filePath(QStringLiteral("other-ca.key")), QStringLiteral("-out"), otherCa,
                 QStringLiteral("-days"), QStringLiteral("2")});
    QVERIFY2(made.exitCode == 0, made.err.constData());
    r = verify(m_pdf, {QStringLiteral("--ca"), otherCa});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains("FAIL  Certificate chain") && r.out.contains("ok    Signed bytes"), r.out.constData());

    // The records changed after the export (someone with write access to the file): the digest that differs is
    // named, with both values.
    const QString copy = m_dir.filePath(QStringLiteral("tampered.countersign"));
    QVERIFY(QFile::copy(m_workspace, copy));
    const QString zeros(64, u'0');
    const QString problem =
        cs::test::tamper(copy,
                         {QStringLiteral("UPDATE change_request_evidence SET evidence_sha256 = '%1' WHERE "
                                         "request_id = 'CR-2026-0003'")
                              .arg(zeros)});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    r = verify(m_pdf, {QStringLiteral("--workspace"), copy});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains(QByteArray("FAIL  Digests: revision/1/evidence is ")) &&
                 r.out.contains(QByteArray("in the package but " + zeros.toLatin1() + " in the records")),
             r.out.constData());

    // The person the trail says exported it is no longer the one the certificate names (their record rewritten under
    // the triggers): the workspace's own certificate check refuses the signer.
    const QString renamed = m_dir.filePath(QStringLiteral("renamed.countersign"));
    QVERIFY(QFile::copy(m_workspace, renamed));
    const QString renaming =
        cs::test::tamper(renamed,
                         {QStringLiteral("UPDATE user_account SET full_name = 'Mallory Other', email = "
                                         "'mallory@elsewhere.example' WHERE username = 'mlindqvist'")});
    QVERIFY2(renaming.isEmpty(), qPrintable(renaming));
    r = verify(m_pdf, {QStringLiteral("--workspace"), renamed});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains("ok    Recorded export") && r.out.contains("FAIL  Signer's certificate: "),
             r.out.constData());

    // Not a PDF: unreadable (2), naming the file; no CA and no workspace: a usage error (2).
    const QString text = m_dir.filePath(QStringLiteral("not-a.pdf"));
    QVERIFY(writeAll(text, "hello\n"));
    r = verify(text, {QStringLiteral("--ca"), ca});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QByteArray(text.toUtf8() + ": it is not a PDF file")), r.err.constData());
    r = verify(m_pdf);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("--ca FILE") && r.err.contains("--workspace"), r.err.constData());
}

// "Signer's certificate" with a certificate its CA revoked before the signature: a CA made here with openssl (the demo
// keeps no CA key) issues the QA officer a second certificate, the workspace trusts it, she exports with it, and then
// the CA's revocation list (made by `openssl ca -gencrl`) says it was revoked the day before. The PDF's own signature
// stays valid; the workspace's check refuses it, naming both times.
void TestPackage::revokedBeforeSigningIsRefused()
{
    QDir dir(m_dir.filePath(QStringLiteral("revoking-ca")));
    QVERIFY(dir.mkpath(QStringLiteral(".")));
    const auto at = [&dir](const char* name) {
        return dir.filePath(QLatin1String(name));
    };
    const auto openssl = [](const QStringList& args) {
        const Run r = runTool(QStringLiteral("openssl"), args);
        return r.exitCode == 0 ? QByteArray() : QByteArray(r.err.isEmpty() ? "openssl failed" : r.err);
    };
    const QString organisation = QStringLiteral("/O=St. Elsewhere University Hospital");
    QByteArray problem =
        openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                 QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                 QStringLiteral("-subj"), QStringLiteral("/CN=Revoking Test CA") + organisation,
                 QStringLiteral("-keyout"), at("ca.key"), QStringLiteral("-out"), at("ca.pem"), QStringLiteral("-days"),
                 QStringLiteral("30"), QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE"),
                 QStringLiteral("-addext"), QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")});
    QVERIFY2(problem.isEmpty(), problem.constData());
    problem = openssl({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                       QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                       QStringLiteral("-subj"), QStringLiteral("/CN=Margaret Lindqvist") + organisation,
                       QStringLiteral("-keyout"), at("signer.key"), QStringLiteral("-out"), at("signer.csr")});
    QVERIFY2(problem.isEmpty(), problem.constData());
    QFile extensions(at("signer.ext"));
    QVERIFY(extensions.open(QIODevice::WriteOnly));
    extensions.write("basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature,nonRepudiation\n"
                     "extendedKeyUsage=emailProtection\nsubjectAltName=email:margaret.lindqvist@st-elsewhere.example\n"
                     "subjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid\n");
    extensions.close();
    problem =
        openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), at("signer.csr"),
                 QStringLiteral("-CA"), at("ca.pem"), QStringLiteral("-CAkey"), at("ca.key"),
                 QStringLiteral("-set_serial"), QStringLiteral("0x5EED"), QStringLiteral("-days"), QStringLiteral("20"),
                 QStringLiteral("-extfile"), at("signer.ext"), QStringLiteral("-out"), at("signer.pem")});
    QVERIFY2(problem.isEmpty(), problem.constData());
    problem = openssl({QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-inkey"), at("signer.key"),
                       QStringLiteral("-in"), at("signer.pem"), QStringLiteral("-certfile"), at("ca.pem"),
                       QStringLiteral("-out"), at("signer.p12"), QStringLiteral("-passout"),
                       QStringLiteral("pass:test-p12-pass")});
    QVERIFY2(problem.isEmpty(), problem.constData());

    const QString ws = m_dir.filePath(QStringLiteral("revoked.countersign"));
    QVERIFY(QFile::copy(m_workspace, ws) &&
            QFile::copy(m_workspace + QStringLiteral(".key"), ws + QStringLiteral(".key")));
    Run r = cli({QStringLiteral("trust"), QStringLiteral("add"), ws, at("ca.pem"), QStringLiteral("--user"),
                 QStringLiteral("praman"), QStringLiteral("--password-fd"), QStringLiteral("0"),
                 QStringLiteral("--reason"), QStringLiteral("Test CA that revokes")},
                "demo-admin-pass\n");
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({QStringLiteral("cert"), QStringLiteral("enroll"), ws, QStringLiteral("--user"),
             QStringLiteral("mlindqvist"), QStringLiteral("--password-fd"), QStringLiteral("0"),
             QStringLiteral("--pkcs12"), at("signer.p12"), QStringLiteral("--passphrase-fd"), QStringLiteral("0")},
            "demo-qa-pass\ntest-p12-pass\n");
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString pdf = m_dir.filePath(QStringLiteral("revoked-signer.pdf"));
    QStringList args = exportArgs(QStringLiteral("CR-2026-0003"), pdf);
    args[2] = ws;
    args[args.indexOf(QStringLiteral("--pkcs12")) + 1] = at("signer.p12");
    r = cli(args, "demo-qa-pass\ntest-p12-pass\n");
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({QStringLiteral("package"), QStringLiteral("verify"), pdf, QStringLiteral("--workspace"), ws});
    QVERIFY2(r.exitCode == 0 && r.out.contains("ok    Signer's certificate: "), r.out.constData()); // not yet revoked

    // The CA revokes serial 5EED with a revocation date of yesterday, before the export.
    const QDateTime yesterday = QDateTime::currentDateTimeUtc().addDays(-1);
    const QDateTime expiry = QDateTime::currentDateTimeUtc().addDays(20);
    QFile index(at("index.txt"));
    QVERIFY(index.open(QIODevice::WriteOnly));
    index.write(QStringLiteral("R\t%1\t%2\t5EED\tunknown\t/CN=Margaret Lindqvist%3\n")
                    .arg(expiry.toString(QStringLiteral("yyMMddHHmmss'Z'")),
                         yesterday.toString(QStringLiteral("yyMMddHHmmss'Z'")), organisation)
                    .toUtf8());
    index.close();
    QFile number(at("crlnumber"));
    QVERIFY(number.open(QIODevice::WriteOnly) && number.write("01\n") == 3);
    number.close();
    QFile config(at("ca.cnf"));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(QStringLiteral("[ca]\ndefault_ca = test\n[test]\ndatabase = %1\ncrlnumber = %2\ndefault_md = sha256\n"
                                "default_crl_days = 30\n")
                     .arg(at("index.txt"), at("crlnumber"))
                     .toUtf8());
    config.close();
    problem = openssl({QStringLiteral("ca"), QStringLiteral("-config"), at("ca.cnf"), QStringLiteral("-gencrl"),
                       QStringLiteral("-keyfile"), at("ca.key"), QStringLiteral("-cert"), at("ca.pem"),
                       QStringLiteral("-out"), at("crl.pem")});
    QVERIFY2(problem.isEmpty(), problem.constData());
    r = cli({QStringLiteral("trust"), QStringLiteral("crl"), ws, at("crl.pem"), QStringLiteral("--user"),
             QStringLiteral("praman"), QStringLiteral("--password-fd"), QStringLiteral("0")},
            "demo-admin-pass\n");
    QVERIFY2(r.exitCode == 0, r.err.constData());

    r = cli({QStringLiteral("package"), QStringLiteral("verify"), pdf, QStringLiteral("--workspace"), ws});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(
        r.out.contains("ok    Signed bytes") && r.out.contains("FAIL  Signer's certificate: ") &&
            r.out.contains(QByteArray("revoked on " + yesterday.toString(QStringLiteral("yyyy-MM-dd")).toLatin1())) &&
            r.out.contains("before the signature at"),
        r.out.constData());
    // The original export, signed with the demo CA's certificate, is untouched by another CA's list.
    r = cli({QStringLiteral("package"), QStringLiteral("verify"), m_pdf, QStringLiteral("--workspace"), ws});
    QVERIFY2(r.out.contains("ok    Signer's certificate: "), r.out.constData());
}

void TestPackage::auditExcerptVerifiesIndependently()
{
    // The verifier key as the workspace recorded it at creation (what its owner publishes), not the package's copy.
    const Run log = cli({QStringLiteral("log"), m_workspace, QStringLiteral("--json")});
    const QJsonArray events = QJsonDocument::fromJson(log.out).array();
    const QString key = events.first()[u"after"][u"verifier_key"].toString();
    QVERIFY2(key.startsWith(u"countersign/"), qPrintable(key));
    const QString script = QStringLiteral(COUNTERSIGN_SOURCE_DIR "/tests/reference/verify_excerpt.py");
    const Run checked = runTool(QStringLiteral("python3"), {script, m_pdf, key});
    QVERIFY2(checked.exitCode == 0, QByteArray(checked.out + checked.err).constData());
    static const QRegularExpression summary(QStringLiteral("^(\\d+) events proved to the checkpoint of (\\d+) events\n"
                                                           "events: ([\\d ]+)\n$"));
    const auto m = summary.match(QString::fromUtf8(checked.out));
    QVERIFY2(m.hasMatch(), checked.out.constData());
    const qint64 size = m.captured(2).toLongLong();
    QSet<qint64> proved;
    for (const QString& seq : m.captured(3).split(u' ')) {
        proved.insert(seq.toLongLong());
    }
    QCOMPARE(proved.size(), m.captured(1).toInt());

    // Every event of the log about the request up to the checkpoint is proved, and no other request's: its creation,
    // moves and earlier exports, and each signature on it (by the record the signature names).
    int aboutRequest = 0;
    for (const QJsonValue& e : events) {
        const qint64 seq = e[u"seq"].toInteger();
        const QString type = e[u"entity_type"].toString();
        const bool request = type == u"change_request" && e[u"entity_id"].toString() == u"CR-2026-0003";
        const bool signature =
            type == u"signature" && e[u"after"][u"record_id"].toString().startsWith(u"CR-2026-0003@");
        if (seq <= size && (request || signature)) {
            ++aboutRequest;
            QVERIFY2(proved.contains(seq), qPrintable(QStringLiteral("event %1 is not in the excerpt").arg(seq)));
        }
        if (type == u"change_request" && !request) {
            QVERIFY2(!proved.contains(seq), qPrintable(QStringLiteral("event %1 is another request's").arg(seq)));
        }
        if (seq == size + 1) { // the export wrote the checkpoint it carries, just before recording itself
            QCOMPARE(e[u"action"].toString(), QStringLiteral("audit.checkpoint_created"));
        }
    }
    QVERIFY(aboutRequest >= 8);
    QCOMPARE(events.last()[u"seq"].toInteger(), size + 2);

    // The paper shows every proved event's leaf hash as the log exported it.
    const QByteArray printed = text();
    for (const QJsonValue& e : events) {
        if (proved.contains(e[u"seq"].toInteger())) {
            QVERIFY2(printed.contains(e[u"leaf_hash"].toString().toLatin1()),
                     qPrintable(QStringLiteral("the leaf hash of event %1 is not printed").arg(e[u"seq"].toInteger())));
        }
    }

    // Another key: refused by the outside check. One event's actor changed inside the manifest: the outside check
    // and package verify both refuse it.
    QString otherKey = key;
    otherKey[otherKey.size() - 3] = otherKey[otherKey.size() - 3] == u'A' ? u'B' : u'A';
    const Run wrongKey = runTool(QStringLiteral("python3"), {script, m_pdf, otherKey});
    QCOMPARE(wrongKey.exitCode, 1);
    QByteArray pdf = readAll(m_pdf);
    const qsizetype excerpt = pdf.indexOf("\"audit_excerpt\"");
    QVERIFY(excerpt > 0);
    const qsizetype actor = pdf.indexOf("dokafor", excerpt);
    QVERIFY(actor > 0);
    pdf[actor + 6] = 'R';
    const QString edited = m_dir.filePath(QStringLiteral("excerpt-edited.pdf"));
    QVERIFY(writeAll(edited, pdf));
    const Run refused = runTool(QStringLiteral("python3"), {script, edited});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.out.contains("its bytes hash to leaf"), refused.out.constData());
    const Run verified = cli({QStringLiteral("package"), QStringLiteral("verify"), edited, QStringLiteral("--ca"),
                              m_credentials + u"/ca.pem"});
    QCOMPARE(verified.exitCode, 1);
    QVERIFY2(verified.out.contains("FAIL  Audit-trail excerpt: ") && verified.out.contains("does not hash to its leaf"),
             verified.out.constData());

    // The trail changed after the export under an excerpt event: the package's own checks pass, the trail's do not.
    const QString copy = m_dir.filePath(QStringLiteral("excerpt-trail.countersign"));
    QVERIFY(QFile::copy(m_workspace, copy));
    const qint64 victim = *std::min_element(proved.begin(), proved.end());
    QString problem =
        cs::test::tamper(copy, {QStringLiteral("UPDATE audit_event SET actor = 'mallory' WHERE seq = %1").arg(victim)});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const Run trail =
        cli({QStringLiteral("package"), QStringLiteral("verify"), m_pdf, QStringLiteral("--workspace"), copy});
    QCOMPARE(trail.exitCode, 1);
    QVERIFY2(trail.out.contains("ok    Audit-trail excerpt") &&
                 trail.out.contains(QByteArray("FAIL  Excerpt against the trail: event " + QByteArray::number(victim) +
                                               " no longer hashes")),
             trail.out.constData());
}

void TestPackage::auditReportExportsAndVerifies()
{
    const QString report = m_dir.filePath(QStringLiteral("audit-report.pdf"));
    const QStringList args {QStringLiteral("report"),
                            QStringLiteral("audit"),
                            m_workspace,
                            QStringLiteral("--out"),
                            report,
                            QStringLiteral("--user"),
                            QStringLiteral("hbrandt"),
                            QStringLiteral("--password-fd"),
                            QStringLiteral("0"),
                            QStringLiteral("--pkcs12"),
                            m_credentials + QStringLiteral("/hbrandt.p12"),
                            QStringLiteral("--passphrase-fd"),
                            QStringLiteral("0")};
    const Run exported = cli(args, "demo-audit-pass\ndemo-p12-pass\n");
    QVERIFY2(exported.exitCode == 0 && exported.out.startsWith("Exported the audit report to "),
             QByteArray(exported.out + exported.err).constData());

    // pdfsig: valid, trusted by the demo CA alone, the whole document signed.
    const Run sig =
        runTool(QStringLiteral("pdfsig"), {QStringLiteral("-nssdir"), QStringLiteral("sql:") + m_nss, report});
    QVERIFY2(sig.out.contains("Signature is Valid.") && sig.out.contains("Certificate is Trusted.") &&
                 sig.out.contains("Total document signed") && sig.out.contains("Helen Brandt"),
             sig.out.constData());
    const Run check = runTool(QStringLiteral("qpdf"), {QStringLiteral("--check"), report});
    QVERIFY2(check.exitCode == 0, check.out.constData());
    const Run fonts = runTool(QStringLiteral("pdffonts"), {report});
    for (const QByteArray& line : fonts.out.split('\n').mid(2)) {
        if (!line.trimmed().isEmpty()) {
            QVERIFY2(line.contains(" yes "), line.constData()); // emb column
        }
    }

    // The log as it stands: the export is its last event, the checkpoint it carries the one before; every event
    // before the checkpoint is listed with its leaf and chain hash, the pages numbered "of N".
    const Run log = cli({QStringLiteral("log"), m_workspace, QStringLiteral("--json")});
    const QJsonArray events = QJsonDocument::fromJson(log.out).array();
    const QJsonObject last = events.last().toObject();
    QCOMPARE(last[u"action"].toString(), QStringLiteral("document.exported"));
    QCOMPARE(last[u"after"][u"kind"].toString(), QStringLiteral("audit-report"));
    QCOMPARE(last[u"after"][u"sha256"].toString().toLatin1(), sha256Of(report));
    QCOMPARE(events[events.size() - 2][u"action"].toString(), QStringLiteral("audit.checkpoint_created"));
    const QByteArray text = runTool(QStringLiteral("pdftotext"), {report, QStringLiteral("-")}).out;
    const qsizetype listed = events.size() - 1; // all but the export, which is recorded after the report is signed
    for (qsizetype i = 0; i < listed; ++i) {
        const QJsonObject e = events[i].toObject();
        QVERIFY2(text.contains(e[u"leaf_hash"].toString().toLatin1()) &&
                     text.contains(e[u"chain_hash"].toString().toLatin1()),
                 qPrintable(QStringLiteral("event %1's hashes are not printed").arg(e[u"seq"].toInteger())));
    }
    static const QRegularExpression pagesLine(QStringLiteral("Pages:\\s+(\\d+)"));
    const int pages =
        pagesLine.match(QString::fromLatin1(runTool(QStringLiteral("pdfinfo"), {report}).out)).captured(1).toInt();
    QVERIFY(pages >= 3);
    for (int page = 1; page <= pages; ++page) {
        QVERIFY2(text.contains(QByteArray("Page " + QByteArray::number(page) + " of " + QByteArray::number(pages))),
                 qPrintable(QStringLiteral("page %1").arg(page)));
    }
    QVERIFY(text.contains("Demo workspace"));
    QVERIFY(text.contains(events.first()[u"after"][u"verifier_key"].toString().left(40).toLatin1()));

    // package verify: the document's checks with the CA, and with the workspace its recorded export.
    Run r =
        cli({QStringLiteral("package"), QStringLiteral("verify"), report, QStringLiteral("--workspace"), m_workspace});
    QVERIFY2(r.exitCode == 0 && r.out.contains("ok    Checkpoint: events 1 to ") &&
                 r.out.contains("ok    Signer's certificate: ") &&
                 r.out.contains(
                     QByteArray("ok    Recorded export: event " + QByteArray::number(last[u"seq"].toInteger()))) &&
                 r.out.contains("ok    Workspace: the audit report comes from this workspace") &&
                 r.out.contains("The audit report is valid."),
             r.out.constData());

    // A range: only its events, named by their numbers; a bad date is refused naming the option.
    const QString ranged = m_dir.filePath(QStringLiteral("audit-october.pdf"));
    QStringList rangeArgs = args;
    rangeArgs[4] = ranged;
    rangeArgs << QStringLiteral("--from") << QStringLiteral("2026-10-20") << QStringLiteral("--to")
              << QStringLiteral("2026-10-20");
    r = cli(rangeArgs, "demo-audit-pass\ndemo-p12-pass\n");
    QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
    const QByteArray october = runTool(QStringLiteral("pdftotext"), {ranged, QStringLiteral("-")}).out;
    int inside = 0;
    for (const QJsonValue& e : events) {
        const bool within = e[u"time"].toString().startsWith(u"2026-10-20");
        inside += within ? 1 : 0;
        QCOMPARE(october.contains(e[u"chain_hash"].toString().toLatin1()), within);
    }
    QVERIFY(inside > 0);
    rangeArgs.last() = QStringLiteral("20-10-2026");
    r = cli(rangeArgs, "demo-audit-pass\ndemo-p12-pass\n");
    QCOMPARE(r.exitCode, 2); // a usage error
    QVERIFY2(r.err.contains("--to \"20-10-2026\" is not a date"), r.err.constData());
}

void TestPackage::letterPaper()
{
    const QString letter = m_dir.filePath(QStringLiteral("letter.pdf"));
    const Run exported = cli(exportArgs(QStringLiteral("CR-2026-0004"), letter) +
                                 QStringList {QStringLiteral("--paper"), QStringLiteral("letter")},
                             "demo-qa-pass\ndemo-p12-pass\n");
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    const Run info = runTool(QStringLiteral("pdfinfo"), {letter});
    QVERIFY2(info.out.contains("612 x 792 pts (letter)"), info.out.constData());
    const Run sig =
        runTool(QStringLiteral("pdfsig"), {QStringLiteral("-nssdir"), QStringLiteral("sql:") + m_nss, letter});
    QVERIFY2(sig.out.contains("Signature is Valid."), sig.out.constData());
}

void TestPackage::nothingWrittenOnFailure()
{
    const auto exports = [this] {
        int n = 0;
        for (const QJsonValue& e :
             QJsonDocument::fromJson(cli({QStringLiteral("log"), m_workspace, QStringLiteral("--json")}).out).array()) {
            n += e[u"action"].toString() == u"document.exported" ? 1 : 0;
        }
        return n;
    };
    const int before = exports();
    // A wrong key passphrase: refused, no file, no export event.
    const QString wrong = m_dir.filePath(QStringLiteral("wrong.pdf"));
    Run r = cli(exportArgs(QStringLiteral("CR-2026-0003"), wrong), "demo-qa-pass\nnot-the-passphrase\n");
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains("passphrase"), r.err.constData());
    QVERIFY(!QFile::exists(wrong));
    // A request without evidence yet: refused, naming it.
    r = cli({QStringLiteral("cr"), QStringLiteral("create"), m_workspace, QStringLiteral("--model"),
             QStringLiteral("sepsis-risk"), QStringLiteral("--candidate"), QStringLiteral("4"),
             QStringLiteral("--title"), QStringLiteral("Draft for the package test"), QStringLiteral("--user"),
             QStringLiteral("dokafor"), QStringLiteral("--password-fd"), QStringLiteral("0")},
            "demo-science-pass\n");
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString draft = QString::fromUtf8(r.out).section(u' ', 1, 1);
    const QString none = m_dir.filePath(QStringLiteral("draft.pdf"));
    r = cli(exportArgs(draft, none), "demo-qa-pass\ndemo-p12-pass\n");
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(QByteArray(draft.toUtf8() + " has no validation evidence yet")), r.err.constData());
    QVERIFY(!QFile::exists(none));
    // A folder that cannot be written: refused before anything is signed.
    r = cli(exportArgs(QStringLiteral("CR-2026-0003"), QStringLiteral("/nonexistent-folder/p.pdf")),
            "demo-qa-pass\ndemo-p12-pass\n");
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("/nonexistent-folder/p.pdf cannot be written"), r.err.constData());
    QCOMPARE(exports(), before); // none of the three left an export in the audit trail
}

void TestPackage::pccpDocumentExportsSigned()
{
    // The demo's sepsis PCCP is in force, signed by its author and a QA officer (test_cli and test_pccp import and
    // sign PCCPs).
    const auto signIn = [this](const char* user) {
        return QStringList {
            QStringLiteral("--user"),          QLatin1String(user),
            QStringLiteral("--password-fd"),   QStringLiteral("0"),
            QStringLiteral("--pkcs12"),        m_credentials + u'/' + QLatin1String(user) + QStringLiteral(".p12"),
            QStringLiteral("--passphrase-fd"), QStringLiteral("0")};
    };
    Run r;

    // Exported by regulatory affairs as a signed document.
    const QString pdf = m_dir.filePath(QStringLiteral("pccp.pdf"));
    r = cli(QStringList {QStringLiteral("pccp"), QStringLiteral("export"), m_workspace, QStringLiteral("sepsis-risk"),
                         QStringLiteral("--out"), pdf} +
                signIn("therrera"),
            "demo-regulatory-pass\ndemo-p12-pass\n");
    QVERIFY2(r.exitCode == 0 && r.out.startsWith("Exported the PCCP of sepsis-risk to "),
             QByteArray(r.out + r.err).constData());
    const Run sig = runTool(QStringLiteral("pdfsig"), {QStringLiteral("-nssdir"), QStringLiteral("sql:") + m_nss, pdf});
    QVERIFY2(sig.out.contains("Signature is Valid.") && sig.out.contains("Certificate is Trusted.") &&
                 sig.out.contains("Total document signed") && sig.out.contains("Herrera"),
             sig.out.constData());
    const Run check = runTool(QStringLiteral("qpdf"), {QStringLiteral("--check"), pdf});
    QVERIFY2(check.exitCode == 0, check.out.constData());

    // In the guidance's structure, with every rule in the words the gate uses and the version's signatures.
    const QByteArray text = runTool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).out;
    for (const char* expected :
         {"1. Description of modifications", "2. Modification protocol", "3. Impact assessment", "4. Traceability",
          "5. Real-world monitoring", "M1", "M2", "specificity: lower bound >= 0.8 (validation set)",
          "authored by therrera", "approved by mlindqvist", "in force"}) {
        QVERIFY2(text.contains(expected), qPrintable(QStringLiteral("missing \"%1\"").arg(QLatin1String(expected))));
    }
    const Run shown = cli({QStringLiteral("pccp"), QStringLiteral("show"), m_workspace, QStringLiteral("sepsis-risk"),
                           QStringLiteral("--json")});
    const QJsonObject pccp = QJsonDocument::fromJson(shown.out).object();
    QVERIFY(text.contains(pccp[u"content_sha256"].toString().toLatin1()));
    for (const QJsonValue& m : pccp[u"content"][u"modifications"].toArray()) {
        for (const QJsonValue& rule : m[u"protocol"][u"rules"].toArray()) {
            QVERIFY2(text.contains(rule[u"id"].toString().toLatin1()), qPrintable(rule[u"id"].toString()));
        }
    }
    // Recorded like every export.
    const Run log = cli({QStringLiteral("log"), m_workspace, QStringLiteral("--json")});
    const QJsonObject last = QJsonDocument::fromJson(log.out).array().last().toObject();
    QCOMPARE(last[u"action"].toString(), QStringLiteral("document.exported"));
    QCOMPARE(last[u"after"][u"kind"].toString(), QStringLiteral("pccp"));
    QCOMPARE(last[u"after"][u"sha256"].toString().toLatin1(), sha256Of(pdf));

    // package verify knows the document: its content against the SHA-256 it names, the stored version, the export.
    const Run verified =
        cli({QStringLiteral("package"), QStringLiteral("verify"), pdf, QStringLiteral("--workspace"), m_workspace});
    QVERIFY2(verified.exitCode == 0 &&
                 verified.out.contains("ok    Content: the PCCP the manifest carries hashes to") &&
                 verified.out.contains("ok    Stored PCCP: version 1 of the PCCP of sepsis-risk is stored") &&
                 verified.out.contains("ok    Recorded export") && verified.out.contains("The PCCP document is valid."),
             QByteArray(verified.out + verified.err).constData());
}

QTEST_GUILESS_MAIN(TestPackage)
#include "TestPackage.moc"
