#include "ChangeSettingCommand.h"

#include "commands/CommandContext.h"
#include "json/CanonicalJson.h"
#include "settings/WorkspaceSettings.h"
#include "store/RecordTables.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace cs {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::ChangeSettingCommand)
};
} // namespace

ChangeSettingCommand::ChangeSettingCommand(QString key, QJsonValue value, QString reason)
    : m_key(std::move(key))
    , m_value(std::move(value))
    , m_reason(std::move(reason))
{ }

std::optional<Action> ChangeSettingCommand::requiredAction() const
{
    return Action::ChangeSettings;
}

QString ChangeSettingCommand::description() const
{
    return Tr::tr("change setting %1").arg(m_key);
}

Status ChangeSettingCommand::apply(CommandContext& ctx)
{
    const SettingSpec* spec = WorkspaceSettings::find(m_key);
    if (spec == nullptr) {
        return Error(ErrorCode::InvalidArgument, Tr::tr("there is no setting called %1").arg(m_key));
    }
    if (auto r = WorkspaceSettings::validate(*spec, m_value); !r) {
        return r;
    }
    SettingTable table(ctx.database());
    auto stored = table.all();
    if (!stored) {
        return stored.error();
    }
    const QJsonValue old = stored->contains(m_key)
        ? QJsonDocument::fromJson(stored->value(m_key)).object().value(QStringLiteral("value"))
        : spec->defaultValue;
    if (old == m_value) {
        return Error(ErrorCode::Rule,
                     Tr::tr("setting %1 is already %2; nothing to change")
                         .arg(m_key, QString::fromUtf8(CanonicalJson::serialize(m_value).value())));
    }
    const QJsonObject after {{QStringLiteral("value"), m_value}};
    auto json = CanonicalJson::serialize(after);
    if (!json) {
        return json.error();
    }
    if (auto r = table.upsert(ctx.write(), m_key, json.value(), ctx.nowMs(), ctx.session().actor); !r) {
        return r;
    }
    AuditRecord record;
    record.action = AuditAction::SettingChanged;
    record.change = ChangeKind::Update;
    record.entityType = QStringLiteral("setting");
    record.entityId = m_key;
    record.before = QJsonObject {{QStringLiteral("value"), old}};
    record.after = after;
    record.reason = m_reason;
    auto event = ctx.record(record);
    return event ? Status() : event.error();
}

} // namespace cs
