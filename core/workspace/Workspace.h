#pragma once

#include "audit/VerificationReport.h"
#include "commands/Command.h"
#include "crypto/Ed25519Key.h"
#include "identity/PasswordHash.h"
#include "identity/SecretBytes.h"
#include "records/AuditEvent.h"
#include "records/Checkpoint.h"
#include "records/Session.h"
#include "records/User.h"
#include "records/WorkspaceInfo.h"
#include "settings/WorkspaceSettings.h"
#include "util/Clock.h"
#include "util/OpenMode.h"
#include "util/Progress.h"

#include <functional>
#include <memory>
#include <optional>

namespace cs {

struct AuditEvent;
class Database;
struct Migration;

struct WorkspaceOptions
{
    const Clock* clock = nullptr; ///< defaults to the system clock; must outlive the workspace
    const QList<Migration>* migrations = nullptr; ///< defaults to Schema::migrations() (tests substitute)
    /// scrypt cost for passwords set through this workspace object. The default is the production cost; tests
    /// lower it to keep the suite fast (the cost is stored with each hash, so verification always uses the right one).
    PasswordHash::Parameters passwordParameters;
    /// Creating a team workspace: the role people connect as, granted what changes need and nothing more (empty:
    /// grant nothing; the creating role's own rights serve).
    QString serverWriterRole;
};

/// An open workspace: one SQLite file plus its signing key file beside it, or a PostgreSQL database (a team workspace,
/// docs/team-workspaces.md) plus its signing key in the team-keys folder of whoever signs checkpoints. Every change
/// goes through execute(); everything else here reads. Lives on the thread that opened it (its connection is per
/// thread).
class Workspace
{
public:
    using CreateInfo = WorkspaceCreateInfo;
    using Options = WorkspaceOptions;

    /// Creates a new workspace at `path` (and its key file `path`.key) with its first administrator, who is signed
    /// in on the returned workspace. Nothing is left behind on failure.
    static Result<std::unique_ptr<Workspace>> create(const QString& path, const NewAccount& administrator,
                                                     const SecretBytes& password, const CreateInfo& info,
                                                     Options options = {});
    /// Opens an existing workspace with nobody signed in. An older schema is upgraded (read-write only) as an audited
    /// change by Countersign itself; a newer one is refused without touching the file.
    static Result<std::unique_ptr<Workspace>> open(const QString& path, OpenMode mode, Options options = {});
    ~Workspace();

    /// The workspace file, or the server URI without its password.
    const QString& path() const { return m_path; }
    /// Whether the workspace lives on a PostgreSQL server (a team workspace) rather than in a file.
    bool isServer() const;
    const QString& id() const { return m_id; }
    const QString& name() const { return m_name; }
    bool isDemo() const { return m_demo; }
    bool isReadOnly() const { return m_mode == OpenMode::ReadOnly; }
    qint64 createdAtMs() const { return m_createdAtMs; }
    int schemaVersion() const { return m_schemaVersion; }
    const Ed25519PublicKey& publicKey() const { return m_publicKey; }
    QString origin() const { return Checkpoint::originFor(m_id); }
    /// The C2SP verifier key of the checkpoint-signing key, for third parties. Derived (a SHA-256) when asked, not at
    /// open: a read that never signs or shows it does not start OpenSSL.
    Result<QString> verifierKey() const;
    QString keyFilePath() const;

    const Clock& clock() const { return *m_clock; }

    // --- people and sessions (21 CFR 11.10(d), 11.300)

    /// Checks the user ID and password and starts a session for that person. A wrong password counts towards the
    /// lockout (recorded in the audit trail); the last allowed failure locks the account. When the password has
    /// expired or was set by an administrator, the session may only change it (Session::passwordChangeRequired).
    Result<User> signIn(const QString& username, const SecretBytes& password);
    void signOut();
    const Session& session() const { return m_session; }
    bool isSignedIn() const { return m_session.isSignedIn(); }
    /// The signed-in person's account as stored now.
    Result<User> currentUser();
    /// Whether the signed-in person may do `action` now (for reporting before work that may turn out to change
    /// nothing; execute() checks again inside its transaction).
    Status authorize(Action action);
    /// Checks the user ID and password again for a signature (11.200(a)): the same counting and locking as signIn,
    /// but it starts no session. Outside a session the person must be the signed-in one.
    Result<User> reauthenticate(const QString& username, const SecretBytes& password);

    /// True when the workspace has no accounts (created before sign-in existed): the first administrator must be
    /// created with createFirstAdministrator before anything else.
    Result<bool> needsFirstAdministrator();
    /// Creates the first administrator of an account-less workspace and signs them in. Refused once any account
    /// exists.
    Status createFirstAdministrator(const NewAccount& administrator, const SecretBytes& password);

    /// Inactivity: any input or command counts as activity; after the workspace's inactivity period with none,
    /// the session is locked: commands are refused until unlock() is given the password again.
    void touch();
    bool isIdleLocked();
    qint64 inactivityLimitMs();
    Status unlock(const SecretBytes& password);

    /// Runs `command` in one write transaction: its changes and audit events are all stored, or none are. The
    /// signed-in person's account must be active and their roles must allow the command's action. Long commands
    /// report their steps to `progress`, which may cancel them (CommandContext::step).
    Status execute(Command& command, const Progress& progress = {});

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
    /// The checkpoint-signing key from the key file beside the workspace, once it is known to be this workspace's
    /// (for commands that write a checkpoint in their own transaction, such as a package export).
    Result<Ed25519PrivateKey> checkpointKey() const;

private:
    // The store is core's: query objects (core/queries) reach it through WorkspaceAccess, and changes only through
    // execute(). Nothing outside core can name it.
    friend class WorkspaceAccess;
    Database& database() { return *m_db; }
    /// Runs `command` in one write transaction. The time of the change is read from `clock` once the write lock is
    /// held, so events are timed in the order they are numbered even when several programs write at once.
    static Status runCommand(Database& db, const QString& workspaceId, const Session& session, const Clock& clock,
                             Command& command, const PasswordHash::Parameters& passwordParameters,
                             const std::function<Status()>& beforeCommit = {}, const Progress& progress = {});
    static Result<std::unique_ptr<Workspace>> createOnServer(const QString& uri, const NewAccount& administrator,
                                                             const SecretBytes& password, const CreateInfo& info,
                                                             Options options);

    Workspace();
    Status loadIdentity();
    Status run(Command& command, const Session& session, const Progress& progress = {});
    enum class CredentialUse
    {
        SignIn,
        Reauthenticate,
    };
    Result<User> checkCredentials(const QString& username, const SecretBytes& password, CredentialUse use);

    std::unique_ptr<Database> m_db;
    QString m_path;
    OpenMode m_mode = OpenMode::ReadWrite;
    Session m_session;
    const Clock* m_clock = nullptr;
    PasswordHash::Parameters m_passwordParameters;
    qint64 m_lastActivityMs = 0;
    QString m_id;
    QString m_name;
    bool m_demo = false;
    qint64 m_createdAtMs = 0;
    int m_schemaVersion = 0;
    Ed25519PublicKey m_publicKey;
};

} // namespace cs
