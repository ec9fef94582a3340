#include "PostgresStatement.h"

#include "store/Libpq.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QHash>
#include <QSqlDriver>
#include <QtEndian>

#include <cstring>
#include <string>
#include <utility>
#include <vector>

namespace cs::PostgresStatement {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::PostgresStatement)
};

// Type OIDs of the PostgreSQL catalogue (pg_type.dat); stable across versions. Any other type reads as text.
constexpr Oid kBool = 16;
constexpr Oid kBytea = 17;
constexpr Oid kInt8 = 20;
constexpr Oid kInt2 = 21;
constexpr Oid kInt4 = 23;
constexpr Oid kOid = 26;
constexpr Oid kFloat4 = 700;
constexpr Oid kFloat8 = 701;

/// Rows fetched from a cursor at a time: large enough that round trips do not dominate, small enough to stay flat.
constexpr int kBatch = 4096;

QByteArray nextName(const char* prefix)
{
    static QAtomicInt counter;
    return QByteArray(prefix) + QByteArray::number(counter.fetchAndAddRelaxed(1));
}

class Statement;

/// The statement whose next batch is on its way on a connection (read ahead): at most one per connection, since a
/// connection carries one command at a time. Connections belong to one thread each.
QHash<PGconn*, Statement*>& readingAhead()
{
    thread_local QHash<PGconn*, Statement*> statements;
    return statements;
}

bool isQuery(const QByteArray& sql)
{
    const QByteArray head = sql.trimmed().left(6).toUpper();
    return head.startsWith("SELECT") || head.startsWith("WITH");
}

class Statement final : public BulkStatement::Impl
{
public:
    Statement(const Libpq& pq, Database& db, PGconn* conn, QByteArray sql, int params, QString what)
        : m_pq(pq)
        , m_db(db)
        , m_conn(conn)
        , m_sql(std::move(sql))
        , m_query(isQuery(m_sql))
        , m_what(std::move(what))
        , m_values(size_t(params))
        , m_pointers(size_t(params), nullptr)
        , m_lengths(size_t(params), 0)
        , m_formats(size_t(params), 0)
    { }
    ~Statement() override
    {
        collectAhead();
        clearAhead();
        clearResult();
        closeCursor();
        if (!m_prepared.isEmpty() && m_pq.status(m_conn) == CONNECTION_OK) {
            settle(m_conn);
            m_pq.clear(m_pq.exec(m_conn, QByteArray("DEALLOCATE " + m_prepared).constData()));
        }
    }

    void bindText(int index, std::string_view text) override { set(index, std::string(text), 0); }
    void bindInt(int index, qint64 value) override { set(index, std::to_string(value), 0); }
    void bindDouble(int index, double value) override
    {
        set(index, QByteArray::number(value, 'g', 17).toStdString(), 0); // round-trips exactly; "nan", "inf" read
    }
    void bindBlob(int index, const void* data, qsizetype size) override
    {
        set(index, std::string(static_cast<const char*>(data), size_t(size)), 1);
    }
    void bindNull(int index) override
    {
        if (index >= 1 && size_t(index) <= m_values.size()) {
            m_pointers[size_t(index - 1)] = nullptr;
        }
    }

    Result<bool> step(bool& constraint) override { return m_query ? stepQuery() : stepWrite(constraint); }
    void setRecoverable(bool recoverable) override { m_recoverable = recoverable; }
    void setReadAhead(bool readAhead) override { m_readAhead = readAhead; }
    void reset() override
    {
        collectAhead();
        clearAhead();
        closeCursor();
        clearResult();
    }

    /// Takes in the batch read ahead, which must come before anything else is sent on the connection.
    void collectAhead()
    {
        if (!m_inFlight) {
            return;
        }
        m_ahead = m_pq.getResult(m_conn);
        while (PGresult* extra = m_pq.getResult(m_conn)) {
            m_pq.clear(extra);
        }
        m_inFlight = false;
        readingAhead().remove(m_conn);
    }

    int columnCount() const override { return m_result ? m_pq.nfields(m_result) : 0; }
    QByteArray columnName(int index) const override { return QByteArray(m_pq.fname(m_result, index)); }
    BulkStatement::ColumnType columnType(int index) const override;
    qint64 columnInt(int index) const override;
    double columnDouble(int index) const override;
    std::string_view columnText(int index) const override;
    std::string_view columnBlob(int index) const override
    {
        if (!m_result || m_pq.getisnull(m_result, m_row, index)) {
            return {};
        }
        return std::string_view(m_pq.getvalue(m_result, m_row, index), size_t(m_pq.getlength(m_result, m_row, index)));
    }

private:
    void set(int index, std::string value, int format)
    {
        if (index < 1 || size_t(index) > m_values.size()) {
            return;
        }
        const size_t i = size_t(index - 1);
        m_values[i] = std::move(value);
        m_pointers[i] = m_values[i].data();
        m_lengths[i] = int(m_values[i].size());
        m_formats[i] = format;
    }
    int params() const { return int(m_values.size()); }
    Error failure(PGresult* result, bool* constraint = nullptr) const;
    Result<bool> stepQuery();
    Result<bool> stepWrite(bool& constraint);
    Status run(const char* sql);
    void sendAhead();
    void clearAhead()
    {
        if (m_ahead) {
            m_pq.clear(m_ahead);
            m_ahead = nullptr;
        }
    }
    void closeCursor()
    {
        // A cursor of a transaction that has ended is gone with it; closing it then would fail, and a failure
        // inside the next transaction would end that one too.
        if (!m_cursor.isEmpty()) {
            if (m_pq.status(m_conn) == CONNECTION_OK && (m_held || m_db.transactionGeneration() == m_generation)) {
                settle(m_conn);
                m_pq.clear(m_pq.exec(m_conn, QByteArray("CLOSE " + m_cursor).constData()));
            }
            m_cursor.clear();
        }
        m_exhausted = false;
    }
    void clearResult()
    {
        if (m_result) {
            m_pq.clear(m_result);
            m_result = nullptr;
        }
        m_row = -1;
    }
    qint64 integerAt(int index) const;

    const Libpq& m_pq;
    Database& m_db;
    PGconn* m_conn;
    QByteArray m_sql;
    bool m_query;
    QString m_what;
    std::vector<std::string> m_values;
    std::vector<const char*> m_pointers;
    std::vector<int> m_lengths;
    std::vector<int> m_formats;
    QByteArray m_cursor; ///< the open cursor of a query being read
    QByteArray m_prepared; ///< the server-side statement of a write
    bool m_exhausted = false; ///< the last batch was the cursor's last
    bool m_held = false; ///< the open cursor was declared WITH HOLD (outside a transaction)
    quint64 m_generation = 0; ///< the transaction the open cursor was declared in
    bool m_recoverable = true; ///< a refused write leaves the transaction usable (a savepoint around each)
    bool m_readAhead = false; ///< the next batch is asked for before this one is read
    bool m_inFlight = false; ///< a FETCH is on its way (readingAhead() names this statement)
    PGresult* m_ahead = nullptr; ///< the next batch, when it came before it was needed
    PGresult* m_result = nullptr;
    int m_row = -1;
    mutable std::string m_scratch; ///< a number read as text
};

Error Statement::failure(PGresult* result, bool* constraint) const
{
    const QString state = QString::fromLatin1(result ? m_pq.resultErrorField(result, PG_DIAG_SQLSTATE) : nullptr);
    const QString detail =
        QString::fromUtf8(result ? m_pq.resultErrorMessage(result) : m_pq.errorMessage(m_conn)).trimmed();
    if (constraint != nullptr && state.startsWith(QLatin1String("23"))) {
        *constraint = true;
    }
    return m_db.translateServerError(state, detail.isEmpty() ? QString::fromUtf8(m_pq.errorMessage(m_conn)) : detail,
                                     m_what);
}

Status Statement::run(const char* sql)
{
    settle(m_conn);
    PGresult* r = m_pq.exec(m_conn, sql);
    const bool ok = m_pq.resultStatus(r) == PGRES_COMMAND_OK;
    Status status = ok ? Status() : Status(failure(r));
    m_pq.clear(r);
    return status;
}

Result<bool> Statement::stepQuery()
{
    if (m_cursor.isEmpty() && !m_exhausted) {
        clearResult();
        settle(m_conn);
        const QByteArray name = nextName("cs_cursor_");
        // Inside a transaction the cursor lives as long as it (read as the statement is stepped); outside one, WITH
        // HOLD keeps it past the statement's own implicit transaction (the server keeps the rows).
        const bool held = !m_db.inTransaction();
        const QByteArray declare = "DECLARE " + name + " NO SCROLL CURSOR " +
            (held ? QByteArray("WITH HOLD ") : QByteArray()) + "FOR " + m_sql;
        PGresult* r = m_pq.execParams(m_conn, declare.constData(), params(), nullptr, m_pointers.data(),
                                      m_lengths.data(), m_formats.data(), 1);
        if (m_pq.resultStatus(r) != PGRES_COMMAND_OK) {
            Error e = failure(r);
            m_pq.clear(r);
            return e;
        }
        m_pq.clear(r);
        m_cursor = name;
        m_held = held;
        m_generation = m_db.transactionGeneration();
    }
    if (m_result && m_row + 1 < m_pq.ntuples(m_result)) {
        ++m_row;
        return true;
    }
    clearResult();
    if (m_exhausted || m_cursor.isEmpty()) {
        return false;
    }
    settle(m_conn); // this statement's own batch read ahead, or another's that is in the way
    if (m_ahead) {
        m_result = std::exchange(m_ahead, nullptr);
    } else {
        const QByteArray fetch = "FETCH FORWARD " + QByteArray::number(kBatch) + " FROM " + m_cursor;
        m_result = m_pq.execParams(m_conn, fetch.constData(), 0, nullptr, nullptr, nullptr, nullptr, 1);
    }
    if (m_pq.resultStatus(m_result) != PGRES_TUPLES_OK) {
        Error e = failure(m_result);
        clearResult();
        closeCursor();
        return e;
    }
    if (m_pq.ntuples(m_result) < kBatch) {
        closeCursor(); // everything is here: free the server's side at once
        m_exhausted = true;
    } else if (m_readAhead) {
        sendAhead(); // the server reads the next batch while this one is verified
    }
    if (m_pq.ntuples(m_result) == 0) {
        return false;
    }
    m_row = 0;
    return true;
}

void Statement::sendAhead()
{
    if (readingAhead().contains(m_conn)) {
        return; // another statement's batch is on its way: this one asks when it needs it
    }
    const QByteArray fetch = "FETCH FORWARD " + QByteArray::number(kBatch) + " FROM " + m_cursor;
    if (m_pq.sendQueryParams(m_conn, fetch.constData(), 0, nullptr, nullptr, nullptr, nullptr, 1) == 1) {
        m_inFlight = true;
        readingAhead().insert(m_conn, this);
    }
}

Result<bool> Statement::stepWrite(bool& constraint)
{
    if (m_result && m_row + 1 < m_pq.ntuples(m_result)) {
        ++m_row; // the next row a RETURNING clause gave
        return true;
    }
    if (m_result) {
        clearResult();
        return false;
    }
    settle(m_conn);
    if (m_prepared.isEmpty()) {
        const QByteArray name = nextName("cs_write_");
        PGresult* r = m_pq.prepare(m_conn, name.constData(), m_sql.constData(), params(), nullptr);
        if (m_pq.resultStatus(r) != PGRES_COMMAND_OK) {
            Error e = failure(r);
            m_pq.clear(r);
            return e;
        }
        m_pq.clear(r);
        m_prepared = name;
    }
    const bool guarded = m_recoverable && m_db.inTransaction();
    if (guarded) {
        if (auto s = run("SAVEPOINT cs_bulk"); !s) {
            return s.error();
        }
    }
    PGresult* r = m_pq.execPrepared(m_conn, m_prepared.constData(), params(), m_pointers.data(), m_lengths.data(),
                                    m_formats.data(), 1);
    const ExecStatusType status = m_pq.resultStatus(r);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        Error e = failure(r, &constraint);
        m_pq.clear(r);
        if (guarded) {
            m_pq.clear(m_pq.exec(m_conn, "ROLLBACK TO SAVEPOINT cs_bulk"));
            m_pq.clear(m_pq.exec(m_conn, "RELEASE SAVEPOINT cs_bulk"));
        }
        return e;
    }
    if (guarded) {
        if (auto s = run("RELEASE SAVEPOINT cs_bulk"); !s) {
            m_pq.clear(r);
            return s.error();
        }
    }
    if (status == PGRES_TUPLES_OK && m_pq.ntuples(r) > 0) {
        m_result = r;
        m_row = 0;
        return true;
    }
    m_pq.clear(r);
    return false;
}

BulkStatement::ColumnType Statement::columnType(int index) const
{
    if (!m_result || m_pq.getisnull(m_result, m_row, index)) {
        return BulkStatement::ColumnType::Null;
    }
    switch (m_pq.ftype(m_result, index)) {
    case kBool:
    case kInt2:
    case kInt4:
    case kInt8:
    case kOid:
        return BulkStatement::ColumnType::Integer;
    case kFloat4:
    case kFloat8:
        return BulkStatement::ColumnType::Float;
    case kBytea:
        return BulkStatement::ColumnType::Blob;
    default:
        return BulkStatement::ColumnType::Text;
    }
}

qint64 Statement::integerAt(int index) const
{
    const char* p = m_pq.getvalue(m_result, m_row, index);
    switch (m_pq.ftype(m_result, index)) {
    case kBool:
        return *p != 0 ? 1 : 0;
    case kInt2:
        return qFromBigEndian<qint16>(p);
    case kInt4:
        return qFromBigEndian<qint32>(p);
    case kOid:
        return qFromBigEndian<quint32>(p);
    default:
        return qFromBigEndian<qint64>(p);
    }
}

qint64 Statement::columnInt(int index) const
{
    switch (columnType(index)) {
    case BulkStatement::ColumnType::Integer:
        return integerAt(index);
    case BulkStatement::ColumnType::Float:
        return qint64(columnDouble(index));
    case BulkStatement::ColumnType::Text:
        return QByteArray(columnText(index).data(), qsizetype(columnText(index).size())).toLongLong();
    default:
        return 0;
    }
}

double Statement::columnDouble(int index) const
{
    switch (columnType(index)) {
    case BulkStatement::ColumnType::Integer:
        return double(integerAt(index));
    case BulkStatement::ColumnType::Float: {
        const char* p = m_pq.getvalue(m_result, m_row, index);
        if (m_pq.ftype(m_result, index) == kFloat4) {
            const quint32 bits = qFromBigEndian<quint32>(p);
            float f = 0;
            std::memcpy(&f, &bits, sizeof f);
            return double(f);
        }
        const quint64 bits = qFromBigEndian<quint64>(p);
        double d = 0;
        std::memcpy(&d, &bits, sizeof d);
        return d;
    }
    case BulkStatement::ColumnType::Text:
        return QByteArray(columnText(index).data(), qsizetype(columnText(index).size())).toDouble();
    default:
        return 0;
    }
}

std::string_view Statement::columnText(int index) const
{
    switch (columnType(index)) {
    case BulkStatement::ColumnType::Null:
        return {};
    case BulkStatement::ColumnType::Integer:
        m_scratch = std::to_string(integerAt(index));
        return m_scratch;
    case BulkStatement::ColumnType::Float:
        m_scratch = QByteArray::number(columnDouble(index), 'g', 17).toStdString();
        return m_scratch;
    default:
        return columnBlob(index);
    }
}
} // namespace

void settle(PGconn* conn)
{
    if (auto it = readingAhead().constFind(conn); it != readingAhead().cend()) {
        it.value()->collectAhead();
    }
}

PGconn* handleOf(const QSqlDatabase& connection)
{
    const QVariant v = connection.driver() ? connection.driver()->handle() : QVariant();
    if (!v.isValid() || (qstrcmp(v.typeName(), "PGconn*") != 0 && qstrcmp(v.typeName(), "pg_conn*") != 0)) {
        return nullptr;
    }
    return *static_cast<PGconn* const*>(v.constData());
}

QByteArray numberParameters(const QByteArray& sql, int* count)
{
    QByteArray out;
    out.reserve(sql.size() + 16);
    int n = 0;
    char quote = 0;
    for (const char c : sql) {
        if (quote != 0) {
            if (c == quote) {
                quote = 0;
            }
            out.append(c);
        } else if (c == '\'' || c == '"') {
            quote = c;
            out.append(c);
        } else if (c == '?') {
            out.append('$').append(QByteArray::number(++n));
        } else {
            out.append(c);
        }
    }
    if (count != nullptr) {
        *count = n;
    }
    return out;
}

Result<std::unique_ptr<BulkStatement::Impl>> prepare(Database& db, const char* sql, const QString& what)
{
    auto pq = Libpq::load();
    if (!pq) {
        return pq.error();
    }
    PGconn* conn = handleOf(db.connection());
    if (conn == nullptr || pq.value()->status(conn) != CONNECTION_OK) {
        return Error(ErrorCode::Io,
                     Tr::tr("%1: %2 failed: the connection to the server is closed; reconnect").arg(db.path(), what));
    }
    int params = 0;
    QByteArray numbered = numberParameters(QByteArray(sql), &params);
    return std::unique_ptr<BulkStatement::Impl>(
        std::make_unique<Statement>(*pq.value(), db, conn, std::move(numbered), params, what));
}

} // namespace cs::PostgresStatement
