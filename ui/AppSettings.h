#pragma once

#include <QSettings>
#include <QStringList>
#include <QVariant>

namespace cs::ui {

/// The person's own preferences (not the workspace's): recent files, window layout. One table of keys and defaults
/// in AppSettings.cpp; a version number lets a later release migrate old keys.
class AppSettings
{
public:
    enum class Key
    {
        RecentWorkspaces,
        MainWindowGeometry,
        MainWindowState,
        AuditSplitterState,
        Language, ///< "" follows the system; otherwise a code of Languages::available()
    };

    AppSettings();
    QVariant value(Key key) const;
    void setValue(Key key, const QVariant& value);

    QStringList recentWorkspaces() const;
    /// Puts `path` first in the recent list (at most 8 entries, no duplicates).
    void addRecentWorkspace(const QString& path);
    void removeRecentWorkspace(const QString& path);

    static constexpr int Version = 1;

private:
    void migrate();
    QSettings m_settings;
};

} // namespace cs::ui
