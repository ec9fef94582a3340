#pragma once

#include "pki/Certificate.h"
#include "records/PkiRecords.h"

namespace cs {

class Database;

/// The workspace trust store: trusted CA certificates and their revocation lists.
class TrustStore
{
public:
    TrustStore() = default;
    TrustStore(QList<TrustAnchor> anchors, QList<TrustCrl> crls);
    static Result<TrustStore> load(Database& db);

    const QList<TrustAnchor>& anchors() const { return m_anchors; }
    const QList<TrustCrl>& crls() const { return m_crls; }
    /// The anchor with this fingerprint, if trusted.
    const TrustAnchor* anchor(const QString& fingerprint) const;
    /// The newest revocation list (by thisUpdate) of the CA with this fingerprint, if any.
    const TrustCrl* currentCrl(const QString& anchorFingerprint) const;

private:
    QList<TrustAnchor> m_anchors;
    QList<TrustCrl> m_crls;
};

/// Who a signing certificate must name.
struct SignerIdentity
{
    QString username;
    QString fullName;
    QString email;
};

namespace CertificateCheck {

enum class Purpose
{
    /// Signing now: a configured CRL must be current (fail closed) and must not list the certificate.
    Signing,
    /// Verifying an earlier signature at its signing time: the newest CRL must not list the certificate as revoked
    /// at or before that time.
    Verification,
    /// Enrolling a certificate: as for signing.
    Enrollment,
};

/// Accepts `certificate` for signatures by `signer` at `atMs`, or says exactly why not: not issued by a trusted CA,
/// not yet valid, expired, no digitalSignature or nonRepudiation key usage, an extended key usage without
/// emailProtection, revoked, a stale CRL, a weak key, or a certificate naming someone else. Key possession is
/// checked separately (PrivateKey::matches).
Status check(const Certificate& certificate, const TrustStore& trust, qint64 atMs, const SignerIdentity& signer,
             Purpose purpose);

/// Only the key-strength rule (RSA >= 2048 bits, EC P-256 or stronger).
Status checkKeyStrength(const Certificate& certificate);

} // namespace CertificateCheck
} // namespace cs
