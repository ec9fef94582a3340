#include "RecordAuditReviewCommand.h"

#include "commands/CommandContext.h"
#include "store/AuditEventTable.h"
#include "store/RecordTables.h"

#include <QCoreApplication>

namespace cs {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::RecordAuditReviewCommand)
};
} // namespace

RecordAuditReviewCommand::RecordAuditReviewCommand(qint64 fromSeq, qint64 toSeq, QString finding)
    : m_fromSeq(fromSeq)
    , m_toSeq(toSeq)
    , m_finding(finding.trimmed())
{ }

RecordAuditReviewCommand::RecordAuditReviewCommand(QString finding)
    : m_finding(finding.trimmed())
{ }

std::optional<Action> RecordAuditReviewCommand::requiredAction() const
{
    return Action::RecordAuditReview;
}

QString RecordAuditReviewCommand::description() const
{
    if (m_fromSeq == 0) {
        return Tr::tr("record a review of the audit events since the last review");
    }
    return Tr::tr("record a review of audit events %1 to %2").arg(m_fromSeq).arg(m_toSeq);
}

Status RecordAuditReviewCommand::apply(CommandContext& ctx)
{
    if (m_finding.isEmpty()) {
        return Error(ErrorCode::InvalidArgument,
                     Tr::tr("a review needs a finding (what was checked and what was found)"));
    }
    AuditEventTable events(ctx.database());
    auto size = events.maxSeq();
    if (!size) {
        return size.error();
    }
    if (m_fromSeq == 0) {
        auto range = ReviewTable(ctx.database()).unreviewed();
        if (!range) {
            return range.error();
        }
        if (!range.value()) {
            return Error(ErrorCode::Rule,
                         Tr::tr("nothing to review: the last review already covers events up to %1").arg(size.value()));
        }
        std::tie(m_fromSeq, m_toSeq) = *range.value();
    }
    if (m_fromSeq < 1 || m_toSeq < m_fromSeq || m_toSeq > size.value()) {
        return Error(ErrorCode::InvalidArgument,
                     Tr::tr("cannot review events %1 to %2: the trail holds events 1 to %3")
                         .arg(m_fromSeq)
                         .arg(m_toSeq)
                         .arg(size.value()));
    }
    auto last = events.at(m_toSeq);
    if (!last) {
        return last.error();
    }
    m_review.fromSeq = m_fromSeq;
    m_review.toSeq = m_toSeq;
    m_review.chainHead = last->chainHash;
    m_review.finding = m_finding;
    m_review.reviewer = ctx.session().actor;
    m_review.reviewedAtMs = ctx.nowMs();
    auto id = ReviewTable(ctx.database()).insert(ctx.write(), m_review);
    if (!id) {
        return id.error();
    }
    m_review.id = id.value();
    AuditRecord record;
    record.action = AuditAction::AuditReviewed;
    record.change = ChangeKind::Create;
    record.entityType = QStringLiteral("audit_review");
    record.entityId = QString::number(m_review.id);
    record.after = m_review.toJson();
    auto event = ctx.record(record);
    return event ? Status() : event.error();
}

} // namespace cs
