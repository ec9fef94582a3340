#pragma once

#include "store/CoreInternal.h"
#include "store/Database.h"
#include "util/Result.h"

#include <memory>

namespace cs::SqliteOpener {

/// SQLite application_id stamped on every workspace file ("CSGN").
constexpr qint32 kApplicationId = 0x4353474E;

/// Opens an existing workspace file with WAL, synchronous=FULL and foreign keys on. Each way a file can be unfit
/// gets its own error: missing, a folder, read-only, not SQLite, SQLite but not a workspace, locked by another
/// writer, failing PRAGMA integrity_check of its records (every table but the per-sample ones, whose check grows
/// with the samples; checkWholeFile() covers those). Nothing is written to a file that is not a workspace.
Result<std::unique_ptr<Database>> open(const QString& path, Database::Mode mode);

/// SQLite's integrity check of the whole file, per-sample tables included: what `verify` runs.
Status checkWholeFile(Database& db);

/// Creates a new, empty SQLite file at `path` (which must not exist) configured like open() does.
Result<std::unique_ptr<Database>> create(const QString& path);

} // namespace cs::SqliteOpener
