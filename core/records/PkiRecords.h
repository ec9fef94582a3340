#pragma once

#include <QByteArray>
#include <QString>

namespace cs {

/// A signing certificate a user enrolled. The workspace keeps the certificate only; the private key stays in the
/// person's PKCS#12 file.
struct EnrolledCertificate
{
    qint64 id = 0;
    QString username;
    QString fingerprint; ///< SHA-256 of the DER, lower-case hex
    QByteArray der;
    QString subject;
    QString issuer;
    QString serial; ///< hex
    qint64 notBeforeMs = 0;
    qint64 notAfterMs = 0;
    qint64 enrolledAtMs = 0;
};

/// A CA certificate the workspace trusts for signing certificates.
struct TrustAnchor
{
    qint64 id = 0;
    QString fingerprint;
    QByteArray der;
    QString subject;
    qint64 notBeforeMs = 0;
    qint64 notAfterMs = 0;
    qint64 addedAtMs = 0;
    QString addedBy;
};

/// A certificate revocation list of a trusted CA. The newest one (by thisUpdate) per CA is the one in force.
struct TrustCrl
{
    qint64 id = 0;
    QString issuerFingerprint; ///< the trust anchor that signed it
    QByteArray der;
    qint64 thisUpdateMs = 0;
    qint64 nextUpdateMs = 0;
    int revokedCount = 0;
    qint64 addedAtMs = 0;
    QString addedBy;
};

} // namespace cs
