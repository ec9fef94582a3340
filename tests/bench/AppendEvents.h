#pragma once

#include "commands/Command.h"
#include "commands/CommandContext.h"
#include "store/RecordTables.h"

namespace cs::bench {

/// Records `count` setting changes in one transaction, through the same path as every command: each writes the
/// setting and records its event, which seals it.
class AppendEvents final : public Command
{
public:
    AppendEvents(int count, qint64 first)
        : m_count(count)
        , m_first(first)
    { }
    std::optional<Action> requiredAction() const override { return Action::ChangeSettings; }
    QString description() const override { return QStringLiteral("benchmark append"); }
    Status apply(CommandContext& ctx) override
    {
        for (int i = 0; i < m_count; ++i) {
            const qint64 n = m_first + i;
            AuditRecord record {AuditAction::SettingChanged,
                                ChangeKind::Update,
                                QStringLiteral("setting"),
                                QStringLiteral("audit.review_interval_days"),
                                QJsonObject {{QStringLiteral("value"), n % 2 ? 20 : 21}},
                                QJsonObject {{QStringLiteral("value"), n % 2 ? 21 : 20}},
                                QStringLiteral("Benchmark change %1 per change ticket CHG-%2").arg(n).arg(n % 9973)};
            // The change itself, so that each event seals the setting it wrote, as a real change does.
            const QByteArray value = n % 2 ? "{\"value\":21}" : "{\"value\":20}";
            if (auto w = SettingTable(ctx.database())
                             .upsert(ctx.write(), QStringLiteral("audit.review_interval_days"), value, ctx.nowMs(),
                                     ctx.session().actor);
                !w) {
                return w;
            }
            if (auto e = ctx.record(record); !e) {
                return e.error();
            }
        }
        return {};
    }

private:
    int m_count;
    qint64 m_first;
};

} // namespace cs::bench
