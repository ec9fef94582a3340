#include "PackageVerifier.h"

#include "AuditReport.h"
#include "ChangeControlPackage.h"
#include "PccpDocument.h"
#include "PdfSigner.h"
#include "audit/AuditExcerpt.h"
#include "audit/SignedNote.h"
#include "json/CanonicalJson.h"
#include "pki/CertificateCheck.h"
#include "pki/Cms.h"
#include "queries/AuditQuery.h"
#include "queries/PccpQuery.h"
#include "queries/PeopleQuery.h"
#include "util/UtcTime.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

namespace cs::reports {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::reports::PackageVerifier)
};

QString sha256Hex(QByteArrayView bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

/// A PDF text string as written in a dictionary: <FEFF...> (UTF-16BE), <...> (PDFDocEncoding, read as Latin-1) or
/// (...) (simple escapes).
QString textString(const QByteArray& dictionary, const char* key)
{
    const qsizetype at = dictionary.indexOf(key);
    if (at < 0) {
        return {};
    }
    qsizetype i = at + qsizetype(qstrlen(key));
    while (i < dictionary.size() && (dictionary[i] == ' ' || dictionary[i] == '\n' || dictionary[i] == '\r')) {
        ++i;
    }
    if (i < dictionary.size() && dictionary[i] == '<') {
        const qsizetype end = dictionary.indexOf('>', i);
        const QByteArray bytes = QByteArray::fromHex(dictionary.mid(i + 1, end - i - 1));
        if (bytes.startsWith("\xFE\xFF")) {
            QString text;
            for (qsizetype k = 2; k + 1 < bytes.size(); k += 2) {
                text.append(QChar(char16_t((uchar(bytes[k]) << 8) | uchar(bytes[k + 1]))));
            }
            return text;
        }
        return QString::fromLatin1(bytes);
    }
    if (i < dictionary.size() && dictionary[i] == '(') {
        QByteArray text;
        for (++i; i < dictionary.size() && dictionary[i] != ')'; ++i) {
            if (dictionary[i] == '\\' && i + 1 < dictionary.size()) {
                ++i;
            }
            text.append(dictionary[i]);
        }
        return QString::fromLatin1(text);
    }
    return {};
}

/// /M (D:YYYYMMDDHHmmSS...), read as UTC when it says +00'00' or Z; 0 otherwise.
qint64 pdfDate(const QByteArray& dictionary)
{
    static const QRegularExpression re(QStringLiteral("/M\\s*\\(D:(\\d{14})(Z|\\+00'00'?)?"));
    const auto m = re.match(QString::fromLatin1(dictionary));
    if (!m.hasMatch() || m.captured(2).isEmpty()) {
        return 0;
    }
    QDateTime t = QDateTime::fromString(m.captured(1), QStringLiteral("yyyyMMddHHmmss"));
    t.setTimeZone(QTimeZone::utc());
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

/// The last signature of the file: its /ByteRange, the dictionary around it, and the DER of its /Contents.
struct Located
{
    qint64 range[4] = {0, 0, 0, 0};
    QByteArray dictionary;
    QByteArray cms;
    int count = 0; ///< signature dictionaries found
};

class Checks
{
public:
    explicit Checks(PackageVerification& result)
        : m_result(result)
    { }
    bool pass(const QString& name, const QString& detail)
    {
        m_result.checks.append({name, true, detail});
        return true;
    }
    bool fail(const QString& name, const QString& detail)
    {
        m_result.checks.append({name, false, detail});
        return false;
    }

private:
    PackageVerification& m_result;
};

/// The length of the DER SEQUENCE at the start of `der` (header included), or 0 when it is not one.
qint64 derLength(const QByteArray& der)
{
    if (der.size() < 2 || uchar(der[0]) != 0x30) {
        return 0;
    }
    const uchar first = uchar(der[1]);
    if (first < 0x80) {
        return 2 + first;
    }
    const int count = first & 0x7F;
    if (count == 0 || count > 4 || der.size() < 2 + count) {
        return 0;
    }
    qint64 length = 0;
    for (int k = 0; k < count; ++k) {
        length = (length << 8) | uchar(der[2 + k]);
    }
    return 2 + count + length;
}

bool locateSignature(const QByteArray& pdf, Located& found, Checks& checks)
{
    static const QRegularExpression rangeRe(
        QStringLiteral("^/ByteRange\\s*\\[\\s*(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s*\\]"));
    const QString name = Tr::tr("Signature");
    qsizetype at = -1;
    for (qsizetype i = pdf.indexOf("/ByteRange"); i >= 0; i = pdf.indexOf("/ByteRange", i + 1)) {
        ++found.count;
        at = i;
    }
    if (at < 0) {
        return checks.fail(name, Tr::tr("the PDF carries no signature (no /ByteRange)"));
    }
    const auto m = rangeRe.match(QString::fromLatin1(pdf.mid(at, 200)));
    if (!m.hasMatch()) {
        return checks.fail(name, Tr::tr("the signature's /ByteRange at byte %1 is not four numbers").arg(at));
    }
    for (int k = 0; k < 4; ++k) {
        found.range[k] = m.captured(k + 1).toLongLong();
    }
    const qint64 a = found.range[0];
    const qint64 b = found.range[1];
    const qint64 c = found.range[2];
    const qint64 d = found.range[3];
    if (a != 0 || b <= 0 || c <= b || d < 0 || c + d > pdf.size()) {
        return checks.fail(name,
                           Tr::tr("the byte range [%1 %2 %3 %4] does not start the file and skip one gap "
                                  "within its %5 bytes")
                               .arg(a)
                               .arg(b)
                               .arg(c)
                               .arg(d)
                               .arg(pdf.size()));
    }
    // The gap must be exactly the hex string of this dictionary's /Contents, nothing else left unsigned.
    const QByteArray gap = pdf.mid(b, c - b);
    static const QRegularExpression hex(QStringLiteral("^<[0-9A-Fa-f]*>$"));
    const QByteArray before = pdf.mid(std::max<qint64>(0, b - 32), std::min<qint64>(32, b)).trimmed();
    if (!hex.match(QString::fromLatin1(gap)).hasMatch() || !before.endsWith("/Contents")) {
        return checks.fail(name,
                           Tr::tr("the bytes the signature leaves out (%1 to %2) are not its /Contents hex "
                                  "string")
                               .arg(b)
                               .arg(c));
    }
    const qsizetype open = pdf.lastIndexOf(" obj", at);
    const qsizetype close = pdf.indexOf("endobj", at);
    if (open < 0 || close < 0 || !(open < b && c < close)) {
        return checks.fail(name, Tr::tr("the signature's /Contents is not inside the dictionary of its /ByteRange"));
    }
    found.dictionary = pdf.mid(open, close - open);
    // The reserved room is padded with zeros after the DER: keep the SEQUENCE its own header measures.
    found.cms = QByteArray::fromHex(gap.mid(1, gap.size() - 2));
    if (const qint64 length = derLength(found.cms); length > 0) {
        found.cms.truncate(length);
    }
    return checks.pass(name,
                       found.count == 1
                           ? Tr::tr("one signature dictionary, /ByteRange [%1 %2 %3 %4]").arg(a).arg(b).arg(c).arg(d)
                           : Tr::tr("%1 signature dictionaries; the last, /ByteRange [%2 %3 %4 %5], "
                                    "is checked")
                                 .arg(found.count)
                                 .arg(a)
                                 .arg(b)
                                 .arg(c)
                                 .arg(d));
}

/// The manifest stream the package's signing update added, if it lies inside the signed bytes.
std::optional<QByteArray> manifestStream(const QByteArray& signedPart)
{
    static const QRegularExpression keyRe(QStringLiteral("%1\\s+(\\d+)\\s+0\\s+R")
                                              .arg(QRegularExpression::escape(QLatin1String(PdfSigner::kManifestKey))));
    const qsizetype key = signedPart.lastIndexOf(PdfSigner::kManifestKey);
    if (key < 0) {
        return std::nullopt;
    }
    const auto m = keyRe.match(QString::fromLatin1(signedPart.mid(key, 64)));
    if (!m.hasMatch()) {
        return std::nullopt;
    }
    const QByteArray head = '\n' + m.captured(1).toLatin1() + " 0 obj";
    const qsizetype object = signedPart.lastIndexOf(head);
    if (object < 0) {
        return std::nullopt;
    }
    static const QRegularExpression lengthRe(QStringLiteral("^\\s*<<\\s*/Length\\s+(\\d+)\\s*>>\\s*stream\\r?\\n"));
    const auto l = lengthRe.match(QString::fromLatin1(signedPart.mid(object + head.size(), 64)));
    if (!l.hasMatch()) {
        return std::nullopt;
    }
    const qint64 start = object + head.size() + l.capturedLength(0);
    const qint64 length = l.captured(1).toLongLong();
    if (start + length > signedPart.size()) {
        return std::nullopt;
    }
    return signedPart.mid(start, length);
}

/// An excerpt that verified on its own, with the checkpoint its note holds.
struct CheckedExcerpt
{
    AuditExcerpt excerpt;
    Checkpoint checkpoint;
};

/// The excerpt the manifest carries, verified on its own: the checkpoint's signature with the key it names, each
/// event's leaf and inclusion proof. Whether that key is the workspace's is for the reader (it is printed) or
/// --workspace.
std::optional<CheckedExcerpt> checkExcerpt(PackageVerification& result, Checks& checks)
{
    const QString name = Tr::tr("Audit-trail excerpt");
    if (!result.manifest.contains(u"audit_excerpt")) {
        checks.fail(name, Tr::tr("the manifest carries no audit-trail excerpt"));
        return std::nullopt;
    }
    const QString source = Tr::tr("the package's excerpt");
    auto excerpt = AuditExcerpt::fromJson(result.manifest[u"audit_excerpt"].toObject(), source);
    if (!excerpt) {
        checks.fail(name, excerpt.error().message);
        return std::nullopt;
    }
    auto verified = excerpt->verify(source);
    if (!verified) {
        checks.fail(name, verified.error().message);
        return std::nullopt;
    }
    if (verified->checkpoint.origin != Checkpoint::originFor(result.manifest[u"workspace_id"].toString())) {
        checks.fail(name,
                    Tr::tr("the checkpoint is of %1, not of the package's workspace %2")
                        .arg(verified->checkpoint.origin, result.manifest[u"workspace_id"].toString()));
        return std::nullopt;
    }
    result.excerptEvents = verified->events;
    result.checkpointSize = verified->checkpoint.size;
    result.verifierKey = excerpt->verifierKey;
    checks.pass(name,
                Tr::tr("%1 events, each with its inclusion proof to the checkpoint of events 1 to %2, signed %3 "
                       "with the verifier key %4")
                    .arg(verified->events)
                    .arg(verified->checkpoint.size)
                    .arg(UtcTime::displayMs(verified->checkpoint.signedAtMs), excerpt->verifierKey));
    return CheckedExcerpt {excerpt.value(), verified->checkpoint};
}

/// The excerpt against the workspace: its key is the workspace's, and the trail there still holds each event
/// byte for byte under a root equal to the checkpoint's (AuditQuery::excerpt of the same events).
void checkExcerptAgainstTrail(const CheckedExcerpt& checked, Workspace& workspace, Checks& checks)
{
    const AuditExcerpt& excerpt = checked.excerpt;
    const QString name = Tr::tr("Excerpt against the trail");
    auto key = workspace.verifierKey();
    if (!key) {
        checks.fail(name, key.error().message);
        return;
    }
    if (excerpt.verifierKey != key.value()) {
        checks.fail(name,
                    Tr::tr("the checkpoint is signed with %1, not with this workspace's key %2")
                        .arg(excerpt.verifierKey, key.value()));
        return;
    }
    Checkpoint checkpoint = checked.checkpoint; // verified by checkExcerpt
    checkpoint.note = excerpt.checkpointNote;
    QSet<qint64> seqs;
    for (const AuditExcerpt::Entry& e : excerpt.events) {
        seqs.insert(e.seq);
    }
    auto now = AuditQuery(workspace).excerpt(checkpoint, key.value(),
                                             [&seqs](const AuditEvent& e) { return seqs.contains(e.seq); });
    if (!now) {
        checks.fail(name, now.error().message);
        return;
    }
    for (qsizetype k = 0; k < excerpt.events.size(); ++k) {
        if (k >= now->events.size() || now->events[k].canonical != excerpt.events[k].canonical) {
            checks.fail(name,
                        Tr::tr("event %1 in the trail is not the one the package prints").arg(excerpt.events[k].seq));
            return;
        }
    }
    checks.pass(name,
                Tr::tr("the workspace's key signed the checkpoint, its trail still hashes to the checkpoint's "
                       "root, and all %1 events are in it byte for byte")
                    .arg(excerpt.events.size()));
}

/// The signer's certificate as the workspace judges it at the signing time: issued by a CA of its trust store, not
/// revoked then by that CA's newest revocation list, its key usage fit for signing, and naming the person whose export
/// the trail recorded (CertificateCheck, as every stored signature is verified).
void checkSignerAgainstWorkspace(const PackageVerification& result, const QString& exporter, Workspace& workspace,
                                 Checks& checks)
{
    const QString name = Tr::tr("Signer's certificate");
    auto certificate = Certificate::fromDer(result.signerDer, name);
    auto trust = PeopleQuery(workspace).trustStore();
    auto user = PeopleQuery(workspace).user(exporter);
    if (!certificate || !trust || !user) {
        checks.fail(name,
                    !certificate ? certificate.error().message
                        : !trust ? trust.error().message
                                 : user.error().message);
        return;
    }
    const SignerIdentity identity {exporter, user->fullName, user->email};
    if (auto s = CertificateCheck::check(certificate.value(), trust.value(), result.signingTimeMs, identity,
                                         CertificateCheck::Purpose::Verification);
        !s) {
        checks.fail(name, s.error().message);
        return;
    }
    checks.pass(name,
                Tr::tr("issued by a CA of the workspace's trust store, not revoked at %1 by its newest revocation "
                       "list, fit for signing, and naming %2 (%3), who exported it")
                    .arg(UtcTime::displayMs(result.signingTimeMs), user->fullName, exporter));
}

/// With `digests` false (an audit report), the records' digests are not checked: it carries none.
void checkWorkspace(const PackageVerification& result, const std::optional<CheckedExcerpt>& excerpt,
                    Workspace& workspace, Checks& checks, bool checkDigests = true)
{
    const QString workspaceId = result.manifest[u"workspace_id"].toString();
    if (workspaceId != workspace.id()) {
        checks.fail(Tr::tr("Workspace"),
                    Tr::tr("%1 comes from workspace %2, not from this one (%3)")
                        .arg(result.documentName(), workspaceId, workspace.id()));
        return;
    }
    checks.pass(Tr::tr("Workspace"),
                Tr::tr("%1 comes from this workspace (%2)").arg(result.documentName(), workspace.id()));

    // The export: a document.exported event that recorded exactly the signed bytes, by the certificate that signed.
    AuditFilter filter;
    filter.action = QStringLiteral("document.exported");
    filter.text = result.signedSha256;
    auto events = AuditQuery(workspace).page(filter, 0, 0, 10);
    if (!events) {
        checks.fail(Tr::tr("Recorded export"), events.error().message);
        return;
    }
    const AuditEvent* recorded = nullptr;
    for (const AuditEvent& e : events.value()) {
        const QJsonObject after = QJsonDocument::fromJson(e.after).object();
        if (after[u"sha256"].toString() == result.signedSha256) {
            recorded = &e;
            if (after[u"signer_certificate_sha256"].toString() != result.signerFingerprint) {
                checks.fail(
                    Tr::tr("Recorded export"),
                    Tr::tr("event %1 recorded this file, exported by %2 with the certificate %3, but the "
                           "PDF is signed with the certificate %4")
                        .arg(e.seq)
                        .arg(e.actor, after[u"signer_certificate_sha256"].toString(), result.signerFingerprint));
                return;
            }
            break;
        }
    }
    if (recorded == nullptr) {
        checks.fail(Tr::tr("Recorded export"),
                    Tr::tr("the audit trail records no export of a file with SHA-256 %1 (the file was changed, or it "
                           "was not exported from this workspace)")
                        .arg(result.signedSha256));
        return;
    }
    checks.pass(Tr::tr("Recorded export"),
                Tr::tr("event %1: exported by %2 on %3, the same SHA-256 and certificate")
                    .arg(recorded->seq)
                    .arg(recorded->actor, UtcTime::displayMs(recorded->timeMs)));
    checkSignerAgainstWorkspace(result, recorded->actor, workspace, checks);
    if (excerpt) {
        checkExcerptAgainstTrail(*excerpt, workspace, checks);
    }
    if (!checkDigests) {
        return;
    }

    // Every digest the package carries against the records as they are now.
    const QString requestId = result.manifest[u"request_id"].toString();
    auto content = gatherPackage(workspace, requestId);
    if (!content) {
        checks.fail(Tr::tr("Digests"),
                    Tr::tr("%1 cannot be read from the workspace: %2").arg(requestId, content.error().message));
        return;
    }
    QHash<QString, QString> records;
    for (const PackageDigest& d : packageDigests(content.value())) {
        records.insert(d.key, d.sha256);
    }
    const QJsonObject digests = result.manifest[u"digests"].toObject();
    QStringList differ;
    for (auto d = digests.begin(); d != digests.end(); ++d) {
        const auto record = records.constFind(d.key());
        if (record == records.constEnd()) {
            differ.append(Tr::tr("%1 is not in the records").arg(d.key()));
        } else if (record.value() != d.value().toString()) {
            differ.append(
                Tr::tr("%1 is %2 in the package but %3 in the records").arg(d.key(), d.value().toString(), *record));
        }
    }
    if (digests.isEmpty()) {
        checks.fail(Tr::tr("Digests"), Tr::tr("the manifest lists no digests"));
    } else if (!differ.isEmpty()) {
        checks.fail(Tr::tr("Digests"), differ.join(QStringLiteral("; ")));
    } else {
        checks.pass(Tr::tr("Digests"),
                    Tr::tr("all %1 digests of %2 match the records").arg(digests.size()).arg(requestId));
    }
}
/// An audit report's manifest: its checkpoint signed with the verifier key it names and, with the workspace, the same
/// workspace, that key the workspace's, and the export recorded.
PackageVerification verifyAuditReport(PackageVerification& result, const QJsonObject& manifest,
                                      const PackageVerifyOptions& options, Checks& checks)
{
    result.manifest = manifest;
    const QString workspaceId = manifest[u"workspace_id"].toString();
    checks.pass(Tr::tr("Manifest"),
                Tr::tr("the audit report of workspace %1, %2 pages").arg(workspaceId).arg(manifest[u"pages"].toInt()));
    result.verifierKey = manifest[u"verifier_key"].toString();
    const QString name = Tr::tr("Checkpoint");
    auto key = SignedNote::parseVerifierKey(result.verifierKey);
    auto text = key ? SignedNote::open(manifest[u"checkpoint"].toString().toUtf8(), key->keyName, key->key, name)
                    : Result<QByteArray>(key.error());
    auto checkpoint = text ? Checkpoint::parseBody(text.value(), name) : Result<Checkpoint>(text.error());
    if (!checkpoint) {
        checks.fail(name, checkpoint.error().message);
    } else if (checkpoint->origin != Checkpoint::originFor(workspaceId)) {
        checks.fail(name, Tr::tr("the checkpoint is of %1, not of workspace %2").arg(checkpoint->origin, workspaceId));
    } else {
        result.checkpointSize = checkpoint->size;
        checks.pass(name,
                    Tr::tr("events 1 to %1, signed %2 with the verifier key %3")
                        .arg(checkpoint->size)
                        .arg(UtcTime::displayMs(checkpoint->signedAtMs), result.verifierKey));
    }
    if (options.workspace != nullptr) {
        checkWorkspace(result, std::nullopt, *options.workspace, checks, false);
        auto own = options.workspace->verifierKey();
        if (own && own.value() != result.verifierKey) {
            checks.fail(
                Tr::tr("Verifier key"),
                Tr::tr("the report names %1, not this workspace's key %2").arg(result.verifierKey, own.value()));
        }
    }
    return result;
}

/// A PCCP document's manifest: the content it carries hashes to the SHA-256 it names and, with the workspace, that
/// version of the model's PCCP is stored with the same content and the export was recorded.
PackageVerification verifyPccpDocument(PackageVerification& result, const QJsonObject& manifest,
                                       const PackageVerifyOptions& options, Checks& checks)
{
    result.manifest = manifest;
    const QString model = manifest[u"model"].toString();
    const int version = manifest[u"version"].toInt();
    const QString sha = manifest[u"content_sha256"].toString();
    checks.pass(
        Tr::tr("Manifest"),
        Tr::tr("version %1 of the PCCP of %2, %3 pages").arg(version).arg(model).arg(manifest[u"pages"].toInt()));
    const auto computed = CanonicalJson::sha256Hex(manifest[u"content"].toObject());
    if (!computed || computed.value() != sha) {
        checks.fail(Tr::tr("Content"),
                    Tr::tr("the PCCP the manifest carries hashes to %1, not to the %2 it names")
                        .arg(computed ? computed.value() : computed.error().message, sha));
    } else {
        checks.pass(Tr::tr("Content"), Tr::tr("the PCCP the manifest carries hashes to %1").arg(sha));
    }
    if (options.workspace == nullptr) {
        return result;
    }
    checkWorkspace(result, std::nullopt, *options.workspace, checks, false);
    auto stored = PccpQuery(*options.workspace).find(model, version);
    if (!stored || !stored.value()) {
        checks.fail(Tr::tr("Stored PCCP"),
                    stored ? Tr::tr("the workspace has no version %1 of the PCCP of %2").arg(version).arg(model)
                           : stored.error().message);
    } else if (stored.value()->pccp.contentSha256 != sha) {
        checks.fail(Tr::tr("Stored PCCP"),
                    Tr::tr("version %1 of the PCCP of %2 is stored with content %3, not %4")
                        .arg(version)
                        .arg(model, stored.value()->pccp.contentSha256, sha));
    } else {
        checks.pass(Tr::tr("Stored PCCP"),
                    Tr::tr("version %1 of the PCCP of %2 is stored with the same content (%3 "
                           "now)")
                        .arg(version)
                        .arg(model, displayNameOf(stored.value()->status)));
    }
    return result;
}

} // namespace

QString PackageVerification::documentName() const
{
    if (isAuditReport()) {
        return Tr::tr("the audit report");
    }
    if (isPccpDocument()) {
        return Tr::tr("the PCCP document");
    }
    return Tr::tr("the package");
}

bool PackageVerification::isPccpDocument() const
{
    return manifest[u"format"].toString() == QLatin1String(kPccpManifestFormat);
}

bool PackageVerification::valid() const
{
    return !checks.isEmpty() &&
        std::all_of(checks.begin(), checks.end(), [](const PackageCheck& c) { return c.passed; });
}

bool PackageVerification::isAuditReport() const
{
    return manifest[u"format"].toString() == QLatin1String(kAuditReportManifestFormat);
}

QString PackageVerification::conclusion() const
{
    if (isAuditReport()) {
        return valid() ? Tr::tr("The audit report is valid.")
                       : Tr::tr("The audit report is NOT valid: %1").arg(finding());
    }
    if (isPccpDocument()) {
        return valid() ? Tr::tr("The PCCP document is valid.")
                       : Tr::tr("The PCCP document is NOT valid: %1").arg(finding());
    }
    return valid() ? Tr::tr("The package is valid.") : Tr::tr("The package is NOT valid: %1").arg(finding());
}

QString PackageVerification::finding() const
{
    for (const PackageCheck& c : checks) {
        if (!c.passed) {
            return c.name + QStringLiteral(": ") + c.detail;
        }
    }
    return {};
}

QJsonObject PackageVerification::toJson() const
{
    QJsonArray list;
    for (const PackageCheck& c : checks) {
        list.append(QJsonObject {{QStringLiteral("check"), c.name},
                                 {QStringLiteral("passed"), c.passed},
                                 {QStringLiteral("detail"), c.detail}});
    }
    return {
        {QStringLiteral("valid"), valid()},
        {QStringLiteral("sha256"), fileSha256},
        {QStringLiteral("bytes"), fileBytes},
        {QStringLiteral("signed_bytes"), signedBytes},
        {QStringLiteral("signed_sha256"), signedSha256},
        {QStringLiteral("signer"),
         QJsonObject {{QStringLiteral("name"), signerName},
                      {QStringLiteral("subject"), signerSubject},
                      {QStringLiteral("issuer"), signerIssuer},
                      {QStringLiteral("certificate_sha256"), signerFingerprint}}},
        {QStringLiteral("reason"), reason},
        {QStringLiteral("signed_at"),
         signingTimeMs > 0
             ? QJsonValue(QDateTime::fromMSecsSinceEpoch(signingTimeMs, QTimeZone::utc()).toString(Qt::ISODateWithMs))
             : QJsonValue()},
        {QStringLiteral("request_id"), manifest[u"request_id"].toString()},
        {QStringLiteral("workspace_id"), manifest[u"workspace_id"].toString()},
        {QStringLiteral("audit_excerpt"),
         QJsonObject {{QStringLiteral("events"), excerptEvents},
                      {QStringLiteral("checkpoint_size"), checkpointSize},
                      {QStringLiteral("verifier_key"), verifierKey}}},
        {QStringLiteral("checks"), list},
    };
}

Result<PackageVerification> verifyPackage(const QByteArray& pdf, const PackageVerifyOptions& options)
{
    if (!pdf.startsWith("%PDF-") || !pdf.contains("%%EOF")) {
        return Error(ErrorCode::Corrupt, Tr::tr("it is not a PDF file (no %PDF- header or no %%EOF)"));
    }
    PackageVerification result;
    result.fileBytes = pdf.size();
    result.fileSha256 = sha256Hex(pdf);
    Checks checks(result);

    Located found;
    if (!locateSignature(pdf, found, checks)) {
        return result;
    }
    const qint64* r = found.range;
    result.signedBytes = r[2] + r[3];
    result.signedSha256 = sha256Hex(QByteArrayView(pdf).first(result.signedBytes));
    result.signerName = textString(found.dictionary, "/Name");
    result.reason = textString(found.dictionary, "/Reason");

    if (result.signedBytes == pdf.size()) {
        checks.pass(Tr::tr("Whole document"),
                    Tr::tr("the signature covers all %1 bytes but its own /Contents").arg(pdf.size()));
    } else {
        checks.fail(Tr::tr("Whole document"),
                    Tr::tr("%1 bytes were appended after the signed range ends at byte %2: an update the signature "
                           "does not cover")
                        .arg(pdf.size() - result.signedBytes)
                        .arg(result.signedBytes));
    }

    auto embedded = Cms::readEmbedded(found.cms);
    if (!embedded) {
        checks.fail(Tr::tr("Signed bytes"), embedded.error().message);
        return result;
    }
    result.signerSubject = embedded->signer.subject();
    result.signerIssuer = embedded->signer.issuer();
    result.signerFingerprint = embedded->signer.fingerprint().value_or(QString());
    result.signerDer = embedded->signer.der();
    result.signingTimeMs = embedded->signingTimeMs > 0 ? embedded->signingTimeMs : pdfDate(found.dictionary);

    const QByteArray content = pdf.left(r[1]) + pdf.mid(r[2], r[3]);
    if (auto s = Cms::verifyEmbeddedSignature(found.cms, content); !s) {
        checks.fail(Tr::tr("Signed bytes"), s.error().message);
    } else {
        checks.pass(Tr::tr("Signed bytes"),
                    Tr::tr("the CMS signature (SHA-256) verifies over the %1 signed bytes with the key of %2")
                        .arg(content.size())
                        .arg(result.signerSubject));
    }

    QList<Certificate> anchors = options.trustAnchors;
    if (options.workspace != nullptr) {
        auto trust = PeopleQuery(*options.workspace).trustStore();
        if (!trust) {
            return trust.error();
        }
        for (const TrustAnchor& a : trust->anchors()) {
            if (auto c = Certificate::fromDer(a.der, a.subject)) {
                anchors.append(c.value());
            }
        }
    }
    if (anchors.isEmpty()) {
        checks.fail(Tr::tr("Certificate chain"), Tr::tr("no CA to check it against (give --ca or --workspace)"));
    } else if (result.signingTimeMs <= 0) {
        checks.fail(Tr::tr("Certificate chain"), Tr::tr("the signature states no signing time"));
    } else if (auto chain = Cms::verifyEmbeddedChain(found.cms, content, anchors, result.signingTimeMs); !chain) {
        checks.fail(Tr::tr("Certificate chain"), chain.error().message);
    } else {
        checks.pass(Tr::tr("Certificate chain"),
                    Tr::tr("%1, issued by %2, chains to a trusted CA and was valid when it signed (%3)")
                        .arg(result.signerSubject, result.signerIssuer, UtcTime::displayMs(result.signingTimeMs)));
    }

    const std::optional<QByteArray> manifest = manifestStream(pdf.left(result.signedBytes));
    QJsonParseError error;
    const QJsonDocument document = manifest ? QJsonDocument::fromJson(*manifest, &error) : QJsonDocument();
    if (!manifest) {
        checks.fail(Tr::tr("Manifest"),
                    Tr::tr("the signed part carries no package manifest (%1): not a "
                           "change-control package from Countersign")
                        .arg(QLatin1String(PdfSigner::kManifestKey)));
        return result;
    }
    if (document.isObject() && document.object()[u"format"].toString() == QLatin1String(kAuditReportManifestFormat)) {
        return verifyAuditReport(result, document.object(), options, checks);
    }
    if (document.isObject() && document.object()[u"format"].toString() == QLatin1String(kPccpManifestFormat)) {
        return verifyPccpDocument(result, document.object(), options, checks);
    }
    if (!document.isObject() || document.object()[u"format"].toString() != QLatin1String(kPackageManifestFormat)) {
        checks.fail(Tr::tr("Manifest"),
                    Tr::tr("the package manifest is not a %1 JSON object").arg(QLatin1String(kPackageManifestFormat)));
        return result;
    }
    result.manifest = document.object();
    checks.pass(Tr::tr("Manifest"),
                Tr::tr("%1 of workspace %2, %3 digests")
                    .arg(result.manifest[u"request_id"].toString(), result.manifest[u"workspace_id"].toString())
                    .arg(result.manifest[u"digests"].toObject().size()));
    const std::optional<CheckedExcerpt> excerpt = checkExcerpt(result, checks);
    if (options.workspace != nullptr) {
        checkWorkspace(result, excerpt, *options.workspace, checks);
    }
    return result;
}

} // namespace cs::reports
