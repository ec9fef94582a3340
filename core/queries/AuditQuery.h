#pragma once

#include "audit/AuditExcerpt.h"
#include "records/AuditEvent.h"
#include "records/AuditFilter.h"
#include "records/AuditReview.h"
#include "util/Result.h"

#include <QStringList>

#include <functional>
#include <optional>

namespace cs {

class Database;
class Workspace;

/// Reads the audit trail and its reviews for the window and the command line. Read-only; lives no longer than the
/// workspace it was made for.
class AuditQuery
{
public:
    explicit AuditQuery(Workspace& workspace);

    Result<AuditEvent> event(qint64 seq);
    /// Number of events matching `filter` (an empty filter: the highest sequence number).
    Result<qint64> count(const AuditFilter& filter);
    /// Number of event rows actually present (equals the highest sequence number when none is missing).
    Result<qint64> rows();
    /// Number of matching events with a sequence number below `seq`: the row of `seq` in a filtered view.
    Result<qint64> countBefore(const AuditFilter& filter, qint64 seq);
    Result<bool> matches(const AuditFilter& filter, qint64 seq);
    /// Up to `limit` matching events in sequence order with seq > afterSeq, skipping `offset` matches first.
    Result<QList<AuditEvent>> page(const AuditFilter& filter, qint64 afterSeq, qint64 offset, int limit);
    /// Calls `visit` for every event from `fromSeq` on, in sequence order, until it returns false.
    Status scan(qint64 fromSeq, const std::function<bool(const AuditEvent&)>& visit);
    Result<QStringList> actors();
    Result<QStringList> actions();

    Result<QList<AuditReview>> reviews();
    /// The events a new review would cover: after the last review, up to the latest event (none when all are
    /// reviewed). RecordAuditReviewCommand without a range takes it again inside its transaction.
    Result<std::optional<std::pair<qint64, qint64>>> unreviewed();

    /// The events `include` picks among those `checkpoint` covers, each with its canonical bytes and inclusion proof,
    /// and the checkpoint's note with `verifierKey`. Refused (Integrity) when the stored trail no longer hashes to the
    /// checkpoint's root: an excerpt is only made of a trail that still matches what was signed.
    Result<AuditExcerpt> excerpt(const Checkpoint& checkpoint, const QString& verifierKey,
                                 const std::function<bool(const AuditEvent&)>& include);

private:
    Database& m_db;
    QString m_workspaceId;
};

} // namespace cs
