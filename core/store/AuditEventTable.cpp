#include "AuditEventTable.h"

#include "store/BulkStatement.h"
#include "store/QueryHelpers.h"
#include "store/RecordSeals.h"
#include "store/RecordSealsInternal.h"

#include <QCoreApplication>
#include <QSqlRecord>
#include <QVariant>

namespace cs {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::AuditEventTable)
};

const QString kColumns = QStringLiteral("seq, at_ms, actor, action, change_kind, entity_type, entity_id, "
                                        "before_json, after_json, reason, session_id, leaf_hash, chain_hash");

/// The columns of a result row through Qt's query (most reads) or SQLite's own statement (the trail scan of
/// verification), so that one function below maps an event's or a seal's columns.
struct QtRow
{
    const QSqlQuery& q;
    qint64 integer(int c) const { return q.value(c).toLongLong(); }
    QString text(int c) const { return q.value(c).toString(); }
    QByteArray utf8(int c) const { return q.value(c).toString().toUtf8(); }
    QByteArray blob(int c) const { return q.value(c).toByteArray(); }
    bool isText(int c) const { return q.value(c).typeId() == QMetaType::QString; }
    bool isNull(int c) const { return q.isNull(c); }
};

struct SqliteRow
{
    const BulkStatement& s;
    qint64 integer(int c) const { return s.columnInt(c); }
    QString text(int c) const
    {
        const std::string_view v = s.columnText(c);
        return QString::fromUtf8(v.data(), qsizetype(v.size()));
    }
    QByteArray utf8(int c) const
    {
        const std::string_view v = s.columnText(c);
        return QByteArray(v.data(), qsizetype(v.size()));
    }
    QByteArray blob(int c) const
    {
        const std::string_view v = s.columnBlob(c);
        return QByteArray(v.data(), qsizetype(v.size()));
    }
    bool isText(int c) const { return s.columnIsText(c); }
    bool isNull(int c) const { return s.columnIsNull(c); }
};

/// An event from the columns of kColumns.
template<typename Row>
AuditEvent readEvent(const Row& r)
{
    AuditEvent e;
    e.seq = r.integer(0);
    e.timeMs = r.integer(1);
    e.actor = r.text(2);
    e.action = r.text(3);
    // An unknown kind can only come from tampering; it maps to Record and the leaf hash then fails to match.
    e.change = enumFromName<ChangeKind>(r.text(4)).value_or(ChangeKind::Record);
    e.entityType = r.text(5);
    e.entityId = r.text(6);
    e.before = r.utf8(7);
    e.after = r.utf8(8);
    e.reason = r.text(9);
    e.sessionId = r.text(10);
    e.leafHash = r.blob(11);
    e.chainHash = r.blob(12);
    return e;
}

/// A seal from the columns kind, key, sha256 starting at `first`.
template<typename Row>
RecordSeal readSeal(const Row& r, int first, bool server)
{
    RecordSeal seal;
    seal.kind = r.text(first);
    if (server) { // key_int, key_text: exactly one is set
        seal.key = r.isNull(first + 1) ? RecordKey::of(r.text(first + 2)) : RecordKey::of(r.integer(first + 1));
        seal.sha256 = r.blob(first + 3);
        return seal;
    }
    seal.key = r.isText(first + 1) ? RecordKey::of(r.text(first + 1)) : RecordKey::of(r.integer(first + 1));
    seal.sha256 = r.blob(first + 2);
    return seal;
}

QVariant textOrNull(const QByteArray& text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(QString::fromUtf8(text));
}

QString likePattern(const QString& text)
{
    QString escaped = text;
    escaped.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'%', QStringLiteral("\\%"))
        .replace(u'_', QStringLiteral("\\_"));
    return u'%' + escaped + u'%';
}

// Appends the filter's conditions to `sql` (which already has a WHERE clause) and its values to `binds`.
void applyFilter(const AuditFilter& f, QString& sql, QVariantList& binds)
{
    if (!f.text.isEmpty()) {
        sql += QStringLiteral(" AND (actor LIKE ? ESCAPE '\\' OR action LIKE ? ESCAPE '\\' OR entity_type LIKE ? "
                              "ESCAPE '\\' OR entity_id LIKE ? ESCAPE '\\' OR reason LIKE ? ESCAPE '\\' OR "
                              "before_json LIKE ? ESCAPE '\\' OR after_json LIKE ? ESCAPE '\\')");
        const QString pattern = likePattern(f.text);
        for (int i = 0; i < 7; ++i) {
            binds.append(pattern);
        }
    }
    if (!f.actor.isEmpty()) {
        sql += QStringLiteral(" AND actor = ?");
        binds.append(f.actor);
    }
    if (!f.action.isEmpty()) {
        sql += QStringLiteral(" AND action = ?");
        binds.append(f.action);
    }
    if (f.fromMs) {
        sql += QStringLiteral(" AND at_ms >= ?");
        binds.append(*f.fromMs);
    }
    if (f.toMs) {
        sql += QStringLiteral(" AND at_ms < ?");
        binds.append(*f.toMs);
    }
}
} // namespace

Status AuditEventTable::insert(const WriteAccess& /*write*/, const AuditEvent& e)
{
    auto q = m_db.prepare(QStringLiteral("INSERT INTO audit_event (") + kColumns +
                          QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!q) {
        return q.error();
    }
    q->addBindValue(e.seq);
    q->addBindValue(e.timeMs);
    q->addBindValue(e.actor);
    q->addBindValue(e.action);
    q->addBindValue(nameOf(e.change));
    q->addBindValue(e.entityType);
    q->addBindValue(e.entityId);
    q->addBindValue(textOrNull(e.before));
    q->addBindValue(textOrNull(e.after));
    q->addBindValue(e.reason.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(e.reason));
    q->addBindValue(e.sessionId);
    q->addBindValue(e.leafHash);
    q->addBindValue(e.chainHash);
    if (auto r = m_db.exec(q.value(), Tr::tr("recording audit event %1").arg(e.seq)); !r) {
        return r;
    }
    if (e.records.isEmpty()) {
        return {};
    }
    const bool server = m_db.isServer();
    const QString key = RecordSealsInternal::sealKeyColumns(m_db);
    const QString keyBinds = server ? QStringLiteral("?, ?") : QStringLiteral("?");
    auto seal =
        m_db.prepare(QStringLiteral("INSERT INTO record_seal (seq, ord, kind, %1, sha256) VALUES (?, ?, ?, %2, ?)")
                         .arg(key, keyBinds));
    if (!seal) {
        return seal.error();
    }
    auto head = m_db.prepare(QStringLiteral("INSERT INTO record_head (kind, %1, seq, sha256) VALUES (?, %2, ?, ?) "
                                            "ON CONFLICT (kind, %1) DO UPDATE SET seq = excluded.seq, "
                                            "sha256 = excluded.sha256")
                                 .arg(key, keyBinds));
    if (!head) {
        return head.error();
    }
    for (qsizetype i = 0; i < e.records.size(); ++i) {
        const RecordSeal& r = e.records[i];
        const QVariant sha = r.sha256.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(r.sha256);
        QVariantList keys;
        if (server) {
            keys = {r.key.isText ? QVariant(QMetaType::fromType<qint64>()) : QVariant(r.key.number),
                    r.key.isText ? QVariant(r.key.text) : QVariant(QMetaType::fromType<QString>())};
        } else {
            keys = {r.key.isText ? QVariant(r.key.text) : QVariant(r.key.number)};
        }
        const int k = int(keys.size());
        seal->bindValue(0, e.seq);
        seal->bindValue(1, i);
        seal->bindValue(2, r.kind);
        head->bindValue(0, r.kind);
        for (int j = 0; j < k; ++j) {
            seal->bindValue(3 + j, keys[j]);
            head->bindValue(1 + j, keys[j]);
        }
        seal->bindValue(3 + k, sha);
        head->bindValue(1 + k, e.seq);
        head->bindValue(2 + k, sha);
        const QString what = Tr::tr("recording the seals of audit event %1").arg(e.seq);
        if (auto done = m_db.exec(seal.value(), what); !done) {
            return done;
        }
        if (auto done = m_db.exec(head.value(), what); !done) {
            return done;
        }
    }
    return {};
}

Result<bool> AuditEventTable::hasSeals()
{
    if (!m_hasSeals) {
        auto has = RecordSeals::schemaHasSeals(m_db);
        if (!has) {
            return has.error();
        }
        m_hasSeals = has.value();
    }
    return *m_hasSeals;
}

Status AuditEventTable::attachSeals(QList<AuditEvent>& events)
{
    auto has = hasSeals();
    if (!has) {
        return has.error();
    }
    if (!has.value() || events.isEmpty()) {
        return {};
    }
    auto q = m_db.prepare(QStringLiteral("SELECT kind, %1, sha256 FROM record_seal WHERE seq = ? ORDER BY ord")
                              .arg(RecordSealsInternal::sealKeyColumns(m_db)));
    if (!q) {
        return q.error();
    }
    for (AuditEvent& e : events) {
        q->bindValue(0, e.seq);
        if (auto r = m_db.exec(q.value(), Tr::tr("reading the seals of audit event %1").arg(e.seq)); !r) {
            return r;
        }
        while (q->next()) {
            e.records.append(readSeal(QtRow {q.value()}, 0, m_db.isServer()));
        }
    }
    return {};
}

Result<std::optional<AuditEvent>> AuditEventTable::last()
{
    auto q = m_db.prepare(QStringLiteral("SELECT ") + kColumns +
                          QStringLiteral(" FROM audit_event ORDER BY seq DESC LIMIT 1"));
    if (!q) {
        return q.error();
    }
    if (auto r = m_db.exec(q.value(), Tr::tr("reading the last audit event")); !r) {
        return r.error();
    }
    if (!q->next()) {
        return std::optional<AuditEvent>();
    }
    return std::optional<AuditEvent>(readEvent(QtRow {q.value()}));
}

Result<AuditEvent> AuditEventTable::at(qint64 seq)
{
    auto q = m_db.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM audit_event WHERE seq = ?"));
    if (!q) {
        return q.error();
    }
    q->addBindValue(seq);
    if (auto r = m_db.exec(q.value(), Tr::tr("reading audit event %1").arg(seq)); !r) {
        return r.error();
    }
    if (!q->next()) {
        return Error(ErrorCode::NotFound, Tr::tr("%1 has no audit event %2").arg(m_db.path()).arg(seq));
    }
    QList<AuditEvent> one {readEvent(QtRow {q.value()})};
    if (auto r = attachSeals(one); !r) {
        return r.error();
    }
    return one.first();
}

Result<qint64> AuditEventTable::maxSeq()
{
    return scalar(QStringLiteral("SELECT coalesce(max(seq), 0) FROM audit_event"), {}, Tr::tr("counting audit events"));
}

Result<qint64> AuditEventTable::count(const AuditFilter& filter)
{
    if (filter.isEmpty()) {
        return maxSeq();
    }
    QString sql = QStringLiteral("SELECT count(*) FROM audit_event WHERE 1 = 1");
    QVariantList binds;
    applyFilter(filter, sql, binds);
    return scalar(sql, binds, Tr::tr("counting audit events"));
}

Result<qint64> AuditEventTable::rows()
{
    return scalar(QStringLiteral("SELECT count(*) FROM audit_event"), {}, Tr::tr("counting audit events"));
}

Result<qint64> AuditEventTable::countBefore(const AuditFilter& filter, qint64 seq)
{
    QString sql = QStringLiteral("SELECT count(*) FROM audit_event WHERE seq < ?");
    QVariantList binds {seq};
    applyFilter(filter, sql, binds);
    return scalar(sql, binds, Tr::tr("locating audit event %1").arg(seq));
}

Result<bool> AuditEventTable::matches(const AuditFilter& filter, qint64 seq)
{
    QString sql = QStringLiteral("SELECT count(*) FROM audit_event WHERE seq = ?");
    QVariantList binds {seq};
    applyFilter(filter, sql, binds);
    auto found = scalar(sql, binds, Tr::tr("locating audit event %1").arg(seq));
    if (!found) {
        return found.error();
    }
    return found.value() > 0;
}

Result<QList<AuditEvent>> AuditEventTable::page(const AuditFilter& filter, qint64 afterSeq, qint64 offset, int limit)
{
    QString sql = QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM audit_event WHERE seq > ?");
    QVariantList binds {afterSeq};
    applyFilter(filter, sql, binds);
    sql += QStringLiteral(" ORDER BY seq LIMIT ? OFFSET ?");
    binds << limit << offset;
    auto q = m_db.prepare(sql);
    if (!q) {
        return q.error();
    }
    for (const QVariant& v : binds) {
        q->addBindValue(v);
    }
    if (auto r = m_db.exec(q.value(), Tr::tr("reading audit events")); !r) {
        return r.error();
    }
    QList<AuditEvent> events;
    events.reserve(limit);
    while (q->next()) {
        events.append(readEvent(QtRow {q.value()}));
    }
    if (auto r = attachSeals(events); !r) {
        return r.error();
    }
    return events;
}

Result<QList<AuditEvent>> AuditEventTable::withAction(const QString& action)
{
    auto events = sql::selectAll<AuditEvent>(
        m_db, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM audit_event WHERE action = ? ORDER BY seq"),
        {action}, Tr::tr("reading audit events"), [](const QSqlQuery& q) { return readEvent(QtRow {q}); });
    if (events) {
        if (auto r = attachSeals(events.value()); !r) {
            return r.error();
        }
    }
    return events;
}

Status AuditEventTable::scan(qint64 fromSeq, const std::function<bool(const AuditEvent&)>& visit, qint64* orphanSeals)
{
    // Through SQLite's own statements: verification reads every event and seal, and Qt's per-value variants were a
    // third of its time.
    const QByteArray sql =
        (QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM audit_event WHERE seq >= ? ORDER BY seq"))
            .toUtf8();
    auto events = BulkStatement::prepare(m_db, sql.constData(), Tr::tr("reading the audit trail"));
    if (!events) {
        return events.error();
    }
    events->bindInt(1, fromSeq);
    events->setReadAhead(true);
    auto has = hasSeals();
    if (!has) {
        return has.error();
    }
    // The seals beside the events, both in sequence order: one pass over each.
    std::optional<BulkStatement> seals;
    bool sealPending = false;
    qint64 orphans = 0;
    const auto nextSeal = [&]() -> Status {
        auto more = seals->step();
        if (!more) {
            return more.error();
        }
        sealPending = more.value();
        return {};
    };
    if (has.value()) {
        const QByteArray sealSql =
            QStringLiteral("SELECT seq, kind, %1, sha256 FROM record_seal WHERE seq >= ? ORDER BY seq, ord")
                .arg(RecordSealsInternal::sealKeyColumns(m_db))
                .toUtf8();
        auto s = BulkStatement::prepare(m_db, sealSql.constData(), Tr::tr("reading the audit trail's seals"));
        if (!s) {
            return s.error();
        }
        s->bindInt(1, fromSeq);
        s->setReadAhead(true);
        seals.emplace(std::move(s.value()));
        if (auto r = nextSeal(); !r) {
            return r;
        }
    }
    for (;;) {
        auto more = events->step();
        if (!more) {
            return more.error();
        }
        if (!more.value()) {
            break;
        }
        AuditEvent e = readEvent(SqliteRow {events.value()});
        // Seals of a sequence number without an event belong to no event's hash: counted, not attached.
        while (sealPending && seals->columnInt(0) < e.seq) {
            orphans += 1;
            if (auto r = nextSeal(); !r) {
                return r;
            }
        }
        while (sealPending && seals->columnInt(0) == e.seq) {
            e.records.append(readSeal(SqliteRow {seals.value()}, 1, m_db.isServer()));
            if (auto r = nextSeal(); !r) {
                return r;
            }
        }
        if (!visit(e)) {
            return {};
        }
    }
    while (sealPending) {
        orphans += 1;
        if (auto r = nextSeal(); !r) {
            return r;
        }
    }
    if (orphanSeals != nullptr) {
        *orphanSeals = orphans;
    }
    return {};
}

Result<qint64> AuditEventTable::scalar(const QString& sql, const QVariantList& binds, const QString& what)
{
    auto q = m_db.prepare(sql);
    if (!q) {
        return q.error();
    }
    for (const QVariant& v : binds) {
        q->addBindValue(v);
    }
    if (auto r = m_db.exec(q.value(), what); !r) {
        return r.error();
    }
    return q->next() ? q->value(0).toLongLong() : 0;
}

Result<QStringList> AuditEventTable::distinct(const QString& column)
{
    auto q = m_db.prepare(QStringLiteral("SELECT DISTINCT %1 FROM audit_event ORDER BY %1").arg(column));
    if (!q) {
        return q.error();
    }
    if (auto r = m_db.exec(q.value(), Tr::tr("listing audit %1 values").arg(column)); !r) {
        return r.error();
    }
    QStringList values;
    while (q->next()) {
        values.append(q->value(0).toString());
    }
    return values;
}

Result<QStringList> AuditEventTable::distinctActors()
{
    return distinct(QStringLiteral("actor"));
}

Result<QStringList> AuditEventTable::distinctActions()
{
    return distinct(QStringLiteral("action"));
}

} // namespace cs
