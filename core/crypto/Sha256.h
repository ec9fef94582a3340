#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace cs {

/// SHA-256 through OpenSSL's EVP interface. Digests are 32 raw bytes.
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
    /// Returns the digest and resets the object for reuse.
    QByteArray finish();

    static QByteArray hash(QByteArrayView data);

private:
    struct Impl;
    Impl* d;
};

} // namespace cs
