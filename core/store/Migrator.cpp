#include "Migrator.h"

#include "store/PostgresDialect.h"
#include "store/RecordSeals.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace cs::Migrator {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::Migrator)
};

/// The statements of one step as this backend runs them (store/PostgresDialect.h).
QStringList statementsFor(const Database& db, const QStringList& sqlite)
{
    if (!db.isServer()) {
        return sqlite;
    }
    QStringList out;
    for (const QString& sql : sqlite) {
        out += PostgresDialect::translate(sql);
    }
    return out;
}

Status addTouchTriggers(Database& db, int version);

/// Runs the statements of migration `m` as this backend reads them, then (on a server) the touch triggers of the tables
/// it created.
Status runStatements(Database& db, const Migration& m, const QString& what)
{
    QStringList statements = statementsFor(db, m.statements());
    if (db.isServer() && m.version == 1) {
        statements = PostgresDialect::supportStatements() + statements;
    }
    for (const QString& sql : statements) {
        if (auto r = db.execSql(sql, what); !r) {
            return r;
        }
    }
    return db.isServer() ? addTouchTriggers(db, m.version) : Status();
}

/// On a server, every sealed table that exists records what each statement touches (PostgresDialect::touchTrigger),
/// from the step that creates it on, before any row is written to it.
Status addTouchTriggers(Database& db, int version)
{
    for (const SealedKind& kind : RecordSeals::kinds()) {
        auto has = db.hasTable(kind.table);
        if (!has) {
            return has.error();
        }
        if (!has.value()) {
            continue;
        }
        auto q = db.prepare(QStringLiteral("SELECT count(*) FROM pg_catalog.pg_trigger WHERE tgname = ?"));
        if (!q) {
            return q.error();
        }
        q->addBindValue(PostgresDialect::touchTriggerName(kind.table));
        if (auto r = db.exec(q.value(), Tr::tr("reading the schema")); !r) {
            return r;
        }
        if (q->next() && q->value(0).toLongLong() > 0) {
            continue;
        }
        if (auto r = db.execSql(PostgresDialect::touchTrigger(kind.table, kind.keyColumn),
                                Tr::tr("upgrading the workspace to schema %1").arg(version));
            !r) {
            return r;
        }
    }
    return {};
}
} // namespace

Result<int> currentVersion(Database& db)
{
    auto exists = db.hasTable(QStringLiteral("schema_version"));
    if (!exists) {
        return exists.error();
    }
    if (!exists.value()) {
        return 0;
    }
    auto q = db.prepare(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_version"));
    if (!q) {
        return q.error();
    }
    if (auto r = db.exec(q.value(), Tr::tr("reading the schema version")); !r) {
        return r.error();
    }
    return q->next() ? q->value(0).toInt() : 0;
}

Status migrate(Database& db, const WriteAccess& write, const QList<Migration>& migrations, int fromVersion,
               qint64 nowMs)
{
    int expected = 1;
    for (const Migration& m : migrations) {
        if (m.version != expected++) {
            return Error(ErrorCode::Internal, Tr::tr("schema migrations are not numbered 1, 2, 3, ..."));
        }
        if (m.version <= fromVersion) {
            continue;
        }
        if (auto r = runStatements(db, m, Tr::tr("upgrading the workspace to schema %1").arg(m.version)); !r) {
            return r;
        }
        if (m.fill) {
            if (auto r = m.fill(db, write); !r) {
                return r;
            }
        }
        auto insert = db.prepare(QStringLiteral("INSERT INTO schema_version (version, applied_at_ms, description) "
                                                "VALUES (?, ?, ?)"));
        if (!insert) {
            return insert.error();
        }
        insert->addBindValue(m.version);
        insert->addBindValue(nowMs);
        insert->addBindValue(m.description);
        if (auto r = db.exec(insert.value(), Tr::tr("recording schema %1").arg(m.version)); !r) {
            return r;
        }
    }
    return {};
}

Status createSchema(Database& db, const QList<Migration>& migrations, int version)
{
    for (const Migration& m : migrations) {
        if (m.version > version) {
            break;
        }
        if (auto r = runStatements(db, m, Tr::tr("creating the tables of schema %1").arg(m.version)); !r) {
            return r;
        }
    }
    return {};
}

QStringList tablesInOrder(const QList<Migration>& migrations, int version)
{
    static const QRegularExpression create(QStringLiteral(R"(^CREATE TABLE (\w+))"));
    QStringList tables;
    for (const Migration& m : migrations) {
        if (m.version > version) {
            break;
        }
        for (const QString& sql : m.statements()) {
            if (const auto match = create.match(sql); match.hasMatch()) {
                tables.append(match.captured(1));
            }
        }
    }
    return tables;
}

} // namespace cs::Migrator
