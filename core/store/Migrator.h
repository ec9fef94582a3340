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

} // namespace cs::Migrator
