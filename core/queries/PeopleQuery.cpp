#include "PeopleQuery.h"

#include "store/IdentityTables.h"
#include "workspace/WorkspaceAccess.h"

namespace cs {

PeopleQuery::PeopleQuery(Workspace& workspace)
    : m_db(WorkspaceAccess::database(workspace))
{ }

Result<QList<User>> PeopleQuery::users()
{
    return UserTable(m_db).all();
}

Result<User> PeopleQuery::user(const QString& username)
{
    return UserTable(m_db).get(username);
}

Result<QList<EnrolledCertificate>> PeopleQuery::certificates(const QString& username)
{
    return CertificateTable(m_db).forUser(username);
}

Result<TrustStore> PeopleQuery::trustStore()
{
    return TrustStore::load(m_db);
}

} // namespace cs
