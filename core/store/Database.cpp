#include "Database.h"

#include "store/RecordSeals.h"

#include <QCoreApplication>
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
} // namespace

Database::Database(QSqlDatabase connection, QString path, Mode mode)
    : m_db(std::move(connection))
    , m_connectionName(m_db.connectionName())
    , m_path(std::move(path))
    , m_mode(mode)
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

Result<QSqlQuery> Database::prepare(const QString& sql)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        return translate(query.lastError(), Tr::tr("preparing a query"));
    }
    return query;
}

Status Database::exec(QSqlQuery& query, const QString& what)
{
    if (!query.exec()) {
        return translate(query.lastError(), what);
    }
    return {};
}

Status Database::execSql(const QString& sql, const QString& what)
{
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
    // IMMEDIATE takes the write lock now, so sequence numbers are assigned under it.
    if (auto r = execSql(QStringLiteral("BEGIN IMMEDIATE"), Tr::tr("starting a change")); !r) {
        return r;
    }
    m_inTransaction = true;
    return {};
}

Status Database::commit()
{
    if (auto r = execSql(QStringLiteral("COMMIT"), Tr::tr("saving the change")); !r) {
        return r;
    }
    m_inTransaction = false;
    return {};
}

void Database::rollback()
{
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("ROLLBACK"));
    m_inTransaction = false;
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
