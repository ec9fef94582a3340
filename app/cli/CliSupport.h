#pragma once

#include "CliCommands.h"
#include "identity/SecretBytes.h"
#include "pki/Certificate.h"
#include "signing/SignatureVerifier.h"
#include "util/Progress.h"
#include "util/Result.h"
#include "workspace/Workspace.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QTextStream>

#include <functional>
#include <map>
#include <memory>
#include <type_traits>

/// Helpers shared by the countersign-cli subcommands.
namespace cs::cli {

namespace detail {
template<typename T>
QString asText(const T& value)
{
    if constexpr (std::is_same_v<T, bool>) {
        return value ? QStringLiteral("true") : QStringLiteral("false");
    } else if constexpr (std::is_same_v<T, char>) {
        return QString(QLatin1Char(value));
    } else if constexpr (std::is_arithmetic_v<T>) {
        return QString::number(value);
    } else if constexpr (std::is_same_v<T, QByteArray>) {
        return QString::fromUtf8(value);
    } else if constexpr (std::is_convertible_v<const T&, const char*>) {
        return QString::fromUtf8(value);
    } else {
        return QString(value);
    }
}
} // namespace detail

/// A translated sentence with its %1, %2, ... filled in one pass (so that a value holding "%1" stays as it is) by
/// `values`: text, numbers (as QString::number writes them, the way the stream wrote them before) or characters.
template<typename... Values>
QString say(const QString& sentence, const Values&... values)
{
    return sentence.arg(detail::asText(values)...);
}

QTextStream& out();
QTextStream& err();
int fail(const QString& message, int code = Failure);
/// Exit status for an error: 3 for refusals (sign-in, authority, rules, certificates), 1 for integrity, else 2.
int fail(const Error& error);

/// Parses `args` for subcommand `name` with the given positional arguments. Prints a usage error (or the help) and
/// returns false when they do not fit.
bool parse(QCommandLineParser& parser, const QString& name, const QStringList& args, const QStringList& positional);
int exitAfterParse(const QStringList& args);
Result<qint64> positiveNumber(const QCommandLineParser& parser, const QString& option, qint64 fallback);
QString pad(const QString& text, int width);

/// Adds --user and --password-fd.
void addSignInOptions(QCommandLineParser& parser);
/// Reads a secret from file descriptor `fdOption` when given, else from the terminal without echo (asking `prompt`).
/// With `confirm`, the terminal asks twice and the answers must match.
Result<SecretBytes> readSecret(const QCommandLineParser& parser, const QString& fdOption, const QString& prompt,
                               bool confirm = false);
/// Opens WORKSPACE read-write and signs in the person named by --user with their password. Refuses a session whose
/// password must be changed unless `allowPasswordChange`. With `password`, hands back the password that signed in
/// (so a command that needs it again does not read its descriptor twice).
Result<std::unique_ptr<Workspace>> openSignedIn(const QCommandLineParser& parser, const QString& path,
                                                bool allowPasswordChange = false, SecretBytes* password = nullptr);

/// Adds --pkcs12 and --passphrase-fd (a signature's key file).
void addSigningOptions(QCommandLineParser& parser);
/// The second half of signing from the command line, after openSignedIn: reads the --pkcs12 file's passphrase and
/// opens it through Signing::open (which re-authenticates the person with `password` and checks the file).
Result<SigningCredentials> openCredentials(const QCommandLineParser& parser, Workspace& workspace,
                                           const SecretBytes& password);

/// Runs the handler of `args`' first word among `verbs` ("cr create ..."), or says which verbs `group` has.
int dispatch(const QString& group, const QStringList& args,
             const std::map<QString, std::function<int(const QStringList&)>>& verbs);
/// A second copy of a secret (the password is needed twice: to sign in and to sign).
SecretBytes copyOf(const SecretBytes& secret);

/// Progress for long work (an evaluation, an export), made before its password prompts: from then on Ctrl-C or
/// SIGTERM stops the command cleanly, at a prompt or at the work's next step, so that nothing is stored and no file
/// is left (a second Ctrl-C kills at once); on a terminal, stderr shows "LABEL: N / M" as it goes. fail() turns the
/// Cancelled error into exit status 130.
Progress interruptible(const QString& label);

/// Signature checks as JSON (printed name, UTC time, meaning, status), for `verify --json` and `signatures --json`.
QJsonArray signaturesJson(const QList<SignatureCheck>& checks);

} // namespace cs::cli
