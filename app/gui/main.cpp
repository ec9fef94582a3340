#include "AppSettings.h"
#include "MainWindow.h"
#include "common/KeyboardConventions.h"
#include "util/Languages.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

#include <sys/resource.h>

int main(int argc, char* argv[])
{
    // Passwords and key passphrases pass through this process: never write them to a core dump.
    const rlimit noCore {0, 0};
    setrlimit(RLIMIT_CORE, &noCore);

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("countersign"));
    QApplication::setApplicationDisplayName(QStringLiteral("Countersign"));
    QApplication::setOrganizationName(QStringLiteral("countersign"));
    QApplication::setApplicationVersion(QStringLiteral(COUNTERSIGN_VERSION));
    // The desktop entry's name ties the window to it (Wayland's app id, the taskbar's icon).
    QGuiApplication::setDesktopFileName(QStringLiteral("org.countersign.Countersign"));
    QIcon icon;
    for (const int size : {16, 24, 32, 48, 64, 128, 256}) {
        icon.addFile(QStringLiteral(":/icons/%1x%1/org.countersign.Countersign.png").arg(size));
    }
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("org.countersign.Countersign"), icon));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Change control and e-signatures for clinical ML models."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("demo"), QStringLiteral("Open the demo workspace (created if absent).")});
    parser.addOption({QStringLiteral("language"),
                      QStringLiteral("Show the window in LANG (en, de or fr) this time, whatever the setting."),
                      QStringLiteral("LANG")});
    parser.addPositionalArgument(QStringLiteral("WORKSPACE"), QStringLiteral("Workspace file to open."),
                                 QStringLiteral("[WORKSPACE]"));
    parser.process(app);

    // The language: the one asked for now, else the one chosen in Settings > Language, else the system's.
    const QString language = parser.isSet(QStringLiteral("language"))
        ? parser.value(QStringLiteral("language"))
        : cs::ui::AppSettings().value(cs::ui::AppSettings::Key::Language).toString();
    if (parser.isSet(QStringLiteral("language")) && cs::Languages::resolve(language) == u"en" &&
        !language.trimmed().toLower().startsWith(u"en")) {
        qWarning("countersign: --language %s: Countersign speaks en, de and fr; showing English", qPrintable(language));
    }
    cs::Languages::install(language);
    cs::ui::KeyboardConventions::install();

    cs::ui::MainWindow window;
    window.show();
    if (parser.isSet(QStringLiteral("demo"))) {
        window.openDemo();
    } else if (!parser.positionalArguments().isEmpty()) {
        window.openWorkspace(parser.positionalArguments().first());
    }
    return app.exec();
}
