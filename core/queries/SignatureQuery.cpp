#include "SignatureQuery.h"

#include "store/IdentityTables.h"
#include "workspace/WorkspaceAccess.h"

#include <QCoreApplication>

namespace cs {

SignatureQuery::SignatureQuery(Workspace& workspace)
    : m_db(WorkspaceAccess::database(workspace))
    , m_workspaceId(workspace.id())
{ }

Result<QList<SignatureCheck>> SignatureQuery::verifyAll()
{
    return SignatureVerifier::verifyAll(m_db, m_workspaceId);
}

Result<std::optional<StoredSignature>> SignatureQuery::signature(qint64 id)
{
    return SignatureTable(m_db).byId(id);
}

Result<SignatureCheck> SignatureQuery::verify(qint64 id)
{
    auto stored = signature(id);
    if (!stored) {
        return stored.error();
    }
    if (!stored.value()) {
        return Error(ErrorCode::NotFound,
                     QCoreApplication::translate("cs::SignatureQuery", "there is no signature %1").arg(id));
    }
    return SignatureVerifier::verify(m_db, m_workspaceId, *stored.value());
}

Result<SignableRecord> SignatureQuery::record(const QString& type, const QString& id)
{
    return SignableRecords::load(m_db, type, id);
}

} // namespace cs
