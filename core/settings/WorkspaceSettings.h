#pragma once

#include "util/Result.h"

#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace cs {

class Database;

/// One workspace setting: its key, type, default and allowed range. The table in WorkspaceSettings.cpp is the
/// single list of settings; a key that is not in it cannot be stored.
struct SettingSpec
{
    enum class Type
    {
        Integer,
        Text,
    };
    QString key;
    Type type;
    QJsonValue defaultValue;
    int minimum = 0; ///< integer: smallest value; text: shortest length
    int maximum = 0; ///< integer: largest value; text: longest length
    QString description;
};

/// Typed view of a workspace's settings (stored values over defaults). Changing one is ChangeSettingCommand.
class WorkspaceSettings
{
public:
    static const QList<SettingSpec>& specs();
    static const SettingSpec* find(QStringView key);
    /// Parses a value typed by a person ("15", "St. Elsewhere") for `key`, checking type and range.
    static Result<QJsonValue> parse(const QString& key, const QString& text);
    static Status validate(const SettingSpec& spec, const QJsonValue& value);

    explicit WorkspaceSettings(QHash<QString, QJsonValue> stored = {});
    /// The settings stored in `db` over the defaults.
    static Result<WorkspaceSettings> load(Database& db);
    QJsonValue value(const QString& key) const;
    int integer(const QString& key) const { return value(key).toInt(); }
    QString text(const QString& key) const { return value(key).toString(); }

private:
    QHash<QString, QJsonValue> m_stored;
};

namespace SettingKey {
inline const QString OrganisationName = QStringLiteral("organisation.name");
inline const QString InactivityLockMinutes = QStringLiteral("security.inactivity_lock_minutes");
inline const QString MaxFailedLogins = QStringLiteral("security.max_failed_logins");
inline const QString PasswordMinLength = QStringLiteral("security.password_min_length");
inline const QString PasswordMaxAgeDays = QStringLiteral("security.password_max_age_days");
inline const QString AuditReviewIntervalDays = QStringLiteral("audit.review_interval_days");
inline const QString EmergencyReviewDays = QStringLiteral("change.emergency_review_days");
} // namespace SettingKey

} // namespace cs
