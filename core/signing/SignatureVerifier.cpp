#include "SignatureVerifier.h"

#include "identity/Authority.h"
#include "pki/CertificateCheck.h"
#include "pki/Cms.h"
#include "signing/SignableRecords.h"
#include "store/AuditEventTable.h"
#include "store/IdentityTables.h"
#include "util/UtcTime.h"

#include <QCoreApplication>

namespace cs {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::SignatureVerifier)
};

SignatureCheck failed(SignatureCheck check, const QString& problem)
{
    check.valid = false;
    check.problem = problem;
    return check;
}
} // namespace

namespace SignatureVerifier {

SignatureCheck verify(Database& db, const QString& workspaceId, const StoredSignature& s)
{
    SignatureCheck check;
    check.stored = s;
    auto manifest = SignatureManifest::parse(s.manifest);
    if (!manifest) {
        return failed(check, manifest.error().message);
    }
    check.manifest = manifest.value();
    const SignatureManifest& m = manifest.value();
    auto cert = Certificate::fromDer(s.certificate, Tr::tr("the stored signer certificate"));
    if (!cert) {
        return failed(check, cert.error().message);
    }
    check.certificateSubject = cert->subject();

    // 1. The certificate passed every check at the signing time, for the person named.
    auto trust = TrustStore::load(db);
    if (!trust) {
        return failed(check, trust.error().message);
    }
    auto user = UserTable(db).find(m.signerUsername);
    SignerIdentity identity {m.signerUsername, m.signerName, QString()};
    if (user && user.value()) {
        identity.email = user.value()->email;
    }
    if (auto r = CertificateCheck::check(cert.value(), trust.value(), m.signedAtMs, identity,
                                         CertificateCheck::Purpose::Verification);
        !r) {
        return failed(check, r.error().message);
    }
    // 2. The signature covers exactly this manifest, made with this certificate's key (OpenSSL's own check of the
    // CMS, the signing-certificate-v2 attribute and the chain at the signing time).
    QList<Certificate> anchors;
    for (const TrustAnchor& a : trust->anchors()) {
        if (auto ca = Certificate::fromDer(a.der, a.subject)) {
            anchors.append(ca.value());
        }
    }
    if (auto r = Cms::verifyDetached(s.cms, s.manifest, cert.value(), anchors, m.signedAtMs); !r) {
        return failed(check, r.error().message);
    }
    // 3. It belongs here: this workspace, this record, these stored columns.
    if (m.workspaceId != workspaceId) {
        return failed(check, Tr::tr("the signature was made in another workspace (%1)").arg(m.workspaceId));
    }
    if (m.recordType != s.recordType || m.recordId != s.recordId) {
        return failed(check,
                      Tr::tr("the signature was made for %1 %2 but is attached to %3 %4: it was moved to another "
                             "record")
                          .arg(m.recordType, m.recordId, s.recordType, s.recordId));
    }
    if (nameOf(m.meaning) != s.meaning || m.signerUsername != s.signer || m.signedAtMs != s.signedAtMs) {
        return failed(check, Tr::tr("the stored meaning, signer or time differ from what was signed"));
    }
    // 4. The record is unchanged since it was signed.
    auto record = SignableRecords::load(db, s.recordType, s.recordId);
    if (!record) {
        return failed(
            check,
            Tr::tr("the signed record %1 %2 cannot be read: %3").arg(s.recordType, s.recordId, record.error().message));
    }
    auto hash = record->contentSha256();
    if (!hash) {
        return failed(check, hash.error().message);
    }
    if (hash.value() != m.recordSha256) {
        return failed(check,
                      Tr::tr("%1 %2 was changed after it was signed: its content no longer matches the signed "
                             "SHA-256")
                          .arg(s.recordType, s.recordId));
    }
    // 5. The audit log position pinned at signing matches the trail.
    if (m.auditLogSize > 0) {
        auto event = AuditEventTable(db).at(m.auditLogSize);
        if (!event || QString::fromLatin1(event->chainHash.toHex()) != m.auditChainHead) {
            return failed(check,
                          Tr::tr("the audit trail at event %1 does not match the chain head recorded when it was "
                                 "signed")
                              .arg(m.auditLogSize));
        }
    }
    check.valid = true;
    return check;
}

Result<QList<SignatureCheck>> verifyAll(Database& db, const QString& workspaceId)
{
    auto all = SignatureTable(db).all();
    if (!all) {
        return all.error();
    }
    QList<SignatureCheck> checks;
    for (const StoredSignature& s : all.value()) {
        checks.append(verify(db, workspaceId, s));
    }
    return checks;
}

} // namespace SignatureVerifier
} // namespace cs
