#include "SqliteOpener.h"

#include "store/RecordSeals.h"
#include "store/Schema.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>

namespace cs::SqliteOpener {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::SqliteOpener)
};

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("countersign-%1").arg(counter.fetchAndAddRelaxed(1));
}

Result<std::unique_ptr<Database>> connect(const QString& path, Database::Mode mode)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), nextConnectionName());
    db.setDatabaseName(path);
    if (mode == Database::Mode::ReadOnly) {
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    }
    auto database = std::make_unique<Database>(std::move(db), path, mode);
    if (!database->connection().open()) {
        return Error(ErrorCode::Io,
                     Tr::tr("cannot open %1: %2").arg(path, database->connection().lastError().databaseText()));
    }
    if (mode != Database::Mode::ReadOnly) {
        // Every record a command writes on this connection is sealed by its next audit event.
        if (auto r = RecordSeals::installTouches(*database); !r) {
            return r.error();
        }
    }
    return database;
}

Result<qint64> pragmaValue(Database& db, const QString& pragma)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("PRAGMA ") + pragma) || !q.next()) {
        return db.translate(q.lastError(), Tr::tr("reading the file header"));
    }
    return q.value(0).toLongLong();
}

Status configure(Database& db)
{
    // A confirmed signature must survive power loss: WAL with a full sync at every commit.
    if (!db.isReadOnly()) {
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !q.next() ||
            q.value(0).toString().compare(u"wal", Qt::CaseInsensitive) != 0) {
            return Error(ErrorCode::Io,
                         Tr::tr("%1: cannot switch the workspace to write-ahead logging").arg(db.path()));
        }
    }
    for (const auto* pragma : {"synchronous=FULL", "foreign_keys=ON", "busy_timeout=5000"}) {
        if (auto r = db.execSql(QStringLiteral("PRAGMA ") + QLatin1String(pragma), Tr::tr("configuring the workspace"));
            !r) {
            return r;
        }
    }
    return {};
}

/// The first problem PRAGMA integrity_check finds (`pragma` is the whole pragma), or "ok".
Result<QString> integrityVerdict(Database& db, const QString& pragma)
{
    QSqlQuery check(db.connection());
    if (!check.exec(pragma) || !check.next()) {
        return Error(ErrorCode::Corrupt,
                     Tr::tr("%1 is damaged: SQLite cannot run its integrity check (%2)")
                         .arg(db.path(), check.lastError().databaseText()));
    }
    return check.value(0).toString();
}

Error damaged(const Database& db, const QString& verdict)
{
    return Error(ErrorCode::Corrupt,
                 Tr::tr("%1 is damaged: SQLite's integrity check failed (%2); restore it from a backup")
                     .arg(db.path(), verdict));
}

/// At every open, SQLite's integrity check of every table but the per-sample ones (Schema::bulkTables()), whose
/// cost grows with the samples: those are checked page by page as they are read, against the digests their events
/// recorded by `verify`, and whole by checkWholeFile() (which `verify` runs).
Status checkRecords(Database& db)
{
    QSqlQuery tables(db.connection());
    if (!tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"))) {
        return Error(ErrorCode::Corrupt,
                     Tr::tr("%1 is damaged: its list of tables cannot be read (%2)")
                         .arg(db.path(), tables.lastError().databaseText()));
    }
    const QStringList bulk = Schema::bulkTables();
    QStringList names;
    while (tables.next()) {
        const QString name = tables.value(0).toString();
        if (!bulk.contains(name)) {
            names.append(name);
        }
    }
    for (const QString& name : names) {
        QString quoted = name;
        quoted.replace(u'"', QStringLiteral("\"\""));
        auto verdict = integrityVerdict(db, QStringLiteral("PRAGMA integrity_check(\"%1\")").arg(quoted));
        if (!verdict) {
            return verdict.error();
        }
        if (verdict.value() != u"ok") {
            return damaged(db, verdict.value());
        }
    }
    return {};
}
} // namespace

Result<std::unique_ptr<Database>> open(const QString& path, Database::Mode mode)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        return Error(ErrorCode::NotFound, Tr::tr("no workspace at %1 (the file does not exist)").arg(path));
    }
    if (info.isDir()) {
        return Error(ErrorCode::NotAWorkspace, Tr::tr("%1 is a folder, not a workspace file").arg(path));
    }
    if (mode == Database::Mode::ReadWrite) {
        // Permission bits, not access(2): an administrator running as root still gets the refusal the file's
        // owner asked for by marking it read-only.
        if (!(info.permissions() & QFileDevice::WriteOwner) || !info.isWritable()) {
            return Error(ErrorCode::ReadOnly,
                         Tr::tr("%1 is read-only; open it read-only to review it, or make it writable").arg(path));
        }
        if (!QFileInfo(info.absolutePath()).isWritable()) {
            return Error(
                ErrorCode::ReadOnly,
                Tr::tr("the folder holding %1 is read-only; the workspace needs to write its journal there").arg(path));
        }
    }

    auto connected = connect(path, mode);
    if (!connected) {
        return connected.error();
    }
    std::unique_ptr<Database> db = std::move(connected.value());

    // Identify the file before changing anything in it.
    auto appId = pragmaValue(*db, QStringLiteral("application_id"));
    if (!appId) {
        if (appId.error().code == ErrorCode::Corrupt) {
            return Error(ErrorCode::NotAWorkspace,
                         Tr::tr("%1 is not a Countersign workspace (it is not an SQLite database)").arg(path));
        }
        return appId.error();
    }
    if (appId.value() != kApplicationId) {
        return Error(ErrorCode::NotAWorkspace,
                     Tr::tr("%1 is an SQLite database but not a Countersign workspace").arg(path));
    }

    if (mode == Database::Mode::ReadWrite) {
        // Refuse at once if another writer holds the lock rather than failing on the first change.
        QSqlQuery probe(db->connection());
        probe.exec(QStringLiteral("PRAGMA busy_timeout=250"));
        if (!probe.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            const Error e = db->translate(probe.lastError(), Tr::tr("opening"));
            if (e.code == ErrorCode::Locked) {
                return Error(ErrorCode::Locked,
                             Tr::tr("%1 is locked by another program that is writing to it; "
                                    "close the workspace there and try again")
                                 .arg(path));
            }
            return e;
        }
        probe.exec(QStringLiteral("ROLLBACK"));
    }

    if (auto r = configure(*db); !r) {
        return r.error();
    }

    if (auto r = checkRecords(*db); !r) {
        return r.error();
    }
    return db;
}

Result<std::unique_ptr<Database>> create(const QString& path)
{
    if (QFileInfo::exists(path)) {
        return Error(ErrorCode::AlreadyExists, Tr::tr("%1 already exists").arg(path));
    }
    auto connected = connect(path, Database::Mode::ReadWrite);
    if (!connected) {
        return connected.error();
    }
    std::unique_ptr<Database> db = std::move(connected.value());
    if (auto r = db->execSql(QStringLiteral("PRAGMA application_id=%1").arg(kApplicationId),
                             Tr::tr("creating the workspace"));
        !r) {
        return r.error();
    }
    if (auto r = configure(*db); !r) {
        return r.error();
    }
    return db;
}

Status checkWholeFile(Database& db)
{
    auto verdict = integrityVerdict(db, QStringLiteral("PRAGMA integrity_check(1)"));
    if (!verdict) {
        return verdict.error();
    }
    return verdict.value() == u"ok" ? Status {} : Status(damaged(db, verdict.value()));
}

} // namespace cs::SqliteOpener
