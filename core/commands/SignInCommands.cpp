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

QString RecordSignInAttemptCommand::description() const
{
    return Tr::tr("record a sign-in attempt");
}

// The reasons this command records are stored with the event: they are written in English, the records' language,
// whatever language the window is in (issue #18), like every reason Countersign writes itself.
QString RecordSignInAttemptCommand::where() const
{
    return m_use == Use::SignIn ? QStringLiteral("at sign-in") : QStringLiteral("when signing a record");
}

Status RecordSignInAttemptCommand::apply(CommandContext& ctx)
{
    auto found = UserTable(ctx.database()).find(m_username);
    if (!found) {
        return found.error();
    }
    AuditRecord refused;
    refused.action = AuditAction::SignInFailed;
    refused.change = ChangeKind::Record;
    refused.entityType = QStringLiteral("user");
    refused.entityId = m_username;
    if (!found.value()) {
        m_outcome = Outcome::UnknownUser;
        refused.reason = QStringLiteral("unknown user ID %1").arg(where());
        auto e = ctx.record(refused);
        return e ? Status() : e.error();
    }
    const User user = *found.value();
    m_account = user;
    if (user.status != UserStatus::Active) {
        // Decided on the account as it is now, inside the transaction: a parallel attempt may have just locked it.
        m_outcome = Outcome::Refused;
        refused.reason = QStringLiteral("the account is %1: attempt refused %2").arg(nameOf(user.status), where());
        auto e = ctx.record(refused);
        return e ? Status() : e.error();
    }
    return m_matches ? rightPassword(ctx, user) : wrongPassword(ctx, user);
}

Status RecordSignInAttemptCommand::wrongPassword(CommandContext& ctx, const User& user)
{
    auto settings = WorkspaceSettings::load(ctx.database());
    if (!settings) {
        return settings.error();
    }
    m_limit = settings->integer(SettingKey::MaxFailedLogins);
    User changed = user;
    changed.failedAttempts += 1;
    const bool lockedNow = changed.failedAttempts >= m_limit;
    if (lockedNow) {
        changed.status = UserStatus::Locked;
    }
    m_account = changed;
    m_outcome = lockedNow ? Outcome::LockedNow : Outcome::Wrong;
    if (auto r = UserTable(ctx.database()).update(ctx.write(), changed); !r) {
        return r;
    }
    AuditRecord failed;
    failed.action = AuditAction::SignInFailed;
    failed.change = ChangeKind::Update;
    failed.entityType = QStringLiteral("user");
    failed.entityId = m_username;
    failed.before = QJsonObject {{QStringLiteral("failed_attempts"), user.failedAttempts}};
    failed.after = QJsonObject {{QStringLiteral("failed_attempts"), changed.failedAttempts}};
    failed.reason = QStringLiteral("wrong password %1").arg(where());
    if (auto e = ctx.record(failed); !e || !lockedNow) {
        return e ? Status() : e.error();
    }
    AuditRecord locked;
    locked.action = AuditAction::UserLocked;
    locked.change = ChangeKind::Update;
    locked.entityType = QStringLiteral("user");
    locked.entityId = m_username;
    locked.before = QJsonObject {{QStringLiteral("status"), nameOf(user.status)}};
    locked.after = QJsonObject {{QStringLiteral("status"), nameOf(UserStatus::Locked)}};
    locked.reason = QStringLiteral("%1 consecutive failed sign-in attempts (the limit is %2); an administrator must "
                                   "unlock the account")
                        .arg(changed.failedAttempts)
                        .arg(m_limit);
    auto e = ctx.record(locked);
    return e ? Status() : e.error();
}

Status RecordSignInAttemptCommand::rightPassword(CommandContext& ctx, const User& user)
{
    m_outcome = Outcome::Accepted;
    AuditRecord record;
    record.action = m_use == Use::SignIn ? AuditAction::SignedIn : AuditAction::Reauthenticated;
    record.entityType = QStringLiteral("user");
    record.entityId = m_username;
    record.change = ChangeKind::Record;
    if (user.failedAttempts > 0) {
        User changed = user;
        changed.failedAttempts = 0;
        m_account = changed;
        if (auto r = UserTable(ctx.database()).update(ctx.write(), changed); !r) {
            return r;
        }
        record.change = ChangeKind::Update;
        record.before = QJsonObject {{QStringLiteral("failed_attempts"), user.failedAttempts}};
        record.after = QJsonObject {{QStringLiteral("failed_attempts"), 0}};
        record.reason = QStringLiteral("correct password: the count of failed attempts starts again");
    }
    auto e = ctx.record(record);
    return e ? Status() : e.error();
}

} // namespace cs
