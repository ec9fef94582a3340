#pragma once

#include "store/BulkStatement.h"

#include <memory>

typedef struct pg_conn PGconn;

namespace cs::PostgresStatement {

/// A BulkStatement on a PostgreSQL workspace, through libpq on the workspace's own connection (the one Qt opened, so
/// inside the same transaction). `?` parameters become `$1, $2, ...`. A SELECT is read through a cursor in batches,
/// so memory stays flat whatever the number of rows and several statements can be read at once (a merge of two
/// sorted streams, a nested lookup); a write runs as a server-side prepared statement inside a savepoint, so that a
/// refused row (a duplicate sample ID) leaves the command's transaction usable, as SQLite does.
Result<std::unique_ptr<BulkStatement::Impl>> prepare(Database& db, const char* sql, const QString& what);

/// Before anything else is sent on `conn`: takes in a batch that a statement reading ahead
/// (BulkStatement::setReadAhead) has asked for, so the connection is free. Every command of store/Database and of
/// these statements settles first.
void settle(PGconn* conn);

/// libpq's handle of an open Qt PostgreSQL connection, or null when it is not one.
PGconn* handleOf(const QSqlDatabase& connection);

/// `sql` with each `?` outside quotes replaced by `$1`, `$2`, ...; `count` receives the number of parameters.
QByteArray numberParameters(const QByteArray& sql, int* count);

} // namespace cs::PostgresStatement
