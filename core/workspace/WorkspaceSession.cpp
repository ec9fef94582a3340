// The signed-in person between commands: their account as stored now, what they may do, the first administrator
// of an account-less workspace, and the inactivity lock (21 CFR 11.300). Sign-in itself is in Workspace.cpp.
#include "Workspace.h"
#include "commands/WorkspaceCommands.h"
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

Result<User> Workspace::currentUser()
{
    if (!m_session.isSignedIn()) {
        return Error(ErrorCode::Unauthenticated, Tr::tr("nobody is signed in"));
    }
    return UserTable(*m_db).get(m_session.actor);
}

Status Workspace::authorize(Action action)
{
    auto user = currentUser();
    if (!user) {
        return user.error();
    }
    if (user->status != UserStatus::Active) {
        return Error(ErrorCode::AccountLocked,
                     Tr::tr("the account %1 is %2").arg(user->username, displayNameOf(user->status).toLower()));
    }
    return Authority::check(user->username, user->roles, action);
}

Result<bool> Workspace::needsFirstAdministrator()
{
    auto count = UserTable(*m_db).count();
    if (!count) {
        return count.error();
    }
    return count.value() == 0;
}

Status Workspace::createFirstAdministrator(const NewAccount& administrator, const SecretBytes& password)
{
    CreateFirstAdministratorCommand command(administrator, password);
    const Session as = Session::forActor(administrator.username);
    if (auto r = run(command, as); !r) {
        return r;
    }
    m_session = as;
    touch();
    return {};
}

void Workspace::touch()
{
    m_lastActivityMs = m_clock->nowMs();
}

qint64 Workspace::inactivityLimitMs()
{
    auto settings = this->settings();
    const int minutes = settings ? settings->integer(SettingKey::InactivityLockMinutes) : 15;
    return static_cast<qint64>(minutes) * 60 * 1000;
}

bool Workspace::isIdleLocked()
{
    return m_session.isSignedIn() && m_clock->nowMs() - m_lastActivityMs > inactivityLimitMs();
}

Status Workspace::unlock(const SecretBytes& password)
{
    if (!m_session.isSignedIn()) {
        return Error(ErrorCode::Unauthenticated, Tr::tr("nobody is signed in"));
    }
    auto user = checkCredentials(m_session.actor, password, CredentialUse::Reauthenticate);
    if (!user) {
        if (user.error().code == ErrorCode::AccountLocked) {
            signOut();
        }
        return user.error();
    }
    touch();
    return {};
}

} // namespace cs
