#include "SignerCheck.h"

#include "commands/CommandContext.h"
#include "pki/CertificateCheck.h"
#include "store/IdentityTables.h"

#include <QCoreApplication>

namespace cs {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::SignerCheck)
};
} // namespace

Status checkSignerCredentials(CommandContext& ctx, const User& signer, const SigningCredentials& credentials)
{
    Database& db = ctx.database();
    const Certificate& cert = credentials.certificate;
    auto fingerprint = cert.fingerprint();
    if (!fingerprint) {
        return fingerprint.error();
    }
    auto enrolled = CertificateTable(db).byFingerprint(fingerprint.value());
    if (!enrolled) {
        return enrolled.error();
    }
    if (!enrolled.value() || enrolled.value()->username != signer.username) {
        return Error(ErrorCode::Certificate,
                     Tr::tr("certificate \"%1\" is not enrolled for %2; enroll it first (Certificates > Enroll)")
                         .arg(cert.commonName(), signer.username));
    }
    auto trust = TrustStore::load(db);
    if (!trust) {
        return trust.error();
    }
    if (auto r =
            CertificateCheck::check(cert, trust.value(), ctx.nowMs(), {signer.username, signer.fullName, signer.email},
                                    CertificateCheck::Purpose::Signing);
        !r) {
        return r;
    }
    if (!credentials.key.matches(cert)) {
        return Error(
            ErrorCode::Certificate,
            Tr::tr("the private key in the file does not belong to certificate \"%1\"").arg(cert.commonName()));
    }
    return {};
}

} // namespace cs
