#include "SignRecordCommand.h"

#include "commands/CommandContext.h"
#include "commands/SignerCheck.h"
#include "crypto/Sha256.h"
#include "pki/Cms.h"
#include "signing/SignableRecords.h"
#include "signing/SignaturePolicy.h"
#include "signing/Signing.h"
#include "store/AuditEventTable.h"
#include "store/IdentityTables.h"

#include <QCoreApplication>

namespace cs {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::SignRecordCommand)
};
} // namespace

SignRecordCommand::SignRecordCommand(QString recordType, QString recordId, Meaning meaning, QString reason,
                                     SigningCredentials credentials)
    : m_recordType(std::move(recordType))
    , m_recordId(std::move(recordId))
    , m_meaning(meaning)
    , m_reason(std::move(reason))
    , m_credentials(std::move(credentials))
{ }

QString SignRecordCommand::description() const
{
    return Tr::tr("sign %1 %2 as %3").arg(m_recordType, m_recordId, nameOf(m_meaning));
}

Status SignRecordCommand::apply(CommandContext& ctx)
{
    Database& db = ctx.database();
    const User& user = *ctx.user();
    auto record = SignableRecords::load(db, m_recordType, m_recordId);
    if (!record) {
        return record.error();
    }
    const SignaturePolicy* policy = SignaturePolicies::forType(m_recordType);
    if (policy == nullptr) {
        return Error(ErrorCode::Internal, Tr::tr("no signature policy for %1").arg(m_recordType));
    }
    auto existing = Signing::manifestsFor(db, m_recordType, m_recordId);
    if (!existing) {
        return existing.error();
    }
    auto role = policy->admit(record.value(), existing.value(), user, m_meaning);
    if (!role) {
        return role.error();
    }

    // The certificate: enrolled by this person, passing every check now, and matching the key.
    if (auto r = checkSignerCredentials(ctx, user, m_credentials); !r) {
        return r;
    }
    const Certificate& cert = m_credentials.certificate;
    auto fingerprint = cert.fingerprint();
    if (!fingerprint) {
        return fingerprint.error();
    }

    auto last = AuditEventTable(db).last();
    auto hash = record->contentSha256();
    if (!last || !hash) {
        return last ? hash.error() : last.error();
    }
    SignatureManifest m;
    m.workspaceId = ctx.workspaceId();
    m.recordType = m_recordType;
    m.recordId = record->id;
    m.recordSha256 = hash.value();
    m.meaning = m_meaning;
    m.statement = meaningStatement(m_meaning, user.fullName);
    m.signerUsername = user.username;
    m.signerName = user.fullName;
    m.signerRole = nameOf(role.value());
    m.signedAtMs = ctx.nowMs();
    m.reason = m_reason;
    m.auditLogSize = last.value() ? last.value()->seq : 0;
    m.auditChainHead = last.value() ? QString::fromLatin1(last.value()->chainHash.toHex()) : QString();
    auto bytes = m.canonicalBytes();
    if (!bytes) {
        return bytes.error();
    }
    auto cms = Cms::signDetached(bytes.value(), cert, m_credentials.key);
    if (!cms) {
        return cms.error();
    }

    m_signature.recordType = m.recordType;
    m_signature.recordId = m.recordId;
    m_signature.meaning = nameOf(m.meaning);
    m_signature.signer = user.username;
    m_signature.signedAtMs = m.signedAtMs;
    m_signature.manifest = bytes.value();
    m_signature.cms = cms.value();
    m_signature.certificate = cert.der();
    auto id = SignatureTable(db).insert(ctx.write(), m_signature);
    if (!id) {
        return id.error();
    }
    m_signature.id = id.value();

    AuditRecord event;
    event.action = AuditAction::SignatureCreated;
    event.change = ChangeKind::Create;
    event.entityType = QStringLiteral("signature");
    event.entityId = QString::number(id.value());
    auto manifestSha256 = Sha256::hashHex(bytes.value());
    if (!manifestSha256) {
        return manifestSha256.error();
    }
    event.after = QJsonObject {{QStringLiteral("record_type"), m.recordType},
                               {QStringLiteral("record_id"), m.recordId},
                               {QStringLiteral("record_sha256"), m.recordSha256},
                               {QStringLiteral("meaning"), nameOf(m.meaning)},
                               {QStringLiteral("signer"), m.signerUsername},
                               {QStringLiteral("signer_name"), m.signerName},
                               {QStringLiteral("role"), m.signerRole},
                               {QStringLiteral("reason"), m.reason},
                               {QStringLiteral("manifest_sha256"), manifestSha256.value()},
                               {QStringLiteral("certificate_sha256"), fingerprint.value()}};
    auto e = ctx.record(event);
    return e ? Status() : e.error();
}

} // namespace cs
