#include "PasswordHash.h"

#include <QCoreApplication>
#include <QStringList>

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/kdf.h>
#include <openssl/params.h>
#include <openssl/rand.h>

#include <cstdint>

namespace cs::PasswordHash {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::PasswordHash)
};
constexpr int kSaltBytes = 16;
constexpr int kHashBytes = 32;
} // namespace

Result<QByteArray> scrypt(QByteArrayView password, QByteArrayView salt, quint64 n, quint32 r, quint32 p, int length)
{
    EVP_KDF* kdf = EVP_KDF_fetch(nullptr, "SCRYPT", nullptr);
    EVP_KDF_CTX* ctx = kdf != nullptr ? EVP_KDF_CTX_new(kdf) : nullptr;
    EVP_KDF_free(kdf);
    if (ctx == nullptr) {
        ERR_clear_error();
        return Error(ErrorCode::Crypto, Tr::tr("scrypt is not available in this OpenSSL"));
    }
    // 128 * r * N bytes of working memory, plus headroom; OpenSSL's default ceiling (32 MiB) is just too small.
    uint64_t cost = n;
    uint64_t maxMemory = 128ULL * r * n * 2 + (1ULL << 20);
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_PASSWORD, const_cast<char*>(password.data()),
                                          static_cast<size_t>(password.size())),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, const_cast<char*>(salt.data()),
                                          static_cast<size_t>(salt.size())),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_N, &cost),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_R, &r),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_P, &p),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_MAXMEM, &maxMemory),
        OSSL_PARAM_construct_end(),
    };
    QByteArray out(length, Qt::Uninitialized);
    const int rc =
        EVP_KDF_derive(ctx, reinterpret_cast<unsigned char*>(out.data()), static_cast<size_t>(length), params);
    EVP_KDF_CTX_free(ctx);
    if (rc != 1) {
        ERR_clear_error();
        return Error(ErrorCode::Crypto, Tr::tr("scrypt failed (parameters N=%1, r=%2, p=%3)").arg(n).arg(r).arg(p));
    }
    return out;
}

namespace {
QString encode(const Parameters& parameters, const QByteArray& salt, const QByteArray& derived)
{
    const auto b64 = QByteArray::Base64Encoding | QByteArray::OmitTrailingEquals;
    return QStringLiteral("$scrypt$ln=%1,r=%2,p=%3$%4$%5")
        .arg(parameters.log2N)
        .arg(parameters.r)
        .arg(parameters.p)
        .arg(QString::fromLatin1(salt.toBase64(b64)), QString::fromLatin1(derived.toBase64(b64)));
}
} // namespace

Result<QString> hash(const SecretBytes& password, Parameters parameters)
{
    QByteArray salt(kSaltBytes, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char*>(salt.data()), kSaltBytes) != 1) {
        return Error(ErrorCode::Crypto, Tr::tr("no random numbers for a password salt"));
    }
    auto derived = scrypt(password.view(), salt, 1ULL << parameters.log2N, parameters.r, parameters.p, kHashBytes);
    if (!derived) {
        return derived.error();
    }
    return encode(parameters, salt, derived.value());
}

QString placeholder(Parameters parameters)
{
    return encode(parameters, QByteArray(kSaltBytes, '\0'), QByteArray(kHashBytes, '\0'));
}

Result<bool> verify(const SecretBytes& password, const QString& encoded)
{
    const QStringList parts = encoded.split(u'$');
    const auto bad = Error(ErrorCode::Corrupt, Tr::tr("a stored password hash is malformed"));
    if (parts.size() != 5 || !parts[0].isEmpty() || parts[1] != u"scrypt") {
        return bad;
    }
    int log2N = 0;
    quint32 r = 0, p = 0;
    for (const QString& kv : parts[2].split(u',')) {
        bool ok = false;
        const QString key = kv.section(u'=', 0, 0);
        const uint value = kv.section(u'=', 1).toUInt(&ok);
        if (!ok) {
            return bad;
        }
        if (key == u"ln") {
            log2N = static_cast<int>(value);
        } else if (key == u"r") {
            r = value;
        } else if (key == u"p") {
            p = value;
        }
    }
    const auto salt = QByteArray::fromBase64Encoding(parts[3].toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    const auto expected = QByteArray::fromBase64Encoding(parts[4].toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (log2N < 1 || log2N > 24 || r == 0 || p == 0 || !salt || !expected || expected.decoded.isEmpty()) {
        return bad;
    }
    auto derived =
        scrypt(password.view(), salt.decoded, 1ULL << log2N, r, p, static_cast<int>(expected.decoded.size()));
    if (!derived) {
        return derived.error();
    }
    return CRYPTO_memcmp(derived->constData(), expected.decoded.constData(),
                         static_cast<size_t>(expected.decoded.size())) == 0;
}

} // namespace cs::PasswordHash
