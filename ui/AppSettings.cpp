#include "AppSettings.h"

namespace cs::ui {

namespace {
struct KeySpec
{
    AppSettings::Key key;
    const char* name;
    QVariant defaultValue;
};

const KeySpec& spec(AppSettings::Key key)
{
    static const KeySpec table[] = {
        {AppSettings::Key::RecentWorkspaces, "workspace/recent", QStringList()},
        {AppSettings::Key::MainWindowGeometry, "window/geometry", QByteArray()},
        {AppSettings::Key::MainWindowState, "window/state", QByteArray()},
        {AppSettings::Key::AuditSplitterState, "audit/splitter", QByteArray()},
        {AppSettings::Key::Language, "interface/language", QString()},
    };
    for (const KeySpec& s : table) {
        if (s.key == key) {
            return s;
        }
    }
    return table[0];
}

constexpr int kMaxRecent = 8;
} // namespace

AppSettings::AppSettings()
{
    migrate();
}

void AppSettings::migrate()
{
    const int stored = m_settings.value(QStringLiteral("settings/version"), 0).toInt();
    if (stored < Version) {
        // Version 1 is the first; later versions rename or convert keys here, oldest first.
        m_settings.setValue(QStringLiteral("settings/version"), Version);
    }
}

QVariant AppSettings::value(Key key) const
{
    const KeySpec& s = spec(key);
    return m_settings.value(QLatin1String(s.name), s.defaultValue);
}

void AppSettings::setValue(Key key, const QVariant& value)
{
    m_settings.setValue(QLatin1String(spec(key).name), value);
}

QStringList AppSettings::recentWorkspaces() const
{
    return value(Key::RecentWorkspaces).toStringList();
}

void AppSettings::addRecentWorkspace(const QString& path)
{
    QStringList recent = recentWorkspaces();
    recent.removeAll(path);
    recent.prepend(path);
    setValue(Key::RecentWorkspaces, recent.mid(0, kMaxRecent));
}

void AppSettings::removeRecentWorkspace(const QString& path)
{
    QStringList recent = recentWorkspaces();
    recent.removeAll(path);
    setValue(Key::RecentWorkspaces, recent);
}

} // namespace cs::ui
