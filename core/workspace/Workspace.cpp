#include "Workspace.h"

#include "audit/AuditVerifier.h"
#include "audit/RecordCheck.h"
#include "audit/SignedNote.h"
#include "commands/CommandContext.h"
#include "commands/CreateCheckpointCommand.h"
#include "commands/SignInCommands.h"
#include "commands/WorkspaceCommands.h"
#include "identity/PasswordPolicy.h"
#include "registry/EvidenceCheck.h"
#include "store/AuditEventTable.h"
#include "store/IdentityTables.h"
#include "store/Migrator.h"
#include "store/RecordSeals.h"
#include "store/RecordTables.h"
#include "store/ServerOpener.h"
#include "store/SqliteOpener.h"
#include "workspace/WorkspaceKeyFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QUuid>

namespace cs {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::Workspace)
};

void removeSqliteFiles(const QString& path)
{
    for (const auto* suffix : {"", "-wal", "-shm", "-journal"}) {
        QFile::remove(path + QLatin1String(suffix));
    }
}

} // namespace

Status Workspace::runCommand(Database& db, const QString& workspaceId, const Session& session, const Clock& clock,
                             Command& command, const PasswordHash::Parameters& passwordParameters,
                             const std::function<Status()>& beforeCommit, const Progress& progress)
{
    WriteTransaction tx(db);
    if (auto r = tx.begin(); !r) {
        return r;
    }
    RecordTouches* touches = db.touches();
    if (touches != nullptr) {
        touches->clear(); // what a rolled-back command touched is not this command's
    }
    CommandContext ctx(db, workspaceId, session, clock.nowMs(), passwordParameters);
    ctx.setProgress(progress);
    if (const std::optional<Action> action = command.requiredAction()) {
        // The authority check (11.10(g)) reads the account inside the transaction, so a role removed or an
        // account locked a moment ago counts.
        if (!session.isSignedIn()) {
            return Error(ErrorCode::Unauthenticated, Tr::tr("sign in to %1").arg(command.description()));
        }
        auto user = UserTable(db).find(session.actor);
        if (!user) {
            return user.error();
        }
        if (!user.value()) {
            return Error(ErrorCode::Unauthenticated, Tr::tr("there is no account \"%1\"").arg(session.actor));
        }
        // Roles and status count only as the trail recorded them.
        if (auto r = RecordCheck::require(db, QStringLiteral("user_account"), RecordKey::of(session.actor)); !r) {
            return r;
        }
        if (user.value()->status != UserStatus::Active) {
            return Error(ErrorCode::AccountLocked,
                         Tr::tr("%1 cannot %2: the account is %3")
                             .arg(session.actor, command.description(), displayNameOf(user.value()->status).toLower()));
        }
        if (session.passwordChangeRequired && *action != Action::ChangeOwnPassword) {
            return Error(ErrorCode::Rule, Tr::tr("change your password before you %1").arg(command.description()));
        }
        if (auto r = Authority::check(session.actor, user.value()->roles, *action); !r) {
            return r;
        }
        ctx.setUser(*user.value());
    }
    if (auto r = command.apply(ctx); !r) {
        return r;
    }
    if (ctx.eventsRecorded() == 0) {
        return Error(ErrorCode::Internal, Tr::tr("\"%1\" recorded no audit event; refused").arg(command.description()));
    }
    if (touches != nullptr && !touches->isEmpty()) {
        return Error(ErrorCode::Internal,
                     Tr::tr("\"%1\" wrote records after its last audit event, which would leave them unsealed; refused")
                         .arg(command.description()));
    }
    if (beforeCommit) {
        if (auto r = beforeCommit(); !r) {
            return r;
        }
    }
    return tx.commit();
}

Workspace::Workspace() = default;
Workspace::~Workspace() = default;

QString Workspace::keyFilePath() const
{
    return m_db->isServer() ? WorkspaceKeyFile::teamPathFor(m_id) : WorkspaceKeyFile::pathFor(path());
}

bool Workspace::isServer() const
{
    return m_db->isServer();
}

Result<std::unique_ptr<Workspace>> Workspace::create(const QString& path, const NewAccount& administrator,
                                                     const SecretBytes& password, const CreateInfo& info,
                                                     Options options)
{
    if (ServerOpener::isServerLocation(path)) {
        return createOnServer(path, administrator, password, info, options);
    }
    const QString keyPath = WorkspaceKeyFile::pathFor(path);
    if (QFileInfo::exists(path)) {
        return Error(ErrorCode::AlreadyExists, Tr::tr("%1 already exists; choose another name").arg(path));
    }
    if (QFileInfo::exists(keyPath)) {
        return Error(ErrorCode::AlreadyExists,
                     Tr::tr("a key file %1 already exists beside the new workspace; move it away first").arg(keyPath));
    }
    const QList<Migration>& migrations = options.migrations ? *options.migrations : Schema::migrations();
    const Clock& clock = options.clock ? *options.clock : Clock::system();
    auto key = Ed25519PrivateKey::generate();
    if (!key) {
        return key.error();
    }
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);

    // Build the file under a temporary name and rename it into place last, so a failure leaves nothing.
    const QString tempPath = path + QStringLiteral(".creating-") + id.left(8);
    {
        auto db = SqliteOpener::create(tempPath);
        if (!db) {
            removeSqliteFiles(tempPath);
            return db.error();
        }
        CreateWorkspaceCommand command(migrations, id, info, key->publicKey(), administrator, password);
        const Session session = Session::forActor(administrator.username);
        if (auto r = runCommand(**db, id, session, clock, command, options.passwordParameters); !r) {
            db->reset();
            removeSqliteFiles(tempPath);
            return r.error();
        }
    }
    if (auto r = WorkspaceKeyFile::write(keyPath, key.value()); !r) {
        removeSqliteFiles(tempPath);
        return r.error();
    }
    if (!QFile::rename(tempPath, path)) {
        removeSqliteFiles(tempPath);
        QFile::remove(keyPath);
        return Error(ErrorCode::Io, Tr::tr("cannot create %1 (renaming the new file into place failed)").arg(path));
    }
    removeSqliteFiles(tempPath);
    auto ws = open(path, OpenMode::ReadWrite, options);
    if (ws) {
        // The administrator just chose this password: they are signed in without typing it again.
        ws.value()->m_session = Session::forActor(administrator.username);
        ws.value()->touch();
    }
    return ws;
}

Result<std::unique_ptr<Workspace>> Workspace::createOnServer(const QString& uri, const NewAccount& administrator,
                                                             const SecretBytes& password, const CreateInfo& info,
                                                             Options options)
{
    const QList<Migration>& migrations = options.migrations ? *options.migrations : Schema::migrations();
    const Clock& clock = options.clock ? *options.clock : Clock::system();
    auto key = Ed25519PrivateKey::generate();
    if (!key) {
        return key.error();
    }
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString keyPath = WorkspaceKeyFile::teamPathFor(id);
    if (!QDir().mkpath(QFileInfo(keyPath).absolutePath())) {
        return Error(ErrorCode::Io, Tr::tr("cannot create the folder for the workspace's key (%1)").arg(keyPath));
    }
    {
        auto db = ServerOpener::create(uri);
        if (!db) {
            return db.error();
        }
        // The schema, the first administrator and the grants are one transaction: a failure leaves the database
        // as it was.
        CreateWorkspaceCommand command(migrations, id, info, key->publicKey(), administrator, password);
        const Session session = Session::forActor(administrator.username);
        const auto grant = [&]() -> Status {
            return options.serverWriterRole.isEmpty() ? Status()
                                                      : ServerOpener::grantWriter(**db, options.serverWriterRole);
        };
        if (auto r = runCommand(**db, id, session, clock, command, options.passwordParameters, grant); !r) {
            return r.error();
        }
    }
    if (auto r = WorkspaceKeyFile::write(keyPath, key.value()); !r) {
        return Error(r.error().code,
                     Tr::tr("%1 was created, but its checkpoint key could not be saved (%2); "
                            "checkpoints cannot be signed until it is restored")
                         .arg(ServerOpener::displayName(uri), r.error().message));
    }
    auto ws = open(uri, OpenMode::ReadWrite, options);
    if (ws) {
        ws.value()->m_session = Session::forActor(administrator.username);
        ws.value()->touch();
    }
    return ws;
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString& path, OpenMode mode, Options options)
{
    auto db = ServerOpener::isServerLocation(path) ? ServerOpener::open(path, mode) : SqliteOpener::open(path, mode);
    if (!db) {
        return db.error();
    }
    const QList<Migration>& migrations = options.migrations ? *options.migrations : Schema::migrations();
    auto version = Migrator::currentVersion(**db);
    if (!version) {
        return version.error();
    }
    const int latest = migrations.last().version;
    if (version.value() == 0) {
        return Error(ErrorCode::NotAWorkspace,
                     Tr::tr("%1 is not a Countersign workspace (it has no schema)").arg(path));
    }
    if (version.value() > latest) {
        return Error(ErrorCode::NewerSchema,
                     Tr::tr("%1 was written by a newer Countersign (schema %2; this version "
                            "reads up to schema %3); it was not changed. Update Countersign.")
                         .arg(path)
                         .arg(version.value())
                         .arg(latest));
    }

    std::unique_ptr<Workspace> ws(new Workspace);
    ws->m_db = std::move(db.value());
    ws->m_path = ServerOpener::isServerLocation(path) ? ServerOpener::displayName(path) : path;
    ws->m_mode = mode;
    ws->m_clock = options.clock ? options.clock : &Clock::system();
    ws->m_passwordParameters = options.passwordParameters;
    ws->m_schemaVersion = version.value();
    if (auto r = ws->loadIdentity(); !r) {
        return r.error();
    }
    if (version.value() < latest) {
        if (ws->isReadOnly()) {
            return Error(ErrorCode::ReadOnly,
                         Tr::tr("%1 uses schema %2 and must be upgraded to schema %3; open it "
                                "read-write once to upgrade it")
                             .arg(path)
                             .arg(version.value())
                             .arg(latest));
        }
        UpgradeSchemaCommand upgrade(migrations, version.value(), ws->m_id);
        if (auto r = ws->run(upgrade, Session::system()); !r) {
            return r.error();
        }
        ws->m_schemaVersion = latest;
    }
    return ws;
}

Status Workspace::loadIdentity()
{
    auto meta = MetaTable(*m_db).all();
    if (!meta) {
        return meta.error();
    }
    const auto& m = meta.value();
    const auto decoded = QByteArray::fromBase64Encoding(m.value(WorkspaceMeta::PublicKey).toLatin1());
    auto key = Ed25519PublicKey::fromRaw(decoded.decoded);
    if (!m.contains(WorkspaceMeta::Id) || !key) {
        return Error(ErrorCode::Corrupt,
                     Tr::tr("%1 is damaged: its identity (workspace id and public key) is missing").arg(path()));
    }
    m_id = m.value(WorkspaceMeta::Id);
    m_name = m.value(WorkspaceMeta::Name);
    m_demo = m.value(WorkspaceMeta::Demo) == u"1";
    m_createdAtMs = m.value(WorkspaceMeta::CreatedAt).toLongLong();
    m_publicKey = key.value();
    return {};
}

Result<QString> Workspace::verifierKey() const
{
    return SignedNote::verifierKey(origin(), m_publicKey);
}

Status Workspace::run(Command& command, const Session& session, const Progress& progress)
{
    return runCommand(*m_db, m_id, session, *m_clock, command, m_passwordParameters, {}, progress);
}

Status Workspace::execute(Command& command, const Progress& progress)
{
    if (command.requiredAction() && m_session.isSignedIn() && isIdleLocked()) {
        return Error(ErrorCode::Unauthenticated,
                     Tr::tr("the session locked after %1 minutes without activity; enter your password to continue")
                         .arg(inactivityLimitMs() / 60000));
    }
    if (auto r = run(command, m_session, progress); !r) {
        return r;
    }
    touch();
    if (m_session.passwordChangeRequired) {
        // After a password change the session may do everything its roles allow.
        auto user = currentUser();
        auto settings = this->settings();
        if (user && settings) {
            m_session.passwordChangeRequired =
                user->mustChangePassword || PasswordPolicy::isExpired(user.value(), settings.value(), m_clock->nowMs());
        }
    }
    return {};
}

Result<User> Workspace::checkCredentials(const QString& username, const SecretBytes& password, CredentialUse use)
{
    // One answer for an unknown user ID and a wrong password, after the same work: a password check and a recorded
    // attempt (docs/signatures.md).
    const QString wrong = Tr::tr("the user ID or password is not correct");
    auto found = UserTable(*m_db).find(username);
    if (!found) {
        return found.error();
    }
    const auto lockedAnswer = [&username](const User& user) {
        return user.status == UserStatus::Disabled
            ? Error(ErrorCode::AccountLocked, Tr::tr("the account %1 is disabled").arg(username))
            : Error(ErrorCode::AccountLocked,
                    Tr::tr("the account %1 is locked after %2 failed sign-in attempts; only an administrator can "
                           "unlock it")
                        .arg(username)
                        .arg(user.failedAttempts));
    };
    if (found.value() && found.value()->status != UserStatus::Active) {
        return lockedAnswer(*found.value());
    }
    // An unknown user ID costs one scrypt, as a known one does (deriving a real dummy hash first cost two).
    auto matches = PasswordHash::verify(
        password, found.value() ? found.value()->passwordHash : PasswordHash::placeholder(m_passwordParameters));
    if (!matches) {
        return matches.error();
    }
    const bool right = found.value() && matches.value();
    if (isReadOnly()) {
        // Nothing can be recorded in a read-only workspace; the answer is still checked.
        return right ? Result<User>(*found.value()) : Result<User>(Error(ErrorCode::Unauthenticated, wrong));
    }
    if (right && use == CredentialUse::Reauthenticate && found.value()->failedAttempts == 0) {
        return *found.value(); // nothing to record: the signature that follows is (and checks the account again)
    }
    // What the password is worth is decided inside the write transaction, on the account as it is then.
    RecordSignInAttemptCommand attempt(username, right,
                                       use == CredentialUse::SignIn ? RecordSignInAttemptCommand::Use::SignIn
                                                                    : RecordSignInAttemptCommand::Use::Reauthenticate);
    const Session as = use == CredentialUse::SignIn ? Session::forActor(username) : m_session;
    if (auto r = run(attempt, right ? as : Session::system()); !r) {
        return r.error();
    }
    switch (attempt.outcome()) {
    case RecordSignInAttemptCommand::Outcome::Accepted:
        if (use == CredentialUse::SignIn) {
            m_session = as;
        }
        return attempt.account();
    case RecordSignInAttemptCommand::Outcome::Refused:
        return lockedAnswer(attempt.account());
    case RecordSignInAttemptCommand::Outcome::LockedNow:
        return Error(ErrorCode::AccountLocked,
                     Tr::tr("the account %1 is now locked after %2 failed attempts; an administrator must unlock it")
                         .arg(username)
                         .arg(attempt.attempts()));
    case RecordSignInAttemptCommand::Outcome::Wrong:
    case RecordSignInAttemptCommand::Outcome::UnknownUser:
        break;
    }
    return Error(ErrorCode::Unauthenticated, wrong);
}

Result<User> Workspace::signIn(const QString& username, const SecretBytes& password)
{
    auto user = checkCredentials(username, password, CredentialUse::SignIn);
    if (!user) {
        return user;
    }
    if (isReadOnly()) {
        m_session = Session::forActor(username);
    }
    auto settings = this->settings();
    if (!settings) {
        return settings.error();
    }
    m_session.passwordChangeRequired =
        user->mustChangePassword || PasswordPolicy::isExpired(user.value(), settings.value(), m_clock->nowMs());
    touch();
    return user;
}

void Workspace::signOut()
{
    m_session = Session();
}

Result<User> Workspace::reauthenticate(const QString& username, const SecretBytes& password)
{
    if (!m_session.isSignedIn()) {
        return Error(ErrorCode::Unauthenticated, Tr::tr("sign in first"));
    }
    if (username != m_session.actor) {
        return Error(ErrorCode::Unauthenticated,
                     Tr::tr("you are signed in as %1; only %1 can sign in this session").arg(m_session.actor));
    }
    auto user = checkCredentials(username, password, CredentialUse::Reauthenticate);
    if (user) {
        touch();
    }
    return user;
}

} // namespace cs
