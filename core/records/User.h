#pragma once

#include "records/Role.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace cs {

/// Whether an account may sign in. Locked: too many failed sign-ins, until an administrator unlocks it.
/// Disabled: retired by an administrator; the account stays so its username is never reused.
enum class UserStatus
{
    Active,
    Locked,
    Disabled,
};

template<>
struct EnumNames<UserStatus>
{
    static constexpr const char* context = "cs::UserStatus";
    static constexpr EnumName<UserStatus> table[] = {
        {UserStatus::Active, "active", QT_TRANSLATE_NOOP("cs::UserStatus", "Active")},
        {UserStatus::Locked, "locked", QT_TRANSLATE_NOOP("cs::UserStatus", "Locked")},
        {UserStatus::Disabled, "disabled", QT_TRANSLATE_NOOP("cs::UserStatus", "Disabled")},
    };
};

/// A person's account in a workspace (21 CFR 11.100, 11.300).
struct User
{
    QString username; ///< unique, never reused; lower case
    QString fullName; ///< the printed name shown with every signature
    QString email;
    QList<Role> roles;
    UserStatus status = UserStatus::Active;
    QString passwordHash; ///< PHC-encoded scrypt; never leaves core, never in an audit event
    qint64 passwordChangedAtMs = 0;
    bool mustChangePassword = false; ///< set when an administrator chose the password
    int failedAttempts = 0; ///< consecutive failed sign-ins
    qint64 createdAtMs = 0;
    QString createdBy;

    bool hasRole(Role role) const { return roles.contains(role); }
    /// The account as the audit trail records it: everything but the password hash.
    QJsonObject toAuditJson() const;
    /// "Helen Brandt (hbrandt)"
    QString displayName() const;
};

/// What an administrator types to create an account.
struct NewAccount
{
    QString username;
    QString fullName;
    QString email;
    QList<Role> roles;
};

/// The actor recorded for changes Countersign makes itself (schema upgrades, sign-in bookkeeping).
inline const QString SystemActor = QStringLiteral("system");

} // namespace cs
