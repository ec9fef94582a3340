#pragma once

#include "store/CoreInternal.h"
#include "store/Database.h"
#include "store/Schema.h"
#include "store/WriteAccess.h"

namespace cs::Migrator {

/// The schema version a workspace holds: 0 for a fresh file, the highest applied migration otherwise.
Result<int> currentVersion(Database& db);

/// Applies every migration newer than `fromVersion`, in order, inside the caller's write transaction.
/// `migrations` must be sorted and contiguous from 1; a gap is an Internal error.
Status migrate(Database& db, const WriteAccess& write, const QList<Migration>& migrations, int fromVersion,
               qint64 nowMs);

/// Creates the tables, indexes and triggers of schema `version` and nothing else (no rows): the empty shape a copy of
/// another workspace of that schema is poured into (store/StoreCopy.h). Inside the caller's transaction.
Status createSchema(Database& db, const QList<Migration>& migrations, int version);

/// The tables of schema `version` in the order the migrations create them (a table is created after those it
/// refers to).
QStringList tablesInOrder(const QList<Migration>& migrations, int version);

} // namespace cs::Migrator
