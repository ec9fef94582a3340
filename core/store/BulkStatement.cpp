#include "BulkStatement.h"

#include "store/PostgresStatement.h"

#include <QCoreApplication>
#include <QSqlDriver>

#include <sqlite3.h>

namespace cs {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::BulkStatement)
};

/// A statement on an SQLite connection: sqlite3_stmt as it is.
class SqliteStatement final : public BulkStatement::Impl
{
public:
    SqliteStatement(Database& db, sqlite3* handle, sqlite3_stmt* stmt, QString what)
        : m_db(db)
        , m_handle(handle)
        , m_stmt(stmt)
        , m_what(std::move(what))
    { }
    ~SqliteStatement() override { sqlite3_finalize(m_stmt); }

    void bindText(int index, std::string_view text) override
    {
        sqlite3_bind_text(m_stmt, index, text.data(), int(text.size()), SQLITE_STATIC);
    }
    void bindInt(int index, qint64 value) override { sqlite3_bind_int64(m_stmt, index, value); }
    void bindDouble(int index, double value) override { sqlite3_bind_double(m_stmt, index, value); }
    void bindBlob(int index, const void* data, qsizetype size) override
    {
        sqlite3_bind_blob64(m_stmt, index, data, sqlite3_uint64(size), SQLITE_STATIC);
    }
    void bindNull(int index) override { sqlite3_bind_null(m_stmt, index); }

    Result<bool> step(bool& constraint) override;
    void reset() override { sqlite3_reset(m_stmt); }

    int columnCount() const override { return sqlite3_column_count(m_stmt); }
    QByteArray columnName(int index) const override { return QByteArray(sqlite3_column_name(m_stmt, index)); }
    BulkStatement::ColumnType columnType(int index) const override
    {
        switch (sqlite3_column_type(m_stmt, index)) {
        case SQLITE_NULL:
            return BulkStatement::ColumnType::Null;
        case SQLITE_INTEGER:
            return BulkStatement::ColumnType::Integer;
        case SQLITE_FLOAT:
            return BulkStatement::ColumnType::Float;
        case SQLITE_TEXT:
            return BulkStatement::ColumnType::Text;
        default:
            return BulkStatement::ColumnType::Blob;
        }
    }
    qint64 columnInt(int index) const override { return sqlite3_column_int64(m_stmt, index); }
    double columnDouble(int index) const override { return sqlite3_column_double(m_stmt, index); }
    std::string_view columnText(int index) const override
    {
        const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, index));
        return p ? std::string_view(p, size_t(sqlite3_column_bytes(m_stmt, index))) : std::string_view();
    }
    std::string_view columnBlob(int index) const override
    {
        const auto* p = static_cast<const char*>(sqlite3_column_blob(m_stmt, index));
        return p ? std::string_view(p, size_t(sqlite3_column_bytes(m_stmt, index))) : std::string_view();
    }

private:
    Database& m_db;
    sqlite3* m_handle;
    sqlite3_stmt* m_stmt;
    QString m_what;
};

Result<bool> SqliteStatement::step(bool& constraint)
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc == SQLITE_DONE) {
        return false;
    }
    const QString detail = QString::fromUtf8(sqlite3_errmsg(m_handle));
    const int primary = rc & 0xFF;
    sqlite3_reset(m_stmt);
    switch (primary) {
    case SQLITE_CONSTRAINT:
        constraint = true;
        return Error(ErrorCode::Rule,
                     Tr::tr("%1: %2 was refused by the workspace (%3)").arg(m_db.path(), m_what, detail));
    case SQLITE_FULL:
        return Error(ErrorCode::Io, Tr::tr("%1: %2 failed because the disk is full").arg(m_db.path(), m_what));
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Error(
            ErrorCode::Locked,
            Tr::tr("%1: %2 failed because another program is writing to the workspace").arg(m_db.path(), m_what));
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Error(ErrorCode::Corrupt,
                     Tr::tr("%1: %2 failed because the file is damaged (%3)").arg(m_db.path(), m_what, detail));
    default:
        return Error(ErrorCode::Io, Tr::tr("%1: %2 failed (%3)").arg(m_db.path(), m_what, detail));
    }
}
} // namespace

BulkStatement::BulkStatement(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl))
{ }

BulkStatement::BulkStatement(BulkStatement&& other) noexcept = default;
BulkStatement::~BulkStatement() = default;

sqlite3* BulkStatement::handleOf(const QSqlDatabase& connection)
{
    const QVariant v = connection.driver() ? connection.driver()->handle() : QVariant();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0) {
        return nullptr;
    }
    return *static_cast<sqlite3* const*>(v.constData());
}

Result<BulkStatement> BulkStatement::prepare(Database& db, const char* sql, const QString& what)
{
    if (db.backend() == Database::Backend::Postgres) {
        auto impl = PostgresStatement::prepare(db, sql, what);
        if (!impl) {
            return impl.error();
        }
        return BulkStatement(std::move(impl.value()));
    }
    sqlite3* handle = handleOf(db.connection());
    if (!handle) {
        return Error(ErrorCode::Internal,
                     Tr::tr("%1: the workspace connection is not an open SQLite connection").arg(db.path()));
    }
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(handle, sql, -1, &stmt, nullptr) != SQLITE_OK) {
        return Error(
            ErrorCode::Internal,
            Tr::tr("%1: preparing %2 failed (%3)").arg(db.path(), what, QString::fromUtf8(sqlite3_errmsg(handle))));
    }
    return BulkStatement(std::make_unique<SqliteStatement>(db, handle, stmt, what));
}

Status BulkStatement::forEachRow(const std::function<bool(const BulkStatement&)>& row)
{
    for (;;) {
        auto more = step();
        if (!more || !more.value() || !row(*this)) {
            reset();
            return more ? Status() : more.error();
        }
    }
}

Result<bool> BulkStatement::step()
{
    m_constraint = false;
    return m_impl->step(m_constraint);
}

} // namespace cs
