#include "CliCommands.h"
#include "util/Languages.h"

#include <QApplication>
#include <QTextStream>

#include <functional>
#include <map>
#include <sys/resource.h>

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::cli::DocumentsMain)
};
} // namespace

// countersign-documents: the countersign-cli commands that paint documents (the change-control package, the audit
// report). countersign-cli execs this program with its own arguments, so "countersign-cli package export ..." and
// "countersign-documents package export ..." are the same command.
int main(int argc, char* argv[])
{
    // Passwords and key passphrases pass through this process too: never write them to a core dump.
    const rlimit noCore {0, 0};
    setrlimit(RLIMIT_CORE, &noCore);

    // Documents are painted with QtGui; on a machine without a display they are painted offscreen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("countersign"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COUNTERSIGN_VERSION));
    // As countersign-cli: the environment's language for messages, help and the documents' own words.
    cs::Languages::install(QString());

    QStringList args = QCoreApplication::arguments().mid(1);
    QTextStream err(stderr);
    static const std::map<QString, std::function<int(const QStringList&)>> commands = {
        {QStringLiteral("package"), cs::cli::package},
        {QStringLiteral("report"), cs::cli::report},
        {QStringLiteral("pccp"), cs::cli::pccpDocument},
    };
    const QString name = args.isEmpty() ? QString() : args.takeFirst();
    const auto it = commands.find(name);
    if (it == commands.end()) {
        err << Tr::tr("countersign-documents: runs the commands of countersign-cli that write documents (package, "
                      "report, pccp export); run countersign-cli --help for their use")
            << '\n';
        return cs::cli::Failure;
    }
    return it->second(args);
}
