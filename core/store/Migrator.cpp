#include "Migrator.h"

#include <QCoreApplication>

namespace cs::Migrator {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::Migrator)
};
} // namespace

Result<int> currentVersion(Database& db)
{
    auto exists = db.prepare(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' "
                                            "AND name = 'schema_version'"));
    if (!exists) {
        return exists.error();
    }
    if (auto r = db.exec(exists.value(), Tr::tr("reading the schema version")); !r) {
        return r.error();
    }
    if (!exists->next() || exists->value(0).toInt() == 0) {
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
        for (const QString& sql : m.statements()) {
            if (auto r = db.execSql(sql, Tr::tr("upgrading the workspace to schema %1").arg(m.version)); !r) {
                return r;
            }
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

} // namespace cs::Migrator
