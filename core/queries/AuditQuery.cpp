#include "AuditQuery.h"

#include "store/AuditEventTable.h"
#include "store/RecordTables.h"
#include "workspace/WorkspaceAccess.h"

namespace cs {

AuditQuery::AuditQuery(Workspace& workspace)
    : m_db(WorkspaceAccess::database(workspace))
{ }

Result<AuditEvent> AuditQuery::event(qint64 seq)
{
    return AuditEventTable(m_db).at(seq);
}

Result<qint64> AuditQuery::count(const AuditFilter& filter)
{
    return AuditEventTable(m_db).count(filter);
}

Result<qint64> AuditQuery::rows()
{
    return AuditEventTable(m_db).rows();
}

Result<qint64> AuditQuery::countBefore(const AuditFilter& filter, qint64 seq)
{
    return AuditEventTable(m_db).countBefore(filter, seq);
}

Result<bool> AuditQuery::matches(const AuditFilter& filter, qint64 seq)
{
    return AuditEventTable(m_db).matches(filter, seq);
}

Result<QList<AuditEvent>> AuditQuery::page(const AuditFilter& filter, qint64 afterSeq, qint64 offset, int limit)
{
    return AuditEventTable(m_db).page(filter, afterSeq, offset, limit);
}

Status AuditQuery::scan(qint64 fromSeq, const std::function<bool(const AuditEvent&)>& visit)
{
    return AuditEventTable(m_db).scan(fromSeq, visit);
}

Result<QStringList> AuditQuery::actors()
{
    return AuditEventTable(m_db).distinctActors();
}

Result<QStringList> AuditQuery::actions()
{
    return AuditEventTable(m_db).distinctActions();
}

Result<QList<AuditReview>> AuditQuery::reviews()
{
    return ReviewTable(m_db).all();
}

Result<std::optional<std::pair<qint64, qint64>>> AuditQuery::unreviewed()
{
    return ReviewTable(m_db).unreviewed();
}

} // namespace cs
