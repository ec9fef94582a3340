#pragma once

#include "store/CoreInternal.h"
#include "store/Database.h"
#include "store/WriteAccess.h"

#include <QStringList>

#include <functional>

namespace cs {

/// One ordered step of the workspace schema. Steps run in order, each inside the opening transaction.
struct Migration
{
    int version = 0;
    QString description;
    std::function<QStringList()> statements;
    /// Fills what the statements created from rows the workspace already holds (none for most steps).
    std::function<Status(Database&, const WriteAccess&)> fill;
};

namespace Schema {

/// The migrations this build knows, version 1 first. The last one's version is the schema this build writes.
const QList<Migration>& migrations();
int latestVersion();

/// Tables whose rows may never be updated or deleted.
QStringList appendOnlyTables();

/// Tables with a row per sample (or per chunk of samples), millions of rows in a large workspace: the integrity check
/// at every open leaves them to `verify`.
QStringList bulkTables();

/// Tables whose rows may change but never be deleted (user accounts: a username is never reused).
QStringList neverDeletedTables();

/// Names of append-only triggers that should exist but do not (empty when the protection is intact).
Result<QStringList> missingAppendOnlyTriggers(Database& db);

} // namespace Schema
} // namespace cs
