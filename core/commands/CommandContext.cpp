#include "CommandContext.h"

#include "audit/AuditLog.h"
#include "store/AuditEventTable.h"

namespace cs {

CommandContext::CommandContext(Database& db, const QString& workspaceId, const Session& session, qint64 nowMs,
                               const PasswordHash::Parameters& passwordParameters)
    : m_db(db)
    , m_workspaceId(workspaceId)
    , m_session(session)
    , m_nowMs(nowMs)
    , m_passwordParameters(passwordParameters)
{ }

Result<AuditEvent> CommandContext::record(const AuditRecord& record)
{
    AuditEventTable table(m_db);
    auto event = AuditLog::append(table, m_write, m_workspaceId, record, m_session, m_nowMs);
    if (event) {
        ++m_recorded;
    }
    return event;
}

} // namespace cs
