#include "CliSupport.h"

#include "util/DisplayText.h"
#include "workspace/SigningCeremony.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <malloc.h>
#include <poll.h>
#include <termios.h>
#include <unistd.h>

namespace cs::cli {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::cli::CliSupport)
};

/// Set by Ctrl-C or SIGTERM once interruptible() installed its handler.
volatile std::sig_atomic_t interrupted = 0;

void onInterrupt(int)
{
    interrupted = 1;
}
} // namespace

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

int fail(const QString& message, int code)
{
    out().flush();
    // Line by line: core's multi-line messages (a list of problems) stay readable; anything else hostile in a line
    // (an escape sequence from a file's field) is shown escaped.
    QStringList lines;
    for (const QString& line : message.split(u'\n')) {
        lines.append(DisplayText::escaped(line));
    }
    err() << say(Tr::tr("countersign-cli: %1"), lines.join(QStringLiteral("\n  "))) << '\n';
    err().flush();
    return code;
}

int fail(const Error& error)
{
    switch (error.code) {
    case ErrorCode::Cancelled:
        return fail(error.message, Interrupted);
    case ErrorCode::Integrity:
        return fail(error.message, IntegrityFailure);
    case ErrorCode::Unauthenticated:
    case ErrorCode::AccountLocked:
    case ErrorCode::Forbidden:
    case ErrorCode::Rule:
    case ErrorCode::Certificate:
        return fail(error.message, Refused);
    default:
        return fail(error.message, Failure);
    }
}

Progress interruptible(const QString& label)
{
    struct sigaction action
    { };
    action.sa_handler = onInterrupt;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESETHAND; // the second Ctrl-C is the default one; no SA_RESTART: a prompt's read returns
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
    const bool terminal = isatty(STDERR_FILENO) == 1;
    return [label, terminal](qint64 done, qint64 total) {
        if (terminal) {
            err() << '\r' << label << ": " << done << " / " << total << (done >= total ? "\n" : "");
            err().flush();
        }
        return interrupted == 0;
    };
}

bool parse(QCommandLineParser& parser, const QString& name, const QStringList& args, const QStringList& positional)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addHelpOption();
    for (const QString& p : positional) {
        parser.addPositionalArgument(p, QString());
    }
    if (!parser.parse(QStringList {QStringLiteral("countersign-cli ") + name} + args)) {
        fail(QStringLiteral("%1: %2").arg(name, parser.errorText()));
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return false;
    }
    if (parser.positionalArguments().size() != positional.size()) {
        fail(Tr::tr("%1: expected %2; see countersign-cli %1 --help").arg(name, positional.join(u' ')));
        return false;
    }
    return true;
}

int exitAfterParse(const QStringList& args)
{
    const bool help = args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"));
    return help ? Success : Failure;
}

Result<qint64> positiveNumber(const QCommandLineParser& parser, const QString& option, qint64 fallback)
{
    if (!parser.isSet(option)) {
        return fallback;
    }
    bool ok = false;
    const qint64 value = parser.value(option).toLongLong(&ok);
    if (!ok || value < 1) {
        return Error(ErrorCode::InvalidArgument,
                     Tr::tr("--%1 takes a whole number of 1 or more, not \"%2\"").arg(option, parser.value(option)));
    }
    return value;
}

QString pad(const QString& raw, int width)
{
    const QString text = DisplayText::escaped(raw); // a name from outside never forges a line or moves the cursor
    return text.size() < width ? text.leftJustified(width, u' ') : text + u' ';
}

void addSignInOptions(QCommandLineParser& parser)
{
    parser.addOption(
        {QStringLiteral("user"), Tr::tr("Your username (you sign in to make this change)."), QStringLiteral("USER")});
    parser.addOption({QStringLiteral("password-fd"),
                      Tr::tr("Read your password from this file descriptor (one line) instead of the "
                             "terminal."),
                      QStringLiteral("N")});
}

namespace {
/// Reads one line from `fd` byte by byte (so several secrets can share a descriptor), without the line end.
Result<SecretBytes> readLine(int fd, const QString& what)
{
    QByteArray bytes;
    bytes.reserve(256);
    char c = 0;
    for (;;) {
        // Ctrl-C at a password prompt of long work stops it before anything starts. The flag is looked at between
        // short waits, so a signal that came just before the read is not missed.
        if (interrupted != 0) {
            SecretBytes::take(bytes);
            return Error(ErrorCode::Cancelled, Tr::tr("interrupted; nothing was stored"));
        }
        pollfd ready {fd, POLLIN, 0};
        const int polled = ::poll(&ready, 1, 200);
        if (polled == 0 || (polled < 0 && errno == EINTR)) {
            continue;
        }
        const ssize_t n = polled < 0 ? -1 : ::read(fd, &c, 1);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n < 0) {
            SecretBytes::take(bytes);
            return Error(ErrorCode::Io, Tr::tr("cannot read the %1 from file descriptor %2").arg(what).arg(fd));
        }
        if (n == 0 || c == '\n') {
            break;
        }
        if (bytes.size() >= 4096) {
            SecretBytes::take(bytes);
            return Error(ErrorCode::InvalidArgument, Tr::tr("the %1 is longer than 4096 bytes").arg(what));
        }
        bytes.append(c);
    }
    if (bytes.endsWith('\r')) {
        bytes.chop(1);
    }
    return SecretBytes::take(bytes);
}

Result<SecretBytes> askTerminal(const QString& prompt)
{
    const int tty = ::open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (tty < 0) {
        return Error(ErrorCode::InvalidArgument,
                     Tr::tr("no terminal to ask for the %1; pass it with a --...-fd option").arg(prompt));
    }
    termios saved {};
    const bool isTerminal = tcgetattr(tty, &saved) == 0;
    if (isTerminal) {
        termios silent = saved;
        silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        silent.c_lflag |= ECHONL;
        tcsetattr(tty, TCSAFLUSH, &silent);
    }
    const QByteArray text = prompt.toUtf8() + ": ";
    (void)!::write(tty, text.constData(), static_cast<size_t>(text.size()));
    auto secret = readLine(tty, prompt);
    if (isTerminal) {
        tcsetattr(tty, TCSAFLUSH, &saved);
    }
    ::close(tty);
    return secret;
}
} // namespace

Result<SecretBytes> readSecret(const QCommandLineParser& parser, const QString& fdOption, const QString& prompt,
                               bool confirm)
{
    if (parser.isSet(fdOption)) {
        bool ok = false;
        const int fd = parser.value(fdOption).toInt(&ok);
        if (!ok || fd < 0) {
            return Error(
                ErrorCode::InvalidArgument,
                Tr::tr("--%1 takes a file descriptor number, not \"%2\"").arg(fdOption, parser.value(fdOption)));
        }
        return readLine(fd, prompt);
    }
    auto first = askTerminal(prompt);
    if (!first || !confirm) {
        return first;
    }
    auto second = askTerminal(prompt + Tr::tr(" (again)"));
    if (!second) {
        return second.error();
    }
    if (first->view() != second->view()) {
        return Error(ErrorCode::InvalidArgument, Tr::tr("the two entries of the %1 differ").arg(prompt));
    }
    return first;
}

Result<std::unique_ptr<Workspace>> openSignedIn(const QCommandLineParser& parser, const QString& path,
                                                bool allowPasswordChange, SecretBytes* password)
{
    if (!parser.isSet(QStringLiteral("user"))) {
        return Error(ErrorCode::InvalidArgument, Tr::tr("--user USER is required: sign in to make changes"));
    }
    auto ws = Workspace::open(path, OpenMode::ReadWrite);
    if (!ws) {
        return ws.error();
    }
    auto typed = readSecret(parser, QStringLiteral("password-fd"),
                            Tr::tr("password for %1").arg(parser.value(QStringLiteral("user"))));
    if (!typed) {
        return typed.error();
    }
    // Signing in takes scrypt's 32 MiB (memory-hard on purpose), which would otherwise go back to the kernel, only for
    // the command that follows to fault as many pages in again. This process runs that one command and ends: from
    // here on, what is freed stays for reuse (an evaluation's arrays then take the pages scrypt used). Commands that
    // sign nobody in keep the allocator's defaults.
    mallopt(M_MMAP_THRESHOLD, 256 << 20);
    mallopt(M_TRIM_THRESHOLD, 512 << 20);
    auto user = ws.value()->signIn(parser.value(QStringLiteral("user")), typed.value());
    if (!user) {
        return user.error();
    }
    if (ws.value()->session().passwordChangeRequired && !allowPasswordChange) {
        return Error(ErrorCode::Rule,
                     Tr::tr("the password of %1 must be changed first: run countersign-cli "
                            "user passwd %2 --user %1")
                         .arg(user->username, path));
    }
    if (password != nullptr) {
        *password = std::move(typed.value());
    }
    return ws;
}

void addSigningOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("pkcs12"), Tr::tr("Your PKCS#12 file."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("passphrase-fd"), Tr::tr("Read the PKCS#12 passphrase from this file descriptor."),
                      QStringLiteral("N")});
}

Result<SigningCredentials> openCredentials(const QCommandLineParser& parser, Workspace& workspace,
                                           const SecretBytes& password)
{
    SignRequest request;
    request.username = parser.value(QStringLiteral("user"));
    request.password = copyOf(password);
    request.pkcs12Path = parser.value(QStringLiteral("pkcs12"));
    auto passphrase =
        readSecret(parser, QStringLiteral("passphrase-fd"), Tr::tr("passphrase of %1").arg(request.pkcs12Path));
    if (!passphrase) {
        return passphrase.error();
    }
    request.passphrase = std::move(passphrase.value());
    return Signing::open(workspace, request);
}

int dispatch(const QString& group, const QStringList& args,
             const std::map<QString, std::function<int(const QStringList&)>>& verbs)
{
    QStringList names;
    for (const auto& [name, handler] : verbs) {
        names.append(name);
    }
    if (!args.isEmpty() && (args.first() == u"--help" || args.first() == u"-h")) {
        out() << say(Tr::tr("Usage: countersign-cli %1 VERB [options]\nVerbs: %2\nEach verb's options: countersign-cli "
                            "%3 VERB --help"),
                     group, names.join(QStringLiteral(", ")), group)
              << '\n';
        out().flush();
        return 0;
    }
    if (args.isEmpty() || !verbs.contains(args.first())) {
        return fail(Tr::tr("%1: expected one of %2; see countersign-cli %1 VERB --help")
                        .arg(group, names.join(QStringLiteral(", "))));
    }
    return verbs.at(args.first())(args.mid(1));
}

SecretBytes copyOf(const SecretBytes& secret)
{
    QByteArray bytes(secret.view().data(), secret.size());
    return SecretBytes::take(bytes);
}

} // namespace cs::cli
