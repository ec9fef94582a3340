#include "RecordCheck.h"

#include "audit/AuditEventCodec.h"
#include "records/WorkspaceInfo.h"
#include "store/AuditEventTable.h"
#include "store/RecordSeals.h"
#include "store/RecordTables.h"

#include <QCoreApplication>

#include <vector>

namespace cs::RecordCheck {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::RecordCheck)
};

Error altered(const QString& what)
{
    return Error(ErrorCode::Integrity,
                 Tr::tr("the workspace was altered outside Countersign: %1. Nothing was done; run \"verify\" and "
                        "restore the workspace from a backup")
                     .arg(what));
}

QString named(const QString& kind, const RecordKey& key)
{
    return QStringLiteral("%1 \"%2\"").arg(kind, key.display());
}

/// Whether event `seq` lists `seal`, still hashes to its stored leaf hash and follows from the event before it.
Result<bool> eventIntact(Database& db, const QString& workspaceId, qint64 seq, const RecordSeal& seal)
{
    AuditEventTable events(db);
    auto e = events.at(seq);
    if (!e) {
        return e.error().code == ErrorCode::NotFound ? Result<bool>(false) : Result<bool>(e.error());
    }
    if (!e->records.contains(seal)) {
        return false;
    }
    auto canonical = AuditEventCodec::canonicalBytes(e.value(), workspaceId);
    if (!canonical) {
        return canonical.error().code == ErrorCode::Integrity ? Result<bool>(false) : Result<bool>(canonical.error());
    }
    auto leaf = AuditEventCodec::leafHash(canonical.value());
    if (!leaf) {
        return leaf.error();
    }
    QByteArray previous = AuditEventCodec::genesisChainHash();
    if (seq > 1) {
        auto before = events.at(seq - 1);
        if (!before) {
            return before.error().code == ErrorCode::NotFound ? Result<bool>(false) : Result<bool>(before.error());
        }
        previous = before->chainHash;
    }
    auto chain = AuditEventCodec::chainHash(previous, leaf.value());
    if (!chain) {
        return chain.error();
    }
    return leaf.value() == e->leafHash && chain.value() == e->chainHash;
}

/// The workspace id the events hash with, or nothing before schema 7 (no seals, nothing to check).
Result<std::optional<QString>> sealedWorkspace(Database& db)
{
    auto sealing = RecordSeals::schemaHasSeals(db);
    if (!sealing) {
        return sealing.error();
    }
    if (!sealing.value()) {
        return std::optional<QString>();
    }
    auto meta = MetaTable(db).all();
    if (!meta) {
        return meta.error();
    }
    return std::optional<QString>(meta->value(WorkspaceMeta::Id));
}

Result<const SealedKind*> sealedKind(const QString& kind)
{
    const SealedKind* k = RecordSeals::kindOf(kind);
    if (k == nullptr) {
        return Error(ErrorCode::Internal, Tr::tr("%1 is not a kind of sealed record").arg(kind));
    }
    return k;
}

Status requireEvent(Database& db, const QString& workspaceId, const QString& record, qint64 seq, const RecordSeal& seal)
{
    auto intact = eventIntact(db, workspaceId, seq, seal);
    if (!intact) {
        return intact.error();
    }
    if (!intact.value()) {
        return altered(Tr::tr("%1 rests on audit event %2, which no longer matches its hashes").arg(record).arg(seq));
    }
    return {};
}

/// The workspace id and the kind, or nothing before schema 7 (no seals, nothing to check).
Result<std::optional<std::pair<QString, const SealedKind*>>> prepare(Database& db, const QString& kind)
{
    auto workspace = sealedWorkspace(db);
    if (!workspace) {
        return workspace.error();
    }
    if (!workspace.value()) {
        return std::optional<std::pair<QString, const SealedKind*>>();
    }
    auto k = sealedKind(kind);
    if (!k) {
        return k.error();
    }
    return std::optional<std::pair<QString, const SealedKind*>>({**workspace, k.value()});
}
} // namespace

Status require(Database& db, const QString& kind, const RecordKey& key)
{
    // The record and its seal as of one moment, while others may be writing (a server).
    ReadSnapshot snapshot(db);
    if (auto r = snapshot.status(); !r) {
        return r;
    }
    auto ready = prepare(db, kind);
    if (!ready || !ready.value()) {
        return ready ? Status() : Status(ready.error());
    }
    const auto& [workspaceId, sealed] = *ready.value();
    auto now = RecordSeals::digest(db, *sealed, key);
    if (!now) {
        return now.error();
    }
    auto latest = RecordSeals::latest(db, kind, key);
    if (!latest) {
        return latest.error();
    }
    using M = RecordSeals::Mismatch;
    if (!latest.value()) {
        // No such record, and none was ever recorded: nothing to refuse.
        return now.value() ? Status(altered(RecordSeals::describe({M::What::Unsealed, kind, key, 0}))) : Status();
    }
    const RecordSeals::LatestSeal& s = *latest.value();
    if (now.value().value_or(QByteArray()) != s.sha256) {
        return altered(RecordSeals::describe({now.value() ? M::What::Differs : M::What::Missing, kind, key, s.seq}));
    }
    return requireEvent(db, workspaceId, named(kind, key), s.seq, {kind, key, s.sha256});
}

Status requireAll(Database& db, const QString& kind, Events checkEvents)
{
    ReadSnapshot snapshot(db);
    if (auto r = snapshot.status(); !r) {
        return r;
    }
    auto ready = prepare(db, kind);
    if (!ready || !ready.value()) {
        return ready ? Status() : Status(ready.error());
    }
    const auto& [workspaceId, sealed] = *ready.value();
    std::optional<Error> first;
    std::vector<std::pair<qint64, RecordSeal>> events; // the events the records rest on now, with their seals
    auto reconciled = RecordSeals::reconcile(
        db, *sealed, RecordSeals::SealSource::Heads,
        [&](const RecordSeals::Mismatch& m) {
            if (!first) {
                first = altered(RecordSeals::describe(m));
            }
        },
        [&](const RecordKey& key, qint64 seq) {
            events.emplace_back(seq, RecordSeal {kind, key, {}});
        });
    if (!reconciled) {
        return reconciled;
    }
    if (first) {
        return *first;
    }
    if (checkEvents == Events::Skip) {
        return {};
    }
    for (auto& [seq, seal] : events) {
        auto latest = RecordSeals::latest(db, kind, seal.key);
        if (!latest) {
            return latest.error();
        }
        seal.sha256 = latest.value() ? latest.value()->sha256 : QByteArray();
        if (auto r = requireEvent(db, workspaceId, named(kind, seal.key), seq, seal); !r) {
            return r;
        }
    }
    return {};
}

} // namespace cs::RecordCheck
