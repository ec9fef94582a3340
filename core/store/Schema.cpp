#include "Schema.h"

#include <QSet>

namespace cs::Schema {

namespace {
QStringList version1()
{
    QStringList sql = {
        QStringLiteral("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at_ms INTEGER NOT NULL, "
                       "description TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE workspace_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE audit_event ("
                       "seq INTEGER PRIMARY KEY CHECK (seq > 0), "
                       "at_ms INTEGER NOT NULL, "
                       "actor TEXT NOT NULL, "
                       "action TEXT NOT NULL, "
                       "change_kind TEXT NOT NULL, "
                       "entity_type TEXT NOT NULL, "
                       "entity_id TEXT NOT NULL, "
                       "before_json TEXT, "
                       "after_json TEXT, "
                       "reason TEXT, "
                       "session_id TEXT NOT NULL, "
                       "leaf_hash BLOB NOT NULL, "
                       "chain_hash BLOB NOT NULL)"),
        QStringLiteral("CREATE INDEX audit_event_by_actor ON audit_event (actor)"),
        QStringLiteral("CREATE INDEX audit_event_by_action ON audit_event (action)"),
        QStringLiteral("CREATE INDEX audit_event_by_time ON audit_event (at_ms)"),
        QStringLiteral("CREATE TABLE audit_checkpoint (id INTEGER PRIMARY KEY, tree_size INTEGER NOT NULL, "
                       "root_hash BLOB NOT NULL, chain_head BLOB NOT NULL, signed_at_ms INTEGER NOT NULL, "
                       "note TEXT NOT NULL, created_by TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE audit_review (id INTEGER PRIMARY KEY, from_seq INTEGER NOT NULL, "
                       "to_seq INTEGER NOT NULL, chain_head BLOB NOT NULL, finding TEXT NOT NULL, "
                       "reviewer TEXT NOT NULL, reviewed_at_ms INTEGER NOT NULL, "
                       "CHECK (from_seq >= 1 AND to_seq >= from_seq))"),
        QStringLiteral("CREATE TABLE setting (key TEXT PRIMARY KEY, value_json TEXT NOT NULL, "
                       "changed_at_ms INTEGER NOT NULL, changed_by TEXT NOT NULL)"),
    };
    for (const QString& table : appendOnlyTables()) {
        sql += Database::appendOnlyTriggers(table);
    }
    return sql;
}
} // namespace

const QList<Migration>& migrations()
{
    static const QList<Migration> all = {
        {1, QStringLiteral("workspace metadata, audit trail, checkpoints, reviews, settings"), version1},
    };
    return all;
}

int latestVersion()
{
    return migrations().last().version;
}

QStringList appendOnlyTables()
{
    return {QStringLiteral("schema_version"), QStringLiteral("workspace_meta"), QStringLiteral("audit_event"),
            QStringLiteral("audit_checkpoint"), QStringLiteral("audit_review")};
}

Result<QStringList> missingAppendOnlyTriggers(Database& db)
{
    auto q = db.prepare(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger'"));
    if (!q) {
        return q.error();
    }
    if (auto r = db.exec(q.value(), QStringLiteral("listing triggers")); !r) {
        return r.error();
    }
    QSet<QString> present;
    while (q->next()) {
        present.insert(q->value(0).toString());
    }
    QStringList missing;
    for (const QString& table : appendOnlyTables()) {
        for (const QString& name : Database::appendOnlyTriggerNames(table)) {
            if (!present.contains(name)) {
                missing.append(name);
            }
        }
    }
    return missing;
}

} // namespace cs::Schema
