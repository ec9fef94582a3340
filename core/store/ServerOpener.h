#pragma once

#include "store/CoreInternal.h"
#include "store/Database.h"
#include "util/Result.h"

#include <memory>

namespace cs::ServerOpener {

/// Whether `location` names a workspace on a PostgreSQL server (a postgresql:// or postgres:// URI, libpq's form)
/// rather than a file.
bool isServerLocation(const QString& location);

/// `uri` without its password, for messages and titles: a password typed into a URI is used, never shown or kept.
QString displayName(const QString& uri);

/// Connects to the database `uri` names (docs/team-workspaces.md) and checks that it holds a workspace. The password
/// comes from the URI, the PGPASSWORD environment, a pgpass or a service file: libpq's own order. A remote host
/// without an sslmode is connected with sslmode=verify-full. Read-only: the session refuses every write itself.
/// Writable: the connection gets the temporary table in which the seals' triggers record what a command touches.
Result<std::unique_ptr<Database>> open(const QString& uri, Database::Mode mode);

/// Connects to an existing, empty database for a new workspace (the role must be able to create tables in it).
Result<std::unique_ptr<Database>> create(const QString& uri);

/// Gives `role` what the people's connections need and nothing more: read every table, add rows, change the rows of
/// tables that are not append-only, create its own temporary tables; never UPDATE or DELETE an append-only row,
/// never change the schema. Connecting to the database is taken from everyone else.
Status grantWriter(Database& db, const QString& role);

} // namespace cs::ServerOpener
