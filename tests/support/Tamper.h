#pragma once

#include <QString>
#include <QStringList>

namespace cs::test {

/// Runs `sql` directly on a closed workspace file, as someone with write access to the file could: drops the
/// append-only triggers first and, unless told otherwise, puts them back afterwards so that only the data changed.
/// Returns an empty string on success, the database error otherwise.
QString tamper(const QString& path, const QStringList& sql, bool restoreTriggers = true);

/// Runs one statement on the file through a plain connection (triggers untouched) and returns the error text, or an
/// empty string when it succeeded.
QString rawExec(const QString& path, const QString& sql);

/// Changes sealed records as someone outside Countersign would. On a file: a plain connection (the seals' hook is in
/// Countersign's process only). On a server a plain connection as the workspace's own role is refused by the seal
/// triggers, which this checks, so the superuser does it with the triggers off (tamper). Returns the error text, or an
/// empty string when the change was made.
QString editOutside(const QString& path, const QStringList& sql);

} // namespace cs::test
