#include "WorkspaceSettings.h"

#include "audit/RecordCheck.h"
#include "store/RecordTables.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace cs {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::WorkspaceSettings)
};
} // namespace

const QList<SettingSpec>& WorkspaceSettings::specs()
{
    using T = SettingSpec::Type;
    static const QList<SettingSpec> all = {
        {SettingKey::OrganisationName, T::Text, QString(), 0, 200,
         Tr::tr("Organisation name printed on reports and change-control packages")},
        {SettingKey::InactivityLockMinutes, T::Integer, 15, 1, 240,
         Tr::tr("Minutes of inactivity after which the window locks and needs the password again")},
        {SettingKey::MaxFailedLogins, T::Integer, 5, 3, 10, Tr::tr("Consecutive failed sign-ins that lock an account")},
        {SettingKey::PasswordMinLength, T::Integer, 12, 8, 128, Tr::tr("Shortest password accepted")},
        {SettingKey::PasswordMaxAgeDays, T::Integer, 90, 0, 3650,
         Tr::tr("Days after which a password must be changed (0: never)")},
        {SettingKey::AuditReviewIntervalDays, T::Integer, 30, 1, 366,
         Tr::tr("Days between audit-trail reviews before a review is overdue")},
        {SettingKey::EmergencyReviewDays, T::Integer, 5, 1, 90,
         Tr::tr("Days within which an emergency rollback must be reviewed and signed before it is overdue")},
    };
    return all;
}

Result<WorkspaceSettings> WorkspaceSettings::load(Database& db)
{
    // The lockout, password and session limits count only as the trail recorded them.
    if (auto r = RecordCheck::requireAll(db, QStringLiteral("setting"), RecordCheck::Events::Skip); !r) {
        return r.error();
    }
    auto stored = SettingTable(db).all();
    if (!stored) {
        return stored.error();
    }
    QHash<QString, QJsonValue> values;
    for (auto it = stored->cbegin(); it != stored->cend(); ++it) {
        values.insert(it.key(), QJsonDocument::fromJson(it.value()).object().value(QStringLiteral("value")));
    }
    return WorkspaceSettings(values);
}

const SettingSpec* WorkspaceSettings::find(QStringView key)
{
    for (const SettingSpec& spec : specs()) {
        if (spec.key == key) {
            return &spec;
        }
    }
    return nullptr;
}

Status WorkspaceSettings::validate(const SettingSpec& spec, const QJsonValue& value)
{
    if (spec.type == SettingSpec::Type::Integer) {
        const double d = value.toDouble(-1e300);
        if (!value.isDouble() || d != static_cast<double>(static_cast<qint64>(d))) {
            return Error(ErrorCode::InvalidArgument, Tr::tr("setting %1 takes a whole number").arg(spec.key));
        }
        if (d < spec.minimum || d > spec.maximum) {
            return Error(
                ErrorCode::InvalidArgument,
                Tr::tr("setting %1 must be between %2 and %3").arg(spec.key).arg(spec.minimum).arg(spec.maximum));
        }
        return {};
    }
    if (!value.isString()) {
        return Error(ErrorCode::InvalidArgument, Tr::tr("setting %1 takes text").arg(spec.key));
    }
    const qsizetype length = value.toString().size();
    if (length < spec.minimum || length > spec.maximum) {
        return Error(ErrorCode::InvalidArgument,
                     Tr::tr("setting %1 must be at most %2 characters long").arg(spec.key).arg(spec.maximum));
    }
    return {};
}

Result<QJsonValue> WorkspaceSettings::parse(const QString& key, const QString& text)
{
    const SettingSpec* spec = find(key);
    if (spec == nullptr) {
        return Error(ErrorCode::InvalidArgument, Tr::tr("there is no setting called %1").arg(key));
    }
    QJsonValue value(text);
    if (spec->type == SettingSpec::Type::Integer) {
        bool ok = false;
        const int n = text.trimmed().toInt(&ok);
        if (!ok) {
            return Error(ErrorCode::InvalidArgument,
                         Tr::tr("setting %1 takes a whole number, not \"%2\"").arg(key, text));
        }
        value = n;
    }
    if (auto r = validate(*spec, value); !r) {
        return r.error();
    }
    return value;
}

WorkspaceSettings::WorkspaceSettings(QHash<QString, QJsonValue> stored)
    : m_stored(std::move(stored))
{ }

QJsonValue WorkspaceSettings::value(const QString& key) const
{
    if (auto it = m_stored.constFind(key); it != m_stored.constEnd()) {
        return *it;
    }
    const SettingSpec* spec = find(key);
    return spec != nullptr ? spec->defaultValue : QJsonValue();
}

} // namespace cs
