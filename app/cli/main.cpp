#include "CliCommands.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTextStream>

#include <functional>
#include <map>
#include <memory>
#include <sys/resource.h>

int main(int argc, char* argv[])
{
    // Passwords and key passphrases pass through this process too: never write them to a core dump.
    const rlimit noCore {0, 0};
    setrlimit(RLIMIT_CORE, &noCore);

    // Commands that paint documents (text, charts) need a QApplication; on a machine without a display they paint
    // offscreen. The rest stay a plain QCoreApplication.
    const bool paints = argc > 1 && qstrcmp(argv[1], "package") == 0;
    if (paints && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    std::unique_ptr<QCoreApplication> app =
        paints ? std::make_unique<QApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("countersign"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COUNTERSIGN_VERSION));

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
        {QStringLiteral("package"), cs::cli::package},
    };
    const QString name = args.takeFirst();
    const auto it = commands.find(name);
    if (it == commands.end()) {
        err << "countersign-cli: unknown command \"" << name << "\"; run countersign-cli --help for the list\n";
        return cs::cli::Failure;
    }
    return it->second(args);
}
