#pragma once

#include "util/Result.h"

#include <QByteArray>

#include <memory>

namespace cs {

/// An Ed25519 public key (RFC 8032), 32 raw bytes.
class Ed25519PublicKey
{
public:
    static Result<Ed25519PublicKey> fromRaw(const QByteArray& raw);
    const QByteArray& raw() const { return m_raw; }
    /// True when `signature` (64 bytes) is a valid signature of `message`.
    bool verify(QByteArrayView message, QByteArrayView signature) const;

private:
    QByteArray m_raw;
};

/// An Ed25519 private key. Owns its OpenSSL key; the seed never leaves this object except through toPem().
class Ed25519PrivateKey
{
public:
    Ed25519PrivateKey(Ed25519PrivateKey&&) noexcept;
    Ed25519PrivateKey& operator=(Ed25519PrivateKey&&) noexcept;
    ~Ed25519PrivateKey();

    static Result<Ed25519PrivateKey> generate();
    /// From the 32-byte RFC 8032 seed.
    static Result<Ed25519PrivateKey> fromSeed(QByteArrayView seed);
    /// From a PEM PKCS#8 "PRIVATE KEY" block; the error names `sourceName`.
    static Result<Ed25519PrivateKey> fromPem(const QByteArray& pem, const QString& sourceName);

    QByteArray toPem() const;
    Ed25519PublicKey publicKey() const;
    QByteArray sign(QByteArrayView message) const;

private:
    struct Impl;
    explicit Ed25519PrivateKey(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> d;
};

} // namespace cs
