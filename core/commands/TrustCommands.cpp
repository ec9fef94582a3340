#include "TrustCommands.h"

#include "commands/CommandContext.h"
#include "pki/CertificateCheck.h"
#include "store/IdentityTables.h"
#include "util/UtcTime.h"

#include <QCoreApplication>

namespace cs {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::TrustCommands)
};

QJsonObject certificateJson(const Certificate& c, const QString& fingerprint)
{
    return QJsonObject {{QStringLiteral("fingerprint_sha256"), fingerprint},
                        {QStringLiteral("subject"), c.subject()},
                        {QStringLiteral("issuer"), c.issuer()},
                        {QStringLiteral("serial"), c.serialHex()},
                        {QStringLiteral("not_before"), UtcTime::formatMsString(c.notBeforeMs())},
                        {QStringLiteral("not_after"), UtcTime::formatMsString(c.notAfterMs())},
                        {QStringLiteral("key"), c.keyDescription()}};
}
} // namespace

// --- EnrollCertificateCommand

EnrollCertificateCommand::EnrollCertificateCommand(SigningCredentials credentials)
    : m_credentials(std::move(credentials))
{ }

QString EnrollCertificateCommand::description() const
{
    return Tr::tr("enroll a signing certificate");
}

Status EnrollCertificateCommand::apply(CommandContext& ctx)
{
    const User& user = *ctx.user();
    const Certificate& cert = m_credentials.certificate;
    if (!m_credentials.key.matches(cert)) {
        return Error(ErrorCode::Certificate,
                     Tr::tr("the private key does not belong to certificate \"%1\"").arg(cert.commonName()));
    }
    auto trust = TrustStore::load(ctx.database());
    if (!trust) {
        return trust.error();
    }
    if (auto r = CertificateCheck::check(cert, trust.value(), ctx.nowMs(), {user.username, user.fullName, user.email},
                                         CertificateCheck::Purpose::Enrollment);
        !r) {
        return r;
    }
    auto fingerprint = cert.fingerprint();
    if (!fingerprint) {
        return fingerprint.error();
    }
    CertificateTable table(ctx.database());
    auto existing = table.byFingerprint(fingerprint.value());
    if (!existing) {
        return existing.error();
    }
    if (existing.value()) {
        return Error(ErrorCode::AlreadyExists,
                     Tr::tr("this certificate is already enrolled (by %1)").arg(existing.value()->username));
    }
    EnrolledCertificate row;
    row.username = user.username;
    row.fingerprint = fingerprint.value();
    row.der = cert.der();
    row.subject = cert.subject();
    row.issuer = cert.issuer();
    row.serial = cert.serialHex();
    row.notBeforeMs = cert.notBeforeMs();
    row.notAfterMs = cert.notAfterMs();
    row.enrolledAtMs = ctx.nowMs();
    auto id = table.insert(ctx.write(), row);
    if (!id) {
        return id.error();
    }
    AuditRecord record;
    record.action = AuditAction::CertificateEnrolled;
    record.change = ChangeKind::Create;
    record.entityType = QStringLiteral("certificate");
    record.entityId = QString::number(id.value());
    QJsonObject after = certificateJson(cert, fingerprint.value());
    after.insert(QStringLiteral("username"), user.username);
    after.insert(QStringLiteral("legacy_encryption"), m_credentials.legacyEncryption);
    record.after = after;
    auto e = ctx.record(record);
    return e ? Status() : e.error();
}

// --- AddTrustedCaCommand

AddTrustedCaCommand::AddTrustedCaCommand(Certificate certificate, QString reason)
    : m_certificate(std::move(certificate))
    , m_reason(std::move(reason))
{ }

QString AddTrustedCaCommand::description() const
{
    return Tr::tr("add a trusted CA");
}

Status AddTrustedCaCommand::apply(CommandContext& ctx)
{
    const Certificate& c = m_certificate;
    if (!c.isCa()) {
        return Error(ErrorCode::Certificate,
                     Tr::tr("\"%1\" is not a CA certificate (its basic constraints do not allow issuing certificates)")
                         .arg(c.subject()));
    }
    if (ctx.nowMs() > c.notAfterMs()) {
        return Error(ErrorCode::Certificate,
                     Tr::tr("the CA certificate \"%1\" expired on %2")
                         .arg(c.subject(), UtcTime::formatMsString(c.notAfterMs())));
    }
    if (auto r = CertificateCheck::checkKeyStrength(c); !r) {
        return r;
    }
    TrustStoreTable table(ctx.database());
    auto anchors = table.anchors();
    if (!anchors) {
        return anchors.error();
    }
    auto fingerprint = c.fingerprint();
    if (!fingerprint) {
        return fingerprint.error();
    }
    for (const TrustAnchor& a : anchors.value()) {
        if (a.fingerprint == fingerprint.value()) {
            return Error(ErrorCode::AlreadyExists, Tr::tr("\"%1\" is already trusted").arg(c.subject()));
        }
    }
    TrustAnchor anchor;
    anchor.fingerprint = fingerprint.value();
    anchor.der = c.der();
    anchor.subject = c.subject();
    anchor.notBeforeMs = c.notBeforeMs();
    anchor.notAfterMs = c.notAfterMs();
    anchor.addedAtMs = ctx.nowMs();
    anchor.addedBy = ctx.session().actor;
    auto id = table.insertAnchor(ctx.write(), anchor);
    if (!id) {
        return id.error();
    }
    AuditRecord record;
    record.action = AuditAction::TrustAnchorAdded;
    record.change = ChangeKind::Create;
    record.entityType = QStringLiteral("trusted-ca");
    record.entityId = QString::number(id.value());
    QJsonObject after = certificateJson(c, fingerprint.value());
    if (!m_reason.trimmed().isEmpty()) {
        after.insert(QStringLiteral("reason"), m_reason);
    }
    record.after = after;
    auto e = ctx.record(record);
    return e ? Status() : e.error();
}

// --- AddCrlCommand

AddCrlCommand::AddCrlCommand(Crl crl)
    : m_crl(std::move(crl))
{ }

QString AddCrlCommand::description() const
{
    return Tr::tr("add a certificate revocation list");
}

Status AddCrlCommand::apply(CommandContext& ctx)
{
    auto trust = TrustStore::load(ctx.database());
    if (!trust) {
        return trust.error();
    }
    const TrustAnchor* issuer = nullptr;
    for (const TrustAnchor& a : trust->anchors()) {
        auto ca = Certificate::fromDer(a.der, a.subject);
        if (ca && m_crl.isSignedBy(ca.value())) {
            issuer = &a;
            break;
        }
    }
    if (issuer == nullptr) {
        return Error(
            ErrorCode::Certificate,
            Tr::tr("the revocation list of \"%1\" is not signed by a CA in the trust store").arg(m_crl.issuer()));
    }
    if (const TrustCrl* current = trust->currentCrl(issuer->fingerprint);
        current && current->thisUpdateMs >= m_crl.thisUpdateMs()) {
        return Error(
            ErrorCode::Rule,
            Tr::tr("this revocation list (issued %1) is not newer than the one in force (issued "
                   "%2)")
                .arg(UtcTime::formatMsString(m_crl.thisUpdateMs()), UtcTime::formatMsString(current->thisUpdateMs)));
    }
    TrustCrl row;
    row.issuerFingerprint = issuer->fingerprint;
    row.der = m_crl.der();
    row.thisUpdateMs = m_crl.thisUpdateMs();
    row.nextUpdateMs = m_crl.nextUpdateMs();
    row.revokedCount = m_crl.revokedCount();
    row.addedAtMs = ctx.nowMs();
    row.addedBy = ctx.session().actor;
    auto id = TrustStoreTable(ctx.database()).insertCrl(ctx.write(), row);
    if (!id) {
        return id.error();
    }
    AuditRecord record;
    record.action = AuditAction::CrlAdded;
    record.change = ChangeKind::Create;
    record.entityType = QStringLiteral("crl");
    record.entityId = QString::number(id.value());
    record.after = QJsonObject {{QStringLiteral("issuer"), issuer->subject},
                                {QStringLiteral("this_update"), UtcTime::formatMsString(row.thisUpdateMs)},
                                {QStringLiteral("next_update"), UtcTime::formatMsString(row.nextUpdateMs)},
                                {QStringLiteral("revoked_certificates"), row.revokedCount}};
    auto e = ctx.record(record);
    return e ? Status() : e.error();
}

} // namespace cs
