#pragma once

#include "store/CoreInternal.h"
#include "store/Database.h"

#include <functional>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace cs {

/// A prepared statement on a workspace's own connection, for inserting and reading millions of rows (per-sample
/// data) without Qt's per-row variant conversions. Runs inside the transaction the command holds; the SQL is the
/// same standard SQL a PostgreSQL backend would run through its own bulk path (COPY).
class BulkStatement
{
public:
    ~BulkStatement();
    BulkStatement(const BulkStatement&) = delete;
    BulkStatement& operator=(const BulkStatement&) = delete;
    BulkStatement(BulkStatement&& other) noexcept;

    static Result<BulkStatement> prepare(Database& db, const char* sql, const QString& what);
    /// SQLite's own handle of an open Qt connection (the workspace's, or a read-only one such as an MLflow store's),
    /// or null when the connection is not SQLite or closed.
    static sqlite3* handleOf(const QSqlDatabase& connection);

    /// Parameters are numbered from 1. Text and blobs must stay valid until step().
    void bindText(int index, std::string_view text);
    void bindInt(int index, qint64 value);
    void bindDouble(int index, double value);
    void bindBlob(int index, const void* data, qsizetype size);
    void bindNull(int index);

    /// Runs an INSERT (or one step of a SELECT): true when a row is available, false when done.
    Result<bool> step();
    /// Makes the statement ready to run again with new bindings.
    void reset();
    /// Steps through every row (parameters already bound), calling `row` for each until it returns false; resets the
    /// statement either way, so it can be bound and run again.
    Status forEachRow(const std::function<bool(const BulkStatement&)>& row);
    /// Whether the last failed step() was a UNIQUE or PRIMARY KEY conflict.
    bool lastWasConstraint() const { return m_constraint; }

    qint64 columnInt(int index) const;
    double columnDouble(int index) const;
    std::string_view columnText(int index) const;
    std::string_view columnBlob(int index) const;
    bool columnIsNull(int index) const;
    bool columnIsText(int index) const;
    /// The statement itself, for reading columns generically (store/RecordSeals.cpp).
    sqlite3_stmt* raw() const { return m_stmt; }

private:
    BulkStatement(Database& db, sqlite3* handle, sqlite3_stmt* stmt, QString what);
    Database* m_db;
    sqlite3* m_handle;
    sqlite3_stmt* m_stmt;
    QString m_what;
    bool m_constraint = false;
};

} // namespace cs
