#pragma once

#include "pki/Certificate.h"

#include <QList>

/// Issues certificates and CRLs through OpenSSL's API: the demo workspace's CA and its people, and the certificate
/// matrix the tests build. Not used for anything a real signature depends on.
namespace cs::CertificateFactory {

enum KeyUsage
{
    DigitalSignature = 0x1,
    NonRepudiation = 0x2,
    KeyCertSign = 0x4,
    CrlSign = 0x8,
};

struct Request
{
    QString commonName;
    QString organisation;
    QString email; ///< subjectAltName rfc822Name when set
    qint64 notBeforeMs = 0;
    qint64 notAfterMs = 0;
    bool ca = false;
    int keyUsage = DigitalSignature | NonRepudiation;
    QStringList extendedKeyUsage; ///< OpenSSL short names: "emailProtection", "serverAuth"; empty: no extension
    quint64 serial = 1;
};

/// Issues a certificate for `subjectKey`, signed by `issuerKey` (self-signed when `issuer` is null).
Result<Certificate> issue(const Request& request, const PrivateKey& subjectKey, const Certificate* issuer,
                          const PrivateKey& issuerKey);

struct Revocation
{
    Certificate certificate;
    qint64 revokedAtMs = 0;
};

/// A CRL signed by `issuer` listing `revoked`.
Result<Crl> crl(const Certificate& issuer, const PrivateKey& issuerKey, qint64 thisUpdateMs, qint64 nextUpdateMs,
                const QList<Revocation>& revoked);

} // namespace cs::CertificateFactory
