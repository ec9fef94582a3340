#pragma once

#include "commands/Command.h"
#include "registry/DriftMonitor.h"

namespace cs {

/// Runs drift monitoring on one production window (docs/drift.md): computes the run from stored data
/// (DriftMonitor::compute, with the real-world monitoring rules of the model's PCCP in force), freezes it with its
/// SHA-256, and, when it breaches a threshold, raises an alert that waits in the review queue. One transaction: the
/// run, its event, and the alert with its event.
class RunDriftCommand final : public Command
{
public:
    explicit RunDriftCommand(DriftRunRequest request);
    QString description() const override;
    std::optional<Action> requiredAction() const override { return Action::RunDrift; }
    Status apply(CommandContext& ctx) override;

    const DriftRun& run() const { return m_run; }
    /// The alert raised, if the run breached a threshold.
    const std::optional<DriftAlert>& alert() const { return m_alert; }

private:
    DriftRunRequest m_request;
    DriftRun m_run;
    std::optional<DriftAlert> m_alert;
};

/// A QA officer acknowledges an open alert with a reason: it leaves the review queue, and nothing about it changes.
/// Refuses an unknown alert, one already decided, and an empty reason.
class AcknowledgeAlertCommand final : public Command
{
public:
    AcknowledgeAlertCommand(qint64 alertId, QString reason);
    QString description() const override;
    std::optional<Action> requiredAction() const override { return Action::ReviewAlert; }
    Status apply(CommandContext& ctx) override;

private:
    qint64 m_alertId;
    QString m_reason;
};

namespace DriftAlerts {
/// "DA-7" (or "7") -> 7; nothing for anything else.
std::optional<qint64> parseLabel(const QString& text);
/// The alert a change request's trigger reference names, as "DA-7"; an error saying what is expected otherwise.
Result<QString> triggerLabel(const QString& reference);
/// Records that change request `requestId` was opened from the alert `alertLabel` ("DA-7"), within the creating
/// command: refuses an unknown alert, one of another model, and one already decided.
Status recordChangeRequest(CommandContext& ctx, const QString& alertLabel, const QString& model,
                           const QString& requestId);
} // namespace DriftAlerts

} // namespace cs
