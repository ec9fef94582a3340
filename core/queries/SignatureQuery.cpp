#include "SignatureQuery.h"

#include "store/IdentityTables.h"
#include "workspace/WorkspaceAccess.h"

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

Result<SignableRecord> SignatureQuery::record(const QString& type, const QString& id)
{
    return SignableRecords::load(m_db, type, id);
}

} // namespace cs
