#include "CertificateFactory.h"

#include "pki/OpenSsl.h"

#include <QCoreApplication>
#include <QStringList>

#include <openssl/x509v3.h>

namespace cs::CertificateFactory {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::CertificateFactory)
};

Error failure(const QString& what)
{
    return Error(ErrorCode::Crypto, Tr::tr("%1 failed: %2").arg(what, ossl::lastError()));
}

ossl::Asn1TimePtr asn1Time(qint64 ms)
{
    return ossl::Asn1TimePtr(ASN1_TIME_set(nullptr, static_cast<time_t>(ms / 1000)));
}

bool addExtension(X509* cert, X509* issuer, int nid, const QString& value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION* ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.toLatin1().constData());
    if (ext == nullptr) {
        return false;
    }
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

const EVP_MD* digestFor(const PrivateKey& key)
{
    return EVP_PKEY_get_base_id(key.handle()) == EVP_PKEY_ED25519 ? nullptr : EVP_sha256();
}
} // namespace

Result<Certificate> issue(const Request& request, const PrivateKey& subjectKey, const Certificate* issuer,
                          const PrivateKey& issuerKey)
{
    ossl::X509Ptr cert(X509_new());
    if (!cert || X509_set_version(cert.get(), X509_VERSION_3) != 1) {
        return failure(Tr::tr("creating a certificate"));
    }
    ASN1_INTEGER_set_uint64(X509_get_serialNumber(cert.get()), request.serial);
    auto notBefore = asn1Time(request.notBeforeMs);
    auto notAfter = asn1Time(request.notAfterMs);
    X509_set1_notBefore(cert.get(), notBefore.get());
    X509_set1_notAfter(cert.get(), notAfter.get());
    X509_set_pubkey(cert.get(), subjectKey.handle());

    X509_NAME* name = X509_get_subject_name(cert.get());
    const auto addEntry = [name](const char* field, const QString& value) {
        if (!value.isEmpty()) {
            const QByteArray utf8 = value.toUtf8();
            X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8, reinterpret_cast<const unsigned char*>(utf8.data()),
                                       -1, -1, 0);
        }
    };
    addEntry("O", request.organisation);
    addEntry("CN", request.commonName);
    X509_set_issuer_name(cert.get(), issuer ? X509_get_subject_name(issuer->handle()) : name);

    X509* issuerHandle = issuer ? issuer->handle() : cert.get();
    QStringList usage;
    if (request.keyUsage & DigitalSignature) {
        usage << QStringLiteral("digitalSignature");
    }
    if (request.keyUsage & NonRepudiation) {
        usage << QStringLiteral("nonRepudiation");
    }
    if (request.keyUsage & KeyCertSign) {
        usage << QStringLiteral("keyCertSign");
    }
    if (request.keyUsage & CrlSign) {
        usage << QStringLiteral("cRLSign");
    }
    bool ok = addExtension(cert.get(), issuerHandle, NID_basic_constraints,
                           request.ca ? QStringLiteral("critical,CA:TRUE") : QStringLiteral("critical,CA:FALSE")) &&
        addExtension(cert.get(), issuerHandle, NID_subject_key_identifier, QStringLiteral("hash")) &&
        addExtension(cert.get(), issuerHandle, NID_authority_key_identifier, QStringLiteral("keyid:always"));
    if (ok && !usage.isEmpty()) {
        ok = addExtension(cert.get(), issuerHandle, NID_key_usage,
                          QStringLiteral("critical,") + usage.join(QLatin1Char(',')));
    }
    if (ok && !request.extendedKeyUsage.isEmpty()) {
        ok = addExtension(cert.get(), issuerHandle, NID_ext_key_usage, request.extendedKeyUsage.join(QLatin1Char(',')));
    }
    if (ok && !request.email.isEmpty()) {
        ok = addExtension(cert.get(), issuerHandle, NID_subject_alt_name, QStringLiteral("email:") + request.email);
    }
    if (!ok) {
        return failure(Tr::tr("adding certificate extensions"));
    }
    if (X509_sign(cert.get(), issuerKey.handle(), digestFor(issuerKey)) <= 0) {
        return failure(Tr::tr("signing the certificate"));
    }
    return Certificate::fromHandle(cert.get());
}

Result<Crl> crl(const Certificate& issuer, const PrivateKey& issuerKey, qint64 thisUpdateMs, qint64 nextUpdateMs,
                const QList<Revocation>& revoked)
{
    ossl::CrlPtr list(X509_CRL_new());
    if (!list || X509_CRL_set_version(list.get(), 1) != 1 ||
        X509_CRL_set_issuer_name(list.get(), X509_get_subject_name(issuer.handle())) != 1) {
        return failure(Tr::tr("creating a revocation list"));
    }
    auto thisUpdate = asn1Time(thisUpdateMs);
    auto nextUpdate = asn1Time(nextUpdateMs);
    X509_CRL_set1_lastUpdate(list.get(), thisUpdate.get());
    X509_CRL_set1_nextUpdate(list.get(), nextUpdate.get());
    for (const Revocation& r : revoked) {
        X509_REVOKED* entry = X509_REVOKED_new();
        auto when = asn1Time(r.revokedAtMs);
        ossl::Asn1IntPtr serial(ASN1_INTEGER_dup(X509_get0_serialNumber(r.certificate.handle())));
        X509_REVOKED_set_serialNumber(entry, serial.get());
        X509_REVOKED_set_revocationDate(entry, when.get());
        X509_CRL_add0_revoked(list.get(), entry);
    }
    X509_CRL_sort(list.get());
    if (X509_CRL_sign(list.get(), issuerKey.handle(), digestFor(issuerKey)) <= 0) {
        return failure(Tr::tr("signing the revocation list"));
    }
    return Crl::fromHandle(list.get());
}

} // namespace cs::CertificateFactory
