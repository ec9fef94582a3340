#include "CliCommands.h"
#include "util/Languages.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cerrno>
#include <cstring>
#include <functional>
#include <map>
#include <sys/resource.h>
#include <unistd.h>

namespace {

/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::cli::Main)
};

/// The commands that paint documents run in countersign-documents, beside this program, so that countersign-cli
/// itself never loads QtGui (see app/cli/CMakeLists.txt).
bool writesDocuments(int argc, char* argv[])
{
    const char* command = argv[1];
    return qstrcmp(command, "package") == 0 || qstrcmp(command, "report") == 0 ||
        (qstrcmp(command, "pccp") == 0 && argc > 2 && qstrcmp(argv[2], "export") == 0);
}

/// Replaces this process with countersign-documents, same arguments, same standard streams (so a password read from
/// the terminal or stdin reaches it). Returns only when that fails.
int execDocumentsProgram(char* argv[])
{
    char self[4096];
    const ssize_t length = readlink("/proc/self/exe", self, sizeof self - 1);
    if (length <= 0) {
        QTextStream(stderr) << "countersign-cli: cannot find its own program file (/proc/self/exe): "
                            << std::strerror(errno) << '\n';
        return cs::cli::Failure;
    }
    self[length] = '\0';
    QByteArray folder(self, length);
    folder.truncate(folder.lastIndexOf('/') + 1);
    // Installed: /usr/libexec/countersign beside /usr/bin (packaging/CMakeLists.txt); in the build tree: beside it.
    QByteArray program = folder + "../libexec/countersign/countersign-documents";
    if (access(program.constData(), X_OK) != 0) {
        program = folder + "countersign-documents";
    }
    // Before the application exists there is no translator: these two messages (a broken installation) are English.
    execv(program.constData(), argv); // argv[0] stays what was typed: usage texts name countersign-cli
    QTextStream(stderr) << "countersign-cli: cannot run " << program
                        << ", which writes documents: " << std::strerror(errno) << "; reinstall Countersign\n";
    return cs::cli::Failure;
}

} // namespace

int main(int argc, char* argv[])
{
    // Passwords and key passphrases pass through this process too: never write them to a core dump.
    const rlimit noCore {0, 0};
    setrlimit(RLIMIT_CORE, &noCore);

    if (argc > 1 && writesDocuments(argc, argv)) {
        return execDocumentsProgram(argv);
    }
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("countersign"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COUNTERSIGN_VERSION));
    // Messages and help in the language of the environment (LANGUAGE, LC_ALL, LC_MESSAGES, LANG); JSON output and
    // what is stored stay as they are in every language.
    cs::Languages::install(QString());

    QStringList args = QCoreApplication::arguments().mid(1);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (args.isEmpty() || args.first() == u"--help" || args.first() == u"-h" || args.first() == u"help") {
        (args.isEmpty() ? err : out) << cs::cli::usage();
        return args.isEmpty() ? cs::cli::Failure : cs::cli::Success;
    }
    if (args.first() == u"--version") {
        out << "countersign-cli " << QCoreApplication::applicationVersion() << '\n';
        return cs::cli::Success;
    }

    static const std::map<QString, std::function<int(const QStringList&)>> commands = {
        {QStringLiteral("init"), cs::cli::init},
        {QStringLiteral("demo"), cs::cli::demo},
        {QStringLiteral("migrate"), cs::cli::migrate},
        {QStringLiteral("log"), cs::cli::log},
        {QStringLiteral("checkpoint"), cs::cli::checkpoint},
        {QStringLiteral("verify"), cs::cli::verify},
        {QStringLiteral("review"), cs::cli::review},
        {QStringLiteral("user"), cs::cli::user},
        {QStringLiteral("cert"), cs::cli::cert},
        {QStringLiteral("trust"), cs::cli::trust},
        {QStringLiteral("sign"), cs::cli::sign},
        {QStringLiteral("signatures"), cs::cli::signatures},
        {QStringLiteral("signature"), cs::cli::signature},
        {QStringLiteral("import"), cs::cli::import},
        {QStringLiteral("models"), cs::cli::models},
        {QStringLiteral("datasets"), cs::cli::datasets},
        {QStringLiteral("model"), cs::cli::model},
        {QStringLiteral("stats"), cs::cli::stats},
        {QStringLiteral("versions"), cs::cli::versions},
        {QStringLiteral("transition"), cs::cli::transition},
        {QStringLiteral("diff"), cs::cli::diff},
        {QStringLiteral("cr"), cs::cli::cr},
        {QStringLiteral("gate"), cs::cli::gate},
        {QStringLiteral("pccp"), cs::cli::pccp},
        {QStringLiteral("drift"), cs::cli::drift},
        {QStringLiteral("alert"), cs::cli::alert},
    };
    const QString name = args.takeFirst();
    const auto it = commands.find(name);
    if (it == commands.end()) {
        err << Tr::tr("countersign-cli: unknown command \"%1\"; run countersign-cli --help for the list").arg(name)
            << '\n';
        return cs::cli::Failure;
    }
    return it->second(args);
}
