#include "Cms.h"

#include "pki/OpenSsl.h"

#include <QCoreApplication>

#include <openssl/err.h>

#include <algorithm>
#include <cstring>
#include <vector>

namespace cs::Cms {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::Cms)
};

constexpr unsigned kSignFlags = CMS_DETACHED | CMS_BINARY | CMS_NOSMIMECAP | CMS_CADES | CMS_PARTIAL;
} // namespace

namespace {
/// A read-only OpenSSL BIO over a ContentReader, so that CMS_final pulls the content through it.
BIO_METHOD* readerMethod()
{
    static BIO_METHOD* method = [] {
        BIO_METHOD* m = BIO_meth_new(BIO_get_new_index() | BIO_TYPE_SOURCE_SINK, "countersign content reader");
        BIO_meth_set_create(m, [](BIO* bio) {
            BIO_set_init(bio, 1);
            return 1;
        });
        BIO_meth_set_read_ex(m, [](BIO* bio, char* buffer, size_t capacity, size_t* read) {
            const auto* reader = static_cast<const ContentReader*>(BIO_get_data(bio));
            const qint64 n = (*reader)(buffer, qint64(std::min<size_t>(capacity, 1 << 20)));
            if (n <= 0) {
                *read = 0;
                return 0;
            }
            *read = size_t(n);
            return 1;
        });
        BIO_meth_set_ctrl(m, [](BIO*, int command, long, void*) -> long { return command == BIO_CTRL_FLUSH ? 1 : 0; });
        return m;
    }();
    return method;
}

/// The DER of `si`'s signed attributes as they are signed (RFC 5652, 5.4: a SET OF with its own tag, the attributes
/// in DER order, which is the order OpenSSL writes them in too).
Result<QByteArray> signedAttributesDer(CMS_SignerInfo* si)
{
    QList<QByteArray> attributes;
    for (int i = 0; i < CMS_signed_get_attr_count(si); ++i) {
        unsigned char* out = nullptr;
        const int length = i2d_X509_ATTRIBUTE(CMS_signed_get_attr(si, i), &out);
        if (length <= 0) {
            return Error(ErrorCode::Crypto, Tr::tr("encoding a signed attribute failed: %1").arg(ossl::lastError()));
        }
        attributes.append(QByteArray(reinterpret_cast<const char*>(out), length));
        OPENSSL_free(out);
    }
    // X.690 11.6: ascending by encoding; of two where one is a prefix of the other, the shorter first.
    std::sort(attributes.begin(), attributes.end(), [](const QByteArray& a, const QByteArray& b) {
        const int c = std::memcmp(a.constData(), b.constData(), size_t(std::min(a.size(), b.size())));
        return c != 0 ? c < 0 : a.size() < b.size();
    });
    const QByteArray content = attributes.join();
    QByteArray der(1, '\x31'); // SET
    if (content.size() < 0x80) {
        der += char(content.size());
    } else {
        QByteArray length;
        for (qsizetype n = content.size(); n > 0; n >>= 8) {
            length.prepend(char(n & 0xff));
        }
        der += char(0x80 | length.size());
        der += length;
    }
    return QByteArray(der + content);
}

/// Removes the signing-time attribute OpenSSL 3.0 added to the only signer of `cms` and signs its signed
/// attributes again with `key` (SHA-256, the key's default scheme, as CMS_final signed them).
Status withoutSigningTime(CMS_ContentInfo* cms, const PrivateKey& key)
{
    CMS_SignerInfo* si = sk_CMS_SignerInfo_value(CMS_get0_SignerInfos(cms), 0);
    const int at = CMS_signed_get_attr_by_NID(si, NID_pkcs9_signingTime, -1);
    if (at < 0) {
        return {};
    }
    X509_ATTRIBUTE_free(CMS_signed_delete_attr(si, at));
    auto attributes = signedAttributesDer(si);
    if (!attributes) {
        return attributes.error();
    }
    ossl::MdCtxPtr ctx(EVP_MD_CTX_new());
    size_t length = 0;
    const auto* bytes = reinterpret_cast<const unsigned char*>(attributes->constData());
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, EVP_sha256(), nullptr, key.handle()) != 1 ||
        EVP_DigestSign(ctx.get(), nullptr, &length, bytes, size_t(attributes->size())) != 1) {
        return Error(ErrorCode::Crypto, Tr::tr("signing the attributes failed: %1").arg(ossl::lastError()));
    }
    std::vector<unsigned char> signature(length);
    if (EVP_DigestSign(ctx.get(), signature.data(), &length, bytes, size_t(attributes->size())) != 1 ||
        ASN1_STRING_set(CMS_SignerInfo_get0_signature(si), signature.data(), int(length)) != 1) {
        return Error(ErrorCode::Crypto, Tr::tr("signing the attributes failed: %1").arg(ossl::lastError()));
    }
    return {};
}

Result<QByteArray> signFrom(BIO* data, const Certificate& certificate, const PrivateKey& key,
                            const QList<Certificate>& chain, const std::function<bool()>& readFailed,
                            SigningTime time = SigningTime::Include)
{
    ossl::CmsPtr cms(CMS_sign(nullptr, nullptr, nullptr, nullptr, kSignFlags));
    if (!cms) {
        return Error(ErrorCode::Crypto, Tr::tr("creating the CMS signature failed: %1").arg(ossl::lastError()));
    }
    if (CMS_add1_signer(cms.get(), certificate.handle(), key.handle(), EVP_sha256(), kSignFlags) == nullptr) {
        return Error(ErrorCode::Crypto, Tr::tr("adding the signer failed: %1").arg(ossl::lastError()));
    }
    for (const Certificate& c : chain) {
        if (CMS_add1_cert(cms.get(), c.handle()) != 1) {
            return Error(ErrorCode::Crypto, Tr::tr("adding a chain certificate failed: %1").arg(ossl::lastError()));
        }
    }
    if (CMS_final(cms.get(), data, nullptr, CMS_DETACHED | CMS_BINARY) != 1 || readFailed()) {
        return Error(ErrorCode::Crypto,
                     readFailed() ? Tr::tr("signing failed: the content could not be read")
                                  : Tr::tr("signing failed: %1").arg(ossl::lastError()));
    }
    if (time == SigningTime::Omit) {
        if (auto omitted = withoutSigningTime(cms.get(), key); !omitted) {
            return omitted.error();
        }
    }
    unsigned char* out = nullptr;
    const int length = i2d_CMS_ContentInfo(cms.get(), &out);
    if (length <= 0) {
        return Error(ErrorCode::Crypto, Tr::tr("encoding the CMS signature failed: %1").arg(ossl::lastError()));
    }
    QByteArray der(reinterpret_cast<const char*>(out), length);
    OPENSSL_free(out);
    return der;
}
} // namespace

Result<QByteArray> signDetached(const QByteArray& content, const Certificate& certificate, const PrivateKey& key,
                                const QList<Certificate>& chain)
{
    auto data = ossl::memoryBio(content);
    return signFrom(data.get(), certificate, key, chain, [] { return false; });
}

Result<QByteArray> signDetached(const ContentReader& content, const Certificate& certificate, const PrivateKey& key,
                                const QList<Certificate>& chain, SigningTime time)
{
    bool failed = false;
    const ContentReader reader = [&content, &failed](char* buffer, qint64 capacity) {
        const qint64 n = content(buffer, capacity);
        failed = failed || n < 0;
        return n;
    };
    ossl::BioPtr data(BIO_new(readerMethod()));
    if (!data) {
        return Error(ErrorCode::Crypto, Tr::tr("creating the content reader failed: %1").arg(ossl::lastError()));
    }
    BIO_set_data(data.get(), const_cast<ContentReader*>(&reader));
    return signFrom(
        data.get(), certificate, key, chain, [&failed] { return failed; }, time);
}

Status verifyDetached(const QByteArray& cmsDer, const QByteArray& content, const Certificate& signer,
                      const QList<Certificate>& trustAnchors, qint64 atMs)
{
    const auto* p = reinterpret_cast<const unsigned char*>(cmsDer.constData());
    ossl::CmsPtr cms(d2i_CMS_ContentInfo(nullptr, &p, static_cast<long>(cmsDer.size())));
    if (!cms || OBJ_obj2nid(CMS_get0_type(cms.get())) != NID_pkcs7_signed) {
        ERR_clear_error();
        return Error(ErrorCode::Integrity, Tr::tr("the stored CMS signature cannot be decoded"));
    }
    STACK_OF(CMS_SignerInfo)* signers = CMS_get0_SignerInfos(cms.get());
    if (sk_CMS_SignerInfo_num(signers) != 1) {
        return Error(ErrorCode::Integrity,
                     Tr::tr("the CMS signature has %1 signers, not one").arg(sk_CMS_SignerInfo_num(signers)));
    }
    CMS_SignerInfo* si = sk_CMS_SignerInfo_value(signers, 0);
    if (CMS_SignerInfo_cert_cmp(si, signer.handle()) != 0) {
        return Error(ErrorCode::Integrity, Tr::tr("the CMS signature was not made with the stored signer certificate"));
    }
    if (CMS_signed_get_attr_by_NID(si, NID_id_smime_aa_signingCertificateV2, -1) < 0) {
        return Error(ErrorCode::Integrity, Tr::tr("the CMS signature lacks the signing-certificate-v2 attribute"));
    }
    ossl::StorePtr store(X509_STORE_new());
    for (const Certificate& anchor : trustAnchors) {
        X509_STORE_add_cert(store.get(), anchor.handle());
    }
    X509_VERIFY_PARAM* param = X509_STORE_get0_param(store.get());
    X509_VERIFY_PARAM_set_flags(param, X509_V_FLAG_PARTIAL_CHAIN);
    X509_VERIFY_PARAM_set_time(param, static_cast<time_t>(atMs / 1000));
    STACK_OF(X509)* certs = sk_X509_new_null();
    sk_X509_push(certs, signer.handle());
    auto data = ossl::memoryBio(content);
    // CMS_CADES makes OpenSSL check the signing-certificate-v2 attribute against the signer certificate.
    const int ok = CMS_verify(cms.get(), certs, store.get(), data.get(), nullptr,
                              CMS_DETACHED | CMS_BINARY | CMS_NOINTERN | CMS_CADES);
    sk_X509_free(certs);
    if (ok != 1) {
        const QString reason = ossl::lastError();
        return Error(
            ErrorCode::Integrity,
            Tr::tr("the CMS signature does not match the signed manifest (%1): the manifest or the signature was "
                   "altered")
                .arg(reason));
    }
    return {};
}

namespace {
Result<ossl::CmsPtr> decodeSigned(const QByteArray& cmsDer)
{
    const auto* p = reinterpret_cast<const unsigned char*>(cmsDer.constData());
    ossl::CmsPtr cms(d2i_CMS_ContentInfo(nullptr, &p, static_cast<long>(cmsDer.size())));
    if (!cms || OBJ_obj2nid(CMS_get0_type(cms.get())) != NID_pkcs7_signed) {
        ERR_clear_error();
        return Error(ErrorCode::Integrity, Tr::tr("the CMS signature cannot be decoded"));
    }
    if (sk_CMS_SignerInfo_num(CMS_get0_SignerInfos(cms.get())) != 1) {
        return Error(ErrorCode::Integrity,
                     Tr::tr("the CMS signature has %1 signers, not one")
                         .arg(sk_CMS_SignerInfo_num(CMS_get0_SignerInfos(cms.get()))));
    }
    return cms;
}

/// The signing time attribute of the CMS's only signer, or 0.
qint64 signingTime(CMS_ContentInfo* cms)
{
    CMS_SignerInfo* si = sk_CMS_SignerInfo_value(CMS_get0_SignerInfos(cms), 0);
    const int at = CMS_signed_get_attr_by_NID(si, NID_pkcs9_signingTime, -1);
    if (at < 0) {
        return 0;
    }
    X509_ATTRIBUTE* attribute = CMS_signed_get_attr(si, at);
    ASN1_TYPE* value = X509_ATTRIBUTE_get0_type(attribute, 0);
    if (value == nullptr || (value->type != V_ASN1_UTCTIME && value->type != V_ASN1_GENERALIZEDTIME)) {
        return 0;
    }
    return ossl::timeMs(value->type == V_ASN1_UTCTIME ? value->value.utctime : value->value.generalizedtime);
}
} // namespace

Result<EmbeddedSignature> readEmbedded(const QByteArray& cmsDer)
{
    auto cms = decodeSigned(cmsDer);
    if (!cms) {
        return cms.error();
    }
    EmbeddedSignature result;
    STACK_OF(X509)* certs = CMS_get1_certs(cms->get());
    for (int i = 0; certs != nullptr && i < sk_X509_num(certs); ++i) {
        X509* x = sk_X509_value(certs, i);
        result.certificates.append(Certificate::fromHandle(x));
        if (CMS_SignerInfo_cert_cmp(sk_CMS_SignerInfo_value(CMS_get0_SignerInfos(cms->get()), 0), x) == 0) {
            result.signer = result.certificates.last();
        }
    }
    sk_X509_pop_free(certs, X509_free);
    if (result.signer.isNull()) {
        return Error(ErrorCode::Integrity, Tr::tr("the CMS signature does not carry its signer's certificate"));
    }
    result.signingTimeMs = signingTime(cms->get());
    return result;
}

Status verifyEmbeddedSignature(const QByteArray& cmsDer, const QByteArray& content)
{
    auto cms = decodeSigned(cmsDer);
    if (!cms) {
        return cms.error();
    }
    CMS_SignerInfo* si = sk_CMS_SignerInfo_value(CMS_get0_SignerInfos(cms->get()), 0);
    if (CMS_signed_get_attr_by_NID(si, NID_id_smime_aa_signingCertificateV2, -1) < 0) {
        return Error(ErrorCode::Integrity, Tr::tr("the CMS signature lacks the signing-certificate-v2 attribute"));
    }
    // Without CMS_CADES: OpenSSL 3 builds the signer's chain whenever it checks the ESS attribute, and the chain is
    // verifyEmbeddedChain's business (which does check the attribute against the certificate).
    auto data = ossl::memoryBio(content);
    const int ok = CMS_verify(cms->get(), nullptr, nullptr, data.get(), nullptr,
                              CMS_DETACHED | CMS_BINARY | CMS_NO_SIGNER_CERT_VERIFY);
    if (ok != 1) {
        return Error(ErrorCode::Integrity,
                     Tr::tr("the signed bytes do not match the signature: the file was changed after it was signed "
                            "(OpenSSL: %1)")
                         .arg(ossl::lastError()));
    }
    return {};
}

Status verifyEmbeddedChain(const QByteArray& cmsDer, const QByteArray& content, const QList<Certificate>& trustAnchors,
                           qint64 atMs)
{
    auto cms = decodeSigned(cmsDer);
    if (!cms) {
        return cms.error();
    }
    ossl::StorePtr store(X509_STORE_new());
    for (const Certificate& anchor : trustAnchors) {
        X509_STORE_add_cert(store.get(), anchor.handle());
    }
    X509_VERIFY_PARAM_set_time(X509_STORE_get0_param(store.get()), static_cast<time_t>(atMs / 1000));
    auto data = ossl::memoryBio(content);
    // CMS_CADES: the signing-certificate-v2 attribute must name the certificate the chain is built from. The content
    // itself is verifyEmbeddedSignature's check, so that a changed byte is one finding, not two.
    const int ok = CMS_verify(cms->get(), nullptr, store.get(), data.get(), nullptr,
                              CMS_DETACHED | CMS_BINARY | CMS_CADES | CMS_NO_CONTENT_VERIFY);
    if (ok != 1) {
        return Error(ErrorCode::Integrity,
                     Tr::tr("the signer's certificate is not accepted against the trusted CAs at the signing time "
                            "(%1)")
                         .arg(ossl::lastError()));
    }
    return {};
}

} // namespace cs::Cms
