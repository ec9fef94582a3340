#include "Sha256.h"

#include <QCoreApplication>

#include <openssl/err.h>
#include <openssl/evp.h>

namespace cs {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::Sha256)
};

// OpenSSL 3 looks an algorithm up on every implicit use of EVP_sha256(); fetching it once makes each hash of a
// short message several times cheaper, which the verifier feels at a million events. Null when no loaded provider
// offers SHA-256.
const EVP_MD* sha256Md()
{
    static EVP_MD* md = EVP_MD_fetch(nullptr, "SHA2-256", nullptr);
    return md;
}

Error failure(const char* step)
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    char reason[256] = {};
    if (code != 0) {
        ERR_error_string_n(code, reason, sizeof reason);
    }
    return Error(
        ErrorCode::Crypto,
        Tr::tr("SHA-256 is not available from OpenSSL (%1%2%3)")
            .arg(QLatin1String(step), code != 0 ? QStringLiteral(": ") : QString(), QString::fromLatin1(reason)));
}
} // namespace

struct Sha256::Impl
{
    EVP_MD_CTX* ctx = nullptr;
    const char* failedStep = nullptr; ///< the first step that failed since the last finish
    /// Starts a digest; remembers the failure for finish() to report.
    void start()
    {
        failedStep = nullptr;
        const EVP_MD* md = sha256Md();
        if (ctx == nullptr) {
            failedStep = "no digest context";
        } else if (md == nullptr) {
            failedStep = "no provider offers SHA2-256";
        } else if (EVP_DigestInit_ex(ctx, md, nullptr) != 1) {
            failedStep = "EVP_DigestInit_ex";
        }
    }
};

Sha256::Sha256()
    : d(new Impl)
{
    d->ctx = EVP_MD_CTX_new();
    d->start();
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(d->ctx);
    delete d;
}

void Sha256::add(QByteArrayView data)
{
    if (d->failedStep == nullptr && EVP_DigestUpdate(d->ctx, data.data(), static_cast<size_t>(data.size())) != 1) {
        d->failedStep = "EVP_DigestUpdate";
    }
}

void Sha256::add(char byte)
{
    add(QByteArrayView(&byte, 1));
}

Result<QByteArray> Sha256::finish()
{
    QByteArray out(Size, Qt::Uninitialized);
    unsigned int len = 0;
    if (d->failedStep == nullptr &&
        (EVP_DigestFinal_ex(d->ctx, reinterpret_cast<unsigned char*>(out.data()), &len) != 1 || len != Size)) {
        d->failedStep = "EVP_DigestFinal_ex";
    }
    const char* failed = d->failedStep;
    d->start();
    if (failed != nullptr) {
        return failure(failed);
    }
    return out;
}

Result<QString> Sha256::finishHex()
{
    auto digest = finish();
    if (!digest) {
        return digest.error();
    }
    return QString::fromLatin1(digest->toHex());
}

Result<QByteArray> Sha256::hash(QByteArrayView data)
{
    const EVP_MD* md = sha256Md();
    if (md == nullptr) {
        return failure("no provider offers SHA2-256");
    }
    QByteArray out(Size, Qt::Uninitialized);
    unsigned int len = 0;
    if (EVP_Digest(data.data(), static_cast<size_t>(data.size()), reinterpret_cast<unsigned char*>(out.data()), &len,
                   md, nullptr) != 1 ||
        len != Size) {
        return failure("EVP_Digest");
    }
    return out;
}

Result<QString> Sha256::hashHex(QByteArrayView data)
{
    auto digest = hash(data);
    if (!digest) {
        return digest.error();
    }
    return QString::fromLatin1(digest->toHex());
}

} // namespace cs
