#include "WorkspaceCommands.h"

#include "audit/SignedNote.h"
#include "commands/CommandContext.h"
#include "commands/UserCommands.h"
#include "records/Checkpoint.h"
#include "store/IdentityTables.h"
#include "store/Migrator.h"
#include "store/RecordTables.h"

#include <QCoreApplication>

namespace cs {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::Workspace)
};
} // namespace

QString CreateWorkspaceCommand::description() const
{
    return Tr::tr("create the workspace");
}

Status CreateWorkspaceCommand::apply(CommandContext& ctx)
{
    Database& db = ctx.database();
    if (auto r = Migrator::migrate(db, ctx.write(), m_migrations, 0, ctx.nowMs()); !r) {
        return r;
    }
    MetaTable meta(db);
    auto verifierKey = SignedNote::verifierKey(Checkpoint::originFor(m_id), m_key);
    if (!verifierKey) {
        return verifierKey.error();
    }
    for (const auto& [key, value] :
         {std::pair {WorkspaceMeta::Id, m_id}, std::pair {WorkspaceMeta::Name, m_info.name},
          std::pair {WorkspaceMeta::CreatedAt, QString::number(ctx.nowMs())},
          std::pair {WorkspaceMeta::PublicKey, QString::fromLatin1(m_key.raw().toBase64())},
          std::pair {WorkspaceMeta::Demo, m_info.demo ? QStringLiteral("1") : QStringLiteral("0")}}) {
        if (auto r = meta.insert(ctx.write(), key, value); !r) {
            return r;
        }
    }
    AuditRecord record;
    record.action = AuditAction::WorkspaceCreated;
    record.change = ChangeKind::Create;
    record.entityType = QStringLiteral("workspace");
    record.entityId = m_id;
    record.after = QJsonObject {{QStringLiteral("name"), m_info.name},
                                {QStringLiteral("demo"), m_info.demo},
                                {QStringLiteral("schema_version"), m_migrations.last().version},
                                {QStringLiteral("verifier_key"), verifierKey.value()}};
    if (auto event = ctx.record(record); !event) {
        return event.error();
    }
    if (!m_administrator.roles.contains(Role::Administrator)) {
        return Error(ErrorCode::Rule, Tr::tr("the person who creates a workspace must be its administrator"));
    }
    return UserCommands::insertNewUser(ctx, m_administrator, m_password, false);
}

QString CreateFirstAdministratorCommand::description() const
{
    return Tr::tr("create the first administrator");
}

Status CreateFirstAdministratorCommand::apply(CommandContext& ctx)
{
    auto count = UserTable(ctx.database()).count();
    if (!count) {
        return count.error();
    }
    if (count.value() > 0) {
        return Error(ErrorCode::Rule, Tr::tr("this workspace already has accounts; an administrator adds people"));
    }
    if (!m_administrator.roles.contains(Role::Administrator)) {
        return Error(ErrorCode::Rule, Tr::tr("the first account of a workspace must hold the administrator role"));
    }
    return UserCommands::insertNewUser(ctx, m_administrator, m_password, false);
}

QString UpgradeSchemaCommand::description() const
{
    return Tr::tr("upgrade the workspace schema");
}

Status UpgradeSchemaCommand::apply(CommandContext& ctx)
{
    if (auto r = Migrator::migrate(ctx.database(), ctx.write(), m_migrations, m_from, ctx.nowMs()); !r) {
        return r;
    }
    AuditRecord record;
    record.action = AuditAction::SchemaUpgraded;
    record.change = ChangeKind::Update;
    record.entityType = QStringLiteral("workspace");
    record.entityId = m_id;
    record.before = QJsonObject {{QStringLiteral("schema_version"), m_from}};
    record.after = QJsonObject {{QStringLiteral("schema_version"), m_migrations.last().version}};
    record.reason = QStringLiteral("opened by Countersign %1, which stores schema %2")
                        .arg(QStringLiteral(COUNTERSIGN_VERSION))
                        .arg(m_migrations.last().version);
    auto event = ctx.record(record);
    return event ? Status() : event.error();
}

} // namespace cs
