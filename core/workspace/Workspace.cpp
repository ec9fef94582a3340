#include "Workspace.h"

#include "audit/AuditVerifier.h"
#include "audit/SignedNote.h"
#include "commands/CreateCheckpointCommand.h"
#include "commands/UserCommands.h"
#include "identity/PasswordPolicy.h"
#include "registry/EvidenceCheck.h"
#include "store/AuditEventTable.h"
#include "store/IdentityTables.h"
#include "store/Migrator.h"
#include "store/RecordTables.h"
#include "store/SqliteOpener.h"
#include "workspace/WorkspaceKeyFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QUuid>

namespace cs {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("cs::Workspace", text);
}

namespace Meta {
const QString Id = QStringLiteral("workspace_id");
const QString Name = QStringLiteral("name");
const QString CreatedAt = QStringLiteral("created_at_ms");
const QString PublicKey = QStringLiteral("public_key");
const QString Demo = QStringLiteral("demo");
} // namespace Meta

void removeSqliteFiles(const QString& path)
{
    for (const auto* suffix : {"", "-wal", "-shm", "-journal"}) {
        QFile::remove(path + QLatin1String(suffix));
    }
}

/// Creates the schema, the identity and event 1 in one transaction.
class CreateWorkspaceCommand final : public Command
{
public:
    CreateWorkspaceCommand(const QList<Migration>& migrations, QString id, const Workspace::CreateInfo& info,
                           const Ed25519PublicKey& key, const NewAccount& administrator, const SecretBytes& password)
        : m_migrations(migrations)
        , m_id(std::move(id))
        , m_info(info)
        , m_key(key)
        , m_administrator(administrator)
        , m_password(password)
    { }
    QString description() const override { return tr("create the workspace"); }
    std::optional<Action> requiredAction() const override { return std::nullopt; }
    Status apply(CommandContext& ctx) override
    {
        Database& db = ctx.database();
        if (auto r = Migrator::migrate(db, m_migrations, 0, ctx.nowMs()); !r) {
            return r;
        }
        MetaTable meta(db);
        const QString verifierKey = SignedNote::verifierKey(Checkpoint::originFor(m_id), m_key);
        for (const auto& [key, value] :
             {std::pair {Meta::Id, m_id}, std::pair {Meta::Name, m_info.name},
              std::pair {Meta::CreatedAt, QString::number(ctx.nowMs())},
              std::pair {Meta::PublicKey, QString::fromLatin1(m_key.raw().toBase64())},
              std::pair {Meta::Demo, m_info.demo ? QStringLiteral("1") : QStringLiteral("0")}}) {
            if (auto r = meta.insert(key, value); !r) {
                return r;
            }
        }
        AuditRecord record;
        record.action = QStringLiteral("workspace.created");
        record.change = ChangeKind::Create;
        record.entityType = QStringLiteral("workspace");
        record.entityId = m_id;
        record.after = QJsonObject {{QStringLiteral("name"), m_info.name},
                                    {QStringLiteral("demo"), m_info.demo},
                                    {QStringLiteral("schema_version"), m_migrations.last().version},
                                    {QStringLiteral("verifier_key"), verifierKey}};
        if (auto event = ctx.record(record); !event) {
            return event.error();
        }
        if (!m_administrator.roles.contains(Role::Administrator)) {
            return Error(ErrorCode::Rule, tr("the person who creates a workspace must be its administrator"));
        }
        return UserCommands::insertNewUser(ctx, m_administrator, m_password, false);
    }

private:
    const QList<Migration>& m_migrations;
    QString m_id;
    Workspace::CreateInfo m_info;
    Ed25519PublicKey m_key;
    const NewAccount& m_administrator;
    const SecretBytes& m_password;
};

/// The first administrator of a workspace that has no accounts (one created before sign-in existed).
class CreateFirstAdministratorCommand final : public Command
{
public:
    CreateFirstAdministratorCommand(const NewAccount& administrator, const SecretBytes& password)
        : m_administrator(administrator)
        , m_password(password)
    { }
    QString description() const override { return tr("create the first administrator"); }
    std::optional<Action> requiredAction() const override { return std::nullopt; }
    Status apply(CommandContext& ctx) override
    {
        auto count = UserTable(ctx.database()).count();
        if (!count) {
            return count.error();
        }
        if (count.value() > 0) {
            return Error(ErrorCode::Rule, tr("this workspace already has accounts; an administrator adds people"));
        }
        if (!m_administrator.roles.contains(Role::Administrator)) {
            return Error(ErrorCode::Rule, tr("the first account of a workspace must hold the administrator role"));
        }
        return UserCommands::insertNewUser(ctx, m_administrator, m_password, false);
    }

private:
    const NewAccount& m_administrator;
    const SecretBytes& m_password;
};

/// A wrong password: counts towards the lockout and locks the account at the limit (11.300(d)).
class RecordFailedSignInCommand final : public Command
{
public:
    RecordFailedSignInCommand(QString username, QString context)
        : m_username(std::move(username))
        , m_context(std::move(context))
    { }
    QString description() const override { return tr("record a failed sign-in"); }
    std::optional<Action> requiredAction() const override { return std::nullopt; }
    Status apply(CommandContext& ctx) override
    {
        auto user = UserCommands::load(ctx.database(), m_username);
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
        if (auto r = UserTable(ctx.database()).update(changed); !r) {
            return r;
        }
        AuditRecord failed;
        failed.action = QStringLiteral("user.sign_in_failed");
        failed.change = ChangeKind::Update;
        failed.entityType = QStringLiteral("user");
        failed.entityId = m_username;
        failed.before = QJsonObject {{QStringLiteral("failed_attempts"), user->failedAttempts}};
        failed.after = QJsonObject {{QStringLiteral("failed_attempts"), changed.failedAttempts}};
        failed.reason = tr("wrong password %1").arg(m_context);
        if (auto e = ctx.record(failed); !e) {
            return e.error();
        }
        if (!m_lockedNow) {
            return {};
        }
        AuditRecord locked;
        locked.action = QStringLiteral("user.locked");
        locked.change = ChangeKind::Update;
        locked.entityType = QStringLiteral("user");
        locked.entityId = m_username;
        locked.before = QJsonObject {{QStringLiteral("status"), userStatusName(user->status)}};
        locked.after = QJsonObject {{QStringLiteral("status"), userStatusName(UserStatus::Locked)}};
        locked.reason = tr("%1 consecutive failed sign-in attempts (the limit is %2); an administrator must unlock "
                           "the account")
                            .arg(changed.failedAttempts)
                            .arg(limit);
        auto e = ctx.record(locked);
        return e ? Status() : e.error();
    }
    bool lockedNow() const { return m_lockedNow; }
    int attempts() const { return m_attempts; }
    int limit() const { return m_limit; }

private:
    QString m_username;
    QString m_context;
    bool m_lockedNow = false;
    int m_attempts = 0;
    int m_limit = 0;
};

/// A successful sign-in (or a correct password for a signature after failures): recorded, and the count of
/// failed attempts starts again.
class RecordSignInCommand final : public Command
{
public:
    RecordSignInCommand(QString username, bool signIn)
        : m_username(std::move(username))
        , m_signIn(signIn)
    { }
    QString description() const override { return tr("record a sign-in"); }
    std::optional<Action> requiredAction() const override { return std::nullopt; }
    Status apply(CommandContext& ctx) override
    {
        auto user = UserCommands::load(ctx.database(), m_username);
        if (!user) {
            return user.error();
        }
        AuditRecord record;
        record.action = m_signIn ? QStringLiteral("user.signed_in") : QStringLiteral("user.reauthenticated");
        record.entityType = QStringLiteral("user");
        record.entityId = m_username;
        record.change = ChangeKind::Record;
        if (user->failedAttempts > 0) {
            User changed = user.value();
            changed.failedAttempts = 0;
            if (auto r = UserTable(ctx.database()).update(changed); !r) {
                return r;
            }
            record.change = ChangeKind::Update;
            record.before = QJsonObject {{QStringLiteral("failed_attempts"), user->failedAttempts}};
            record.after = QJsonObject {{QStringLiteral("failed_attempts"), 0}};
            record.reason = tr("correct password: the count of failed attempts starts again");
        }
        auto e = ctx.record(record);
        return e ? Status() : e.error();
    }

private:
    QString m_username;
    bool m_signIn;
};

/// Upgrades an older workspace's schema, recorded as a change to the workspace.
class UpgradeSchemaCommand final : public Command
{
public:
    UpgradeSchemaCommand(const QList<Migration>& migrations, int from, QString id)
        : m_migrations(migrations)
        , m_from(from)
        , m_id(std::move(id))
    { }
    QString description() const override { return tr("upgrade the workspace schema"); }
    std::optional<Action> requiredAction() const override { return std::nullopt; }
    Status apply(CommandContext& ctx) override
    {
        if (auto r = Migrator::migrate(ctx.database(), m_migrations, m_from, ctx.nowMs()); !r) {
            return r;
        }
        AuditRecord record;
        record.action = QStringLiteral("workspace.schema_upgraded");
        record.change = ChangeKind::Update;
        record.entityType = QStringLiteral("workspace");
        record.entityId = m_id;
        record.before = QJsonObject {{QStringLiteral("schema_version"), m_from}};
        record.after = QJsonObject {{QStringLiteral("schema_version"), m_migrations.last().version}};
        record.reason = tr("opened by Countersign %1, which stores schema %2")
                            .arg(QStringLiteral(COUNTERSIGN_VERSION))
                            .arg(m_migrations.last().version);
        auto event = ctx.record(record);
        return event ? Status() : event.error();
    }

private:
    const QList<Migration>& m_migrations;
    int m_from;
    QString m_id;
};

Status runInTransaction(Database& db, const QString& workspaceId, const Session& session, qint64 nowMs,
                        Command& command, const PasswordHash::Parameters& passwordParameters)
{
    WriteTransaction tx(db);
    if (auto r = tx.begin(); !r) {
        return r;
    }
    CommandContext ctx(db, workspaceId, session, nowMs);
    ctx.setPasswordParameters(passwordParameters);
    if (const std::optional<Action> action = command.requiredAction()) {
        // The authority check (11.10(g)) reads the account inside the transaction, so a role removed or an
        // account locked a moment ago counts.
        if (!session.isSignedIn()) {
            return Error(ErrorCode::Unauthenticated, tr("sign in to %1").arg(command.description()));
        }
        auto user = UserTable(db).find(session.actor);
        if (!user) {
            return user.error();
        }
        if (!user.value()) {
            return Error(ErrorCode::Unauthenticated, tr("there is no account \"%1\"").arg(session.actor));
        }
        if (user.value()->status != UserStatus::Active) {
            return Error(
                ErrorCode::AccountLocked,
                tr("%1 cannot %2: the account is %3")
                    .arg(session.actor, command.description(), userStatusDisplayName(user.value()->status).toLower()));
        }
        if (session.passwordChangeRequired && *action != Action::ChangeOwnPassword) {
            return Error(ErrorCode::Rule, tr("change your password before you %1").arg(command.description()));
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
        return Error(ErrorCode::Internal, tr("\"%1\" recorded no audit event; refused").arg(command.description()));
    }
    return tx.commit();
}
} // namespace

Workspace::~Workspace() = default;

QString Workspace::verifierKey() const
{
    return SignedNote::verifierKey(origin(), m_publicKey);
}

QString Workspace::keyFilePath() const
{
    return WorkspaceKeyFile::pathFor(path());
}

Result<std::unique_ptr<Workspace>> Workspace::create(const QString& path, const NewAccount& administrator,
                                                     const SecretBytes& password, const CreateInfo& info,
                                                     Options options)
{
    const QString keyPath = WorkspaceKeyFile::pathFor(path);
    if (QFileInfo::exists(path)) {
        return Error(ErrorCode::AlreadyExists, tr("%1 already exists; choose another name").arg(path));
    }
    if (QFileInfo::exists(keyPath)) {
        return Error(ErrorCode::AlreadyExists,
                     tr("a key file %1 already exists beside the new workspace; move it away first").arg(keyPath));
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
        if (auto r = runInTransaction(**db, id, session, clock.nowMs(), command, options.passwordParameters); !r) {
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
        return Error(ErrorCode::Io, tr("cannot create %1 (renaming the new file into place failed)").arg(path));
    }
    removeSqliteFiles(tempPath);
    auto ws = open(path, Database::Mode::ReadWrite, options);
    if (ws) {
        // The administrator just chose this password: they are signed in without typing it again.
        ws.value()->m_session = Session::forActor(administrator.username);
        ws.value()->touch();
    }
    return ws;
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString& path, Database::Mode mode, Options options)
{
    auto db = SqliteOpener::open(path, mode);
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
        return Error(ErrorCode::NotAWorkspace, tr("%1 is not a Countersign workspace (it has no schema)").arg(path));
    }
    if (version.value() > latest) {
        return Error(ErrorCode::NewerSchema,
                     tr("%1 was written by a newer Countersign (schema %2; this version "
                        "reads up to schema %3); it was not changed. Update Countersign.")
                         .arg(path)
                         .arg(version.value())
                         .arg(latest));
    }

    std::unique_ptr<Workspace> ws(new Workspace);
    ws->m_db = std::move(db.value());
    ws->m_clock = options.clock ? options.clock : &Clock::system();
    ws->m_passwordParameters = options.passwordParameters;
    ws->m_schemaVersion = version.value();
    if (auto r = ws->loadIdentity(); !r) {
        return r.error();
    }
    if (version.value() < latest) {
        if (ws->isReadOnly()) {
            return Error(ErrorCode::ReadOnly,
                         tr("%1 uses schema %2 and must be upgraded to schema %3; open it "
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
    const auto decoded = QByteArray::fromBase64Encoding(m.value(Meta::PublicKey).toLatin1());
    auto key = Ed25519PublicKey::fromRaw(decoded.decoded);
    if (!m.contains(Meta::Id) || !key) {
        return Error(ErrorCode::Corrupt,
                     tr("%1 is damaged: its identity (workspace id and public key) is missing").arg(path()));
    }
    m_id = m.value(Meta::Id);
    m_name = m.value(Meta::Name);
    m_demo = m.value(Meta::Demo) == u"1";
    m_createdAtMs = m.value(Meta::CreatedAt).toLongLong();
    m_publicKey = key.value();
    return {};
}

Status Workspace::run(Command& command, const Session& session)
{
    return runInTransaction(*m_db, m_id, session, m_clock->nowMs(), command, m_passwordParameters);
}

Status Workspace::execute(Command& command)
{
    if (command.requiredAction() && m_session.isSignedIn() && isIdleLocked()) {
        return Error(ErrorCode::Unauthenticated,
                     tr("the session locked after %1 minutes without activity; enter your password to continue")
                         .arg(inactivityLimitMs() / 60000));
    }
    if (auto r = run(command, m_session); !r) {
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
    const QString wrong = tr("the user ID or password is not correct");
    auto found = UserTable(*m_db).find(username);
    if (!found) {
        return found.error();
    }
    if (!found.value()) {
        // Spend the time a real check takes, so response times do not reveal which usernames exist.
        static const QString dummy = PasswordHash::hash(SecretBytes::fromUtf8("countersign"), {}).value_or({});
        (void)PasswordHash::verify(password, dummy);
        return Error(ErrorCode::Unauthenticated, wrong);
    }
    const User user = *found.value();
    if (user.status == UserStatus::Locked) {
        return Error(ErrorCode::AccountLocked,
                     tr("the account %1 is locked after %2 failed sign-in attempts; only an administrator can unlock "
                        "it")
                         .arg(username)
                         .arg(user.failedAttempts));
    }
    if (user.status == UserStatus::Disabled) {
        return Error(ErrorCode::AccountLocked, tr("the account %1 is disabled").arg(username));
    }
    auto matches = PasswordHash::verify(password, user.passwordHash);
    if (!matches) {
        return matches.error();
    }
    if (isReadOnly()) {
        // Nothing can be recorded in a read-only workspace; the answer is still checked.
        return matches.value() ? Result<User>(user) : Result<User>(Error(ErrorCode::Unauthenticated, wrong));
    }
    if (!matches.value()) {
        RecordFailedSignInCommand failure(
            username, use == CredentialUse::SignIn ? tr("at sign-in") : tr("when signing a record"));
        if (auto r = run(failure, Session::system()); !r) {
            return r.error();
        }
        if (failure.lockedNow()) {
            return Error(ErrorCode::AccountLocked,
                         tr("the account %1 is now locked after %2 failed attempts; an administrator must unlock it")
                             .arg(username)
                             .arg(failure.attempts()));
        }
        return Error(ErrorCode::Unauthenticated,
                     tr("%1 (%2 of %3 attempts before the account locks)")
                         .arg(wrong)
                         .arg(failure.attempts())
                         .arg(failure.limit()));
    }
    if (use == CredentialUse::SignIn || user.failedAttempts > 0) {
        const Session as = use == CredentialUse::SignIn ? Session::forActor(username) : m_session;
        RecordSignInCommand success(username, use == CredentialUse::SignIn);
        if (auto r = run(success, as); !r) {
            return r.error();
        }
        if (use == CredentialUse::SignIn) {
            m_session = as;
        }
    }
    User current = user;
    current.failedAttempts = 0;
    return current;
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

Result<User> Workspace::currentUser()
{
    if (!m_session.isSignedIn()) {
        return Error(ErrorCode::Unauthenticated, tr("nobody is signed in"));
    }
    return UserCommands::load(*m_db, m_session.actor);
}

Status Workspace::authorize(Action action)
{
    auto user = currentUser();
    if (!user) {
        return user.error();
    }
    if (user->status != UserStatus::Active) {
        return Error(ErrorCode::AccountLocked,
                     tr("the account %1 is %2").arg(user->username, userStatusDisplayName(user->status).toLower()));
    }
    return Authority::check(user->username, user->roles, action);
}

Result<User> Workspace::reauthenticate(const QString& username, const SecretBytes& password)
{
    if (!m_session.isSignedIn()) {
        return Error(ErrorCode::Unauthenticated, tr("sign in first"));
    }
    if (username != m_session.actor) {
        return Error(ErrorCode::Unauthenticated,
                     tr("you are signed in as %1; only %1 can sign in this session").arg(m_session.actor));
    }
    auto user = checkCredentials(username, password, CredentialUse::Reauthenticate);
    if (user) {
        touch();
    }
    return user;
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
        return Error(ErrorCode::Unauthenticated, tr("nobody is signed in"));
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

Result<WorkspaceSettings> Workspace::settings()
{
    return WorkspaceSettings::load(*m_db);
}

Result<qint64> Workspace::eventCount()
{
    return AuditEventTable(*m_db).maxSeq();
}

Result<std::optional<AuditEvent>> Workspace::lastEvent()
{
    return AuditEventTable(*m_db).last();
}

Result<VerificationReport> Workspace::verify(const QList<std::pair<QString, QByteArray>>& checkpointFiles,
                                             std::function<bool(qint64, qint64)> progress)
{
    AuditVerifier verifier(*m_db, m_id, m_publicKey);
    for (const auto& [source, note] : checkpointFiles) {
        verifier.addCheckpointFile(source, note);
    }
    verifier.setProgress(progress);
    auto report = verifier.run();
    if (!report) {
        return report;
    }
    // The evidence kept beside the trail, against the digests the trail recorded.
    const qint64 events = report->eventCount;
    auto checked = EvidenceCheck::run(*m_db, report.value(),
                                      [&progress, events] { return progress && !progress(events, events); });
    if (!checked) {
        return checked.error();
    }
    return report;
}

Result<Checkpoint> Workspace::writeCheckpoint()
{
    auto latest = CheckpointTable(*m_db).latest();
    auto last = lastEvent();
    if (!latest || !last) {
        return latest ? last.error() : latest.error();
    }
    if (latest.value() && last.value() && last.value()->seq == latest.value()->size + 1 &&
        last.value()->action == CreateCheckpointCommand::EventAction &&
        last.value()->entityId == QString::number(latest.value()->id)) {
        return *latest.value(); // nothing happened since: the latest checkpoint still covers everything
    }
    auto key = WorkspaceKeyFile::read(keyFilePath());
    if (!key) {
        return key.error();
    }
    if (key->publicKey().raw() != m_publicKey.raw()) {
        return Error(ErrorCode::Crypto, tr("the key file %1 does not belong to this workspace").arg(keyFilePath()));
    }
    CreateCheckpointCommand command(key.value(), m_publicKey);
    if (auto r = execute(command); !r) {
        return r.error();
    }
    return command.checkpoint();
}

} // namespace cs
