#include "Tamper.h"

#include "store/Database.h"
#include "store/Schema.h"

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

QString tamper(const QString& path, const QStringList& sql, bool restoreTriggers)
{
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
    return runAll(path, {sql});
}

} // namespace cs::test
