#define SQLITE_ENABLE_PREUPDATE_HOOK 1 // Debian's libsqlite3 is built with it; the header declares it only then
#include "RecordSeals.h"

#include "crypto/Sha256.h"
#include "store/BulkStatement.h"

#include <QCoreApplication>

#include <sqlite3.h>

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
    void addColumn(sqlite3_stmt* stmt, int column)
    {
        addText(QByteArrayView(sqlite3_column_name(stmt, column)));
        switch (sqlite3_column_type(stmt, column)) {
        case SQLITE_NULL:
            m_hash.add('N');
            break;
        case SQLITE_INTEGER: {
            m_hash.add('I');
            addBigEndian(quint64(sqlite3_column_int64(stmt, column)));
            break;
        }
        case SQLITE_FLOAT: {
            m_hash.add('F');
            const double v = sqlite3_column_double(stmt, column);
            quint64 bits = 0;
            std::memcpy(&bits, &v, sizeof bits);
            addBigEndian(bits);
            break;
        }
        case SQLITE_TEXT: {
            m_hash.add('T');
            const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt, column));
            addText(QByteArrayView(p, sqlite3_column_bytes(stmt, column)));
            break;
        }
        default: {
            m_hash.add('B');
            const auto* p = static_cast<const char*>(sqlite3_column_blob(stmt, column));
            addText(QByteArrayView(p, sqlite3_column_bytes(stmt, column)));
            break;
        }
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

QString quoted(const QString& name)
{
    return u'"' + QString(name).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

/// The columns of a table: their names in table order and the primary key's, in key order.
struct TableShape
{
    QStringList columns;
    QStringList primaryKey;
    int keyIndex = -1;
};

Result<TableShape> shapeOf(Database& db, const SealedKind& kind)
{
    auto info = BulkStatement::prepare(
        db, QStringLiteral("SELECT cid, name, pk FROM pragma_table_info(?)").toUtf8().constData(),
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
        shape.primaryKey.append(QStringLiteral("rowid"));
    }
    return shape;
}

/// The key in column `column` of the current row, or nothing when it is neither an integer nor a text.
std::optional<RecordKey> keyOfColumn(sqlite3_stmt* stmt, int column)
{
    switch (sqlite3_column_type(stmt, column)) {
    case SQLITE_INTEGER:
        return RecordKey::of(qint64(sqlite3_column_int64(stmt, column)));
    case SQLITE_TEXT:
        return RecordKey::of(QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, column)),
                                               sqlite3_column_bytes(stmt, column)));
    default:
        return std::nullopt;
    }
}

std::optional<RecordKey> keyOfValue(sqlite3_value* value)
{
    switch (sqlite3_value_type(value)) {
    case SQLITE_INTEGER:
        return RecordKey::of(qint64(sqlite3_value_int64(value)));
    case SQLITE_TEXT:
        return RecordKey::of(
            QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_value_text(value)), sqlite3_value_bytes(value)));
    default:
        return std::nullopt;
    }
}

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
        sqlite3_stmt* raw = r.raw();
        const int columns = sqlite3_column_count(raw);
        writer.beginRow(columns);
        for (int c = 0; c < columns; ++c) {
            writer.addColumn(raw, c);
        }
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
    auto stmt = BulkStatement::prepare(db, "SELECT seq, sha256 FROM record_head WHERE kind = ? AND key = ?",
                                       Tr::tr("reading the seal of %1 %2").arg(kind, key.display()));
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
        auto stmt = BulkStatement::prepare(
            db,
            source == SealSource::History ? "SELECT key, seq, sha256 FROM record_seal WHERE kind = ? ORDER BY key, seq"
                                          : "SELECT key, seq, sha256 FROM record_head WHERE kind = ? ORDER BY key",
            Tr::tr("reading the seals of every %1").arg(kind));
        if (!stmt) {
            return stmt.error();
        }
        SealStream s(std::move(stmt.value()), kind.toUtf8());
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
            const std::optional<RecordKey> key = keyOfColumn(m_stmt.raw(), 0);
            const std::string_view sha = m_stmt.columnBlob(2);
            Sealed s {key.value_or(RecordKey::of(QStringLiteral("?"))), m_stmt.columnInt(1),
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
    SealStream(BulkStatement stmt, QByteArray kind)
        : m_stmt(std::move(stmt))
        , m_kind(std::move(kind))
    { }
    BulkStatement m_stmt;
    QByteArray m_kind;
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
            sqlite3_stmt* raw = m_stmt.raw();
            const std::optional<RecordKey> key = keyOfColumn(raw, m_keyIndex);
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
            const int columns = sqlite3_column_count(raw);
            writer->beginRow(columns);
            for (int c = 0; c < columns; ++c) {
                writer->addColumn(raw, c);
            }
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
    auto stmt = BulkStatement::prepare(db, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?",
                                       Tr::tr("reading the schema"));
    if (!stmt) {
        return stmt.error();
    }
    const QByteArray name = table.toUtf8();
    stmt->bindText(1, std::string_view(name.constData(), size_t(name.size())));
    bool has = false;
    auto read = stmt->forEachRow([&](const BulkStatement& r) {
        has = r.columnInt(0) > 0;
        return false;
    });
    if (!read) {
        return read.error();
    }
    return has;
}

Result<bool> schemaHasSeals(Database& db)
{
    return hasTable(db, QStringLiteral("record_seal"));
}

Status installTouches(Database& db)
{
    sqlite3* handle = BulkStatement::handleOf(db.connection());
    if (handle == nullptr) {
        return Error(ErrorCode::Internal, Tr::tr("%1: the workspace connection is not SQLite").arg(db.path()));
    }
    db.setTouches(std::make_unique<RecordTouches>(handle));
    return {};
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
            const std::optional<RecordKey> key = keyOfColumn(r.raw(), 0);
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

/// One statement's change to one row of a record table, as the pre-update hook saw it.
struct RecordTouches::Touch
{
    std::string table;
    int op = 0;
    sqlite3_int64 newRowid = 0;
    std::vector<sqlite3_value*> oldRow; ///< copies of the old row's values (update and delete)
};

struct RecordTouches::State
{
    std::vector<Touch> touches;
    std::vector<std::pair<QString, RecordKey>> added;
    std::string lastTable; ///< the last table seen and whether it is skipped: bulk inserts hit one table
    bool lastSkipped = false;

    ~State() { clear(); }
    void clear()
    {
        for (Touch& t : touches) {
            for (sqlite3_value* v : t.oldRow) {
                sqlite3_value_free(v);
            }
        }
        touches.clear();
        added.clear();
    }
};

RecordTouches::RecordTouches(sqlite3* handle)
    : m_handle(handle)
    , m_state(std::make_unique<State>())
{
    sqlite3_preupdate_hook(m_handle, &RecordTouches::onPreUpdate, this);
}

RecordTouches::~RecordTouches()
{
    sqlite3_preupdate_hook(m_handle, nullptr, nullptr);
}

bool RecordTouches::isEmpty() const
{
    return m_state->touches.empty() && m_state->added.empty();
}

void RecordTouches::clear()
{
    m_state->clear();
}

void RecordTouches::add(const QString& kind, const RecordKey& key)
{
    m_state->added.emplace_back(kind, key);
}

void RecordTouches::onPreUpdate(void* context, sqlite3* handle, int op, const char* database, const char* table,
                                long long /*oldRowid*/, long long newRowid)
{
    auto* self = static_cast<RecordTouches*>(context);
    State& s = *self->m_state;
    if (std::strcmp(database, "main") != 0 || std::strncmp(table, "sqlite_", 7) == 0) {
        return; // temporary tables of an import; SQLite's own tables
    }
    if (s.lastTable != table) {
        s.lastTable = table;
        s.lastSkipped = RecordSeals::unsealedTables().contains(QLatin1String(table));
    }
    if (s.lastSkipped) {
        return;
    }
    Touch t;
    t.table = table;
    t.op = op;
    t.newRowid = newRowid;
    if (op != SQLITE_INSERT) {
        const int columns = sqlite3_preupdate_count(handle);
        t.oldRow.reserve(size_t(columns));
        for (int c = 0; c < columns; ++c) {
            sqlite3_value* v = nullptr;
            sqlite3_preupdate_old(handle, c, &v);
            t.oldRow.push_back(v ? sqlite3_value_dup(v) : nullptr);
        }
    }
    s.touches.push_back(std::move(t));
}

Result<QList<RecordSeal>> RecordTouches::drain(Database& db)
{
    // Which records: by table, each key once, in SQLite's key order.
    struct KeyLess
    {
        bool operator()(const RecordKey& a, const RecordKey& b) const { return a.compare(b) < 0; }
    };
    std::map<QString, std::map<RecordKey, bool, KeyLess>> keys;
    std::map<QString, TableShape> shapes;
    for (const auto& [kind, key] : m_state->added) {
        keys[kind][key] = true;
    }
    for (const Touch& t : m_state->touches) {
        const QString table = QString::fromStdString(t.table);
        const SealedKind* kind = RecordSeals::kindOf(table);
        if (kind == nullptr) {
            clear();
            return Error(ErrorCode::Internal,
                         Tr::tr("%1: a command wrote to %2, which is neither a sealed record nor listed as unsealed "
                                "(store/RecordSeals.cpp)")
                             .arg(db.path(), table));
        }
        auto shape = shapes.find(table);
        if (shape == shapes.end()) {
            auto read = shapeOf(db, *kind);
            if (!read) {
                clear();
                return read.error();
            }
            shape = shapes.emplace(table, read.value()).first;
        }
        if (t.op != SQLITE_INSERT && size_t(shape->second.keyIndex) < t.oldRow.size()) {
            if (auto key = keyOfValue(t.oldRow[size_t(shape->second.keyIndex)])) {
                keys[table][*key] = true;
            }
        }
        if (t.op != SQLITE_DELETE) {
            const QByteArray sql = QStringLiteral("SELECT %1 FROM %2 WHERE rowid = ?")
                                       .arg(quoted(kind->keyColumn), quoted(kind->table))
                                       .toUtf8();
            auto stmt = BulkStatement::prepare(db, sql.constData(), Tr::tr("reading %1").arg(table));
            if (!stmt) {
                clear();
                return stmt.error();
            }
            stmt->bindInt(1, t.newRowid);
            auto read = stmt->forEachRow([&](const BulkStatement& r) {
                if (auto key = keyOfColumn(r.raw(), 0)) {
                    keys[table][*key] = true;
                }
                return false;
            });
            if (!read) {
                clear();
                return read.error();
            }
        }
    }
    clear();
    QList<RecordSeal> seals;
    for (const auto& [table, ofTable] : keys) {
        const SealedKind* kind = RecordSeals::kindOf(table);
        for (const auto& [key, unused] : ofTable) {
            auto d = RecordSeals::digest(db, *kind, key);
            if (!d) {
                return d.error();
            }
            seals.append({table, key, d->value_or(QByteArray())});
        }
    }
    return seals;
}

} // namespace cs
