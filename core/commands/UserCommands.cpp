#include "UserCommands.h"

#include "commands/CommandContext.h"
#include "identity/PasswordHash.h"
#include "identity/PasswordPolicy.h"
#include "identity/UserRules.h"
#include "settings/WorkspaceSettings.h"
#include "store/IdentityTables.h"

#include <QCoreApplication>

namespace cs {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::UserCommands)
};

AuditRecord userRecord(AuditAction action, ChangeKind change, const QString& username)
{
    AuditRecord r;
    r.action = action;
    r.change = change;
    r.entityType = QStringLiteral("user");
    r.entityId = username;
    return r;
}

Status recorded(const Result<AuditEvent>& event)
{
    return event ? Status() : event.error();
}

Status requireReason(const QString& reason, const QString& what)
{
    if (reason.trimmed().isEmpty()) {
        return Error(ErrorCode::Rule, Tr::tr("a reason is required to %1").arg(what));
    }
    return {};
}

Result<QString> hashChecked(CommandContext& ctx, const SecretBytes& password, const QString& username)
{
    auto settings = WorkspaceSettings::load(ctx.database());
    if (!settings) {
        return settings.error();
    }
    if (auto r = PasswordPolicy::checkNew(password, username, settings.value()); !r) {
        return r.error();
    }
    return PasswordHash::hash(password, ctx.passwordParameters());
}

/// Refuses a change that would leave no active administrator (nobody could manage people or the trust store).
Status keepAnAdministrator(Database& db, const User& changed)
{
    auto users = UserTable(db).all();
    if (!users) {
        return users.error();
    }
    for (const User& u : users.value()) {
        const User& current = u.username == changed.username ? changed : u;
        if (current.status == UserStatus::Active && current.hasRole(Role::Administrator)) {
            return {};
        }
    }
    return Error(ErrorCode::Rule,
                 Tr::tr("refused: %1 is the last active administrator of this workspace").arg(changed.username));
}
} // namespace

namespace UserCommands {

Status insertNewUser(CommandContext& ctx, const NewAccount& account, const SecretBytes& password,
                     bool mustChangePassword)
{
    if (auto r = UserRules::validate(account); !r) {
        return r;
    }
    UserTable table(ctx.database());
    auto existing = table.find(account.username);
    if (!existing) {
        return existing.error();
    }
    if (existing.value()) {
        return Error(
            ErrorCode::AlreadyExists,
            Tr::tr("username \"%1\" is taken (by %2, %3); usernames are never reused")
                .arg(account.username, existing.value()->fullName, displayNameOf(existing.value()->status).toLower()));
    }
    auto hash = hashChecked(ctx, password, account.username);
    if (!hash) {
        return hash.error();
    }
    User user;
    user.username = account.username;
    user.fullName = account.fullName;
    user.email = account.email;
    user.roles = account.roles;
    user.status = UserStatus::Active;
    user.passwordHash = hash.value();
    user.passwordChangedAtMs = ctx.nowMs();
    user.mustChangePassword = mustChangePassword;
    user.createdAtMs = ctx.nowMs();
    user.createdBy = ctx.session().actor;
    if (auto r = table.insert(ctx.write(), user); !r) {
        return r;
    }
    AuditRecord record = userRecord(AuditAction::UserCreated, ChangeKind::Create, user.username);
    record.after = user.toAuditJson();
    return recorded(ctx.record(record));
}

} // namespace UserCommands

// --- AddUserCommand

AddUserCommand::AddUserCommand(NewAccount account, SecretBytes password)
    : m_account(std::move(account))
    , m_password(std::move(password))
{ }

QString AddUserCommand::description() const
{
    return Tr::tr("add user %1").arg(m_account.username);
}

Status AddUserCommand::apply(CommandContext& ctx)
{
    return UserCommands::insertNewUser(ctx, m_account, m_password, true);
}

// --- UpdateUserCommand

UpdateUserCommand::UpdateUserCommand(QString username, QString fullName, QString email, QList<Role> roles,
                                     QString reason)
    : m_username(std::move(username))
    , m_fullName(std::move(fullName))
    , m_email(std::move(email))
    , m_roles(std::move(roles))
    , m_reason(std::move(reason))
{ }

QString UpdateUserCommand::description() const
{
    return Tr::tr("change user %1").arg(m_username);
}

Status UpdateUserCommand::apply(CommandContext& ctx)
{
    if (auto r = requireReason(m_reason, description()); !r) {
        return r;
    }
    auto user = UserTable(ctx.database()).get(m_username);
    if (!user) {
        return user.error();
    }
    User changed = user.value();
    changed.fullName = m_fullName;
    changed.email = m_email;
    changed.roles = m_roles;
    if (auto r = UserRules::validate({changed.username, changed.fullName, changed.email, changed.roles}); !r) {
        return r;
    }
    if (changed.toAuditJson() == user->toAuditJson()) {
        return Error(ErrorCode::Rule, Tr::tr("nothing to change for user %1").arg(m_username));
    }
    if (auto r = keepAnAdministrator(ctx.database(), changed); !r) {
        return r;
    }
    if (auto r = UserTable(ctx.database()).update(ctx.write(), changed); !r) {
        return r;
    }
    AuditRecord record = userRecord(AuditAction::UserUpdated, ChangeKind::Update, m_username);
    record.before = user->toAuditJson();
    record.after = changed.toAuditJson();
    record.reason = m_reason;
    return recorded(ctx.record(record));
}

// --- SetUserStatusCommand

SetUserStatusCommand::SetUserStatusCommand(QString username, UserStatus status, QString reason)
    : m_username(std::move(username))
    , m_status(status)
    , m_reason(std::move(reason))
{ }

QString SetUserStatusCommand::description() const
{
    switch (m_status) {
    case UserStatus::Active:
        return Tr::tr("unlock user %1").arg(m_username);
    case UserStatus::Locked:
        return Tr::tr("lock user %1").arg(m_username);
    case UserStatus::Disabled:
        return Tr::tr("disable user %1").arg(m_username);
    }
    return {};
}

std::optional<Action> SetUserStatusCommand::requiredAction() const
{
    return m_status == UserStatus::Active ? Action::UnlockAccount : Action::ManageUsers;
}

Status SetUserStatusCommand::apply(CommandContext& ctx)
{
    if (auto r = requireReason(m_reason, description()); !r) {
        return r;
    }
    if (m_username == ctx.session().actor) {
        return Error(ErrorCode::Rule,
                     Tr::tr("you cannot change the status of your own account; another administrator "
                            "must do it"));
    }
    auto user = UserTable(ctx.database()).get(m_username);
    if (!user) {
        return user.error();
    }
    if (user->status == m_status && !(m_status == UserStatus::Active && user->failedAttempts > 0)) {
        return Error(ErrorCode::Rule,
                     Tr::tr("user %1 is already %2").arg(m_username, displayNameOf(m_status).toLower()));
    }
    User changed = user.value();
    changed.status = m_status;
    if (m_status == UserStatus::Active) {
        changed.failedAttempts = 0;
    }
    if (auto r = keepAnAdministrator(ctx.database(), changed); !r) {
        return r;
    }
    if (auto r = UserTable(ctx.database()).update(ctx.write(), changed); !r) {
        return r;
    }
    const AuditAction action = m_status == UserStatus::Active ? AuditAction::UserUnlocked
        : m_status == UserStatus::Locked                      ? AuditAction::UserLocked
                                                              : AuditAction::UserDisabled;
    AuditRecord record = userRecord(action, ChangeKind::Update, m_username);
    record.before = QJsonObject {{QStringLiteral("status"), nameOf(user->status)},
                                 {QStringLiteral("failed_attempts"), user->failedAttempts}};
    record.after = QJsonObject {{QStringLiteral("status"), nameOf(changed.status)},
                                {QStringLiteral("failed_attempts"), changed.failedAttempts}};
    record.reason = m_reason;
    return recorded(ctx.record(record));
}

// --- ChangeOwnPasswordCommand

ChangeOwnPasswordCommand::ChangeOwnPasswordCommand(SecretBytes current, SecretBytes replacement)
    : m_current(std::move(current))
    , m_replacement(std::move(replacement))
{ }

QString ChangeOwnPasswordCommand::description() const
{
    return Tr::tr("change your password");
}

Status ChangeOwnPasswordCommand::apply(CommandContext& ctx)
{
    auto user = UserTable(ctx.database()).get(ctx.session().actor);
    if (!user) {
        return user.error();
    }
    auto matches = PasswordHash::verify(m_current, user->passwordHash);
    if (!matches) {
        return matches.error();
    }
    if (!matches.value()) {
        return Error(ErrorCode::Unauthenticated, Tr::tr("the current password is not correct"));
    }
    if (m_current.view() == m_replacement.view()) {
        return Error(ErrorCode::Rule, Tr::tr("the new password must differ from the current one"));
    }
    auto hash = hashChecked(ctx, m_replacement, user->username);
    if (!hash) {
        return hash.error();
    }
    User changed = user.value();
    changed.passwordHash = hash.value();
    changed.passwordChangedAtMs = ctx.nowMs();
    changed.mustChangePassword = false;
    if (auto r = UserTable(ctx.database()).update(ctx.write(), changed); !r) {
        return r;
    }
    AuditRecord record = userRecord(AuditAction::PasswordChanged, ChangeKind::Update, changed.username);
    record.before = QJsonObject {{QStringLiteral("password_changed_at_ms"), user->passwordChangedAtMs},
                                 {QStringLiteral("must_change_password"), user->mustChangePassword}};
    record.after = QJsonObject {{QStringLiteral("password_changed_at_ms"), changed.passwordChangedAtMs},
                                {QStringLiteral("must_change_password"), false}};
    record.reason = QStringLiteral("changed by the account holder");
    return recorded(ctx.record(record));
}

// --- ResetPasswordCommand

ResetPasswordCommand::ResetPasswordCommand(QString username, SecretBytes password, QString reason)
    : m_username(std::move(username))
    , m_password(std::move(password))
    , m_reason(std::move(reason))
{ }

QString ResetPasswordCommand::description() const
{
    return Tr::tr("reset the password of %1").arg(m_username);
}

Status ResetPasswordCommand::apply(CommandContext& ctx)
{
    if (auto r = requireReason(m_reason, description()); !r) {
        return r;
    }
    if (m_username == ctx.session().actor) {
        return Error(ErrorCode::Rule, Tr::tr("change your own password with your current one, not by a reset"));
    }
    auto user = UserTable(ctx.database()).get(m_username);
    if (!user) {
        return user.error();
    }
    auto hash = hashChecked(ctx, m_password, m_username);
    if (!hash) {
        return hash.error();
    }
    User changed = user.value();
    changed.passwordHash = hash.value();
    changed.passwordChangedAtMs = ctx.nowMs();
    changed.mustChangePassword = true;
    if (auto r = UserTable(ctx.database()).update(ctx.write(), changed); !r) {
        return r;
    }
    AuditRecord record = userRecord(AuditAction::PasswordReset, ChangeKind::Update, m_username);
    record.before = QJsonObject {{QStringLiteral("password_changed_at_ms"), user->passwordChangedAtMs},
                                 {QStringLiteral("must_change_password"), user->mustChangePassword}};
    record.after = QJsonObject {{QStringLiteral("password_changed_at_ms"), changed.passwordChangedAtMs},
                                {QStringLiteral("must_change_password"), true}};
    record.reason = m_reason;
    return recorded(ctx.record(record));
}

} // namespace cs
