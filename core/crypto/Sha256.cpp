#include "Sha256.h"

#include <openssl/evp.h>

#include <cstdlib>

namespace cs {

struct Sha256::Impl
{
    EVP_MD_CTX* ctx = nullptr;
};

Sha256::Sha256()
    : d(new Impl)
{
    d->ctx = EVP_MD_CTX_new();
    if (d->ctx == nullptr || EVP_DigestInit_ex(d->ctx, EVP_sha256(), nullptr) != 1) {
        std::abort(); // out of memory or a broken OpenSSL: nothing sensible to continue with
    }
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(d->ctx);
    delete d;
}

void Sha256::add(QByteArrayView data)
{
    EVP_DigestUpdate(d->ctx, data.data(), static_cast<size_t>(data.size()));
}

void Sha256::add(char byte)
{
    EVP_DigestUpdate(d->ctx, &byte, 1);
}

QByteArray Sha256::finish()
{
    QByteArray out(Size, Qt::Uninitialized);
    unsigned int len = 0;
    EVP_DigestFinal_ex(d->ctx, reinterpret_cast<unsigned char*>(out.data()), &len);
    EVP_DigestInit_ex(d->ctx, EVP_sha256(), nullptr);
    return out;
}

QByteArray Sha256::hash(QByteArrayView data)
{
    QByteArray out(Size, Qt::Uninitialized);
    unsigned int len = 0;
    EVP_Digest(data.data(), static_cast<size_t>(data.size()), reinterpret_cast<unsigned char*>(out.data()), &len,
               EVP_sha256(), nullptr);
    return out;
}

} // namespace cs
