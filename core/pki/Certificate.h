#pragma once

#include "identity/SecretBytes.h"
#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <openssl/types.h>

#include <memory>
#include <optional>

namespace cs {

/// An X.509 certificate (shared, immutable).
class Certificate
{
public:
    Certificate() = default;
    /// Parses DER. `source` names where it came from, for the error message.
    static Result<Certificate> fromDer(const QByteArray& der, const QString& source);
    /// Parses the first PEM certificate in `pem`.
    static Result<Certificate> fromPem(const QByteArray& pem, const QString& source);
    /// Reads a PEM or DER certificate file.
    static Result<Certificate> fromFile(const QString& path);
    /// Takes one reference of `x509` (the caller keeps its own).
    static Certificate fromHandle(X509* x509);

    bool isNull() const { return !m_x509; }
    X509* handle() const { return m_x509.get(); }
    QByteArray der() const;
    QByteArray pem() const;
    /// SHA-256 of the DER encoding, lower-case hex.
    Result<QString> fingerprint() const;
    QString subject() const;
    QString issuer() const;
    QString commonName() const;
    /// E-mail addresses from subjectAltName rfc822Name and the subject's emailAddress.
    QStringList emails() const;
    QString serialHex() const;
    qint64 notBeforeMs() const;
    qint64 notAfterMs() const;
    bool isCa() const;
    /// "RSA 2048", "EC P-256", "Ed25519".
    QString keyDescription() const;
    bool operator==(const Certificate& other) const { return der() == other.der(); }

private:
    std::shared_ptr<X509> m_x509;
};

/// A private key (from a PKCS#12 or PEM file, or generated for the demo and tests). Kept in memory only as long as
/// the signing takes; never stored.
class PrivateKey
{
public:
    PrivateKey() = default;
    enum class Type
    {
        Rsa,
        EcP256,
        EcP384,
    };
    /// A new key; `bits` applies to RSA.
    static Result<PrivateKey> generate(Type type, int bits = 2048);
    /// Reads a PEM private key, encrypted or not.
    static Result<PrivateKey> fromPem(const QByteArray& pem, const SecretBytes& passphrase, const QString& source);
    static PrivateKey fromHandle(EVP_PKEY* key); ///< takes one reference

    bool isNull() const { return !m_key; }
    EVP_PKEY* handle() const { return m_key.get(); }
    /// PEM (PKCS#8), encrypted with AES-256 when a passphrase is given.
    Result<QByteArray> toPem(const SecretBytes& passphrase) const;
    /// True when `certificate` carries this key's public half.
    bool matches(const Certificate& certificate) const;

private:
    std::shared_ptr<EVP_PKEY> m_key;
};

/// A certificate revocation list.
class Crl
{
public:
    Crl() = default;
    static Result<Crl> fromDer(const QByteArray& der, const QString& source);
    /// Reads a PEM or DER CRL file.
    static Result<Crl> fromFile(const QString& path);
    static Crl fromHandle(X509_CRL* crl); ///< takes one reference

    bool isNull() const { return !m_crl; }
    X509_CRL* handle() const { return m_crl.get(); }
    QByteArray der() const;
    QByteArray pem() const;
    QString issuer() const;
    qint64 thisUpdateMs() const;
    /// 0 when the CRL has no nextUpdate (treated as stale: fail closed).
    qint64 nextUpdateMs() const;
    int revokedCount() const;
    /// True when `issuer`'s key signed this CRL.
    bool isSignedBy(const Certificate& issuer) const;
    /// When `certificate` was revoked, if this CRL lists it.
    std::optional<qint64> revokedAtMs(const Certificate& certificate) const;

private:
    std::shared_ptr<X509_CRL> m_crl;
};

/// What a PKCS#12 file (or a PEM certificate and key) holds.
struct SigningCredentials
{
    Certificate certificate;
    PrivateKey key;
    QList<Certificate> chain; ///< other certificates in the file (CA certificates)
    bool legacyEncryption = false; ///< the file needed OpenSSL's legacy provider (RC2, 3DES)
};

namespace Pkcs12 {
/// Reads a PKCS#12 file with its passphrase. Distinguishes a wrong passphrase from a file that is not PKCS#12 and
/// from legacy encryption this OpenSSL cannot read.
Result<SigningCredentials> read(const QString& path, const SecretBytes& passphrase);
Result<SigningCredentials> parse(const QByteArray& data, const SecretBytes& passphrase, const QString& source);
/// Encodes `credentials` as PKCS#12 protected by `passphrase` (AES-256-CBC, PBKDF2; OpenSSL 3 defaults).
Result<QByteArray> create(const SigningCredentials& credentials, const SecretBytes& passphrase,
                          const QString& friendlyName);
} // namespace Pkcs12

/// Reads a PEM certificate file and a PEM private-key file (the alternative to PKCS#12).
Result<SigningCredentials> readPemCredentials(const QString& certificatePath, const QString& keyPath,
                                              const SecretBytes& passphrase);

} // namespace cs
