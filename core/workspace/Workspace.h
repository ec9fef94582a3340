#pragma once

#include "audit/Checkpoint.h"
#include "audit/VerificationReport.h"
#include "crypto/Ed25519Key.h"
#include "settings/WorkspaceSettings.h"
#include "store/Database.h"
#include "store/Schema.h"
#include "util/Clock.h"
#include "workspace/Command.h"
#include "workspace/Session.h"

#include <functional>
#include <memory>
#include <optional>

namespace cs {

struct AuditEvent;

struct WorkspaceCreateInfo
{
    QString name; ///< shown in the title bar and on reports
    bool demo = false; ///< demo workspaces are labelled as such everywhere
};

struct WorkspaceOptions
{
    const Clock* clock = nullptr; ///< defaults to the system clock; must outlive the workspace
    const QList<Migration>* migrations = nullptr; ///< defaults to Schema::migrations() (tests substitute)
};

/// An open workspace: one SQLite file plus its signing key file beside it. Every change goes through execute();
/// everything else here reads. Lives on the thread that opened it (its connection is per thread).
class Workspace
{
public:
    using CreateInfo = WorkspaceCreateInfo;
    using Options = WorkspaceOptions;

    /// Creates a new workspace at `path` (and its key file `path`.key). Nothing is left behind on failure.
    static Result<std::unique_ptr<Workspace>> create(const QString& path, const Session& session,
                                                     const CreateInfo& info, Options options = {});
    /// Opens an existing workspace. An older schema is upgraded (read-write only) as an audited change; a newer one
    /// is refused without touching the file.
    static Result<std::unique_ptr<Workspace>> open(const QString& path, Database::Mode mode, const Session& session,
                                                   Options options = {});
    ~Workspace();

    const QString& path() const { return m_db->path(); }
    const QString& id() const { return m_id; }
    const QString& name() const { return m_name; }
    bool isDemo() const { return m_demo; }
    bool isReadOnly() const { return m_db->isReadOnly(); }
    qint64 createdAtMs() const { return m_createdAtMs; }
    int schemaVersion() const { return m_schemaVersion; }
    const Ed25519PublicKey& publicKey() const { return m_publicKey; }
    QString origin() const { return Checkpoint::originFor(m_id); }
    /// The C2SP verifier key of the checkpoint-signing key, for third parties.
    QString verifierKey() const;
    QString keyFilePath() const;

    const Session& session() const { return m_session; }
    void setSession(const Session& session) { m_session = session; }
    const Clock& clock() const { return *m_clock; }
    Database& database() { return *m_db; }

    /// Runs `command` in one write transaction: its changes and audit events are all stored, or none are.
    Status execute(Command& command);

    Result<WorkspaceSettings> settings();
    /// Number of audit events (the highest sequence number).
    Result<qint64> eventCount();
    Result<std::optional<AuditEvent>> lastEvent();

    /// Verifies the audit trail against stored checkpoints and the given checkpoint files (name, note bytes).
    Result<VerificationReport> verify(const QList<std::pair<QString, QByteArray>>& checkpointFiles = {},
                                      std::function<bool(qint64, qint64)> progress = {});

    /// Returns a checkpoint covering the whole log: the latest one if nothing was recorded since it, otherwise a
    /// new one (verified first, signed with the key file, stored, and audited).
    Result<Checkpoint> writeCheckpoint();

private:
    Workspace() = default;
    Status loadIdentity();

    std::unique_ptr<Database> m_db;
    Session m_session;
    const Clock* m_clock = nullptr;
    QString m_id;
    QString m_name;
    bool m_demo = false;
    qint64 m_createdAtMs = 0;
    int m_schemaVersion = 0;
    Ed25519PublicKey m_publicKey;
};

} // namespace cs
