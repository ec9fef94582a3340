#pragma once

#include "records/AuditEvent.h"
#include "records/AuditFilter.h"
#include "store/CoreInternal.h"
#include "store/Database.h"
#include "store/WriteAccess.h"

#include <functional>
#include <optional>

namespace cs {

/// SQL access to the audit_event table. Append and read only: the table refuses UPDATE and DELETE.
class AuditEventTable
{
public:
    explicit AuditEventTable(Database& db)
        : m_db(db)
    { }

    Status insert(const WriteAccess& write, const AuditEvent& event);
    Result<std::optional<AuditEvent>> last();
    Result<AuditEvent> at(qint64 seq);
    /// Highest sequence number (0 when empty). Equals the event count in an intact log.
    Result<qint64> maxSeq();
    /// Number of events matching `filter` (an empty filter: the highest sequence number, which is cheap).
    Result<qint64> count(const AuditFilter& filter);
    /// Number of event rows actually present (equals maxSeq() when no event is missing).
    Result<qint64> rows();
    /// Number of events matching `filter` with a sequence number below `seq`: the row of `seq` in a filtered view.
    Result<qint64> countBefore(const AuditFilter& filter, qint64 seq);
    /// Whether event `seq` exists and matches `filter`.
    Result<bool> matches(const AuditFilter& filter, qint64 seq);
    /// Up to `limit` matching events in sequence order with seq > afterSeq, skipping `offset` matches first.
    Result<QList<AuditEvent>> page(const AuditFilter& filter, qint64 afterSeq, qint64 offset, int limit);
    /// Every event recording `action`, in sequence order.
    Result<QList<AuditEvent>> withAction(const QString& action);
    /// Calls `visit` for every event from `fromSeq` on, in sequence order and with its seals, until it returns false.
    /// When it runs to the end, `orphanSeals` (if given) receives the number of seals whose event is not there.
    Status scan(qint64 fromSeq, const std::function<bool(const AuditEvent&)>& visit, qint64* orphanSeals = nullptr);
    /// Distinct values of actor or action, sorted, for filter choices.
    Result<QStringList> distinctActors();
    Result<QStringList> distinctActions();

private:
    /// Whether the schema has seals (7 on); older schemas are read only while being upgraded.
    Result<bool> hasSeals();
    /// Reads the seals of each of `events`.
    Status attachSeals(QList<AuditEvent>& events);
    Result<QStringList> distinct(const QString& column);
    /// Runs a query that yields one integer (0 when it yields no row).
    Result<qint64> scalar(const QString& sql, const QVariantList& binds, const QString& what);
    Database& m_db;
    std::optional<bool> m_hasSeals;
};

} // namespace cs
