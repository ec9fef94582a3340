#pragma once

#include "store/CoreInternal.h"
#include "util/OpenMode.h"
#include "util/Result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <optional>

namespace cs {

class RecordTouches;

/// One connection to a workspace store: an SQLite file or a PostgreSQL database (docs/team-workspaces.md). Owns a
/// QSqlDatabase connection for the thread that opened it. What differs between the two (transactions, errors, the
/// catalogue) is answered here; the tables' SQL is the same on both.
class Database
{
public:
    using Mode = OpenMode;
    enum class Backend
    {
        Sqlite,
        Postgres,
    };

    /// `path` names the workspace in messages: the file, or the server's URI without its password.
    Database(QSqlDatabase connection, QString path, Mode mode, Backend backend = Backend::Sqlite);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    const QString& path() const { return m_path; }
    Mode mode() const { return m_mode; }
    bool isReadOnly() const { return m_mode == Mode::ReadOnly; }
    Backend backend() const { return m_backend; }
    bool isServer() const { return m_backend == Backend::Postgres; }
    QSqlDatabase& connection() { return m_db; }

    /// Prepares `sql` as a forward-only query.
    Result<QSqlQuery> prepare(const QString& sql);
    /// Executes a prepared query; on failure the error says what was being done (`what`).
    Status exec(QSqlQuery& query, const QString& what);
    /// Prepares and executes `sql` without parameters.
    Status execSql(const QString& sql, const QString& what);

    /// Starts the one write transaction a command runs in (takes the write lock at once).
    Status beginWrite();
    Status commit();
    void rollback();
    bool inTransaction() const { return m_inTransaction; }
    /// Changes whenever a transaction begins or ends: what a cursor declared inside one checks before closing itself.
    quint64 transactionGeneration() const { return m_generation; }

    /// On a server: one consistent view of the workspace for a read of several statements (verify, a record against
    /// its seal), however many people write meanwhile (REPEATABLE READ, READ ONLY), in which store/PostgresStatement
    /// reads through plain cursors. Nothing on a file, nor inside a transaction: true when it started one, which
    /// endSnapshot() ends. ReadSnapshot does both.
    Result<bool> beginSnapshot();
    void endSnapshot();

    /// What the running command's statements have touched (null on a read-only connection): store/RecordSeals.h.
    RecordTouches* touches() { return m_touches.get(); }
    void setTouches(std::unique_ptr<RecordTouches> touches);

    /// Maps a driver error to an Error a person can act on, naming the workspace file.
    Error translate(const QSqlError& error, const QString& what) const;
    /// Maps a PostgreSQL error (its SQLSTATE and message) to an Error a person can act on.
    Error translateServerError(const QString& sqlState, const QString& detail, const QString& what) const;

    /// Whether the workspace has `table`.
    Result<bool> hasTable(const QString& table);
    /// `insertSql` made to return the new row's `id` where the backend needs that asked (PostgreSQL, a table with an
    /// `id` column); unchanged otherwise. lastInsertId() then reads it.
    Result<QString> returningId(const QString& insertSql);
    /// The id the last INSERT gave its row (the table's own `id` column), 0 for a table keyed otherwise.
    Result<qint64> lastInsertId(QSqlQuery& insert);

    /// DDL that makes `table` append-only: UPDATE and DELETE abort.
    static QStringList appendOnlyTriggers(const QString& table);
    /// Names of the append-only triggers `table` should have.
    static QStringList appendOnlyTriggerNames(const QString& table);

    /// DDL that makes DELETE on `table` abort (rows may still be updated).
    static QString noDeleteTrigger(const QString& table);
    static QString noDeleteTriggerName(const QString& table);

private:
    /// On a server: a batch read ahead by a statement (BulkStatement::setReadAhead) is taken in before Qt sends
    /// anything on the connection.
    void settle();

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
    Mode m_mode;
    Backend m_backend;
    bool m_inTransaction = false;
    bool m_inSnapshot = false;
    quint64 m_generation = 0;
    std::unique_ptr<RecordTouches> m_touches;
    QHash<QString, bool> m_hasId; ///< per table: whether it has an `id` column (PostgreSQL)
};

/// A consistent view for the reads of its scope (Database::beginSnapshot); nested ones share the outer one.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(Database& db)
        : m_db(db)
    {
        auto started = db.beginSnapshot();
        m_started = started && started.value();
        if (!started) {
            m_error = started.error();
        }
    }
    ~ReadSnapshot()
    {
        if (m_started) {
            m_db.endSnapshot();
        }
    }
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;
    /// Whether the view could be had (a server that refused it: the error).
    Status status() const { return m_error ? Status(*m_error) : Status(); }

private:
    Database& m_db;
    bool m_started = false;
    std::optional<Error> m_error;
};

/// Commits when told, rolls back when it goes out of scope otherwise.
class WriteTransaction
{
public:
    explicit WriteTransaction(Database& db)
        : m_db(db)
    { }
    ~WriteTransaction()
    {
        if (m_open) {
            m_db.rollback();
        }
    }
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    Status begin()
    {
        auto r = m_db.beginWrite();
        m_open = r.ok();
        return r;
    }
    Status commit()
    {
        auto r = m_db.commit();
        if (r) {
            m_open = false;
        }
        return r;
    }

private:
    Database& m_db;
    bool m_open = false;
};

} // namespace cs
