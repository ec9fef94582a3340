#include "BulkStatement.h"

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
} // namespace

BulkStatement::BulkStatement(Database& db, sqlite3* handle, sqlite3_stmt* stmt, QString what)
    : m_db(&db)
    , m_handle(handle)
    , m_stmt(stmt)
    , m_what(std::move(what))
{ }

BulkStatement::BulkStatement(BulkStatement&& other) noexcept
    : m_db(other.m_db)
    , m_handle(other.m_handle)
    , m_stmt(other.m_stmt)
    , m_what(std::move(other.m_what))
{
    other.m_stmt = nullptr;
}

BulkStatement::~BulkStatement()
{
    if (m_stmt) {
        sqlite3_finalize(m_stmt);
    }
}

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
    return BulkStatement(db, handle, stmt, what);
}

void BulkStatement::bindText(int index, std::string_view text)
{
    sqlite3_bind_text(m_stmt, index, text.data(), int(text.size()), SQLITE_STATIC);
}

void BulkStatement::bindInt(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void BulkStatement::bindDouble(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
}

void BulkStatement::bindBlob(int index, const void* data, qsizetype size)
{
    sqlite3_bind_blob64(m_stmt, index, data, sqlite3_uint64(size), SQLITE_STATIC);
}

void BulkStatement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
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
        m_constraint = true;
        return Error(ErrorCode::Rule,
                     Tr::tr("%1: %2 was refused by the workspace (%3)").arg(m_db->path(), m_what, detail));
    case SQLITE_FULL:
        return Error(ErrorCode::Io, Tr::tr("%1: %2 failed because the disk is full").arg(m_db->path(), m_what));
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Error(
            ErrorCode::Locked,
            Tr::tr("%1: %2 failed because another program is writing to the workspace").arg(m_db->path(), m_what));
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Error(ErrorCode::Corrupt,
                     Tr::tr("%1: %2 failed because the file is damaged (%3)").arg(m_db->path(), m_what, detail));
    default:
        return Error(ErrorCode::Io, Tr::tr("%1: %2 failed (%3)").arg(m_db->path(), m_what, detail));
    }
}

void BulkStatement::reset()
{
    sqlite3_reset(m_stmt);
}

qint64 BulkStatement::columnInt(int index) const
{
    return sqlite3_column_int64(m_stmt, index);
}

double BulkStatement::columnDouble(int index) const
{
    return sqlite3_column_double(m_stmt, index);
}

std::string_view BulkStatement::columnText(int index) const
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, index));
    return p ? std::string_view(p, size_t(sqlite3_column_bytes(m_stmt, index))) : std::string_view();
}

std::string_view BulkStatement::columnBlob(int index) const
{
    const auto* p = static_cast<const char*>(sqlite3_column_blob(m_stmt, index));
    return p ? std::string_view(p, size_t(sqlite3_column_bytes(m_stmt, index))) : std::string_view();
}

bool BulkStatement::columnIsText(int index) const
{
    return sqlite3_column_type(m_stmt, index) == SQLITE_TEXT;
}

bool BulkStatement::columnIsNull(int index) const
{
    return sqlite3_column_type(m_stmt, index) == SQLITE_NULL;
}

} // namespace cs
