#pragma once

#include "store/CoreInternal.h"
#include "store/Database.h"
#include "store/Schema.h"

namespace cs::StoreCopy {

/// Copies every row of every table of `from` (a workspace of schema `version`) into `to`, whose tables
/// Migrator::createSchema() has just made, inside `to`'s open write transaction: the same rows, ids and bytes, so the
/// trail's hashes, the records' seals and every signature are what they were. Between backends only the storage of
/// the typeless seal key differs (store/PostgresDialect.h); a server's identity sequences are moved past the copied
/// ids. `progress` (when given) hears each table's name.
Status copy(Database& from, Database& to, const QList<Migration>& migrations, int version,
            const std::function<void(const QString& table)>& progress = {});

/// Drops what createSchema() made on a server (after a failed copy that was committed): the workspace's tables and
/// functions. Used only on a database that held no workspace before.
Status dropServerSchema(Database& db, const QList<Migration>& migrations, int version);

} // namespace cs::StoreCopy
