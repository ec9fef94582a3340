#pragma once

#include "identity/SecretBytes.h"
#include "util/Result.h"

#include <QString>

/// Password storage with scrypt (RFC 7914) through OpenSSL's KDF API: memory-hard, salted, and encoded as a PHC
/// string "$scrypt$ln=<log2 N>,r=<r>,p=<p>$<base64 salt>$<base64 hash>" so parameters can be raised later without
/// invalidating stored passwords.
namespace cs::PasswordHash {

struct Parameters
{
    int log2N = 15; ///< N = 32768: 32 MiB of memory per hash with r = 8
    quint32 r = 8;
    quint32 p = 1;
};

/// The raw scrypt function (for the RFC 7914 known answers).
Result<QByteArray> scrypt(QByteArrayView password, QByteArrayView salt, quint64 n, quint32 r, quint32 p, int length);

/// Hashes `password` with a fresh 16-byte random salt.
Result<QString> hash(const SecretBytes& password, Parameters parameters = {});

/// A stored form with `parameters` that no password matches (its hash is all zero bytes, which scrypt gives with
/// probability 2^-256), made without running scrypt: checking a password against it costs exactly what checking
/// against a real hash costs. Sign-in checks an unknown user ID's password against it.
QString placeholder(Parameters parameters = {});
/// True when `password` matches `encoded` (constant-time comparison). A malformed `encoded` is an error.
Result<bool> verify(const SecretBytes& password, const QString& encoded);

} // namespace cs::PasswordHash
