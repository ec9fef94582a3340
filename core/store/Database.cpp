#include "Database.h"

#include "store/PostgresStatement.h"
#include "store/RecordSeals.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>

namespace cs {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::Database)
};

// SQLite primary result codes (sqlite3.h); Qt reports them as the native error code.
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteReadOnly = 8;
constexpr int kSqliteIoErr = 10;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteFull = 13;
constexpr int kSqliteCantOpen = 14;
constexpr int kSqliteConstraint = 19;
constexpr int kSqliteNotADb = 26;

/// The key of the PostgreSQL advisory lock every change of a server workspace holds ("CSGN" and "WRIT").
constexpr qint64 kWriteLockKey = 0x4353474E57524954LL;
} // namespace

Database::Database(QSqlDatabase connection, QString path, Mode mode, Backend backend)
    : m_db(std::move(connection))
    , m_connectionName(m_db.connectionName())
    , m_path(std::move(path))
    , m_mode(mode)
    , m_backend(backend)
{ }

Database::~Database()
{
    if (m_inTransaction) {
        rollback();
    }
    m_touches.reset(); // before the connection it hooks into closes
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

void Database::setTouches(std::unique_ptr<RecordTouches> touches)
{
    m_touches = std::move(touches);
}

Error Database::translate(const QSqlError& error, const QString& what) const
{
    if (m_backend == Backend::Postgres) {
        return translateServerError(error.nativeErrorCode(),
                                    error.databaseText().isEmpty() ? error.text() : error.databaseText(), what);
    }
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xFF;
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    switch (ok ? code : -1) {
    case kSqliteBusy:
    case kSqliteLocked:
        return Error(ErrorCode::Locked,
                     Tr::tr("%1: %2 failed because another program is writing to the workspace; "
                            "close it there and try again")
                         .arg(m_path, what));
    case kSqliteReadOnly:
        return Error(ErrorCode::ReadOnly, Tr::tr("%1: %2 failed because the workspace is read-only").arg(m_path, what));
    case kSqliteCorrupt:
    case kSqliteNotADb:
        return Error(ErrorCode::Corrupt,
                     Tr::tr("%1: %2 failed because the file is damaged (%3)").arg(m_path, what, detail));
    case kSqliteFull:
        return Error(ErrorCode::Io, Tr::tr("%1: %2 failed because the disk is full").arg(m_path, what));
    case kSqliteIoErr:
    case kSqliteCantOpen:
        return Error(ErrorCode::Io, Tr::tr("%1: %2 failed with an I/O error (%3)").arg(m_path, what, detail));
    case kSqliteConstraint:
        return Error(ErrorCode::Rule, Tr::tr("%1: %2 was refused by the workspace (%3)").arg(m_path, what, detail));
    default:
        return Error(ErrorCode::Io, Tr::tr("%1: %2 failed (%3)").arg(m_path, what, detail));
    }
}

Error Database::translateServerError(const QString& sqlState, const QString& detail, const QString& what) const
{
    const QString cls = sqlState.left(2);
    if (sqlState == u"40001" || sqlState == u"40P01" || sqlState == u"55P03") {
        return Error(ErrorCode::Locked,
                     Tr::tr("%1: %2 collided with a change another person made at the same moment; try again")
                         .arg(m_path, what));
    }
    if (sqlState == u"42501") {
        return Error(ErrorCode::Forbidden,
                     Tr::tr("%1: %2 was refused by the server: the role Countersign connects as may not do it (%3)")
                         .arg(m_path, what, detail));
    }
    if (cls == u"23" || sqlState == u"P0001") {
        return Error(ErrorCode::Rule, Tr::tr("%1: %2 was refused by the workspace (%3)").arg(m_path, what, detail));
    }
    if (cls == u"08" || cls == u"57" || sqlState.isEmpty()) {
        return Error(ErrorCode::Io,
                     Tr::tr("%1: %2 failed because the connection to the server was lost (%3); nothing of it was "
                            "saved. Reconnect and try again")
                         .arg(m_path, what, detail));
    }
    if (cls == u"53") {
        return Error(ErrorCode::Io,
                     Tr::tr("%1: %2 failed because the server is out of resources (%3)").arg(m_path, what, detail));
    }
    if (sqlState == u"25006") {
        return Error(ErrorCode::ReadOnly, Tr::tr("%1: %2 failed because the server is read-only").arg(m_path, what));
    }
    return Error(ErrorCode::Io, Tr::tr("%1: %2 failed (%3)").arg(m_path, what, detail));
}

Result<bool> Database::hasTable(const QString& table)
{
    settle();
    QSqlQuery q(m_db);
    const bool prepared = q.prepare(m_backend == Backend::Postgres
                                        ? QStringLiteral("SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = "
                                                         "current_schema() AND tablename = ?")
                                        : QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' "
                                                         "AND name = ?"));
    if (!prepared) {
        return translate(q.lastError(), Tr::tr("reading the schema"));
    }
    q.addBindValue(table);
    if (!q.exec() || !q.next()) {
        return translate(q.lastError(), Tr::tr("reading the schema"));
    }
    return q.value(0).toLongLong() > 0;
}

Result<QString> Database::returningId(const QString& insertSql)
{
    if (m_backend == Backend::Sqlite) {
        return insertSql;
    }
    static const QRegularExpression into(QStringLiteral(R"(^\s*INSERT\s+INTO\s+(\w+))"),
                                         QRegularExpression::CaseInsensitiveOption);
    const auto m = into.match(insertSql);
    if (!m.hasMatch()) {
        return insertSql;
    }
    const QString table = m.captured(1);
    if (!m_hasId.contains(table)) {
        settle();
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT count(*) FROM information_schema.columns WHERE table_schema = "
                                 "current_schema() AND table_name = ? AND column_name = 'id'"));
        q.addBindValue(table);
        if (!q.exec() || !q.next()) {
            return translate(q.lastError(), Tr::tr("reading the columns of %1").arg(table));
        }
        m_hasId.insert(table, q.value(0).toLongLong() > 0);
    }
    return m_hasId.value(table) ? insertSql + QStringLiteral(" RETURNING id") : insertSql;
}

Result<qint64> Database::lastInsertId(QSqlQuery& insert)
{
    if (m_backend == Backend::Sqlite) {
        return insert.lastInsertId().toLongLong();
    }
    // The row RETURNING id gave (returningId()), if it was asked for.
    return insert.isSelect() && insert.next() ? insert.value(0).toLongLong() : 0;
}

void Database::settle()
{
    if (m_backend == Backend::Postgres) {
        if (PGconn* conn = PostgresStatement::handleOf(m_db)) {
            PostgresStatement::settle(conn);
        }
    }
}

Result<QSqlQuery> Database::prepare(const QString& sql)
{
    settle();
    QSqlQuery query(m_db);
    // Forward-only on PostgreSQL would leave the query reading row by row while store/PostgresStatement uses the
    // same connection; the tables' queries read few rows, so the server's whole answer is taken at once.
    query.setForwardOnly(m_backend == Backend::Sqlite);
    if (!query.prepare(sql)) {
        return translate(query.lastError(), Tr::tr("preparing a query"));
    }
    return query;
}

Status Database::exec(QSqlQuery& query, const QString& what)
{
    settle();
    if (!query.exec()) {
        return translate(query.lastError(), what);
    }
    return {};
}

Status Database::execSql(const QString& sql, const QString& what)
{
    settle();
    QSqlQuery query(m_db);
    if (!query.exec(sql)) {
        return translate(query.lastError(), what);
    }
    return {};
}

Status Database::beginWrite()
{
    if (m_mode == Mode::ReadOnly) {
        return Error(ErrorCode::ReadOnly, Tr::tr("%1 is open read-only; nothing can be changed").arg(m_path));
    }
    if (m_inTransaction) {
        return Error(ErrorCode::Internal, Tr::tr("a write transaction is already open"));
    }
    if (m_backend == Backend::Postgres) {
        // One writer at a time, as on SQLite: the transaction's advisory lock serialises every change, so sequence
        // numbers are assigned under it and the chain never forks; it is released at commit, at rollback, and by the
        // server when a client dies mid-change.
        if (auto r = execSql(QStringLiteral("BEGIN ISOLATION LEVEL READ COMMITTED"), Tr::tr("starting a change")); !r) {
            return r;
        }
        m_inTransaction = true;
        ++m_generation;
        if (auto r = execSql(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kWriteLockKey),
                             Tr::tr("waiting for other changes to finish"));
            !r) {
            rollback();
            return r;
        }
        return {};
    }
    // IMMEDIATE takes the write lock now, so sequence numbers are assigned under it.
    if (auto r = execSql(QStringLiteral("BEGIN IMMEDIATE"), Tr::tr("starting a change")); !r) {
        return r;
    }
    m_inTransaction = true;
    ++m_generation;
    return {};
}

Status Database::commit()
{
    if (auto r = execSql(QStringLiteral("COMMIT"), Tr::tr("saving the change")); !r) {
        return r;
    }
    m_inTransaction = false;
    ++m_generation;
    return {};
}

Result<bool> Database::beginSnapshot()
{
    if (m_backend != Backend::Postgres || m_inTransaction) {
        return false;
    }
    if (auto r = execSql(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"), Tr::tr("starting to read"));
        !r) {
        return r.error();
    }
    m_inTransaction = true;
    ++m_generation;
    m_inSnapshot = true;
    return true;
}

void Database::endSnapshot()
{
    if (m_inSnapshot) {
        rollback(); // nothing was written: ending the read is all
        m_inSnapshot = false;
    }
}

void Database::rollback()
{
    settle();
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("ROLLBACK"));
    m_inTransaction = false;
    ++m_generation;
}

QStringList Database::appendOnlyTriggerNames(const QString& table)
{
    return {table + QStringLiteral("_no_update"), table + QStringLiteral("_no_delete")};
}

QStringList Database::appendOnlyTriggers(const QString& table)
{
    const QStringList names = appendOnlyTriggerNames(table);
    return {
        QStringLiteral("CREATE TRIGGER %1 BEFORE UPDATE ON %2 BEGIN SELECT RAISE(ABORT, '%2 is append-only'); END")
            .arg(names[0], table),
        QStringLiteral("CREATE TRIGGER %1 BEFORE DELETE ON %2 BEGIN SELECT RAISE(ABORT, '%2 is append-only'); END")
            .arg(names[1], table),
    };
}

QString Database::noDeleteTriggerName(const QString& table)
{
    return table + QStringLiteral("_never_deleted");
}

QString Database::noDeleteTrigger(const QString& table)
{
    return QStringLiteral("CREATE TRIGGER %1 BEFORE DELETE ON %2 BEGIN SELECT RAISE(ABORT, '%2 rows are never "
                          "deleted'); END")
        .arg(noDeleteTriggerName(table), table);
}

} // namespace cs
