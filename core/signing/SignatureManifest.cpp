#include "SignatureManifest.h"

#include "json/CanonicalJson.h"
#include "util/UtcTime.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace cs {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::SignatureManifest)
};
} // namespace

QJsonObject SignatureManifest::toJson() const
{
    return QJsonObject {
        {QStringLiteral("format"), Format},
        {QStringLiteral("workspace_id"), workspaceId},
        {QStringLiteral("record"),
         QJsonObject {{QStringLiteral("type"), recordType},
                      {QStringLiteral("id"), recordId},
                      {QStringLiteral("sha256"), recordSha256}}},
        {QStringLiteral("meaning"), nameOf(meaning)},
        {QStringLiteral("statement"), statement},
        {QStringLiteral("signer"),
         QJsonObject {{QStringLiteral("username"), signerUsername},
                      {QStringLiteral("name"), signerName},
                      {QStringLiteral("role"), signerRole}}},
        {QStringLiteral("signed_at"), UtcTime::formatMsString(signedAtMs)},
        {QStringLiteral("reason"), reason},
        {QStringLiteral("audit_log"),
         QJsonObject {{QStringLiteral("size"), auditLogSize}, {QStringLiteral("chain_head"), auditChainHead}}},
    };
}

Result<QByteArray> SignatureManifest::canonicalBytes() const
{
    return CanonicalJson::serialize(toJson());
}

Result<SignatureManifest> SignatureManifest::parse(const QByteArray& bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return Error(ErrorCode::Integrity, Tr::tr("the signature manifest is not JSON: %1").arg(error.errorString()));
    }
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toString() != Format) {
        return Error(ErrorCode::Integrity,
                     Tr::tr("the signature manifest has an unknown format \"%1\"")
                         .arg(o.value(QStringLiteral("format")).toString()));
    }
    SignatureManifest m;
    const QJsonObject record = o.value(QStringLiteral("record")).toObject();
    const QJsonObject signer = o.value(QStringLiteral("signer")).toObject();
    const QJsonObject log = o.value(QStringLiteral("audit_log")).toObject();
    m.workspaceId = o.value(QStringLiteral("workspace_id")).toString();
    m.recordType = record.value(QStringLiteral("type")).toString();
    m.recordId = record.value(QStringLiteral("id")).toString();
    m.recordSha256 = record.value(QStringLiteral("sha256")).toString();
    const auto meaning = enumFromName<Meaning>(o.value(QStringLiteral("meaning")).toString());
    m.statement = o.value(QStringLiteral("statement")).toString();
    m.signerUsername = signer.value(QStringLiteral("username")).toString();
    m.signerName = signer.value(QStringLiteral("name")).toString();
    m.signerRole = signer.value(QStringLiteral("role")).toString();
    const auto signedAt = UtcTime::parseMs(o.value(QStringLiteral("signed_at")).toString());
    m.reason = o.value(QStringLiteral("reason")).toString();
    m.auditLogSize = log.value(QStringLiteral("size")).toInteger(-1);
    m.auditChainHead = log.value(QStringLiteral("chain_head")).toString();
    if (!meaning || !signedAt || m.workspaceId.isEmpty() || m.recordType.isEmpty() || m.recordId.isEmpty() ||
        m.recordSha256.size() != 64 || m.signerUsername.isEmpty() || m.auditLogSize < 0) {
        return Error(ErrorCode::Integrity, Tr::tr("the signature manifest is incomplete"));
    }
    m.meaning = *meaning;
    m.signedAtMs = *signedAt;
    auto canonical = m.canonicalBytes();
    if (!canonical || canonical.value() != bytes) {
        return Error(ErrorCode::Integrity,
                     Tr::tr("the signature manifest is not in canonical form (it was re-encoded or "
                            "has extra fields)"));
    }
    return m;
}

} // namespace cs
