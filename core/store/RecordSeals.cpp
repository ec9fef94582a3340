#include "RecordSeals.h"

#include "crypto/Sha256.h"
#include "store/BulkStatement.h"
#include "store/PostgresDialect.h"
#include "store/RecordSealsInternal.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>
#include <map>
#include <string>
#include <vector>

namespace cs {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::RecordSeals)
};

/// What `verify` and the decisions compare: SHA-256 over "countersign-record-v1\n", the kind, then each row in
/// primary-key order, each column in table order with its name and its value as stored (docs/audit-trail.md).
class DigestWriter
{
public:
    explicit DigestWriter(const QString& kind)
    {
        m_hash.add("countersign-record-v1\n");
        addText(kind.toUtf8());
    }
    void beginRow(int columns)
    {
        m_hash.add('R');
        addLength(columns);
    }
    /// The column as stored: its type and value, the same bytes whichever backend holds it.
    void addColumn(const BulkStatement& row, int column)
    {
        const QByteArray name = row.columnName(column);
        addText(QByteArrayView(name));
        switch (row.columnType(column)) {
        case BulkStatement::ColumnType::Null:
            m_hash.add('N');
            break;
        case BulkStatement::ColumnType::Integer:
            m_hash.add('I');
            addBigEndian(quint64(row.columnInt(column)));
            break;
        case BulkStatement::ColumnType::Float: {
            m_hash.add('F');
            const double v = row.columnDouble(column);
            quint64 bits = 0;
            std::memcpy(&bits, &v, sizeof bits);
            addBigEndian(bits);
            break;
        }
        case BulkStatement::ColumnType::Text: {
            m_hash.add('T');
            const std::string_view t = row.columnText(column);
            addText(QByteArrayView(t.data(), qsizetype(t.size())));
            break;
        }
        case BulkStatement::ColumnType::Blob: {
            m_hash.add('B');
            const std::string_view b = row.columnBlob(column);
            addText(QByteArrayView(b.data(), qsizetype(b.size())));
            break;
        }
        }
    }
    void addRow(const BulkStatement& row)
    {
        const int columns = row.columnCount();
        beginRow(columns);
        for (int c = 0; c < columns; ++c) {
            addColumn(row, c);
        }
    }
    Result<QByteArray> finish() { return m_hash.finish(); }

private:
    void addLength(qint64 n)
    {
        for (int shift = 24; shift >= 0; shift -= 8) {
            m_hash.add(char((n >> shift) & 0xFF));
        }
    }
    void addBigEndian(quint64 v)
    {
        for (int shift = 56; shift >= 0; shift -= 8) {
            m_hash.add(char((v >> shift) & 0xFF));
        }
    }
    void addText(QByteArrayView bytes)
    {
        addLength(bytes.size());
        m_hash.add(bytes);
    }
    Sha256 m_hash;
};

} // namespace

namespace RecordSealsInternal {

QString quoted(const QString& name)
{
    return u'"' + QString(name).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

Result<TableShape> shapeOf(Database& db, const SealedKind& kind)
{
    // Each column's position, name and place in the primary key (0: not in it).
    auto info = BulkStatement::prepare(
        db,
        db.isServer() ? "SELECT a.attnum, a.attname::text, coalesce((SELECT k.n FROM pg_catalog.pg_index i, "
                        "unnest(i.indkey) WITH ORDINALITY AS k(attnum, n) WHERE i.indrelid = a.attrelid AND "
                        "i.indisprimary AND k.attnum = a.attnum), 0) FROM pg_catalog.pg_attribute a WHERE a.attrelid = "
                        "to_regclass(?) AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum"
                      : "SELECT cid, name, pk FROM pragma_table_info(?)",
        Tr::tr("reading the columns of %1").arg(kind.table));
    if (!info) {
        return info.error();
    }
    const QByteArray table = kind.table.toUtf8();
    info->bindText(1, std::string_view(table.constData(), size_t(table.size())));
    TableShape shape;
    std::vector<std::pair<qint64, QString>> key;
    auto read = info->forEachRow([&](const BulkStatement& r) {
        const QString name = QString::fromUtf8(r.columnText(1));
        if (name == kind.keyColumn) {
            shape.keyIndex = int(shape.columns.size());
        }
        shape.columns.append(name);
        if (r.columnInt(2) > 0) {
            key.emplace_back(r.columnInt(2), name);
        }
        return true;
    });
    if (!read) {
        return read.error();
    }
    if (shape.keyIndex < 0) {
        return Error(
            ErrorCode::Corrupt,
            Tr::tr("%1: the table %2 has no column %3 (or is missing)").arg(db.path(), kind.table, kind.keyColumn));
    }
    std::sort(key.begin(), key.end());
    for (const auto& [position, name] : key) {
        shape.primaryKey.append(quoted(name));
    }
    if (shape.primaryKey.isEmpty()) {
        shape.primaryKey.append(db.isServer() ? quoted(kind.keyColumn) : QStringLiteral("rowid"));
    }
    return shape;
}

std::optional<RecordKey> keyOfColumn(const BulkStatement& row, int column)
{
    switch (row.columnType(column)) {
    case BulkStatement::ColumnType::Integer:
        return RecordKey::of(row.columnInt(column));
    case BulkStatement::ColumnType::Text: {
        const std::string_view t = row.columnText(column);
        return RecordKey::of(QString::fromUtf8(t.data(), qsizetype(t.size())));
    }
    default:
        return std::nullopt;
    }
}

QString sealKeyColumns(const Database& db)
{
    return db.isServer() ? QStringLiteral("key_int, key_text") : QStringLiteral("key");
}

std::optional<RecordKey> sealKeyOf(const Database& db, const BulkStatement& row, int column)
{
    if (!db.isServer()) {
        return keyOfColumn(row, column);
    }
    return row.columnIsNull(column) ? keyOfColumn(row, column + 1) : keyOfColumn(row, column);
}

} // namespace RecordSealsInternal

using namespace RecordSealsInternal;

namespace {
void bindKey(BulkStatement& stmt, int index, const RecordKey& key, QByteArray& keep)
{
    if (key.isText) {
        keep = key.text.toUtf8();
        stmt.bindText(index, std::string_view(keep.constData(), size_t(keep.size())));
    } else {
        stmt.bindInt(index, key.number);
    }
}
} // namespace

namespace RecordSeals {

const QList<SealedKind>& kinds()
{
    static const QList<SealedKind> all = {
        {QStringLiteral("schema_version"), QStringLiteral("version")},
        {QStringLiteral("workspace_meta"), QStringLiteral("key")},
        {QStringLiteral("audit_checkpoint"), QStringLiteral("id")},
        {QStringLiteral("audit_review"), QStringLiteral("id")},
        {QStringLiteral("setting"), QStringLiteral("key")},
        {QStringLiteral("user_account"), QStringLiteral("username")},
        {QStringLiteral("user_certificate"), QStringLiteral("id")},
        {QStringLiteral("trust_anchor"), QStringLiteral("id")},
        {QStringLiteral("trust_crl"), QStringLiteral("id")},
        {QStringLiteral("signature"), QStringLiteral("id")},
        {QStringLiteral("model"), QStringLiteral("name")},
        {QStringLiteral("model_version"), QStringLiteral("id")},
        {QStringLiteral("model_metric"), QStringLiteral("version_id")},
        {QStringLiteral("lifecycle_transition"), QStringLiteral("id")},
        {QStringLiteral("version_attachment"), QStringLiteral("id")},
        {QStringLiteral("dataset"), QStringLiteral("id")},
        {QStringLiteral("dataset_file"), QStringLiteral("id")},
        {QStringLiteral("prediction_set"), QStringLiteral("id")},
        {QStringLiteral("dataset_attachment"), QStringLiteral("id")},
        {QStringLiteral("change_request"), QStringLiteral("id")},
        {QStringLiteral("change_request_revision"), QStringLiteral("id")},
        {QStringLiteral("change_request_move"), QStringLiteral("id")},
        {QStringLiteral("change_request_evidence"), QStringLiteral("id")},
        {QStringLiteral("pccp"), QStringLiteral("id")},
        {QStringLiteral("dataset_feature"), QStringLiteral("id")},
        {QStringLiteral("drift_run"), QStringLiteral("id")},
        {QStringLiteral("drift_alert"), QStringLiteral("id")},
        {QStringLiteral("drift_alert_decision"), QStringLiteral("id")},
    };
    return all;
}

const SealedKind* kindOf(const QString& table)
{
    for (const SealedKind& k : kinds()) {
        if (k.table == table) {
            return &k;
        }
    }
    return nullptr;
}

const QStringList& unsealedTables()
{
    static const QStringList tables = {
        QStringLiteral("audit_event"), // the trail: hash-chained
        QStringLiteral("record_seal"), // part of the events it belongs to: in their leaf hashes
        QStringLiteral("record_head"), // derived from record_seal; verify compares them
        QStringLiteral("dataset_sample"), // covered by dataset_file.samples_sha256
        QStringLiteral("prediction_chunk"), // covered by prediction_set.content_sha256
        QStringLiteral("dataset_label_chunk"), // derived from dataset_sample; verify compares them
        QStringLiteral("dataset_group_chunk"), // the same
        QStringLiteral("feature_chunk"), // covered by dataset_feature.content_sha256
    };
    return tables;
}

Result<std::optional<QByteArray>> digest(Database& db, const SealedKind& kind, const RecordKey& key)
{
    auto shape = shapeOf(db, kind);
    if (!shape) {
        return shape.error();
    }
    const QByteArray sql = QStringLiteral("SELECT * FROM %1 WHERE %2 = ? ORDER BY %3")
                               .arg(quoted(kind.table), quoted(kind.keyColumn), shape->primaryKey.join(u", "))
                               .toUtf8();
    auto stmt = BulkStatement::prepare(db, sql.constData(), Tr::tr("reading %1 %2").arg(kind.table, key.display()));
    if (!stmt) {
        return stmt.error();
    }
    QByteArray keep;
    bindKey(stmt.value(), 1, key, keep);
    DigestWriter writer(kind.table);
    bool any = false;
    auto read = stmt->forEachRow([&](const BulkStatement& r) {
        any = true;
        writer.addRow(r);
        return true;
    });
    if (!read) {
        return read.error();
    }
    if (!any) {
        return std::optional<QByteArray>();
    }
    auto d = writer.finish();
    if (!d) {
        return d.error();
    }
    return std::optional<QByteArray>(d.value());
}

Result<std::optional<LatestSeal>> latest(Database& db, const QString& kind, const RecordKey& key)
{
    const char* sql = !db.isServer() ? "SELECT seq, sha256 FROM record_head WHERE kind = ? AND key = ?"
        : key.isText                 ? "SELECT seq, sha256 FROM record_head WHERE kind = ? AND key_text = ?"
                                     : "SELECT seq, sha256 FROM record_head WHERE kind = ? AND key_int = ?";
    auto stmt = BulkStatement::prepare(db, sql, Tr::tr("reading the seal of %1 %2").arg(kind, key.display()));
    if (!stmt) {
        return stmt.error();
    }
    const QByteArray k = kind.toUtf8();
    stmt->bindText(1, std::string_view(k.constData(), size_t(k.size())));
    QByteArray keep;
    bindKey(stmt.value(), 2, key, keep);
    std::optional<LatestSeal> found;
    auto read = stmt->forEachRow([&](const BulkStatement& r) {
        const std::string_view sha = r.columnBlob(1);
        found = LatestSeal {r.columnInt(0), QByteArray(sha.data(), qsizetype(sha.size()))};
        return false;
    });
    if (!read) {
        return read.error();
    }
    return found;
}

namespace {
/// Each key's latest seal of one kind, in key order: from the whole history (verify) or from record_head.
class SealStream
{
public:
    struct Sealed
    {
        RecordKey key;
        qint64 seq = 0;
        QByteArray sha256;
    };

    static Result<SealStream> open(Database& db, const QString& kind, SealSource source)
    {
        const QString key = sealKeyColumns(db);
        const QByteArray sql =
            (source == SealSource::History
                 ? QStringLiteral("SELECT %1, seq, sha256 FROM record_seal WHERE kind = ? ORDER BY %1, seq")
                 : QStringLiteral("SELECT %1, seq, sha256 FROM record_head WHERE kind = ? ORDER BY %1"))
                .arg(key)
                .toUtf8();
        auto stmt = BulkStatement::prepare(db, sql.constData(), Tr::tr("reading the seals of every %1").arg(kind));
        if (!stmt) {
            return stmt.error();
        }
        SealStream s(std::move(stmt.value()), kind.toUtf8(), db.isServer() ? 2 : 1, &db);
        s.m_stmt.bindText(1, std::string_view(s.m_kind.constData(), size_t(s.m_kind.size())));
        return s;
    }

    /// The next key's latest seal, or nothing at the end.
    Result<std::optional<Sealed>> next()
    {
        std::optional<Sealed> current = std::move(m_pending);
        m_pending.reset();
        while (!m_done) {
            auto more = m_stmt.step();
            if (!more) {
                return more.error();
            }
            if (!more.value()) {
                m_done = true;
                break;
            }
            const std::optional<RecordKey> key = sealKeyOf(*m_db, m_stmt, 0);
            const std::string_view sha = m_stmt.columnBlob(m_keyColumns + 1);
            Sealed s {key.value_or(RecordKey::of(QStringLiteral("?"))), m_stmt.columnInt(m_keyColumns),
                      QByteArray(sha.data(), qsizetype(sha.size()))};
            if (current && !(current->key == s.key)) {
                m_pending = std::move(s);
                break;
            }
            current = std::move(s); // a later seal of the same key replaces the earlier
        }
        return current;
    }

private:
    SealStream(BulkStatement stmt, QByteArray kind, int keyColumns, Database* db)
        : m_stmt(std::move(stmt))
        , m_kind(std::move(kind))
        , m_keyColumns(keyColumns)
        , m_db(db)
    { }
    BulkStatement m_stmt;
    QByteArray m_kind;
    int m_keyColumns; ///< the key is one column (SQLite) or two (key_int, key_text on a server)
    Database* m_db;
    std::optional<Sealed> m_pending; ///< the first seal of the next key, already read
    bool m_done = false;
};

/// The records of one kind, in key order, each with the digest of its rows.
class RecordStream
{
public:
    struct Rows
    {
        RecordKey key;
        QByteArray sha256;
    };

    static Result<RecordStream> open(Database& db, const SealedKind& kind)
    {
        auto shape = shapeOf(db, kind);
        if (!shape) {
            return shape.error();
        }
        const QByteArray sql = QStringLiteral("SELECT * FROM %1 ORDER BY %2, %3")
                                   .arg(quoted(kind.table), quoted(kind.keyColumn), shape->primaryKey.join(u", "))
                                   .toUtf8();
        auto stmt = BulkStatement::prepare(db, sql.constData(), Tr::tr("reading every %1").arg(kind.table));
        if (!stmt) {
            return stmt.error();
        }
        return RecordStream(std::move(stmt.value()), kind, shape->keyIndex);
    }

    /// Rows whose key is neither an integer nor a text are skipped and reported here.
    void onBadKey(std::function<void()> badKey) { m_badKey = std::move(badKey); }

    /// The next record, or nothing at the end.
    Result<std::optional<Rows>> next()
    {
        std::optional<DigestWriter> writer;
        std::optional<RecordKey> current;
        for (;;) {
            if (!m_rowPending) {
                if (m_done) {
                    break;
                }
                auto more = m_stmt.step();
                if (!more) {
                    return more.error();
                }
                if (!more.value()) {
                    m_done = true;
                    break;
                }
            }
            m_rowPending = false;
            const std::optional<RecordKey> key = keyOfColumn(m_stmt, m_keyIndex);
            if (!key) {
                if (m_badKey) {
                    m_badKey();
                }
                continue;
            }
            if (current && !(*current == *key)) {
                m_rowPending = true; // the current statement row starts the next record
                break;
            }
            if (!current) {
                current = key;
                writer.emplace(m_kind.table);
            }
            writer->addRow(m_stmt);
        }
        if (!current) {
            return std::optional<Rows>();
        }
        auto d = writer->finish();
        if (!d) {
            return d.error();
        }
        return std::optional<Rows>(Rows {*current, d.value()});
    }

private:
    RecordStream(BulkStatement stmt, SealedKind kind, int keyIndex)
        : m_stmt(std::move(stmt))
        , m_kind(std::move(kind))
        , m_keyIndex(keyIndex)
    { }
    BulkStatement m_stmt;
    SealedKind m_kind;
    int m_keyIndex;
    std::function<void()> m_badKey;
    bool m_rowPending = false;
    bool m_done = false;
};

/// Walks two streams of records in key order together (SealStream, RecordStream), calling visit(a, b) once per
/// key with the record each side has under it (null for the side that lacks it).
template<typename Left, typename Right, typename Visit>
Status walkByKey(Left& left, Right& right, const Visit& visit)
{
    auto a = left.next();
    auto b = right.next();
    for (;;) {
        if (!a || !b) {
            return a ? b.error() : a.error();
        }
        if (!a.value() && !b.value()) {
            return {};
        }
        const int order = !a.value() ? 1 : !b.value() ? -1 : a.value()->key.compare(b.value()->key);
        visit(order <= 0 ? &*a.value() : nullptr, order >= 0 ? &*b.value() : nullptr);
        if (order <= 0) {
            a = left.next();
        }
        if (order >= 0) {
            b = right.next();
        }
    }
}
} // namespace

Status reconcile(Database& db, const SealedKind& kind, SealSource source,
                 const std::function<void(const Mismatch&)>& found,
                 const std::function<void(const RecordKey&, qint64 seq)>& matched)
{
    auto rows = RecordStream::open(db, kind);
    auto seals = SealStream::open(db, kind.table, source);
    if (!rows || !seals) {
        return rows ? seals.error() : rows.error();
    }
    rows->onBadKey([&] { found({Mismatch::What::BadKey, kind.table, RecordKey::of(QStringLiteral("?")), 0}); });
    return walkByKey(*rows, *seals, [&](const RecordStream::Rows* r, const SealStream::Sealed* s) {
        if (!s) {
            found({Mismatch::What::Unsealed, kind.table, r->key, 0});
        } else if (!r && !s->sha256.isEmpty()) {
            found({Mismatch::What::Missing, kind.table, s->key, s->seq});
        } else if (r && r->sha256 != s->sha256) {
            found({Mismatch::What::Differs, kind.table, r->key, s->seq});
        } else if (matched) {
            matched(s->key, s->seq); // as the event says (a removed record: no rows)
        }
    });
}

QString describe(const Mismatch& m)
{
    const QString record = QStringLiteral("%1 \"%2\"").arg(m.kind, m.key.display());
    switch (m.what) {
    case Mismatch::What::Differs:
        return Tr::tr("%1 differs from what audit event %2 recorded").arg(record).arg(m.seq);
    case Mismatch::What::Unsealed:
        return Tr::tr("%1 was written without an audit event").arg(record);
    case Mismatch::What::Missing:
        return Tr::tr("%1 is gone, although audit event %2 recorded it").arg(record).arg(m.seq);
    case Mismatch::What::BadKey:
        break;
    }
    return Tr::tr("a row of %1 has a key that is neither a number nor a text").arg(m.kind);
}

Status checkHeads(Database& db, const QString& kind, const std::function<void(const RecordKey&)>& differs)
{
    auto history = SealStream::open(db, kind, SealSource::History);
    auto heads = SealStream::open(db, kind, SealSource::Heads);
    if (!history || !heads) {
        return history ? heads.error() : history.error();
    }
    return walkByKey(*history, *heads, [&](const SealStream::Sealed* a, const SealStream::Sealed* b) {
        if (!a || !b || a->seq != b->seq || a->sha256 != b->sha256) {
            differs(a ? a->key : b->key);
        }
    });
}

Result<bool> hasTable(Database& db, const QString& table)
{
    return db.hasTable(table);
}

Result<bool> schemaHasSeals(Database& db)
{
    return hasTable(db, QStringLiteral("record_seal"));
}

Result<int> keyIndexOf(Database& db, const SealedKind& kind)
{
    auto shape = shapeOf(db, kind);
    if (!shape) {
        return shape.error();
    }
    return shape->keyIndex;
}

Status touchAll(Database& db)
{
    RecordTouches* touches = db.touches();
    if (touches == nullptr) {
        return Error(ErrorCode::Internal, Tr::tr("%1: sealing records needs a writable connection").arg(db.path()));
    }
    for (const SealedKind& kind : kinds()) {
        // A table of a later schema is not there yet while an earlier migration seals what exists.
        auto exists = hasTable(db, kind.table);
        if (!exists) {
            return exists.error();
        }
        if (!exists.value()) {
            continue;
        }
        const QByteArray sql =
            QStringLiteral("SELECT DISTINCT %1 FROM %2").arg(quoted(kind.keyColumn), quoted(kind.table)).toUtf8();
        auto stmt = BulkStatement::prepare(db, sql.constData(), Tr::tr("listing every %1").arg(kind.table));
        if (!stmt) {
            return stmt.error();
        }
        bool badKey = false;
        auto read = stmt->forEachRow([&](const BulkStatement& r) {
            const std::optional<RecordKey> key = keyOfColumn(r, 0);
            if (!key) {
                badKey = true;
                return false;
            }
            touches->add(kind.table, *key);
            return true;
        });
        if (!read) {
            return read;
        }
        if (badKey) {
            return Error(ErrorCode::Corrupt,
                         Tr::tr("%1: a row of %2 has a %3 that is neither a number nor a text")
                             .arg(db.path(), kind.table, kind.keyColumn));
        }
    }
    return {};
}

} // namespace RecordSeals

} // namespace cs
