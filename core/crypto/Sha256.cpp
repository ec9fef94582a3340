#include "Sha256.h"

#include <openssl/evp.h>

#include <cstdlib>

namespace cs {

namespace {
// OpenSSL 3 looks an algorithm up on every implicit use of EVP_sha256(); fetching it once makes each hash of a
// short message several times cheaper, which the verifier feels at a million events.
const EVP_MD* sha256Md()
{
    static EVP_MD* md = EVP_MD_fetch(nullptr, "SHA2-256", nullptr);
    return md;
}
} // namespace

struct Sha256::Impl
{
    EVP_MD_CTX* ctx = nullptr;
};

Sha256::Sha256()
    : d(new Impl)
{
    d->ctx = EVP_MD_CTX_new();
    if (d->ctx == nullptr || EVP_DigestInit_ex(d->ctx, sha256Md(), nullptr) != 1) {
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
    EVP_DigestInit_ex(d->ctx, sha256Md(), nullptr);
    return out;
}

QByteArray Sha256::hash(QByteArrayView data)
{
    QByteArray out(Size, Qt::Uninitialized);
    unsigned int len = 0;
    EVP_Digest(data.data(), static_cast<size_t>(data.size()), reinterpret_cast<unsigned char*>(out.data()), &len,
               sha256Md(), nullptr);
    return out;
}

} // namespace cs
