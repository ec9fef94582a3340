#pragma once

#include "pki/CertificateCheck.h"
#include "records/PkiRecords.h"
#include "records/User.h"
#include "util/Result.h"

namespace cs {

class Database;
class Workspace;

/// Reads accounts, enrolled certificates and the trust store for the window and the command line. Read-only.
class PeopleQuery
{
public:
    explicit PeopleQuery(Workspace& workspace);

    /// All accounts, by username.
    Result<QList<User>> users();
    /// The account, or a NotFound error naming it.
    Result<User> user(const QString& username);
    Result<QList<EnrolledCertificate>> certificates(const QString& username);
    Result<TrustStore> trustStore();

private:
    Database& m_db;
};

} // namespace cs
