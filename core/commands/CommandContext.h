#pragma once

#include "identity/PasswordHash.h"
#include "records/AuditEvent.h"
#include "records/Session.h"
#include "records/User.h"
#include "store/CoreInternal.h"
#include "store/Database.h"
#include "store/WriteAccess.h"
#include "util/Progress.h"

#include <optional>

namespace cs {

class Workspace;

/// Everything a command may touch while it runs: the store, inside the one write transaction that
/// Workspace::execute opened, the audit trail that transaction must extend, and the person acting. Only Workspace
/// makes one, so only a command run by Workspace::execute can write.
class CommandContext
{
public:
    CommandContext(const CommandContext&) = delete;
    CommandContext& operator=(const CommandContext&) = delete;

    Database& database() { return m_db; }
    /// The proof every store write asks for.
    const WriteAccess& write() const { return m_write; }
    const Session& session() const { return m_session; }
    const QString& workspaceId() const { return m_workspaceId; }
    /// The time of this change; the same for every row and event it writes.
    qint64 nowMs() const { return m_nowMs; }
    /// The signed-in person's account as it is inside this transaction (null for Countersign's own changes).
    const User* user() const { return m_user ? &*m_user : nullptr; }
    /// scrypt parameters for passwords set by this command.
    const PasswordHash::Parameters& passwordParameters() const { return m_passwordParameters; }

    /// Appends the audit event for (part of) this change. Every command records at least one.
    Result<AuditEvent> record(const AuditRecord& record);
    qsizetype eventsRecorded() const { return m_recorded; }
    /// Long work tells whoever watches (Workspace::execute's `progress`) that it reached step `done` of `total`.
    /// Returns Cancelled when they asked to stop: the command returns it, and its transaction stores nothing.
    Status step(qint64 done, qint64 total);

private:
    friend class Workspace;
    CommandContext(Database& db, const QString& workspaceId, const Session& session, qint64 nowMs,
                   const PasswordHash::Parameters& passwordParameters);
    void setUser(const User& user) { m_user = user; }
    void setProgress(Progress progress) { m_progress = std::move(progress); }

    Database& m_db;
    WriteAccess m_write;
    QString m_workspaceId;
    const Session& m_session;
    qint64 m_nowMs;
    std::optional<User> m_user;
    PasswordHash::Parameters m_passwordParameters;
    qsizetype m_recorded = 0;
    std::optional<bool> m_sealing; ///< whether the schema has seals, once asked
    Progress m_progress;
};

} // namespace cs
