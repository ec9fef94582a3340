#pragma once

#include "records/AuditEvent.h"
#include "records/Session.h"
#include "store/AuditEventTable.h"

namespace cs::AuditLog {

/// Appends one event for `record` inside the caller's write transaction: assigns the next sequence number,
/// stamps time, actor and session, lists the `seals` of the records the change wrote, and computes the leaf and
/// chain hashes. Refuses an update or deletion without a
/// reason, an update without before and after values, a creation without an after value, a deletion without a
/// before value.
Result<AuditEvent> append(AuditEventTable& table, const WriteAccess& write, const QString& workspaceId,
                          const AuditRecord& record, const QList<RecordSeal>& seals, const Session& session,
                          qint64 nowMs);

} // namespace cs::AuditLog
