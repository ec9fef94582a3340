#pragma once

#include "records/AuditEvent.h"
#include "store/CoreInternal.h"
#include "store/Database.h"
#include "util/Result.h"

#include <functional>
#include <memory>
#include <optional>

struct sqlite3;

namespace cs {

/// A kind of record: a table, and the column whose value names one record. Rows sharing that value form one record
/// (a version's metric history is one record of model_metric, keyed by version_id); usually the key is the table's
/// primary key and each row is a record.
struct SealedKind
{
    QString table;
    QString keyColumn;
};

/// Sealed records (docs/audit-trail.md): every row a command writes is covered by a digest that the command's next
/// audit event lists, so a row edited outside Countersign no longer matches the trail.
namespace RecordSeals {

/// Every kind of record commands write. A table that is neither here nor in unsealedTables() cannot be written by a
/// command (the write fails), so a new table has to be given a place.
const QList<SealedKind>& kinds();
/// The kind of `table`, or null when its rows are not sealed records.
const SealedKind* kindOf(const QString& table);
/// Tables whose rows are not records: the trail and its seals, and per-sample data covered by digests in the
/// records that describe it (checked by verify's evidence check).
const QStringList& unsealedTables();

/// The digest of `key`'s rows of `kind` as they are now, or nothing when it has no rows.
Result<std::optional<QByteArray>> digest(Database& db, const SealedKind& kind, const RecordKey& key);

/// The latest seal of `key` (from record_head), with the event that recorded it, or nothing when no event sealed it.
struct LatestSeal
{
    qint64 seq = 0;
    QByteArray sha256; ///< empty: that event removed the record
};
Result<std::optional<LatestSeal>> latest(Database& db, const QString& kind, const RecordKey& key);

/// A record whose rows and latest seal disagree.
struct Mismatch
{
    enum class What
    {
        Differs, ///< the rows are not what the latest event sealed
        Unsealed, ///< rows that no event sealed
        Missing, ///< the latest event sealed rows that are gone
        BadKey, ///< a row whose key is neither an integer nor a text
    };
    What what;
    QString kind;
    RecordKey key;
    qint64 seq = 0; ///< the latest sealing event, when there is one
};

/// Where each record's latest seal is read from: the whole history of seals (verify), or record_head, the latest
/// seal of each record kept beside it (decisions: one lookup, whatever the length of the trail).
enum class SealSource
{
    History,
    Heads,
};

/// The mismatch in words, naming the record and the event ("model_version "2" differs from what audit event 57
/// recorded"): what verify reports and what a refused decision says.
QString describe(const Mismatch& m);

/// Streams `kind`'s rows in key order beside each key's latest seal and calls `found` for each record that does not
/// match, `matched` (when given) for each that does, with the event that sealed it. Memory stays constant whatever
/// the number of records or events.
Status reconcile(Database& db, const SealedKind& kind, SealSource source,
                 const std::function<void(const Mismatch&)>& found,
                 const std::function<void(const RecordKey&, qint64 seq)>& matched = {});

/// Compares record_head with the history of seals of `kind`, calling `differs` for each key where they disagree.
Status checkHeads(Database& db, const QString& kind, const std::function<void(const RecordKey&)>& differs);

/// Whether the workspace's schema has seals (7 on). Earlier schemas exist only while being upgraded.
Result<bool> schemaHasSeals(Database& db);
/// Whether the workspace has `table` (a workspace of an earlier schema, read without upgrading, lacks later ones).
Result<bool> hasTable(Database& db, const QString& table);

/// Starts collecting what statements on `db` touch (a writable connection: every command's writes go through it).
Status installTouches(Database& db);

/// The position of `kind`'s key column among its table's columns.
Result<int> keyIndexOf(Database& db, const SealedKind& kind);

/// Every record of every kind, as found: what the upgrade to schema 7 seals, so records written before seals existed
/// are sealed as they stood then.
Status touchAll(Database& db);

} // namespace RecordSeals

/// The records the statements of the running command have touched, so that no insert, update or delete of a record
/// escapes its seal: collected by SQLite's pre-update hook on the workspace's own connection, or on a server by a
/// trigger on each sealed table that writes into the session's temporary table (PostgresDialect::touchTrigger). Owned
/// by the Database; CommandContext::record() turns them into the seals of the event it appends.
class RecordTouches
{
public:
    explicit RecordTouches(Database& db);
    ~RecordTouches();
    RecordTouches(const RecordTouches&) = delete;
    RecordTouches& operator=(const RecordTouches&) = delete;

    bool isEmpty();
    void clear();
    /// The seals of every record touched since the last call (in kind, then key order), and forgets them.
    Result<QList<RecordSeal>> drain(Database& db);
    /// Adds a record as if a statement had touched it.
    void add(const QString& kind, const RecordKey& key);

private:
    struct Touch;
    struct State;
    static void onPreUpdate(void* context, sqlite3* handle, int op, const char* database, const char* table,
                            long long oldRowid, long long newRowid);
    /// On a server: moves what the triggers recorded into added.
    Status collectFromServer();
    Database& m_db;
    sqlite3* m_handle = nullptr;
    std::unique_ptr<State> m_state;
};

} // namespace cs
