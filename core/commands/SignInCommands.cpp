#include "SignInCommands.h"

#include "commands/CommandContext.h"
#include "settings/WorkspaceSettings.h"
#include "store/IdentityTables.h"

#include <QCoreApplication>

namespace cs {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::Workspace)
};
} // namespace

QString RecordFailedSignInCommand::description() const
{
    return Tr::tr("record a failed sign-in");
}

Status RecordFailedSignInCommand::apply(CommandContext& ctx)
{
    auto user = UserTable(ctx.database()).get(m_username);
    auto settings = WorkspaceSettings::load(ctx.database());
    if (!user || !settings) {
        return user ? settings.error() : user.error();
    }
    const int limit = settings->integer(SettingKey::MaxFailedLogins);
    User changed = user.value();
    changed.failedAttempts += 1;
    m_lockedNow = changed.status == UserStatus::Active && changed.failedAttempts >= limit;
    if (m_lockedNow) {
        changed.status = UserStatus::Locked;
    }
    m_attempts = changed.failedAttempts;
    m_limit = limit;
    if (auto r = UserTable(ctx.database()).update(ctx.write(), changed); !r) {
        return r;
    }
    AuditRecord failed;
    failed.action = AuditAction::SignInFailed;
    failed.change = ChangeKind::Update;
    failed.entityType = QStringLiteral("user");
    failed.entityId = m_username;
    failed.before = QJsonObject {{QStringLiteral("failed_attempts"), user->failedAttempts}};
    failed.after = QJsonObject {{QStringLiteral("failed_attempts"), changed.failedAttempts}};
    failed.reason = Tr::tr("wrong password %1").arg(m_context);
    if (auto e = ctx.record(failed); !e) {
        return e.error();
    }
    if (!m_lockedNow) {
        return {};
    }
    AuditRecord locked;
    locked.action = AuditAction::UserLocked;
    locked.change = ChangeKind::Update;
    locked.entityType = QStringLiteral("user");
    locked.entityId = m_username;
    locked.before = QJsonObject {{QStringLiteral("status"), nameOf(user->status)}};
    locked.after = QJsonObject {{QStringLiteral("status"), nameOf(UserStatus::Locked)}};
    locked.reason = Tr::tr("%1 consecutive failed sign-in attempts (the limit is %2); an administrator must unlock "
                           "the account")
                        .arg(changed.failedAttempts)
                        .arg(limit);
    auto e = ctx.record(locked);
    return e ? Status() : e.error();
}

QString RecordSignInCommand::description() const
{
    return Tr::tr("record a sign-in");
}

Status RecordSignInCommand::apply(CommandContext& ctx)
{
    auto user = UserTable(ctx.database()).get(m_username);
    if (!user) {
        return user.error();
    }
    AuditRecord record;
    record.action = m_signIn ? AuditAction::SignedIn : AuditAction::Reauthenticated;
    record.entityType = QStringLiteral("user");
    record.entityId = m_username;
    record.change = ChangeKind::Record;
    if (user->failedAttempts > 0) {
        User changed = user.value();
        changed.failedAttempts = 0;
        if (auto r = UserTable(ctx.database()).update(ctx.write(), changed); !r) {
            return r;
        }
        record.change = ChangeKind::Update;
        record.before = QJsonObject {{QStringLiteral("failed_attempts"), user->failedAttempts}};
        record.after = QJsonObject {{QStringLiteral("failed_attempts"), 0}};
        record.reason = Tr::tr("correct password: the count of failed attempts starts again");
    }
    auto e = ctx.record(record);
    return e ? Status() : e.error();
}

} // namespace cs
