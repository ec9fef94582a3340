#include "Tamper.h"

#include "PgServer.h"
#include "store/Database.h"
#include "store/Schema.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace cs::test {

namespace {
QString runAll(const QString& path, const QStringList& statements)
{
    const QString name = QUuid::createUuid().toString();
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            for (const QString& sql : statements) {
                if (!q.exec(sql)) {
                    error = q.lastError().text();
                    break;
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}
} // namespace

namespace {
bool isServer(const QString& path)
{
    return path.startsWith(QStringLiteral("postgresql:"));
}

/// The few SQLite words the tests tamper with, in PostgreSQL's: blob literals and random or zero blobs.
QString inPostgresWords(QString sql)
{
    static const QRegularExpression literal(QStringLiteral(R"(\bx'([0-9a-fA-F]*)')"));
    static const QRegularExpression random(QStringLiteral(R"(\brandomblob\((\d+)\))"));
    static const QRegularExpression zero(QStringLiteral(R"(\bzeroblob\(((?:[^()]|\([^()]*\))+)\))"));
    static const QRegularExpression dropTrigger(QStringLiteral(R"(^DROP TRIGGER (\w+)$)"));
    sql.replace(literal, QStringLiteral(R"(decode('\1', 'hex'))"));
    sql.replace(random, QStringLiteral("substring(sha512(random()::text::bytea) from 1 for \\1)"));
    sql.replace(zero, QStringLiteral("decode(repeat('00', (\\1)::int), 'hex')"));
    // SQLite's triggers belong to the schema, PostgreSQL's to their table: found by name.
    sql.replace(dropTrigger,
                QStringLiteral("DO $$ BEGIN EXECUTE (SELECT format('DROP TRIGGER %I ON %s', tgname, "
                               "tgrelid::regclass) FROM pg_catalog.pg_trigger WHERE tgname = '\\1'); "
                               "END $$"));
    return sql;
}

/// On a server the superuser tampers: triggers off for the session (session_replication_role), so neither the
/// refusals nor the seal's touch triggers see the change, as a second connection to a file does not.
QString tamperOnServer(const QString& uri, const QStringList& sql, bool restoreTriggers)
{
    QStringList statements = {QStringLiteral("SET session_replication_role = replica")};
    for (const QString& statement : sql) {
        statements += inPostgresWords(statement);
    }
    if (!restoreTriggers) {
        for (const QString& table : Schema::appendOnlyTables()) {
            for (const QString& trigger : Database::appendOnlyTriggerNames(table)) {
                statements.append(QStringLiteral("DROP TRIGGER IF EXISTS %1 ON %2").arg(trigger, table));
            }
        }
    }
    QString why;
    PgServer::shared().psql(PgServer::databaseOf(uri), statements.join(QStringLiteral(";\n")), &why);
    return why;
}
} // namespace

QString tamper(const QString& path, const QStringList& sql, bool restoreTriggers)
{
    if (isServer(path)) {
        return tamperOnServer(path, sql, restoreTriggers);
    }
    QStringList statements;
    for (const QString& table : Schema::appendOnlyTables()) {
        for (const QString& trigger : Database::appendOnlyTriggerNames(table)) {
            statements.append(QStringLiteral("DROP TRIGGER IF EXISTS ") + trigger);
        }
    }
    statements += sql;
    if (restoreTriggers) {
        for (const QString& table : Schema::appendOnlyTables()) {
            statements += Database::appendOnlyTriggers(table);
        }
    }
    return runAll(path, statements);
}

QString rawExec(const QString& path, const QString& sql)
{
    if (isServer(path)) {
        // The role the workspace was created by, triggers untouched.
        QString why;
        PgServer::shared().psqlAt(path, sql, &why);
        return why;
    }
    return runAll(path, {sql});
}

QString editOutside(const QString& path, const QStringList& sql)
{
    if (!isServer(path)) {
        return runAll(path, sql);
    }
    QString refused;
    PgServer::shared().psqlAt(path, sql.join(QStringLiteral(";\n")), &refused);
    if (!refused.contains(QStringLiteral("is changed only through Countersign"))) {
        return QStringLiteral("the seal trigger did not refuse the workspace's own role: ") + refused;
    }
    return tamperOnServer(path, sql, true);
}

} // namespace cs::test
