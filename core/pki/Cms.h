#pragma once

#include "pki/Certificate.h"

#include <functional>

/// Detached CMS SignedData (RFC 5652) over a byte string: SHA-256, with the ESS signing-certificate-v2 attribute
/// (RFC 5035) binding the signer's certificate into the signed attributes (CAdES-BES).
namespace cs::Cms {

/// Signs `content` and returns the DER-encoded SignedData (content not included; the certificate is, and each of
/// `chain`, so that a verifier holding only the root can build the path).
Result<QByteArray> signDetached(const QByteArray& content, const Certificate& certificate, const PrivateKey& key,
                                const QList<Certificate>& chain = {});

/// Reads the next part of the content into `buffer` (at most `capacity` bytes): the bytes read, 0 at the end, -1 on
/// an error.
using ContentReader = std::function<qint64(char* buffer, qint64 capacity)>;

/// Whether the signed attributes carry the signing time. A record's signature does (its time is signed with it); a
/// PAdES baseline signature must not (ETSI EN 319 142-1, 5.2.2.1: the time is the signature dictionary's /M), and
/// OpenSSL 3.0 always adds one, so Omit removes it and signs the remaining attributes again.
enum class SigningTime
{
    Include,
    Omit,
};

/// The same signature over content read piece by piece (a signed file's byte ranges), never held whole in memory.
Result<QByteArray> signDetached(const ContentReader& content, const Certificate& certificate, const PrivateKey& key,
                                const QList<Certificate>& chain = {}, SigningTime time = SigningTime::Include);

/// Checks that `cms` is a valid signature over `content` by `signer`'s key, carrying a signing-certificate-v2
/// attribute that names `signer`, with the signer's chain to one of `trustAnchors` valid at `atMs` (the signing
/// time). CertificateCheck gives the detailed reasons when a certificate is refused; this is OpenSSL's own check.
Status verifyDetached(const QByteArray& cms, const QByteArray& content, const Certificate& signer,
                      const QList<Certificate>& trustAnchors, qint64 atMs);

/// A detached CMS signature whose signer certificate and chain travel inside it (as in a signed PDF).
struct EmbeddedSignature
{
    Certificate signer;
    QList<Certificate> certificates; ///< every certificate the CMS carries, the signer's included
    qint64 signingTimeMs = 0; ///< the signed signingTime attribute, or 0 when it has none
};

/// Decodes `cms` (one signer, its certificate inside) without checking anything but its form.
Result<EmbeddedSignature> readEmbedded(const QByteArray& cms);

/// Checks that `cms` is a valid signature over `content` by the key of the certificate it carries (the message digest
/// and the signature over the signed attributes; the signing-certificate-v2 attribute must be present); not the
/// certificate's trust.
Status verifyEmbeddedSignature(const QByteArray& cms, const QByteArray& content);

/// Checks that the signer certificate `cms` carries chains, through the certificates it carries, to one of
/// `trustAnchors` and was valid at `atMs`, and that its signing-certificate-v2 attribute names that certificate. The
/// content's digest is verifyEmbeddedSignature's check, not this one's.
Status verifyEmbeddedChain(const QByteArray& cms, const QByteArray& content, const QList<Certificate>& trustAnchors,
                           qint64 atMs);

} // namespace cs::Cms
