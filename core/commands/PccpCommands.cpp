#include "PccpCommands.h"

#include "commands/CommandContext.h"
#include "json/CanonicalJson.h"
#include "store/PccpTables.h"
#include "store/RegistryTables.h"
#include "util/DisplayText.h"

#include <QCoreApplication>

namespace cs {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::PccpCommands)
};

/// Titles and ids are shown in lists, tables and the signed documents: no line breaks, escapes or direction
/// overrides.
QStringList hostileText(const Pccp& p)
{
    QStringList problems;
    const auto check = [&problems](const QString& where, const QString& text) {
        if (const auto c = DisplayText::firstHostile(text)) {
            problems.append(Tr::tr("%1: \"%2\" holds the control character %3")
                                .arg(where, DisplayText::escaped(text), DisplayText::codePoint(*c)));
        }
    };
    check(QStringLiteral("title"), p.title);
    for (qsizetype i = 0; i < p.modifications.size(); ++i) {
        const PccpModification& m = p.modifications.at(i);
        const QString where = QStringLiteral("modifications[%1]").arg(i);
        check(where + QStringLiteral(".id"), m.id);
        check(where + QStringLiteral(".title"), m.title);
        for (qsizetype r = 0; r < m.rules.size(); ++r) {
            check(where + QStringLiteral(".protocol.rules[%1].id").arg(r), m.rules.at(r).id);
            check(where + QStringLiteral(".protocol.rules[%1].title").arg(r), m.rules.at(r).title);
        }
    }
    for (qsizetype r = 0; r < p.monitoring.size(); ++r) {
        check(QStringLiteral("monitoring[%1].id").arg(r), p.monitoring.at(r).id);
        check(QStringLiteral("monitoring[%1].title").arg(r), p.monitoring.at(r).title);
    }
    return problems;
}
} // namespace

SavePccpCommand::SavePccpCommand(Pccp content, QString source)
    : m_content(std::move(content))
    , m_source(std::move(source))
{ }

QString SavePccpCommand::description() const
{
    return Tr::tr("save a new version of the PCCP of %1").arg(m_content.model);
}

Status SavePccpCommand::apply(CommandContext& ctx)
{
    // What is stored is toJson(); it must read back as written, so the window's form is held to the YAML file's rules.
    QStringList problems;
    const Pccp readBack = Pccp::fromJson(m_content.toJson(), &problems);
    problems += hostileText(m_content);
    if (!problems.isEmpty()) {
        return Error(ErrorCode::InvalidArgument,
                     Tr::tr("the PCCP of %1 cannot be saved:\n- %2")
                         .arg(m_content.model, problems.join(QStringLiteral("\n- "))));
    }
    auto model = RegistryTable(ctx.database()).model(readBack.model);
    if (!model) {
        return model.error();
    }
    if (!model.value()) {
        return Error(
            ErrorCode::NotFound,
            Tr::tr("model: there is no model %1 in this workspace; import a version of it first").arg(readBack.model));
    }
    auto sha = CanonicalJson::sha256Hex(readBack.toJson());
    if (!sha) {
        return sha.error();
    }
    PccpTable table(ctx.database());
    auto versions = table.versions(readBack.model);
    if (!versions) {
        return versions.error();
    }
    if (!versions->isEmpty() && versions->first().contentSha256 == sha.value()) {
        return Error(ErrorCode::Rule,
                     Tr::tr("version %1 of the PCCP of %2 already says exactly this; nothing to save")
                         .arg(versions->first().version)
                         .arg(readBack.model));
    }
    PccpRecord record;
    record.model = readBack.model;
    record.version = versions->isEmpty() ? 1 : versions->first().version + 1;
    record.content = readBack;
    record.contentSha256 = sha.value();
    record.source = m_source.trimmed().isEmpty() ? QStringLiteral("form") : m_source.trimmed();
    record.author = ctx.session().actor;
    record.createdAtMs = ctx.nowMs();
    auto id = table.insert(ctx.write(), record);
    if (!id) {
        return id.error();
    }
    m_version = record.version;
    m_sha256 = record.contentSha256;
    AuditRecord event;
    event.action = AuditAction::PccpSaved;
    event.change = ChangeKind::Create;
    event.entityType = QStringLiteral("pccp");
    event.entityId = record.reference();
    QJsonObject after = readBack.toJson();
    after.insert(QStringLiteral("version"), record.version);
    after.insert(QStringLiteral("content_sha256"), record.contentSha256);
    after.insert(QStringLiteral("source"), record.source);
    event.after = after;
    if (versions->isEmpty()) {
        event.reason = QStringLiteral("first version");
    } else {
        event.reason = QStringLiteral("supersedes version %1 once approved").arg(versions->first().version);
    }
    auto e = ctx.record(event);
    return e ? Status() : e.error();
}

} // namespace cs
