#include "CertificateCheck.h"

#include "audit/RecordCheck.h"
#include "pki/OpenSsl.h"
#include "store/IdentityTables.h"
#include "util/UtcTime.h"

#include <QCoreApplication>

#include <openssl/err.h>
#include <openssl/x509v3.h>

namespace cs {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::CertificateCheck)
};

QString when(qint64 ms)
{
    return UtcTime::formatMsString(ms).left(19).replace(u'T', u' ') + QStringLiteral(" UTC");
}

Error refuse(const Certificate& c, const QString& why)
{
    return Error(ErrorCode::Certificate,
                 Tr::tr("certificate \"%1\" (serial %2) is refused: %3")
                     .arg(c.commonName().isEmpty() ? c.subject() : c.commonName(), c.serialHex(), why));
}

/// Builds the chain to a trust anchor at `atMs`. Returns the fingerprint of the issuing CA certificate.
Result<QString> verifyChain(const Certificate& certificate, const TrustStore& trust, qint64 atMs)
{
    ossl::StorePtr store(X509_STORE_new());
    QList<Certificate> anchors;
    for (const TrustAnchor& a : trust.anchors()) {
        auto ca = Certificate::fromDer(a.der, Tr::tr("trusted CA %1").arg(a.subject));
        if (!ca) {
            return ca.error();
        }
        anchors.append(ca.value());
        X509_STORE_add_cert(store.get(), ca->handle());
    }
    ossl::StoreCtxPtr ctx(X509_STORE_CTX_new());
    if (!store || !ctx || X509_STORE_CTX_init(ctx.get(), store.get(), certificate.handle(), nullptr) != 1) {
        return Error(ErrorCode::Crypto, Tr::tr("cannot check the certificate chain: %1").arg(ossl::lastError()));
    }
    X509_VERIFY_PARAM* param = X509_STORE_CTX_get0_param(ctx.get());
    X509_VERIFY_PARAM_set_flags(param, X509_V_FLAG_PARTIAL_CHAIN);
    X509_VERIFY_PARAM_set_time(param, static_cast<time_t>(atMs / 1000));
    if (X509_verify_cert(ctx.get()) != 1) {
        const int code = X509_STORE_CTX_get_error(ctx.get());
        const int depth = X509_STORE_CTX_get_error_depth(ctx.get());
        ERR_clear_error();
        switch (code) {
        case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
        case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT:
        case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
        case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN:
        case X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE:
            return refuse(
                certificate,
                Tr::tr("it is not issued by a CA in the workspace trust store (issuer: %1)").arg(certificate.issuer()));
        case X509_V_ERR_CERT_HAS_EXPIRED:
            if (depth > 0) {
                return refuse(certificate,
                              Tr::tr("the certificate of its issuing CA had expired at %1").arg(when(atMs)));
            }
            break;
        case X509_V_ERR_CERT_NOT_YET_VALID:
            if (depth > 0) {
                return refuse(certificate,
                              Tr::tr("the certificate of its issuing CA was not yet valid at %1").arg(when(atMs)));
            }
            break;
        case X509_V_ERR_CERT_SIGNATURE_FAILURE:
            return refuse(certificate,
                          Tr::tr("its signature does not verify with the trusted CA's key (forged or "
                                 "altered certificate)"));
        default:
            break;
        }
        return refuse(certificate,
                      Tr::tr("its chain to the trust store does not verify: %1")
                          .arg(QString::fromLatin1(X509_verify_cert_error_string(code))));
    }
    STACK_OF(X509)* chain = X509_STORE_CTX_get0_chain(ctx.get());
    X509* issuer = sk_X509_num(chain) > 1 ? sk_X509_value(chain, 1) : sk_X509_value(chain, 0);
    return Certificate::fromHandle(issuer).fingerprint();
}
} // namespace

TrustStore::TrustStore(QList<TrustAnchor> anchors, QList<TrustCrl> crls)
    : m_anchors(std::move(anchors))
    , m_crls(std::move(crls))
{ }

Result<TrustStore> TrustStore::load(Database& db)
{
    // A CRL deleted or an anchor swapped outside Countersign must not change what a signature is worth.
    for (const char* kind : {"trust_anchor", "trust_crl"}) {
        if (auto r = RecordCheck::requireAll(db, QLatin1String(kind)); !r) {
            return r.error();
        }
    }
    TrustStoreTable table(db);
    auto anchors = table.anchors();
    if (!anchors) {
        return anchors.error();
    }
    auto crls = table.crls();
    if (!crls) {
        return crls.error();
    }
    return TrustStore(anchors.value(), crls.value());
}

const TrustAnchor* TrustStore::anchor(const QString& fingerprint) const
{
    for (const TrustAnchor& a : m_anchors) {
        if (a.fingerprint == fingerprint) {
            return &a;
        }
    }
    return nullptr;
}

const TrustCrl* TrustStore::currentCrl(const QString& anchorFingerprint) const
{
    const TrustCrl* newest = nullptr;
    for (const TrustCrl& c : m_crls) {
        if (c.issuerFingerprint == anchorFingerprint && (!newest || c.thisUpdateMs >= newest->thisUpdateMs)) {
            newest = &c;
        }
    }
    return newest;
}

namespace CertificateCheck {

Status checkKeyStrength(const Certificate& certificate)
{
    EVP_PKEY* key = X509_get0_pubkey(certificate.handle());
    const QString description = certificate.keyDescription();
    bool strong = false;
    if (key != nullptr && EVP_PKEY_get_base_id(key) == EVP_PKEY_RSA) {
        strong = EVP_PKEY_get_bits(key) >= 2048;
    } else {
        strong = description == u"EC P-256" || description == u"EC P-384" || description == u"EC P-521";
    }
    if (!strong) {
        return refuse(certificate,
                      Tr::tr("its key is too weak (%1); signing keys must be RSA with 2048 bits or more, "
                             "or EC on P-256 or a stronger curve")
                          .arg(description));
    }
    return {};
}

Status check(const Certificate& certificate, const TrustStore& trust, qint64 atMs, const SignerIdentity& signer,
             Purpose purpose)
{
    if (certificate.isNull()) {
        return Error(ErrorCode::Certificate, Tr::tr("no certificate was given"));
    }
    // Validity at the time of signing.
    if (atMs < certificate.notBeforeMs()) {
        return refuse(
            certificate,
            Tr::tr("it is not valid until %1 (checked at %2)").arg(when(certificate.notBeforeMs()), when(atMs)));
    }
    if (atMs > certificate.notAfterMs()) {
        return refuse(certificate,
                      Tr::tr("it expired on %1 (checked at %2)").arg(when(certificate.notAfterMs()), when(atMs)));
    }
    if (trust.anchors().isEmpty()) {
        return refuse(certificate,
                      Tr::tr("the workspace trust store is empty; an administrator must add the issuing CA "
                             "first"));
    }
    auto issuer = verifyChain(certificate, trust, atMs);
    if (!issuer) {
        return issuer.error();
    }
    // Key usage: the extension must be present and allow signatures.
    X509* x = certificate.handle();
    const uint32_t flags = X509_get_extension_flags(x);
    const uint32_t usage = X509_get_key_usage(x);
    if (!(flags & EXFLAG_KUSAGE) || !(usage & (KU_DIGITAL_SIGNATURE | KU_NON_REPUDIATION))) {
        return refuse(certificate, Tr::tr("its key usage allows neither digitalSignature nor nonRepudiation"));
    }
    if (flags & EXFLAG_XKUSAGE) {
        const uint32_t extended = X509_get_extended_key_usage(x);
        if (!(extended & (XKU_SMIME | XKU_ANYEKU))) {
            return refuse(certificate,
                          Tr::tr("its extended key usage does not include emailProtection (document "
                                 "signing); it is meant for another purpose"));
        }
    }
    // Revocation, by the configured CRL of the issuing CA.
    if (const TrustCrl* stored = trust.currentCrl(issuer.value())) {
        auto crl = Crl::fromDer(stored->der, Tr::tr("the stored revocation list %1").arg(stored->id));
        if (!crl) {
            return crl.error();
        }
        const auto revokedAt = crl->revokedAtMs(certificate);
        if (purpose == Purpose::Verification) {
            if (revokedAt && *revokedAt <= atMs) {
                return refuse(
                    certificate,
                    Tr::tr("it was revoked on %1, before the signature at %2").arg(when(*revokedAt), when(atMs)));
            }
        } else {
            if (stored->nextUpdateMs == 0 || stored->nextUpdateMs < atMs) {
                return refuse(certificate,
                              Tr::tr("the revocation list of its CA is out of date (its next update was due %1); "
                                     "revocation cannot be checked, so signing is refused until an administrator adds "
                                     "a current CRL")
                                  .arg(stored->nextUpdateMs == 0 ? Tr::tr("unspecified") : when(stored->nextUpdateMs)));
            }
            if (revokedAt) {
                return refuse(certificate, Tr::tr("it was revoked on %1").arg(when(*revokedAt)));
            }
        }
    }
    if (auto r = checkKeyStrength(certificate); !r) {
        return r;
    }
    // The certificate must name the signer.
    bool named = certificate.commonName() == signer.fullName || certificate.commonName() == signer.username;
    for (const QString& email : certificate.emails()) {
        named = named || email.compare(signer.email, Qt::CaseInsensitive) == 0;
    }
    if (!named) {
        return refuse(certificate,
                      Tr::tr("it names \"%1\"%2, not %3 (%4, %5)")
                          .arg(certificate.commonName(),
                               certificate.emails().isEmpty()
                                   ? QString()
                                   : QStringLiteral(" <%1>").arg(certificate.emails().join(QStringLiteral(", "))),
                               signer.fullName, signer.username, signer.email));
    }
    return {};
}

} // namespace CertificateCheck
} // namespace cs
