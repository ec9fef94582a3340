#pragma once

#include "pki/Certificate.h"

/// Detached CMS SignedData (RFC 5652) over a byte string: SHA-256, with the ESS signing-certificate-v2 attribute
/// (RFC 5035) binding the signer's certificate into the signed attributes (CAdES-BES).
namespace cs::Cms {

/// Signs `content` and returns the DER-encoded SignedData (content not included; the certificate is, and each of
/// `chain`, so that a verifier holding only the root can build the path).
Result<QByteArray> signDetached(const QByteArray& content, const Certificate& certificate, const PrivateKey& key,
                                const QList<Certificate>& chain = {});

/// Checks that `cms` is a valid signature over `content` by `signer`'s key, carrying a signing-certificate-v2
/// attribute that names `signer`, with the signer's chain to one of `trustAnchors` valid at `atMs` (the signing
/// time). CertificateCheck gives the detailed reasons when a certificate is refused; this is OpenSSL's own check.
Status verifyDetached(const QByteArray& cms, const QByteArray& content, const Certificate& signer,
                      const QList<Certificate>& trustAnchors, qint64 atMs);

} // namespace cs::Cms
