#pragma once

#include "store/CoreInternal.h"
#include "store/Database.h"

#include <functional>
#include <memory>
#include <string_view>

struct sqlite3;

namespace cs {

/// A prepared statement on a workspace's own connection, for inserting and reading millions of rows (per-sample
/// data) without Qt's per-row variant conversions. Runs inside the transaction the command holds. The SQL is standard
/// SQL with `?` parameters; each backend runs it its own way (SQLite: sqlite3_stmt; PostgreSQL: libpq on the same
/// connection, reading through a cursor so that any number of statements can be read at once, store/PostgresStatement).
class BulkStatement
{
public:
    /// How a column's value is stored: what a record's digest records of it (store/RecordSeals.h).
    enum class ColumnType
    {
        Null,
        Integer,
        Float,
        Text,
        Blob,
    };

    /// One backend's statement.
    class Impl
    {
    public:
        virtual ~Impl() = default;
        virtual void bindText(int index, std::string_view text) = 0;
        virtual void bindInt(int index, qint64 value) = 0;
        virtual void bindDouble(int index, double value) = 0;
        virtual void bindBlob(int index, const void* data, qsizetype size) = 0;
        virtual void bindNull(int index) = 0;
        virtual Result<bool> step(bool& constraint) = 0;
        virtual void reset() = 0;
        virtual int columnCount() const = 0;
        virtual QByteArray columnName(int index) const = 0;
        virtual ColumnType columnType(int index) const = 0;
        virtual qint64 columnInt(int index) const = 0;
        virtual double columnDouble(int index) const = 0;
        virtual std::string_view columnText(int index) const = 0;
        virtual std::string_view columnBlob(int index) const = 0;
        virtual void setRecoverable(bool) { }
        virtual void setReadAhead(bool) { }
    };

    ~BulkStatement();
    BulkStatement(const BulkStatement&) = delete;
    BulkStatement& operator=(const BulkStatement&) = delete;
    BulkStatement(BulkStatement&& other) noexcept;

    static Result<BulkStatement> prepare(Database& db, const char* sql, const QString& what);
    /// SQLite's own handle of an open Qt connection (the workspace's, or a read-only one such as an MLflow store's),
    /// or null when the connection is not SQLite or closed.
    static sqlite3* handleOf(const QSqlDatabase& connection);

    /// Parameters are numbered from 1. Text and blobs must stay valid until step().
    void bindText(int index, std::string_view text) { m_impl->bindText(index, text); }
    void bindInt(int index, qint64 value) { m_impl->bindInt(index, value); }
    void bindDouble(int index, double value) { m_impl->bindDouble(index, value); }
    void bindBlob(int index, const void* data, qsizetype size) { m_impl->bindBlob(index, data, size); }
    void bindNull(int index) { m_impl->bindNull(index); }

    /// Runs an INSERT (or one step of a SELECT): true when a row is available, false when done.
    Result<bool> step();
    /// Makes the statement ready to run again with new bindings.
    void reset() { m_impl->reset(); }
    /// Steps through every row (parameters already bound), calling `row` for each until it returns false; resets the
    /// statement either way, so it can be bound and run again.
    Status forEachRow(const std::function<bool(const BulkStatement&)>& row);
    /// Whether the last failed step() was a UNIQUE or PRIMARY KEY conflict. The transaction goes on after one.
    bool lastWasConstraint() const { return m_constraint; }
    /// A write whose failure ends the command anyway need not keep the transaction usable after it: on a server that
    /// saves a savepoint (two round trips) per row. Recoverable unless told.
    void setRecoverable(bool recoverable) { m_impl->setRecoverable(recoverable); }
    /// A long read on a server asks for its next batch of rows before the current one is read, so the server and
    /// this process work at the same time (the trail scan of verify). Nothing changes in a file.
    void setReadAhead(bool readAhead) { m_impl->setReadAhead(readAhead); }

    /// Columns are numbered from 0.
    int columnCount() const { return m_impl->columnCount(); }
    QByteArray columnName(int index) const { return m_impl->columnName(index); }
    ColumnType columnType(int index) const { return m_impl->columnType(index); }
    qint64 columnInt(int index) const { return m_impl->columnInt(index); }
    double columnDouble(int index) const { return m_impl->columnDouble(index); }
    std::string_view columnText(int index) const { return m_impl->columnText(index); }
    std::string_view columnBlob(int index) const { return m_impl->columnBlob(index); }
    bool columnIsNull(int index) const { return columnType(index) == ColumnType::Null; }
    bool columnIsText(int index) const { return columnType(index) == ColumnType::Text; }

private:
    explicit BulkStatement(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
    bool m_constraint = false;
};

} // namespace cs
