// PKCS#12 enrolment and signing (a user's .p12 or .pfx file, opened with their passphrase): any bytes either give
// credentials or an error naming the file, without hanging; credentials that open are checked as enrolment checks
// them, and a certificate no trusted CA issued is never accepted.

#include "FuzzSupport.h"
#include "identity/SecretBytes.h"
#include "pki/Certificate.h"
#include "pki/CertificateCheck.h"

#include <QDateTime>

using namespace cs;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const QString source = QStringLiteral("signer.p12");
    // The passphrase of the seed files (the demo's credentials use it too).
    static const SecretBytes passphrase = SecretBytes::fromUtf8("demo-p12-pass");
    auto credentials = Pkcs12::parse(fuzz::bytes(data, size), passphrase, source);
    if (!credentials) {
        fuzz::checkError(credentials.error(), source);
        return 0;
    }
    const Certificate& cert = credentials->certificate;
    fuzz::check(!cert.isNull() && !credentials->key.isNull(), "credentials without a certificate or key");
    auto fingerprint = cert.fingerprint();
    fuzz::check(fingerprint && fingerprint->size() == 64, "a certificate without a SHA-256 fingerprint");
    (void)cert.subject();
    (void)cert.issuer();
    (void)cert.emails();
    (void)cert.keyDescription();
    (void)CertificateCheck::checkKeyStrength(cert);
    (void)credentials->key.matches(cert);
    const SignerIdentity signer {QStringLiteral("dokafor"), QStringLiteral("Daniel Okafor"),
                                 QStringLiteral("daniel.okafor@st-elsewhere.example")};
    const auto accepted = CertificateCheck::check(cert, TrustStore {}, QDateTime::currentMSecsSinceEpoch(), signer,
                                                  CertificateCheck::Purpose::Enrollment);
    fuzz::check(!accepted, "a certificate was accepted with no trusted CA");
    return 0;
}
