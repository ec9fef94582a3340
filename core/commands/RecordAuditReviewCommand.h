#pragma once

#include "audit/AuditReview.h"
#include "workspace/Command.h"

namespace cs {

class Workspace;

/// Records that the acting person reviewed audit events fromSeq..toSeq with a finding (EU Annex 11 §9).
/// The review pins the chain hash of toSeq. The range must lie within the events recorded so far.
class RecordAuditReviewCommand final : public Command
{
public:
    RecordAuditReviewCommand(qint64 fromSeq, qint64 toSeq, QString finding);
    QString description() const override;
    std::optional<Action> requiredAction() const override;
    Status apply(CommandContext& context) override;
    /// The review as recorded (valid after a successful execute).
    const AuditReview& review() const { return m_review; }

    /// The range a new review covers by default: the events after the last review, up to the latest event.
    static Result<std::pair<qint64, qint64>> defaultRange(Workspace& workspace);

    static inline const QString EventAction = QStringLiteral("audit.reviewed");

private:
    qint64 m_fromSeq;
    qint64 m_toSeq;
    QString m_finding;
    AuditReview m_review;
};

} // namespace cs
