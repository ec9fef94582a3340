#include "DriftCommands.h"

#include "audit/RecordCheck.h"
#include "commands/CommandContext.h"
#include "json/CanonicalJson.h"
#include "registry/PccpStandings.h"
#include "store/DriftTables.h"
#include "util/DisplayText.h"
#include "util/Languages.h"

#include <QCoreApplication>

namespace cs {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::DriftCommands)
};

/// The alert, seal-checked, and refused when it is unknown or already decided.
Result<DriftAlert> openAlert(CommandContext& ctx, qint64 id, const QString& shown)
{
    DriftTable table(ctx.database());
    auto alert = table.alert(id);
    if (!alert) {
        return alert.error();
    }
    if (!alert.value()) {
        return Error(ErrorCode::NotFound, Tr::tr("there is no drift alert %1").arg(shown));
    }
    if (auto r = RecordCheck::require(ctx.database(), QStringLiteral("drift_alert"), RecordKey::of(id)); !r) {
        return r.error();
    }
    auto decisions = table.decisions(id);
    if (!decisions) {
        return decisions.error();
    }
    if (!decisions->isEmpty()) {
        const AlertDecision& d = decisions->first();
        return Error(ErrorCode::Rule,
                     d.action == AlertAction::ChangeRequested
                         ? Tr::tr("drift alert %1 was already acted on: change request %2 was opened from it")
                               .arg(shown, d.changeRequest)
                         : Tr::tr("drift alert %1 was already acknowledged by %2").arg(shown, d.by));
    }
    return *alert.value();
}

Status recordDecision(CommandContext& ctx, const DriftAlert& alert, const AlertDecision& d)
{
    if (auto r = DriftTable(ctx.database()).insertDecision(ctx.write(), d); !r) {
        return r.error();
    }
    AuditRecord event;
    event.action = AuditAction::DriftAlertDecided;
    event.change = ChangeKind::Create;
    event.entityType = QStringLiteral("drift_alert");
    event.entityId = alert.label();
    event.after = QJsonObject {{QStringLiteral("action"), nameOf(d.action)},
                               {QStringLiteral("reason"), d.reason},
                               {QStringLiteral("change_request"), d.changeRequest},
                               {QStringLiteral("window"), alert.window}};
    auto e = ctx.record(event);
    return e ? Status() : Status(e.error());
}
} // namespace

// --- run

RunDriftCommand::RunDriftCommand(DriftRunRequest request)
    : m_request(std::move(request))
{ }

QString RunDriftCommand::description() const
{
    return Tr::tr("run drift monitoring on %1 against %2").arg(m_request.window, m_request.reference);
}

Status RunDriftCommand::apply(CommandContext& ctx)
{
    m_alert.reset();
    auto pccp = PccpStandings::inForce(ctx.database(), m_request.model);
    if (!pccp) {
        return pccp.error();
    }
    if (pccp.value()) {
        if (auto r = RecordCheck::require(ctx.database(), QStringLiteral("pccp"), RecordKey::of(pccp.value()->id));
            !r) {
            return r;
        }
    }
    // The run and its alerts are stored and hashed: their words are the records' (English), in any language.
    const Languages::RecordWording recordWording;
    auto computed = DriftMonitor::compute(ctx.database(), m_request, pccp.value());
    if (!computed) {
        return computed.error();
    }
    const DriftComputation& c = computed.value();
    DriftRun run;
    run.model = m_request.model;
    run.version = c.version;
    run.window = m_request.window;
    run.reference = m_request.reference;
    run.content = c.content;
    auto sha = CanonicalJson::sha256Hex(c.content);
    if (!sha) {
        return sha.error();
    }
    run.contentSha256 = sha.value();
    run.createdAtMs = ctx.nowMs();
    run.createdBy = ctx.session().actor;
    DriftTable table(ctx.database());
    auto id = table.insertRun(ctx.write(), run, c.windowId, c.referenceId);
    if (!id) {
        return id.error();
    }
    run.id = id.value();
    AuditRecord event;
    event.action = AuditAction::DriftRunRecorded;
    event.change = ChangeKind::Create;
    event.entityType = QStringLiteral("drift_run");
    event.entityId = run.label();
    event.after =
        QJsonObject {{QStringLiteral("model"), run.model},
                     {QStringLiteral("version"), run.version},
                     {QStringLiteral("window"), run.window},
                     {QStringLiteral("reference"), run.reference},
                     {QStringLiteral("content_sha256"), run.contentSha256},
                     {QStringLiteral("drifted_features"), c.content.value(QStringLiteral("drifted_features"))},
                     {QStringLiteral("breaches"), c.reasons.size()}};
    if (auto e = ctx.record(event); !e) {
        return e.error();
    }
    m_run = run;
    if (c.reasons.isEmpty()) {
        return {};
    }
    DriftAlert alert;
    alert.runId = run.id;
    alert.model = run.model;
    alert.window = run.window;
    alert.reasons = c.reasons;
    alert.raisedAtMs = ctx.nowMs();
    auto alertId = table.insertAlert(ctx.write(), alert);
    if (!alertId) {
        return alertId.error();
    }
    alert.id = alertId.value();
    AuditRecord raised;
    raised.action = AuditAction::DriftAlertRaised;
    raised.change = ChangeKind::Create;
    raised.entityType = QStringLiteral("drift_alert");
    raised.entityId = alert.label();
    raised.after = QJsonObject {{QStringLiteral("run"), run.label()},
                                {QStringLiteral("model"), run.model},
                                {QStringLiteral("window"), run.window},
                                {QStringLiteral("reasons"), alert.reasons}};
    if (auto e = ctx.record(raised); !e) {
        return e.error();
    }
    m_alert = alert;
    return {};
}

// --- acknowledge

AcknowledgeAlertCommand::AcknowledgeAlertCommand(qint64 alertId, QString reason)
    : m_alertId(alertId)
    , m_reason(std::move(reason))
{ }

QString AcknowledgeAlertCommand::description() const
{
    return Tr::tr("acknowledge drift alert DA-%1").arg(m_alertId);
}

Status AcknowledgeAlertCommand::apply(CommandContext& ctx)
{
    const QString reason = m_reason.trimmed();
    if (reason.isEmpty()) {
        return Error(ErrorCode::InvalidArgument,
                     Tr::tr("give the reason drift alert DA-%1 needs no change now").arg(m_alertId));
    }
    if (const auto c = DisplayText::firstHostile(reason)) {
        return Error(ErrorCode::InvalidArgument,
                     Tr::tr("the reason holds the control character %1; refused").arg(DisplayText::codePoint(*c)));
    }
    auto alert = openAlert(ctx, m_alertId, QStringLiteral("DA-%1").arg(m_alertId));
    if (!alert) {
        return alert.error();
    }
    AlertDecision d;
    d.alertId = m_alertId;
    d.action = AlertAction::Acknowledged;
    d.reason = reason;
    d.atMs = ctx.nowMs();
    d.by = ctx.session().actor;
    return recordDecision(ctx, alert.value(), d);
}

// --- from a change request

std::optional<qint64> DriftAlerts::parseLabel(const QString& text)
{
    QString t = text.trimmed();
    if (t.startsWith(QStringLiteral("DA-"), Qt::CaseInsensitive)) {
        t = t.mid(3);
    }
    bool ok = false;
    const qint64 id = t.toLongLong(&ok);
    return ok && id > 0 ? std::optional(id) : std::nullopt;
}

Result<QString> DriftAlerts::triggerLabel(const QString& reference)
{
    const auto id = parseLabel(reference);
    if (!id) {
        return Error(ErrorCode::InvalidArgument,
                     Tr::tr("a change request triggered by a drift alert names the alert (DA-N) as its trigger "
                            "reference, not \"%1\"")
                         .arg(DisplayText::escaped(reference)));
    }
    return QStringLiteral("DA-%1").arg(*id);
}

Status DriftAlerts::recordChangeRequest(CommandContext& ctx, const QString& alertLabel, const QString& model,
                                        const QString& requestId)
{
    auto label = triggerLabel(alertLabel);
    if (!label) {
        return label.error();
    }
    const auto id = parseLabel(label.value());
    auto alert = openAlert(ctx, *id, alertLabel);
    if (!alert) {
        return alert.error();
    }
    if (alert->model != model) {
        return Error(ErrorCode::Rule,
                     Tr::tr("drift alert %1 is about model %2, not %3").arg(alert->label(), alert->model, model));
    }
    AlertDecision d;
    d.alertId = *id;
    d.action = AlertAction::ChangeRequested;
    d.changeRequest = requestId;
    d.reason = QStringLiteral("change request %1 opened from it").arg(requestId);
    d.atMs = ctx.nowMs();
    d.by = ctx.session().actor;
    return recordDecision(ctx, alert.value(), d);
}

} // namespace cs
