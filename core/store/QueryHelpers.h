#pragma once

#include "store/CoreInternal.h"
#include "store/Database.h"

#include <QSqlQuery>
#include <QVariant>

#include <functional>
#include <optional>

/// Small helpers for the table classes of core/store (internal to the store).
namespace cs::sql {

/// Runs `sql` with `binds` and maps every row through `read`.
template<typename T>
Result<QList<T>> selectAll(Database& db, const QString& sql, const QVariantList& binds, const QString& what,
                           const std::function<T(const QSqlQuery&)>& read)
{
    auto q = db.prepare(sql);
    if (!q) {
        return q.error();
    }
    for (const QVariant& b : binds) {
        q->addBindValue(b);
    }
    if (auto r = db.exec(q.value(), what); !r) {
        return r.error();
    }
    QList<T> rows;
    while (q->next()) {
        rows.append(read(q.value()));
    }
    return rows;
}

/// The first row of a result, if any.
template<typename T>
Result<std::optional<T>> first(Result<QList<T>> rows)
{
    if (!rows) {
        return rows.error();
    }
    if (rows->isEmpty()) {
        return std::optional<T>();
    }
    return std::optional<T>(rows->first());
}

/// Runs an INSERT (or any statement) with `binds`; returns the new row id.
inline Result<qint64> insertRow(Database& db, const QString& sql, const QVariantList& binds, const QString& what)
{
    auto returning = db.returningId(sql);
    if (!returning) {
        return returning.error();
    }
    auto q = db.prepare(returning.value());
    if (!q) {
        return q.error();
    }
    for (const QVariant& b : binds) {
        q->addBindValue(b);
    }
    if (auto r = db.exec(q.value(), what); !r) {
        return r.error();
    }
    return db.lastInsertId(q.value());
}

/// The single integer a query returns (0 when it returns no row).
inline Result<qint64> scalar(Database& db, const QString& sql, const QVariantList& binds, const QString& what)
{
    auto rows = selectAll<qint64>(db, sql, binds, what, [](const QSqlQuery& q) { return q.value(0).toLongLong(); });
    if (!rows) {
        return rows.error();
    }
    return rows->isEmpty() ? 0 : rows->first();
}

} // namespace cs::sql
