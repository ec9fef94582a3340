#pragma once

#include "store/CoreInternal.h"

#include <QStringList>

namespace cs::PostgresDialect {

/// The schema is written once, in the SQL SQLite reads (store/Schema.cpp); a PostgreSQL workspace runs each statement
/// as this translates it, so that both backends hold the same tables, columns, keys and rules:
/// - INTEGER is BIGINT, REAL is DOUBLE PRECISION, BLOB is BYTEA, TEXT compares byte by byte (COLLATE "C", SQLite's
///   order, which the seals' key order relies on); a table's `id INTEGER PRIMARY KEY` is an identity column;
/// - the typeless `key` of record_seal and record_head (an integer or a text, as the record's own key) is two columns,
///   key_int and key_text, exactly one of them set;
/// - a trigger that aborts (append-only, frozen, locked) runs countersign_refuse() with the same message, and an
///   append-only table also refuses TRUNCATE.
QStringList translate(const QString& sqliteStatement);

/// Functions the translated schema calls, created before the first migration.
QStringList supportStatements();

/// The trigger that records every row `table` has touched in the session's countersign_touched table, which
/// store/RecordTouches reads when the command's next audit event seals them (the counterpart of SQLite's pre-update
/// hook). A write by a client that is not Countersign has no such table and is refused.
QString touchTrigger(const QString& table, const QString& keyColumn);
QString touchTriggerName(const QString& table);

/// The temporary table each writable connection creates for touchTrigger().
QString touchTable();

} // namespace cs::PostgresDialect
