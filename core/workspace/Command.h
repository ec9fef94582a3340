#pragma once

#include "audit/AuditEvent.h"
#include "identity/Authority.h"
#include "identity/PasswordHash.h"
#include "identity/User.h"
#include "store/Database.h"
#include "util/Clock.h"
#include "workspace/Session.h"

#include <optional>

namespace cs {

/// Everything a command may touch while it runs: the store, inside the one write transaction that
/// Workspace::execute opened, the audit trail that transaction must extend, and the person acting.
class CommandContext
{
public:
    CommandContext(Database& db, const QString& workspaceId, const Session& session, qint64 nowMs);

    Database& database() { return m_db; }
    const Session& session() const { return m_session; }
    const QString& workspaceId() const { return m_workspaceId; }
    /// The time of this change; the same for every row and event it writes.
    qint64 nowMs() const { return m_nowMs; }
    /// The signed-in person's account as it is inside this transaction (null for Countersign's own changes).
    const User* user() const { return m_user ? &*m_user : nullptr; }
    void setUser(const User& user) { m_user = user; }
    /// scrypt parameters for passwords set by this command.
    const PasswordHash::Parameters& passwordParameters() const { return m_passwordParameters; }
    void setPasswordParameters(const PasswordHash::Parameters& p) { m_passwordParameters = p; }

    /// Appends the audit event for (part of) this change. Every command records at least one.
    Result<AuditEvent> record(const AuditRecord& record);
    qsizetype eventsRecorded() const { return m_recorded; }

private:
    Database& m_db;
    QString m_workspaceId;
    const Session& m_session;
    qint64 m_nowMs;
    std::optional<User> m_user;
    PasswordHash::Parameters m_passwordParameters;
    qsizetype m_recorded = 0;
};

/// One change a person makes. apply() makes the business change and records its audit event through the context;
/// Workspace::execute runs it in one transaction, so both are stored or neither is.
class Command
{
public:
    virtual ~Command() = default;
    /// What the change is, in words, for error messages ("change setting X").
    virtual QString description() const = 0;
    /// The action the authority matrix must allow the signed-in person (checked by Workspace::execute inside the
    /// transaction, against the account as stored). Only Countersign's own bookkeeping commands, which are not
    /// reachable from outside core, return nothing.
    virtual std::optional<Action> requiredAction() const = 0;
    virtual Status apply(CommandContext& context) = 0;
};

} // namespace cs
