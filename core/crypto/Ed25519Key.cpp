#include "Ed25519Key.h"

#include <QCoreApplication>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

namespace cs {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::Ed25519Key)
};

QString opensslError()
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0) {
        return Tr::tr("unknown OpenSSL error");
    }
    char buf[256];
    ERR_error_string_n(code, buf, sizeof buf);
    return QString::fromLatin1(buf);
}

struct PkeyDeleter
{
    void operator()(EVP_PKEY* p) const { EVP_PKEY_free(p); }
};
using PkeyPtr = std::unique_ptr<EVP_PKEY, PkeyDeleter>;

struct MdCtxDeleter
{
    void operator()(EVP_MD_CTX* p) const { EVP_MD_CTX_free(p); }
};
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, MdCtxDeleter>;
} // namespace

struct Ed25519PrivateKey::Impl
{
    PkeyPtr key;
};

Result<Ed25519PublicKey> Ed25519PublicKey::fromRaw(const QByteArray& raw)
{
    if (raw.size() != 32) {
        return Error(ErrorCode::Crypto, Tr::tr("an Ed25519 public key has 32 bytes, not %1").arg(raw.size()));
    }
    Ed25519PublicKey key;
    key.m_raw = raw;
    return key;
}

bool Ed25519PublicKey::verify(QByteArrayView message, QByteArrayView signature) const
{
    if (signature.size() != 64) {
        return false;
    }
    PkeyPtr key(EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr,
                                            reinterpret_cast<const unsigned char*>(m_raw.constData()), 32));
    MdCtxPtr ctx(EVP_MD_CTX_new());
    if (!key || !ctx || EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1) {
        ERR_clear_error();
        return false;
    }
    const int rc =
        EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char*>(signature.data()), 64,
                         reinterpret_cast<const unsigned char*>(message.data()), static_cast<size_t>(message.size()));
    ERR_clear_error();
    return rc == 1;
}

Ed25519PrivateKey::Ed25519PrivateKey(std::unique_ptr<Impl> impl)
    : d(std::move(impl))
{ }
Ed25519PrivateKey::Ed25519PrivateKey(Ed25519PrivateKey&&) noexcept = default;
Ed25519PrivateKey& Ed25519PrivateKey::operator=(Ed25519PrivateKey&&) noexcept = default;
Ed25519PrivateKey::~Ed25519PrivateKey() = default;

Result<Ed25519PrivateKey> Ed25519PrivateKey::generate()
{
    EVP_PKEY* raw = nullptr;
    EVP_PKEY_CTX* ctx = EVP_PKEY_CTX_new_id(EVP_PKEY_ED25519, nullptr);
    const bool ok = ctx != nullptr && EVP_PKEY_keygen_init(ctx) == 1 && EVP_PKEY_keygen(ctx, &raw) == 1;
    EVP_PKEY_CTX_free(ctx);
    if (!ok) {
        return Error(ErrorCode::Crypto, Tr::tr("cannot generate an Ed25519 key: %1").arg(opensslError()));
    }
    auto impl = std::make_unique<Impl>();
    impl->key.reset(raw);
    return Ed25519PrivateKey(std::move(impl));
}

Result<Ed25519PrivateKey> Ed25519PrivateKey::fromSeed(QByteArrayView seed)
{
    if (seed.size() != 32) {
        return Error(ErrorCode::Crypto, Tr::tr("an Ed25519 seed has 32 bytes, not %1").arg(seed.size()));
    }
    PkeyPtr key(EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr,
                                             reinterpret_cast<const unsigned char*>(seed.data()), 32));
    if (!key) {
        return Error(ErrorCode::Crypto, Tr::tr("cannot load the Ed25519 seed: %1").arg(opensslError()));
    }
    auto impl = std::make_unique<Impl>();
    impl->key = std::move(key);
    return Ed25519PrivateKey(std::move(impl));
}

Result<Ed25519PrivateKey> Ed25519PrivateKey::fromPem(const QByteArray& pem, const QString& sourceName)
{
    BIO* bio = BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size()));
    PkeyPtr key(PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr));
    BIO_free(bio);
    if (!key) {
        return Error(ErrorCode::Crypto,
                     Tr::tr("%1 does not hold a PEM private key: %2").arg(sourceName, opensslError()));
    }
    if (EVP_PKEY_get_id(key.get()) != EVP_PKEY_ED25519) {
        return Error(ErrorCode::Crypto, Tr::tr("%1 holds a private key that is not Ed25519").arg(sourceName));
    }
    auto impl = std::make_unique<Impl>();
    impl->key = std::move(key);
    return Ed25519PrivateKey(std::move(impl));
}

QByteArray Ed25519PrivateKey::toPem() const
{
    BIO* bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PrivateKey(bio, d->key.get(), nullptr, nullptr, 0, nullptr, nullptr);
    char* data = nullptr;
    const long len = BIO_get_mem_data(bio, &data);
    QByteArray out(data, static_cast<qsizetype>(len));
    BIO_free(bio);
    return out;
}

Ed25519PublicKey Ed25519PrivateKey::publicKey() const
{
    QByteArray raw(32, Qt::Uninitialized);
    size_t len = 32;
    EVP_PKEY_get_raw_public_key(d->key.get(), reinterpret_cast<unsigned char*>(raw.data()), &len);
    return Ed25519PublicKey::fromRaw(raw).value();
}

QByteArray Ed25519PrivateKey::sign(QByteArrayView message) const
{
    MdCtxPtr ctx(EVP_MD_CTX_new());
    QByteArray sig(64, Qt::Uninitialized);
    size_t len = 64;
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, d->key.get()) != 1 ||
        EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char*>(sig.data()), &len,
                       reinterpret_cast<const unsigned char*>(message.data()),
                       static_cast<size_t>(message.size())) != 1) {
        ERR_clear_error();
        return {};
    }
    return sig;
}

} // namespace cs
