#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace cs {

/// SHA-256 through OpenSSL's EVP interface. Digests are 32 raw bytes. Nothing here aborts: when OpenSSL fails
/// (no SHA-256 in the loaded providers, no memory), the next finish() returns a Crypto error, and the object is
/// usable again after it.
class Sha256
{
public:
    static constexpr qsizetype Size = 32;

    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;

    void add(QByteArrayView data);
    void add(char byte);
    /// The digest of everything added since the last finish; resets the object for reuse.
    Result<QByteArray> finish();
    /// finish() as lower-case hex.
    Result<QString> finishHex();

    static Result<QByteArray> hash(QByteArrayView data);
    static Result<QString> hashHex(QByteArrayView data);

private:
    struct Impl;
    Impl* d;
};

} // namespace cs
