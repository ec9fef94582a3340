#include "Workspace.h"

#include "audit/AuditVerifier.h"
#include "audit/SignedNote.h"
#include "commands/CreateCheckpointCommand.h"
#include "store/AuditEventTable.h"
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
                           const Ed25519PublicKey& key)
        : m_migrations(migrations)
        , m_id(std::move(id))
        , m_info(info)
        , m_key(key)
    { }
    QString description() const override { return tr("create the workspace"); }
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
        auto event = ctx.record(record);
        return event ? Status() : event.error();
    }

private:
    const QList<Migration>& m_migrations;
    QString m_id;
    Workspace::CreateInfo m_info;
    Ed25519PublicKey m_key;
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
                        Command& command)
{
    WriteTransaction tx(db);
    if (auto r = tx.begin(); !r) {
        return r;
    }
    CommandContext ctx(db, workspaceId, session, nowMs);
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

Result<std::unique_ptr<Workspace>> Workspace::create(const QString& path, const Session& session,
                                                     const CreateInfo& info, Options options)
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
        CreateWorkspaceCommand command(migrations, id, info, key->publicKey());
        if (auto r = runInTransaction(**db, id, session, clock.nowMs(), command); !r) {
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
    return open(path, Database::Mode::ReadWrite, session, options);
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString& path, Database::Mode mode, const Session& session,
                                                   Options options)
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
    ws->m_session = session;
    ws->m_clock = options.clock ? options.clock : &Clock::system();
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
        if (auto r = ws->execute(upgrade); !r) {
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

Status Workspace::execute(Command& command)
{
    return runInTransaction(*m_db, m_id, m_session, m_clock->nowMs(), command);
}

Result<WorkspaceSettings> Workspace::settings()
{
    auto stored = SettingTable(*m_db).all();
    if (!stored) {
        return stored.error();
    }
    QHash<QString, QJsonValue> values;
    for (auto it = stored->cbegin(); it != stored->cend(); ++it) {
        values.insert(it.key(), QJsonDocument::fromJson(it.value()).object().value(QStringLiteral("value")));
    }
    return WorkspaceSettings(values);
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
    verifier.setProgress(std::move(progress));
    return verifier.run();
}

Result<Checkpoint> Workspace::writeCheckpoint()
{
    auto latest = CheckpointTable(*m_db).latest();
    auto last = lastEvent();
    if (!latest || !last) {
        return latest ? last.error() : latest.error();
    }
    if (latest.value() && last.value() && last.value()->seq == latest.value()->size + 1 &&
        last.value()->action == CreateCheckpointCommand::Action &&
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
