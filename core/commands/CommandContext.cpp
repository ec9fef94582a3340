#include "CommandContext.h"

#include "audit/AuditLog.h"
#include "store/AuditEventTable.h"
#include "store/RecordSeals.h"

#include <QCoreApplication>

namespace cs {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::CommandContext)
};
} // namespace

CommandContext::CommandContext(Database& db, const QString& workspaceId, const Session& session, qint64 nowMs,
                               const PasswordHash::Parameters& passwordParameters)
    : m_db(db)
    , m_workspaceId(workspaceId)
    , m_session(session)
    , m_nowMs(nowMs)
    , m_passwordParameters(passwordParameters)
{ }

Status CommandContext::step(qint64 done, qint64 total)
{
    if (m_progress && !m_progress(done, total)) {
        return Error(ErrorCode::Cancelled, Tr::tr("cancelled; nothing was stored"));
    }
    return {};
}

Result<AuditEvent> CommandContext::record(const AuditRecord& record)
{
    // The records this change wrote since its last event are sealed by this one.
    QList<RecordSeal> seals;
    if (RecordTouches* touches = m_db.touches()) {
        if (!m_sealing) {
            auto has = RecordSeals::schemaHasSeals(m_db);
            if (!has) {
                return has.error();
            }
            m_sealing = has.value();
        }
        if (*m_sealing) {
            auto drained = touches->drain(m_db);
            if (!drained) {
                return drained.error();
            }
            seals = std::move(drained.value());
        } else {
            touches->clear(); // a schema before 7, being created or upgraded: events there seal nothing
        }
    }
    AuditEventTable table(m_db);
    auto event = AuditLog::append(table, m_write, m_workspaceId, record, seals, m_session, m_nowMs);
    if (event) {
        ++m_recorded;
    }
    return event;
}

} // namespace cs
