#define SQLITE_ENABLE_PREUPDATE_HOOK 1 // Debian's libsqlite3 is built with it; the header declares it only then
#include "store/PostgresDialect.h"
#include "store/RecordSeals.h"
#include "store/RecordSealsInternal.h"

#include <QCoreApplication>

#include <sqlite3.h>

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
} // namespace

using namespace RecordSealsInternal;

namespace RecordSeals {

Status installTouches(Database& db)
{
    if (db.isServer()) {
        if (auto r = db.execSql(PostgresDialect::touchTable(), Tr::tr("preparing the connection")); !r) {
            return r;
        }
    } else if (BulkStatement::handleOf(db.connection()) == nullptr) {
        return Error(ErrorCode::Internal, Tr::tr("%1: the workspace connection is not SQLite").arg(db.path()));
    }
    db.setTouches(std::make_unique<RecordTouches>(db));
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

RecordTouches::RecordTouches(Database& db)
    : m_db(db)
    , m_state(std::make_unique<State>())
{
    if (!db.isServer()) {
        m_handle = BulkStatement::handleOf(db.connection());
        sqlite3_preupdate_hook(m_handle, &RecordTouches::onPreUpdate, this);
    }
}

RecordTouches::~RecordTouches()
{
    if (m_handle != nullptr) {
        sqlite3_preupdate_hook(m_handle, nullptr, nullptr);
    }
}

bool RecordTouches::isEmpty()
{
    if (m_db.isServer()) {
        if (auto r = collectFromServer(); !r) {
            return false; // cannot tell: the command is refused rather than leaving records unsealed
        }
    }
    return m_state->touches.empty() && m_state->added.empty();
}

void RecordTouches::clear()
{
    m_state->clear();
    if (m_db.isServer() && m_db.inTransaction()) {
        (void)m_db.execSql(QStringLiteral("DELETE FROM countersign_touched"), Tr::tr("starting a change"));
    }
}

Status RecordTouches::collectFromServer()
{
    auto stmt = BulkStatement::prepare(m_db, "DELETE FROM countersign_touched RETURNING kind, key_int, key_text",
                                       Tr::tr("reading what the change wrote"));
    if (!stmt) {
        return stmt.error();
    }
    return stmt->forEachRow([&](const BulkStatement& r) {
        const std::string_view kind = r.columnText(0);
        if (auto key = r.columnIsNull(1) ? keyOfColumn(r, 2) : keyOfColumn(r, 1)) {
            m_state->added.emplace_back(QString::fromUtf8(kind.data(), qsizetype(kind.size())), *key);
        }
        return true;
    });
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
    if (db.isServer()) {
        if (auto r = collectFromServer(); !r) {
            clear();
            return r.error();
        }
    }
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
                if (auto key = keyOfColumn(r, 0)) {
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
