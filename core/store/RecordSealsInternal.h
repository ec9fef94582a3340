#pragma once

#include "store/BulkStatement.h"
#include "store/RecordSeals.h"

#include <optional>

/// What store/RecordSeals.cpp and store/RecordTouches.cpp share (internal to the store).
namespace cs::RecordSealsInternal {

/// `name` as an SQL identifier in double quotes.
QString quoted(const QString& name);

/// The columns of a table: their names in table order and the primary key's, in key order.
struct TableShape
{
    QStringList columns;
    QStringList primaryKey;
    int keyIndex = -1;
};

Result<TableShape> shapeOf(Database& db, const SealedKind& kind);

/// The key in column `column` of the current row, or nothing when it is neither an integer nor a text.
std::optional<RecordKey> keyOfColumn(const BulkStatement& row, int column);

/// The columns record_seal and record_head keep a record's key in: `key` (SQLite), `key_int, key_text` (a server).
QString sealKeyColumns(const Database& db);
/// The key kept from column `column` on (two columns on a server).
std::optional<RecordKey> sealKeyOf(const Database& db, const BulkStatement& row, int column);

} // namespace cs::RecordSealsInternal
