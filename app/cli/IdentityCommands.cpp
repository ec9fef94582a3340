// countersign-cli: accounts, certificates, the trust store and electronic signatures.
#include "CliCommands.h"
#include "CliSupport.h"
#include "commands/TrustCommands.h"
#include "commands/UserCommands.h"
#include "identity/UserRules.h"
#include "pki/CertificateCheck.h"
#include "queries/PeopleQuery.h"
#include "queries/SignatureQuery.h"
#include "signing/SignableRecords.h"
#include "util/AtomicFile.h"
#include "util/UtcTime.h"
#include "workspace/SigningCeremony.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>

#include <map>

namespace cs::cli {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::cli::IdentityCommands)
};
} // namespace

namespace {

QString localTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm t"));
}

QString roleNames(const QList<Role>& roles)
{
    return rolesToText(roles);
}

// --- user

int userAdd(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Add an account. The new person must change the password you "
                                            "choose at first sign-in. In a workspace without accounts, the "
                                            "first administrator is added without --user."));
    addSignInOptions(parser);
    parser.addOption({QStringLiteral("username"), Tr::tr("The new username (never reused)."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("full-name"), Tr::tr("The printed name."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("email"), Tr::tr("E-mail address."), QStringLiteral("EMAIL")});
    parser.addOption({QStringLiteral("roles"),
                      Tr::tr("Comma-separated: data-scientist, qa-officer, regulatory-affairs, auditor, "
                             "administrator."),
                      QStringLiteral("ROLES")});
    parser.addOption({QStringLiteral("new-password-fd"),
                      Tr::tr("Read the new account's password from this file descriptor."), QStringLiteral("N")});
    if (!parse(parser, QStringLiteral("user add"), args, {QStringLiteral("WORKSPACE")})) {
        return exitAfterParse(args);
    }
    auto roles = UserRules::parseRoles(parser.value(QStringLiteral("roles")));
    if (!roles) {
        return fail(roles.error());
    }
    const NewAccount account {parser.value(QStringLiteral("username")), parser.value(QStringLiteral("full-name")),
                              parser.value(QStringLiteral("email")), roles.value()};
    if (auto r = UserRules::validate(account); !r) {
        return fail(r.error());
    }
    const QString path = parser.positionalArguments().first();
    std::unique_ptr<Workspace> ws;
    if (!parser.isSet(QStringLiteral("user"))) {
        auto opened = Workspace::open(path, OpenMode::ReadWrite);
        if (!opened) {
            return fail(opened.error());
        }
        auto empty = opened.value()->needsFirstAdministrator();
        if (!empty) {
            return fail(empty.error());
        }
        if (!empty.value()) {
            return fail(Tr::tr("user add: --user USER is required (an administrator adds people)"));
        }
        ws = std::move(opened.value());
    } else {
        auto opened = openSignedIn(parser, path);
        if (!opened) {
            return fail(opened.error());
        }
        ws = std::move(opened.value());
    }
    auto password = readSecret(parser, QStringLiteral("new-password-fd"),
                               Tr::tr("new password for %1").arg(account.username), true);
    if (!password) {
        return fail(password.error());
    }
    if (!ws->isSignedIn()) {
        if (auto r = ws->createFirstAdministrator(account, password.value()); !r) {
            return fail(r.error());
        }
        out() << say(Tr::tr("Added %1 as the first administrator of %2"), account.username, path) << '\n';
        return Success;
    }
    AddUserCommand command(account, std::move(password.value()));
    if (auto r = ws->execute(command); !r) {
        return fail(r.error());
    }
    out() << say(Tr::tr("Added %1 (%2) with roles %3; they must change their password at first sign-in"),
                 account.fullName, account.username, roleNames(account.roles))
          << '\n';
    return Success;
}

int userList(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("List the accounts."));
    parser.addOption({QStringLiteral("json"), Tr::tr("Print JSON.")});
    if (!parse(parser, QStringLiteral("user list"), args, {QStringLiteral("WORKSPACE")})) {
        return exitAfterParse(args);
    }
    auto ws = Workspace::open(parser.positionalArguments().first(), OpenMode::ReadOnly);
    if (!ws) {
        return fail(ws.error());
    }
    auto users = PeopleQuery(*ws.value()).users();
    if (!users) {
        return fail(users.error());
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const User& u : users.value()) {
            QJsonObject o = u.toAuditJson();
            o.insert(QStringLiteral("failed_attempts"), u.failedAttempts);
            o.insert(QStringLiteral("password_changed_at"), UtcTime::formatMsString(u.passwordChangedAtMs));
            list.append(o);
        }
        out() << QJsonDocument(list).toJson(QJsonDocument::Indented);
        return Success;
    }
    out() << pad(Tr::tr("USERNAME"), 14) << pad(Tr::tr("NAME"), 22) << pad(Tr::tr("ROLES"), 28)
          << pad(Tr::tr("STATUS"), 10) << Tr::tr("E-MAIL") << '\n';
    for (const User& u : users.value()) {
        out() << pad(u.username, 14) << pad(u.fullName, 22) << pad(roleNames(u.roles), 28) << pad(nameOf(u.status), 10)
              << u.email << '\n';
    }
    return Success;
}

int userStatus(const QStringList& args, const QString& verb, UserStatus status)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        status == UserStatus::Locked       ? Tr::tr("Lock an account (administrators), with a reason.")
            : status == UserStatus::Active ? Tr::tr("Unlock an account (administrators), with a reason.")
                                           : Tr::tr("Disable an account (administrators), with a reason."));
    addSignInOptions(parser);
    parser.addOption({QStringLiteral("reason"), Tr::tr("Why (recorded in the audit trail)."), QStringLiteral("TEXT")});
    if (!parse(parser, QStringLiteral("user ") + verb, args,
               {QStringLiteral("WORKSPACE"), QStringLiteral("USERNAME")})) {
        return exitAfterParse(args);
    }
    if (parser.value(QStringLiteral("reason")).trimmed().isEmpty()) {
        return fail(Tr::tr("user %1: --reason TEXT is required").arg(verb));
    }
    auto ws = openSignedIn(parser, parser.positionalArguments().first());
    if (!ws) {
        return fail(ws.error());
    }
    const QString username = parser.positionalArguments().at(1);
    SetUserStatusCommand command(username, status, parser.value(QStringLiteral("reason")));
    if (auto r = ws.value()->execute(command); !r) {
        return fail(r.error());
    }
    out() << say(Tr::tr("User %1 is now %2"), username, nameOf(status)) << '\n';
    return Success;
}

int userUpdate(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Change a person's printed name, e-mail or roles "
                                            "(administrators), with a reason."));
    addSignInOptions(parser);
    parser.addOption({QStringLiteral("full-name"), Tr::tr("New printed name."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("email"), Tr::tr("New e-mail address."), QStringLiteral("EMAIL")});
    parser.addOption({QStringLiteral("roles"), Tr::tr("New roles, comma-separated."), QStringLiteral("ROLES")});
    parser.addOption({QStringLiteral("reason"), Tr::tr("Why (recorded in the audit trail)."), QStringLiteral("TEXT")});
    if (!parse(parser, QStringLiteral("user update"), args,
               {QStringLiteral("WORKSPACE"), QStringLiteral("USERNAME")})) {
        return exitAfterParse(args);
    }
    if (parser.value(QStringLiteral("reason")).trimmed().isEmpty()) {
        return fail(Tr::tr("user update: --reason TEXT is required"));
    }
    auto ws = openSignedIn(parser, parser.positionalArguments().first());
    if (!ws) {
        return fail(ws.error());
    }
    const QString username = parser.positionalArguments().at(1);
    auto user = PeopleQuery(*ws.value()).user(username);
    if (!user) {
        return fail(user.error());
    }
    QList<Role> roles = user->roles;
    if (parser.isSet(QStringLiteral("roles"))) {
        auto parsed = UserRules::parseRoles(parser.value(QStringLiteral("roles")));
        if (!parsed) {
            return fail(parsed.error());
        }
        roles = parsed.value();
    }
    UpdateUserCommand command(
        username,
        parser.isSet(QStringLiteral("full-name")) ? parser.value(QStringLiteral("full-name")) : user->fullName,
        parser.isSet(QStringLiteral("email")) ? parser.value(QStringLiteral("email")) : user->email, roles,
        parser.value(QStringLiteral("reason")));
    if (auto r = ws.value()->execute(command); !r) {
        return fail(r.error());
    }
    out() << say(Tr::tr("Updated %1"), username) << '\n';
    return Success;
}

int userPasswd(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Change your password, or (administrators, with --for) set a new "
                                            "one for someone who must change it at next sign-in."));
    addSignInOptions(parser);
    parser.addOption(
        {QStringLiteral("for"), Tr::tr("Reset this person's password instead of yours."), QStringLiteral("USERNAME")});
    parser.addOption({QStringLiteral("reason"), Tr::tr("Why (required with --for)."), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("new-password-fd"), Tr::tr("Read the new password from this file descriptor."),
                      QStringLiteral("N")});
    if (!parse(parser, QStringLiteral("user passwd"), args, {QStringLiteral("WORKSPACE")})) {
        return exitAfterParse(args);
    }
    const bool reset = parser.isSet(QStringLiteral("for"));
    SecretBytes current;
    auto ws = openSignedIn(parser, parser.positionalArguments().first(), !reset, &current);
    if (!ws) {
        return fail(ws.error());
    }
    const QString target = reset ? parser.value(QStringLiteral("for")) : parser.value(QStringLiteral("user"));
    auto replacement =
        readSecret(parser, QStringLiteral("new-password-fd"), Tr::tr("new password for %1").arg(target), true);
    if (!replacement) {
        return fail(replacement.error());
    }
    if (reset) {
        ResetPasswordCommand command(target, std::move(replacement.value()), parser.value(QStringLiteral("reason")));
        if (auto r = ws.value()->execute(command); !r) {
            return fail(r.error());
        }
        out() << say(Tr::tr("Set a new password for %1; they must change it at next sign-in"), target) << '\n';
        return Success;
    }
    // The password that signed in a moment ago is the current one: it is not asked for (or read) twice.
    ChangeOwnPasswordCommand command(std::move(current), std::move(replacement.value()));
    if (auto r = ws.value()->execute(command); !r) {
        return fail(r.error());
    }
    out() << say(Tr::tr("Password of %1 changed"), target) << '\n';
    return Success;
}

// --- cert

int certEnroll(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Enroll your signing certificate. Only the certificate is stored; "
                                            "the private key stays in your file."));
    addSignInOptions(parser);
    parser.addOption({QStringLiteral("pkcs12"), Tr::tr("Your PKCS#12 file (.p12, .pfx)."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("cert"), Tr::tr("Your PEM certificate (with --key)."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("key"), Tr::tr("Your PEM private key (with --cert)."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("passphrase-fd"), Tr::tr("Read the file's passphrase from this file descriptor."),
                      QStringLiteral("N")});
    if (!parse(parser, QStringLiteral("cert enroll"), args, {QStringLiteral("WORKSPACE")})) {
        return exitAfterParse(args);
    }
    const bool p12 = parser.isSet(QStringLiteral("pkcs12"));
    if (p12 == (parser.isSet(QStringLiteral("cert")) || parser.isSet(QStringLiteral("key"))) ||
        (!p12 && !(parser.isSet(QStringLiteral("cert")) && parser.isSet(QStringLiteral("key"))))) {
        return fail(Tr::tr("cert enroll: give --pkcs12 FILE, or --cert FILE and --key FILE"));
    }
    auto ws = openSignedIn(parser, parser.positionalArguments().first());
    if (!ws) {
        return fail(ws.error());
    }
    auto passphrase = readSecret(parser, QStringLiteral("passphrase-fd"), Tr::tr("passphrase of the key file"));
    if (!passphrase) {
        return fail(passphrase.error());
    }
    auto credentials = p12 ? Pkcs12::read(parser.value(QStringLiteral("pkcs12")), passphrase.value())
                           : readPemCredentials(parser.value(QStringLiteral("cert")),
                                                parser.value(QStringLiteral("key")), passphrase.value());
    if (!credentials) {
        return fail(credentials.error());
    }
    const Certificate cert = credentials->certificate;
    const bool legacy = credentials->legacyEncryption;
    EnrollCertificateCommand command(std::move(credentials.value()));
    if (auto r = ws.value()->execute(command); !r) {
        return fail(r.error());
    }
    out() << say(Tr::tr("Enrolled certificate \"%1\" (serial %2, %3, valid until %4)\nSHA-256 fingerprint: %5"),
                 cert.subject(), cert.serialHex(), cert.keyDescription(), UtcTime::formatMsString(cert.notAfterMs()),
                 cert.fingerprint().value_or(QString()))
          << '\n';
    if (legacy) {
        out() << Tr::tr("Note: the file uses legacy encryption (RC2 or 3DES); re-export it with AES when you can.")
              << '\n';
    }
    return Success;
}

// --- trust

int trustAdd(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Trust a CA certificate (PEM or DER) for signing certificates."));
    addSignInOptions(parser);
    parser.addOption({QStringLiteral("reason"), Tr::tr("Why this CA is trusted."), QStringLiteral("TEXT")});
    if (!parse(parser, QStringLiteral("trust add"), args, {QStringLiteral("WORKSPACE"), QStringLiteral("CA_FILE")})) {
        return exitAfterParse(args);
    }
    auto ca = Certificate::fromFile(parser.positionalArguments().at(1));
    if (!ca) {
        return fail(ca.error());
    }
    auto ws = openSignedIn(parser, parser.positionalArguments().first());
    if (!ws) {
        return fail(ws.error());
    }
    AddTrustedCaCommand command(ca.value(), parser.value(QStringLiteral("reason")));
    if (auto r = ws.value()->execute(command); !r) {
        return fail(r.error());
    }
    out() << say(Tr::tr("Trusted CA \"%1\" (SHA-256 %2)"), ca->subject(), ca->fingerprint().value_or(QString()))
          << '\n';
    return Success;
}

int trustList(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("List the trusted CAs and their revocation lists."));
    parser.addOption({QStringLiteral("json"), Tr::tr("Print JSON.")});
    if (!parse(parser, QStringLiteral("trust list"), args, {QStringLiteral("WORKSPACE")})) {
        return exitAfterParse(args);
    }
    auto ws = Workspace::open(parser.positionalArguments().first(), OpenMode::ReadOnly);
    if (!ws) {
        return fail(ws.error());
    }
    auto trust = PeopleQuery(*ws.value()).trustStore();
    if (!trust) {
        return fail(trust.error());
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QJsonArray list;
    for (const TrustAnchor& a : trust->anchors()) {
        const TrustCrl* crl = trust->currentCrl(a.fingerprint);
        QJsonObject o {{QStringLiteral("subject"), a.subject},
                       {QStringLiteral("fingerprint_sha256"), a.fingerprint},
                       {QStringLiteral("not_after"), UtcTime::formatMsString(a.notAfterMs)},
                       {QStringLiteral("added_at"), UtcTime::formatMsString(a.addedAtMs)},
                       {QStringLiteral("added_by"), a.addedBy}};
        if (crl) {
            o.insert(QStringLiteral("crl"),
                     QJsonObject {{QStringLiteral("this_update"), UtcTime::formatMsString(crl->thisUpdateMs)},
                                  {QStringLiteral("next_update"), UtcTime::formatMsString(crl->nextUpdateMs)},
                                  {QStringLiteral("revoked"), crl->revokedCount},
                                  {QStringLiteral("current"), crl->nextUpdateMs >= now}});
        }
        list.append(o);
    }
    if (parser.isSet(QStringLiteral("json"))) {
        out() << QJsonDocument(list).toJson(QJsonDocument::Indented);
        return Success;
    }
    if (list.isEmpty()) {
        out() << Tr::tr("No trusted CAs: signing certificates cannot be enrolled until an administrator adds one.")
              << '\n';
    }
    for (const TrustAnchor& a : trust->anchors()) {
        out() << say(Tr::tr("%1\n  SHA-256 %2\n  valid until %3, added %4 by %5"), a.subject, a.fingerprint,
                     UtcTime::formatMsString(a.notAfterMs), UtcTime::formatMsString(a.addedAtMs), a.addedBy)
              << '\n';
        if (const TrustCrl* crl = trust->currentCrl(a.fingerprint)) {
            out() << say(Tr::tr("  CRL issued %1, next update %2, %3 revoked%4"),
                         UtcTime::formatMsString(crl->thisUpdateMs), UtcTime::formatMsString(crl->nextUpdateMs),
                         crl->revokedCount,
                         (crl->nextUpdateMs < now ? Tr::tr(" -- OUT OF DATE: signing is refused") : QString()))
                  << '\n';
        } else {
            out() << Tr::tr("  no CRL configured (revocation is not checked)") << '\n';
        }
    }
    return Success;
}

int trustCrl(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Add a certificate revocation list (PEM or DER) of a trusted CA."));
    addSignInOptions(parser);
    if (!parse(parser, QStringLiteral("trust crl"), args, {QStringLiteral("WORKSPACE"), QStringLiteral("CRL_FILE")})) {
        return exitAfterParse(args);
    }
    auto crl = Crl::fromFile(parser.positionalArguments().at(1));
    if (!crl) {
        return fail(crl.error());
    }
    auto ws = openSignedIn(parser, parser.positionalArguments().first());
    if (!ws) {
        return fail(ws.error());
    }
    AddCrlCommand command(crl.value());
    if (auto r = ws.value()->execute(command); !r) {
        return fail(r.error());
    }
    out() << say(Tr::tr("Added the revocation list of \"%1\" (%2 revoked, next update %3)"), crl->issuer(),
                 crl->revokedCount(), UtcTime::formatMsString(crl->nextUpdateMs()))
          << '\n';
    return Success;
}

} // namespace

QJsonArray signaturesJson(const QList<SignatureCheck>& checks)
{
    QJsonArray list;
    for (const SignatureCheck& c : checks) {
        QJsonObject o {{QStringLiteral("id"), QJsonValue(c.stored.id)},
                       {QStringLiteral("record"), QString(c.stored.recordType + u':' + c.stored.recordId)},
                       {QStringLiteral("meaning"), c.stored.meaning},
                       {QStringLiteral("signer"), c.stored.signer},
                       {QStringLiteral("signed_at"), UtcTime::formatMsString(c.stored.signedAtMs)},
                       {QStringLiteral("valid"), c.valid}};
        if (c.manifest) {
            o.insert(QStringLiteral("printed_name"), c.manifest->signerName);
            o.insert(QStringLiteral("role"), c.manifest->signerRole);
            o.insert(QStringLiteral("reason"), c.manifest->reason);
        }
        if (!c.valid) {
            o.insert(QStringLiteral("problem"), c.problem);
        }
        list.append(o);
    }
    return list;
}

int user(const QStringList& args)
{
    return dispatch(QStringLiteral("user"), args,
                    {{QStringLiteral("add"), userAdd},
                     {QStringLiteral("list"), userList},
                     {QStringLiteral("lock"),
                      [](const QStringList& a) {
                          return userStatus(a, QStringLiteral("lock"), UserStatus::Locked);
                      }},
                     {QStringLiteral("unlock"),
                      [](const QStringList& a) {
                          return userStatus(a, QStringLiteral("unlock"), UserStatus::Active);
                      }},
                     {QStringLiteral("disable"),
                      [](const QStringList& a) {
                          return userStatus(a, QStringLiteral("disable"), UserStatus::Disabled);
                      }},
                     {QStringLiteral("passwd"), userPasswd},
                     {QStringLiteral("update"), userUpdate}});
}

int cert(const QStringList& args)
{
    return dispatch(QStringLiteral("cert"), args, {{QStringLiteral("enroll"), certEnroll}});
}

int trust(const QStringList& args)
{
    return dispatch(
        QStringLiteral("trust"), args,
        {{QStringLiteral("add"), trustAdd}, {QStringLiteral("list"), trustList}, {QStringLiteral("crl"), trustCrl}});
}

int sign(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Sign a record with your certificate (21 CFR 11.200: your user "
                                            "ID and password, then your key file's passphrase)."));
    addSignInOptions(parser);
    parser.addOption(
        {QStringLiteral("record"), Tr::tr("What to sign, e.g. audit-review:2."), QStringLiteral("TYPE:ID")});
    parser.addOption({QStringLiteral("meaning"), Tr::tr("authored, reviewed, approved, rejected or released."),
                      QStringLiteral("M")});
    parser.addOption({QStringLiteral("reason"), Tr::tr("Why you sign."), QStringLiteral("TEXT")});
    addSigningOptions(parser);
    if (!parse(parser, QStringLiteral("sign"), args, {QStringLiteral("WORKSPACE")})) {
        return exitAfterParse(args);
    }
    auto reference = SignableRecords::parseReference(parser.value(QStringLiteral("record")));
    if (!reference) {
        return fail(reference.error());
    }
    const auto meaning = enumFromName<Meaning>(parser.value(QStringLiteral("meaning")));
    if (!meaning) {
        return fail(Tr::tr("sign: --meaning must be authored, reviewed, approved, rejected or released"));
    }
    if (!parser.isSet(QStringLiteral("pkcs12")) || !parser.isSet(QStringLiteral("user"))) {
        return fail(Tr::tr("sign: --user USER and --pkcs12 FILE are required"));
    }
    auto ws = Workspace::open(parser.positionalArguments().first(), OpenMode::ReadWrite);
    if (!ws) {
        return fail(ws.error());
    }
    SignRequest request;
    request.recordType = reference->first;
    request.recordId = reference->second;
    request.meaning = *meaning;
    request.reason = parser.value(QStringLiteral("reason"));
    request.username = parser.value(QStringLiteral("user"));
    request.pkcs12Path = parser.value(QStringLiteral("pkcs12"));
    auto password = readSecret(parser, QStringLiteral("password-fd"), Tr::tr("password for %1").arg(request.username));
    if (!password) {
        return fail(password.error());
    }
    // Both components: the user ID and password start the session and are checked again for the signature.
    auto signedIn = ws.value()->signIn(request.username, password.value());
    if (!signedIn) {
        return fail(signedIn.error());
    }
    if (ws.value()->session().passwordChangeRequired) {
        return fail(
            Error(ErrorCode::Rule, Tr::tr("the password of %1 must be changed before signing").arg(request.username)));
    }
    request.password = copyOf(password.value());
    auto passphrase =
        readSecret(parser, QStringLiteral("passphrase-fd"), Tr::tr("passphrase of %1").arg(request.pkcs12Path));
    if (!passphrase) {
        return fail(passphrase.error());
    }
    request.passphrase = std::move(passphrase.value());
    auto signature = Signing::sign(*ws.value(), request);
    if (!signature) {
        return fail(signature.error());
    }
    out() << say(Tr::tr("Signature %1: %2 signed %3:%4 as \"%5\" at %6"), signature->id, signedIn->fullName,
                 signature->recordType, signature->recordId, signature->meaning,
                 UtcTime::formatMsString(signature->signedAtMs))
          << '\n';
    return Success;
}

int signatures(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("List every signature with its verification status."));
    parser.addOption({QStringLiteral("json"), Tr::tr("Print JSON.")});
    if (!parse(parser, QStringLiteral("signatures"), args, {QStringLiteral("WORKSPACE")})) {
        return exitAfterParse(args);
    }
    auto ws = Workspace::open(parser.positionalArguments().first(), OpenMode::ReadOnly);
    if (!ws) {
        return fail(ws.error());
    }
    auto checks = SignatureQuery(*ws.value()).verifyAll();
    if (!checks) {
        return fail(checks.error());
    }
    bool allValid = true;
    for (const SignatureCheck& c : checks.value()) {
        allValid = allValid && c.valid;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        out() << QJsonDocument(signaturesJson(checks.value())).toJson(QJsonDocument::Indented);
        return allValid ? Success : IntegrityFailure;
    }
    out() << pad(Tr::tr("ID"), 5) << pad(Tr::tr("RECORD"), 18) << pad(Tr::tr("MEANING"), 10)
          << pad(Tr::tr("SIGNED BY"), 22) << pad(Tr::tr("UTC"), 22) << pad(Tr::tr("LOCAL"), 24) << Tr::tr("STATUS")
          << '\n';
    for (const SignatureCheck& c : checks.value()) {
        const QString name = c.manifest ? c.manifest->signerName : c.stored.signer;
        out() << pad(QString::number(c.stored.id), 5) << pad(c.stored.recordType + u':' + c.stored.recordId, 18)
              << pad(c.stored.meaning, 10) << pad(name, 22)
              << pad(UtcTime::formatMsString(c.stored.signedAtMs).left(19) + u'Z', 22)
              << pad(localTime(c.stored.signedAtMs), 24)
              << (c.valid ? QStringLiteral("valid") : QStringLiteral("INVALID")) << '\n';
        if (!c.valid) {
            out() << "      " << c.problem << '\n';
        }
    }
    return allValid ? Success : IntegrityFailure;
}

int signature(const QStringList& args)
{
    return dispatch(
        QStringLiteral("signature"), args,
        {{QStringLiteral("export"), [](const QStringList& a) -> int {
              QCommandLineParser parser;
              parser.setApplicationDescription(
                  Tr::tr("Write manifest.json, signature.p7s (DER) and signer.pem so that OpenSSL can "
                         "verify the signature: openssl cms -verify -binary -inform DER -in "
                         "signature.p7s -content manifest.json -CAfile ca.pem"));
              parser.addOption({QStringLiteral("out"), Tr::tr("Folder to write to."), QStringLiteral("DIR")});
              if (!parse(parser, QStringLiteral("signature export"), a,
                         {QStringLiteral("WORKSPACE"), QStringLiteral("ID")})) {
                  return exitAfterParse(a);
              }
              bool ok = false;
              const qint64 number = parser.positionalArguments().at(1).toLongLong(&ok);
              if (!ok || number < 1) {
                  return fail(Tr::tr("signature export: ID must be a signature number"));
              }
              if (!parser.isSet(QStringLiteral("out"))) {
                  return fail(Tr::tr("signature export: --out DIR is required"));
              }
              auto ws = Workspace::open(parser.positionalArguments().first(), OpenMode::ReadOnly);
              if (!ws) {
                  return fail(ws.error());
              }
              auto stored = SignatureQuery(*ws.value()).signature(number);
              if (!stored) {
                  return fail(stored.error());
              }
              if (!stored.value()) {
                  return fail(Tr::tr("there is no signature %1").arg(number));
              }
              auto cert = Certificate::fromDer(stored.value()->certificate, QStringLiteral("signer"));
              if (!cert) {
                  return fail(cert.error());
              }
              const QDir dir(parser.value(QStringLiteral("out")));
              if (!QDir().mkpath(dir.path())) {
                  return fail(Tr::tr("cannot create %1").arg(dir.path()));
              }
              const auto perms = AtomicFile::ordinaryPermissions(); // as the person's umask says
              for (const auto& [name, bytes] : {std::pair {QStringLiteral("manifest.json"), stored.value()->manifest},
                                                std::pair {QStringLiteral("signature.p7s"), stored.value()->cms},
                                                std::pair {QStringLiteral("signer.pem"), cert->pem()}}) {
                  if (auto r = AtomicFile::write(dir.filePath(name), bytes, perms, false); !r) {
                      return fail(r.error());
                  }
              }
              out() << say(Tr::tr("Wrote manifest.json, signature.p7s and signer.pem to %1"), dir.path()) << '\n';
              return Success;
          }}});
}

} // namespace cs::cli
