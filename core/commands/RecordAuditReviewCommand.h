#pragma once

#include "commands/Command.h"
#include "records/AuditReview.h"

namespace cs {

/// Records that the acting person reviewed audit events fromSeq..toSeq with a finding (EU Annex 11 §9).
/// The review pins the chain hash of toSeq. The range must lie within the events recorded so far. Without a range,
/// the review covers the events after the last review up to the latest, as they stand inside the transaction (so
/// two reviewers at once never cover a range computed before the other's review).
class RecordAuditReviewCommand final : public Command
{
public:
    RecordAuditReviewCommand(qint64 fromSeq, qint64 toSeq, QString finding);
    explicit RecordAuditReviewCommand(QString finding);
    QString description() const override;
    std::optional<Action> requiredAction() const override;
    Status apply(CommandContext& context) override;
    /// The review as recorded (valid after a successful execute).
    const AuditReview& review() const { return m_review; }

private:
    qint64 m_fromSeq = 0; ///< 0: the default range
    qint64 m_toSeq = 0;
    QString m_finding;
    AuditReview m_review;
};

} // namespace cs
