#include "Certificate.h"

#include "crypto/Sha256.h"
#include "pki/OpenSsl.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/provider.h>
#include <openssl/x509v3.h>

#include <algorithm>
#include <cstdlib>
#include <mutex>

namespace cs {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::Certificate)
};

Result<QByteArray> readFile(const QString& path, const QString& what)
{
    QFile file(path);
    if (!QFileInfo::exists(path)) {
        return Error(ErrorCode::NotFound, Tr::tr("%1 does not exist").arg(path));
    }
    if (file.size() > 16 * 1024 * 1024) {
        return Error(ErrorCode::InvalidArgument, Tr::tr("%1 is too large to be %2").arg(path, what));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(ErrorCode::Io, Tr::tr("cannot read %1: %2").arg(path, file.errorString()));
    }
    return file.readAll();
}

bool looksLikePem(const QByteArray& data)
{
    return data.contains("-----BEGIN ");
}

int passphraseCallback(char* buf, int size, int /*rwflag*/, void* user)
{
    const auto* secret = static_cast<const SecretBytes*>(user);
    if (secret == nullptr || secret->size() > size) {
        return -1;
    }
    memcpy(buf, secret->cString(), static_cast<size_t>(secret->size()));
    return static_cast<int>(secret->size());
}

QString groupName(EVP_PKEY* key)
{
    char name[80] = {};
    size_t length = 0;
    if (EVP_PKEY_get_group_name(key, name, sizeof name, &length) != 1) {
        return {};
    }
    return QString::fromLatin1(name, static_cast<qsizetype>(length));
}

/// Loads OpenSSL's legacy provider (RC2, 3DES PKCS#12 files) next to the default one, once per process.
bool loadLegacyProvider()
{
    static std::once_flag once;
    static bool loaded = false;
    static OSSL_PROVIDER* defaults = nullptr;
    static OSSL_PROVIDER* legacy = nullptr;
    std::call_once(once, [] {
        defaults = OSSL_PROVIDER_load(nullptr, "default");
        legacy = OSSL_PROVIDER_load(nullptr, "legacy");
        loaded = defaults != nullptr && legacy != nullptr;
        ERR_clear_error();
        // Registered after OpenSSL's own exit handler, so it runs first: the providers are released before
        // OpenSSL cleans up (and nothing is left for a leak checker).
        std::atexit([] {
            if (legacy != nullptr) {
                OSSL_PROVIDER_unload(legacy);
            }
            if (defaults != nullptr) {
                OSSL_PROVIDER_unload(defaults);
            }
        });
    });
    return loaded;
}
} // namespace

// --- Certificate

Certificate Certificate::fromHandle(X509* x509)
{
    Certificate c;
    if (x509 != nullptr) {
        X509_up_ref(x509);
        c.m_x509.reset(x509, X509_free);
    }
    return c;
}

Result<Certificate> Certificate::fromDer(const QByteArray& der, const QString& source)
{
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    X509* x = d2i_X509(nullptr, &p, static_cast<long>(der.size()));
    if (x == nullptr || p != reinterpret_cast<const unsigned char*>(der.constData()) + der.size()) {
        X509_free(x);
        ERR_clear_error();
        return Error(ErrorCode::Certificate, Tr::tr("%1 is not an X.509 certificate").arg(source));
    }
    Certificate c;
    c.m_x509.reset(x, X509_free);
    return c;
}

Result<Certificate> Certificate::fromPem(const QByteArray& pem, const QString& source)
{
    auto bio = ossl::memoryBio(pem);
    X509* x = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr);
    if (x == nullptr) {
        ERR_clear_error();
        return Error(ErrorCode::Certificate, Tr::tr("%1 holds no PEM certificate").arg(source));
    }
    Certificate c;
    c.m_x509.reset(x, X509_free);
    return c;
}

Result<Certificate> Certificate::fromFile(const QString& path)
{
    auto data = readFile(path, Tr::tr("a certificate"));
    if (!data) {
        return data.error();
    }
    return looksLikePem(data.value()) ? fromPem(data.value(), path) : fromDer(data.value(), path);
}

QByteArray Certificate::der() const
{
    if (!m_x509) {
        return {};
    }
    unsigned char* out = nullptr;
    const int length = i2d_X509(m_x509.get(), &out);
    QByteArray bytes = length > 0 ? QByteArray(reinterpret_cast<const char*>(out), length) : QByteArray();
    OPENSSL_free(out);
    return bytes;
}

QByteArray Certificate::pem() const
{
    ossl::BioPtr bio(BIO_new(BIO_s_mem()));
    if (!m_x509 || PEM_write_bio_X509(bio.get(), m_x509.get()) != 1) {
        return {};
    }
    return ossl::bioBytes(bio.get());
}

Result<QString> Certificate::fingerprint() const
{
    return Sha256::hashHex(der());
}

QString Certificate::subject() const
{
    return m_x509 ? ossl::nameText(X509_get_subject_name(m_x509.get())) : QString();
}

QString Certificate::issuer() const
{
    return m_x509 ? ossl::nameText(X509_get_issuer_name(m_x509.get())) : QString();
}

QString Certificate::commonName() const
{
    if (!m_x509) {
        return {};
    }
    const X509_NAME* name = X509_get_subject_name(m_x509.get());
    const int index = X509_NAME_get_index_by_NID(name, NID_commonName, -1);
    if (index < 0) {
        return {};
    }
    unsigned char* utf8 = nullptr;
    const int length = ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index)));
    QString cn = length >= 0 ? QString::fromUtf8(reinterpret_cast<const char*>(utf8), length) : QString();
    OPENSSL_free(utf8);
    return cn;
}

QStringList Certificate::emails() const
{
    QStringList list;
    if (!m_x509) {
        return list;
    }
    STACK_OF(OPENSSL_STRING)* emails = X509_get1_email(m_x509.get());
    for (int i = 0; i < sk_OPENSSL_STRING_num(emails); ++i) {
        list.append(QString::fromUtf8(sk_OPENSSL_STRING_value(emails, i)));
    }
    X509_email_free(emails);
    return list;
}

QString Certificate::serialHex() const
{
    if (!m_x509) {
        return {};
    }
    ossl::BnPtr bn(ASN1_INTEGER_to_BN(X509_get0_serialNumber(m_x509.get()), nullptr));
    char* hex = bn ? BN_bn2hex(bn.get()) : nullptr;
    const QString text = hex ? QString::fromLatin1(hex).toLower() : QString();
    OPENSSL_free(hex);
    return text;
}

qint64 Certificate::notBeforeMs() const
{
    return m_x509 ? ossl::timeMs(X509_get0_notBefore(m_x509.get())) : 0;
}

qint64 Certificate::notAfterMs() const
{
    return m_x509 ? ossl::timeMs(X509_get0_notAfter(m_x509.get())) : 0;
}

bool Certificate::isCa() const
{
    return m_x509 && X509_check_ca(m_x509.get()) > 0;
}

QString Certificate::keyDescription() const
{
    EVP_PKEY* key = m_x509 ? X509_get0_pubkey(m_x509.get()) : nullptr;
    if (key == nullptr) {
        return Tr::tr("unknown key");
    }
    switch (EVP_PKEY_get_base_id(key)) {
    case EVP_PKEY_RSA:
        return QStringLiteral("RSA %1").arg(EVP_PKEY_get_bits(key));
    case EVP_PKEY_EC: {
        const QString group = groupName(key);
        if (group == u"prime256v1" || group == u"P-256") {
            return QStringLiteral("EC P-256");
        }
        if (group == u"secp384r1" || group == u"P-384") {
            return QStringLiteral("EC P-384");
        }
        if (group == u"secp521r1" || group == u"P-521") {
            return QStringLiteral("EC P-521");
        }
        return QStringLiteral("EC %1").arg(group);
    }
    case EVP_PKEY_ED25519:
        return QStringLiteral("Ed25519");
    default:
        return QString::fromLatin1(EVP_PKEY_get0_type_name(key));
    }
}

// --- PrivateKey

PrivateKey PrivateKey::fromHandle(EVP_PKEY* key)
{
    PrivateKey k;
    if (key != nullptr) {
        EVP_PKEY_up_ref(key);
        k.m_key.reset(key, EVP_PKEY_free);
    }
    return k;
}

Result<PrivateKey> PrivateKey::generate(Type type, int bits)
{
    EVP_PKEY* key = nullptr;
    switch (type) {
    case Type::Rsa:
        key = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", static_cast<size_t>(bits));
        break;
    case Type::EcP256:
        key = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256");
        break;
    case Type::EcP384:
        key = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-384");
        break;
    }
    if (key == nullptr) {
        return Error(ErrorCode::Crypto, Tr::tr("generating a key failed: %1").arg(ossl::lastError()));
    }
    PrivateKey k;
    k.m_key.reset(key, EVP_PKEY_free);
    return k;
}

Result<PrivateKey> PrivateKey::fromPem(const QByteArray& pem, const SecretBytes& passphrase, const QString& source)
{
    auto bio = ossl::memoryBio(pem);
    EVP_PKEY* key =
        PEM_read_bio_PrivateKey(bio.get(), nullptr, passphraseCallback, const_cast<SecretBytes*>(&passphrase));
    if (key == nullptr) {
        const unsigned long code = ERR_peek_last_error();
        ERR_clear_error();
        if (!pem.contains("PRIVATE KEY-----")) {
            return Error(ErrorCode::Certificate, Tr::tr("%1 holds no PEM private key").arg(source));
        }
        if (ERR_GET_REASON(code) == EVP_R_BAD_DECRYPT || pem.contains("ENCRYPTED")) {
            return Error(ErrorCode::Certificate, Tr::tr("wrong passphrase for the private key in %1").arg(source));
        }
        return Error(ErrorCode::Certificate, Tr::tr("cannot read the private key in %1").arg(source));
    }
    PrivateKey k;
    k.m_key.reset(key, EVP_PKEY_free);
    return k;
}

Result<QByteArray> PrivateKey::toPem(const SecretBytes& passphrase) const
{
    ossl::BioPtr bio(BIO_new(BIO_s_mem()));
    const EVP_CIPHER* cipher = passphrase.isEmpty() ? nullptr : EVP_aes_256_cbc();
    if (!m_key ||
        PEM_write_bio_PKCS8PrivateKey(bio.get(), m_key.get(), cipher, passphrase.cString(),
                                      static_cast<int>(passphrase.size()), nullptr, nullptr) != 1) {
        return Error(ErrorCode::Crypto, Tr::tr("cannot encode the private key: %1").arg(ossl::lastError()));
    }
    return ossl::bioBytes(bio.get());
}

bool PrivateKey::matches(const Certificate& certificate) const
{
    if (!m_key || certificate.isNull()) {
        return false;
    }
    const bool same = EVP_PKEY_eq(X509_get0_pubkey(certificate.handle()), m_key.get()) == 1;
    ERR_clear_error();
    return same;
}

// --- Crl

Crl Crl::fromHandle(X509_CRL* crl)
{
    Crl c;
    if (crl != nullptr) {
        X509_CRL_up_ref(crl);
        c.m_crl.reset(crl, X509_CRL_free);
    }
    return c;
}

Result<Crl> Crl::fromDer(const QByteArray& der, const QString& source)
{
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    X509_CRL* crl = d2i_X509_CRL(nullptr, &p, static_cast<long>(der.size()));
    if (crl == nullptr) {
        ERR_clear_error();
        return Error(ErrorCode::Certificate, Tr::tr("%1 is not a certificate revocation list").arg(source));
    }
    Crl c;
    c.m_crl.reset(crl, X509_CRL_free);
    return c;
}

Result<Crl> Crl::fromFile(const QString& path)
{
    auto data = readFile(path, Tr::tr("a revocation list"));
    if (!data) {
        return data.error();
    }
    if (!looksLikePem(data.value())) {
        return fromDer(data.value(), path);
    }
    auto bio = ossl::memoryBio(data.value());
    X509_CRL* crl = PEM_read_bio_X509_CRL(bio.get(), nullptr, nullptr, nullptr);
    if (crl == nullptr) {
        ERR_clear_error();
        return Error(ErrorCode::Certificate, Tr::tr("%1 holds no PEM revocation list").arg(path));
    }
    Crl c;
    c.m_crl.reset(crl, X509_CRL_free);
    return c;
}

QByteArray Crl::der() const
{
    if (!m_crl) {
        return {};
    }
    unsigned char* out = nullptr;
    const int length = i2d_X509_CRL(m_crl.get(), &out);
    QByteArray bytes = length > 0 ? QByteArray(reinterpret_cast<const char*>(out), length) : QByteArray();
    OPENSSL_free(out);
    return bytes;
}

QByteArray Crl::pem() const
{
    ossl::BioPtr bio(BIO_new(BIO_s_mem()));
    if (!m_crl || PEM_write_bio_X509_CRL(bio.get(), m_crl.get()) != 1) {
        return {};
    }
    return ossl::bioBytes(bio.get());
}

QString Crl::issuer() const
{
    return m_crl ? ossl::nameText(X509_CRL_get_issuer(m_crl.get())) : QString();
}

qint64 Crl::thisUpdateMs() const
{
    return m_crl ? ossl::timeMs(X509_CRL_get0_lastUpdate(m_crl.get())) : 0;
}

qint64 Crl::nextUpdateMs() const
{
    return m_crl ? ossl::timeMs(X509_CRL_get0_nextUpdate(m_crl.get())) : 0;
}

int Crl::revokedCount() const
{
    // An empty list has no stack at all, for which OpenSSL counts -1.
    return m_crl ? std::max(0, sk_X509_REVOKED_num(X509_CRL_get_REVOKED(m_crl.get()))) : 0;
}

bool Crl::isSignedBy(const Certificate& issuer) const
{
    if (!m_crl || issuer.isNull()) {
        return false;
    }
    const bool nameMatches =
        X509_NAME_cmp(X509_CRL_get_issuer(m_crl.get()), X509_get_subject_name(issuer.handle())) == 0;
    const bool signatureOk = X509_CRL_verify(m_crl.get(), X509_get0_pubkey(issuer.handle())) == 1;
    ERR_clear_error();
    return nameMatches && signatureOk;
}

std::optional<qint64> Crl::revokedAtMs(const Certificate& certificate) const
{
    if (!m_crl || certificate.isNull()) {
        return std::nullopt;
    }
    X509_REVOKED* revoked = nullptr;
    if (X509_CRL_get0_by_cert(m_crl.get(), &revoked, certificate.handle()) != 1 || revoked == nullptr) {
        return std::nullopt;
    }
    return ossl::timeMs(X509_REVOKED_get0_revocationDate(revoked));
}

// --- PKCS#12

namespace Pkcs12 {

namespace {
struct Parsed
{
    EVP_PKEY* key = nullptr;
    X509* cert = nullptr;
    STACK_OF(X509) * ca = nullptr;
    ~Parsed()
    {
        EVP_PKEY_free(key);
        X509_free(cert);
        sk_X509_pop_free(ca, X509_free);
    }
};

bool tryParse(PKCS12* p12, const SecretBytes& passphrase, Parsed& out)
{
    if (PKCS12_parse(p12, passphrase.cString(), &out.key, &out.cert, &out.ca) == 1) {
        return true;
    }
    ERR_clear_error();
    // An empty passphrase may have been encoded as no password at all.
    if (passphrase.isEmpty() && PKCS12_parse(p12, nullptr, &out.key, &out.cert, &out.ca) == 1) {
        return true;
    }
    ERR_clear_error();
    return false;
}

/// The most key-derivation iterations opening a PKCS#12 file may run for its MAC or for any one encrypted part.
/// Tools write 2,000 (Windows) or 2,048 (OpenSSL) and at most a few hundred thousand; a file asking for 2^31 would
/// hold the program for hours, so more than this is refused before any of the work is done.
constexpr int64_t kMaxIterations = 5'000'000;

/// An iteration count as the file states it; a missing count means 1 (RFC 7292), an unreadable one is left to
/// OpenSSL to refuse.
std::optional<int64_t> iterations(const ASN1_INTEGER* count)
{
    int64_t value = 1;
    if (count != nullptr && ASN1_INTEGER_get_int64(&value, count) != 1) {
        ERR_clear_error();
        return std::nullopt;
    }
    return value;
}

/// The iterations a password-based encryption algorithm asks for: PBES2 with PBKDF2, or a PKCS#12 PBE scheme.
std::optional<int64_t> iterations(const X509_ALGOR* algorithm)
{
    const ASN1_OBJECT* oid = nullptr;
    X509_ALGOR_get0(&oid, nullptr, nullptr, algorithm);
    std::optional<int64_t> count;
    if (OBJ_obj2nid(oid) == NID_pbes2) {
        auto* pbe2 =
            static_cast<PBE2PARAM*>(ASN1_TYPE_unpack_sequence(ASN1_ITEM_rptr(PBE2PARAM), algorithm->parameter));
        if (pbe2 != nullptr && OBJ_obj2nid(pbe2->keyfunc->algorithm) == NID_id_pbkdf2) {
            auto* kdf = static_cast<PBKDF2PARAM*>(
                ASN1_TYPE_unpack_sequence(ASN1_ITEM_rptr(PBKDF2PARAM), pbe2->keyfunc->parameter));
            if (kdf != nullptr) {
                count = iterations(kdf->iter);
            }
            PBKDF2PARAM_free(kdf);
        }
        PBE2PARAM_free(pbe2);
    } else if (auto* pbe =
                   static_cast<PBEPARAM*>(ASN1_TYPE_unpack_sequence(ASN1_ITEM_rptr(PBEPARAM), algorithm->parameter))) {
        count = iterations(pbe->iter);
        PBEPARAM_free(pbe);
    }
    ERR_clear_error();
    return count;
}

/// The largest iteration count among the shrouded key bags of `bags`.
int64_t mostIterations(const STACK_OF(PKCS12_SAFEBAG) * bags)
{
    int64_t most = 0;
    for (int i = 0; i < sk_PKCS12_SAFEBAG_num(bags); ++i) {
        const PKCS12_SAFEBAG* bag = sk_PKCS12_SAFEBAG_value(bags, i);
        if (PKCS12_SAFEBAG_get_nid(bag) == NID_pkcs8ShroudedKeyBag) {
            const X509_ALGOR* algorithm = nullptr;
            X509_SIG_get0(PKCS12_SAFEBAG_get0_pkcs8(bag), &algorithm, nullptr);
            most = std::max(most, iterations(algorithm).value_or(0));
        }
    }
    return most;
}

/// The largest iteration count of the MAC and every encrypted part of `p12`, found without deriving a key except
/// to open encrypted parts whose own count was already found acceptable (their key bags are inside).
int64_t mostIterations(const PKCS12* p12, const SecretBytes& passphrase)
{
    int64_t most = 0;
    if (PKCS12_mac_present(p12) == 1) {
        const ASN1_INTEGER* macIterations = nullptr;
        PKCS12_get0_mac(nullptr, nullptr, nullptr, &macIterations, p12);
        most = iterations(macIterations).value_or(0);
    }
    STACK_OF(PKCS7)* safes = PKCS12_unpack_authsafes(p12);
    for (int i = 0; i < sk_PKCS7_num(safes) && most <= kMaxIterations; ++i) {
        PKCS7* safe = sk_PKCS7_value(safes, i);
        STACK_OF(PKCS12_SAFEBAG)* bags = nullptr;
        if (OBJ_obj2nid(safe->type) == NID_pkcs7_encrypted && safe->d.encrypted != nullptr) {
            most = std::max(most, iterations(safe->d.encrypted->enc_data->algorithm).value_or(0));
            if (most <= kMaxIterations) {
                bags = PKCS12_unpack_p7encdata(safe, passphrase.cString(), static_cast<int>(passphrase.size()));
                if (bags == nullptr && passphrase.isEmpty()) { // an empty passphrase may be written as none at all
                    bags = PKCS12_unpack_p7encdata(safe, nullptr, 0);
                }
            }
        } else if (OBJ_obj2nid(safe->type) == NID_pkcs7_data) {
            bags = PKCS12_unpack_p7data(safe);
        }
        most = std::max(most, mostIterations(bags));
        sk_PKCS12_SAFEBAG_pop_free(bags, PKCS12_SAFEBAG_free);
    }
    sk_PKCS7_pop_free(safes, PKCS7_free);
    ERR_clear_error();
    return most;
}
} // namespace

Result<SigningCredentials> read(const QString& path, const SecretBytes& passphrase)
{
    auto data = readFile(path, Tr::tr("a PKCS#12 file"));
    if (!data) {
        return data.error();
    }
    return parse(data.value(), passphrase, path);
}

Result<SigningCredentials> parse(const QByteArray& data, const SecretBytes& passphrase, const QString& source)
{
    auto bio = ossl::memoryBio(data);
    ossl::Pkcs12Ptr p12(d2i_PKCS12_bio(bio.get(), nullptr));
    if (!p12) {
        ERR_clear_error();
        return Error(ErrorCode::Certificate, Tr::tr("%1 is not a PKCS#12 file (.p12 or .pfx)").arg(source));
    }
    if (const int64_t most = mostIterations(p12.get(), passphrase); most > kMaxIterations) {
        return Error(ErrorCode::Certificate,
                     Tr::tr("%1 asks for %2 key-derivation iterations; Countersign opens files with at most %3 "
                            "(more would take minutes): export it again with your tool's default settings")
                         .arg(source)
                         .arg(qlonglong(most))
                         .arg(qlonglong(kMaxIterations)));
    }
    if (PKCS12_mac_present(p12.get()) == 1) {
        const bool macOk =
            PKCS12_verify_mac(p12.get(), passphrase.cString(), static_cast<int>(passphrase.size())) == 1 ||
            (passphrase.isEmpty() && PKCS12_verify_mac(p12.get(), nullptr, 0) == 1);
        ERR_clear_error();
        if (!macOk) {
            return Error(ErrorCode::Certificate, Tr::tr("wrong passphrase for %1").arg(source));
        }
    }
    Parsed parsed;
    bool legacy = false;
    if (!tryParse(p12.get(), passphrase, parsed)) {
        // The passphrase is right (the MAC verified) but the contents did not decrypt: old files use RC2 or 3DES,
        // which OpenSSL 3 keeps in its legacy provider.
        if (!loadLegacyProvider()) {
            return Error(
                ErrorCode::Certificate,
                Tr::tr("%1 uses legacy encryption (RC2 or 3DES) and OpenSSL's legacy provider is not available "
                       "on this system; re-export the file with AES encryption")
                    .arg(source));
        }
        if (!tryParse(p12.get(), passphrase, parsed)) {
            return Error(ErrorCode::Certificate,
                         Tr::tr("cannot read the key and certificate in %1 (the passphrase is right; the contents are "
                                "damaged or use an unsupported algorithm)")
                             .arg(source));
        }
        legacy = true;
    }
    if (parsed.cert == nullptr) {
        return Error(ErrorCode::Certificate, Tr::tr("%1 holds no certificate").arg(source));
    }
    if (parsed.key == nullptr) {
        return Error(ErrorCode::Certificate, Tr::tr("%1 holds no private key").arg(source));
    }
    SigningCredentials credentials;
    credentials.certificate = Certificate::fromHandle(parsed.cert);
    credentials.key = PrivateKey::fromHandle(parsed.key);
    for (int i = 0; i < sk_X509_num(parsed.ca); ++i) {
        credentials.chain.append(Certificate::fromHandle(sk_X509_value(parsed.ca, i)));
    }
    credentials.legacyEncryption = legacy;
    return credentials;
}

Result<QByteArray> create(const SigningCredentials& credentials, const SecretBytes& passphrase,
                          const QString& friendlyName)
{
    STACK_OF(X509)* ca = sk_X509_new_null();
    for (const Certificate& c : credentials.chain) {
        X509_up_ref(c.handle());
        sk_X509_push(ca, c.handle());
    }
    const QByteArray name = friendlyName.toUtf8();
    ossl::Pkcs12Ptr p12(PKCS12_create(passphrase.cString(), name.constData(), credentials.key.handle(),
                                      credentials.certificate.handle(), ca, 0, 0, 0, 0, 0));
    sk_X509_pop_free(ca, X509_free);
    if (!p12) {
        return Error(ErrorCode::Crypto, Tr::tr("cannot create the PKCS#12 file: %1").arg(ossl::lastError()));
    }
    unsigned char* out = nullptr;
    const int length = i2d_PKCS12(p12.get(), &out);
    if (length <= 0) {
        return Error(ErrorCode::Crypto, Tr::tr("cannot encode the PKCS#12 file: %1").arg(ossl::lastError()));
    }
    QByteArray bytes(reinterpret_cast<const char*>(out), length);
    OPENSSL_free(out);
    return bytes;
}

} // namespace Pkcs12

Result<SigningCredentials> readPemCredentials(const QString& certificatePath, const QString& keyPath,
                                              const SecretBytes& passphrase)
{
    auto certificate = Certificate::fromFile(certificatePath);
    if (!certificate) {
        return certificate.error();
    }
    auto keyData = readFile(keyPath, Tr::tr("a private key"));
    if (!keyData) {
        return keyData.error();
    }
    auto key = PrivateKey::fromPem(keyData.value(), passphrase, keyPath);
    OPENSSL_cleanse(keyData->data(), static_cast<size_t>(keyData->size())); // the key in PEM form, maybe unencrypted
    if (!key) {
        return key.error();
    }
    SigningCredentials credentials;
    credentials.certificate = certificate.value();
    credentials.key = key.value();
    return credentials;
}

} // namespace cs
