#include "Languages.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace cs::Languages {

namespace {
thread_local bool t_recordWording = false;

/// Countersign's translator: it answers nothing (so the source, English, is used) while a RecordWording lives on the
/// asking thread.
class OwnTranslator : public QTranslator
{
public:
    QString translate(const char* context, const char* sourceText, const char* disambiguation, int n) const override
    {
        return t_recordWording ? QString() : QTranslator::translate(context, sourceText, disambiguation, n);
    }
};

// The .qm files are compiled into the program (translations/CMakeLists.txt).
const QString kResourceDir = QStringLiteral(":/i18n");

struct Installed
{
    QString code = QStringLiteral("en");
    std::unique_ptr<OwnTranslator> own;
    std::unique_ptr<QTranslator> qt;
};

Installed& installed()
{
    static Installed state;
    return state;
}

bool has(const QString& code)
{
    return nativeName(code) != code;
}
} // namespace

QList<Language> available()
{
    return {
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
    };
}

QString nativeName(const QString& code)
{
    for (const Language& language : available()) {
        if (language.code == code) {
            return language.nativeName;
        }
    }
    return code;
}

QString resolve(const QString& choice)
{
    const QString wanted = choice.trimmed().toLower().section(QLatin1Char('_'), 0, 0).section(QLatin1Char('-'), 0, 0);
    if (!wanted.isEmpty()) {
        return has(wanted) ? wanted : QStringLiteral("en");
    }
    for (const QString& ui : QLocale::system().uiLanguages()) {
        const QString code = ui.section(QLatin1Char('-'), 0, 0).toLower();
        if (has(code)) {
            return code;
        }
    }
    return QStringLiteral("en");
}

QString install(const QString& choice)
{
    Installed& state = installed();
    if (state.own) {
        QCoreApplication::removeTranslator(state.own.get());
        state.own.reset();
    }
    if (state.qt) {
        QCoreApplication::removeTranslator(state.qt.get());
        state.qt.reset();
    }
    state.code = resolve(choice);
    if (state.code == QLatin1String("en")) {
        return state.code;
    }
    auto own = std::make_unique<OwnTranslator>();
    if (!own->load(QStringLiteral("countersign_%1").arg(state.code), kResourceDir)) {
        state.code = QStringLiteral("en"); // not built in: English throughout, Qt's own dialogs too
        return state.code;
    }
    QCoreApplication::installTranslator(own.get());
    state.own = std::move(own);
    auto qt = std::make_unique<QTranslator>(); // Qt's own words, when qt6-translations-l10n is installed
    if (qt->load(QStringLiteral("qtbase_%1").arg(state.code), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        state.qt = std::move(qt);
    }
    return state.code;
}

QString current()
{
    return installed().code;
}

RecordWording::RecordWording()
    : m_previous(t_recordWording)
{
    t_recordWording = true;
}

RecordWording::~RecordWording()
{
    t_recordWording = m_previous;
}

} // namespace cs::Languages
