#include "AuditVerifier.h"

#include "audit/AuditEventCodec.h"
#include "audit/MerkleTree.h"
#include "audit/SignedNote.h"
#include "records/Checkpoint.h"
#include "store/AuditEventTable.h"
#include "store/RecordSeals.h"
#include "store/RecordTables.h"
#include "store/Schema.h"
#include "util/UtcTime.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <limits>

namespace cs {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::AuditVerifier)
};
constexpr qint64 kProgressEvery = 4096;
} // namespace

struct AuditVerifier::Target
{
    QString label; ///< "stored checkpoint 3" or the file name
    Checkpoint checkpoint;
    bool evaluated = false;
};

AuditVerifier::AuditVerifier(Database& db, QString workspaceId, Ed25519PublicKey workspaceKey)
    : m_db(db)
    , m_workspaceId(std::move(workspaceId))
    , m_key(std::move(workspaceKey))
{ }

void AuditVerifier::addCheckpointFile(const QString& source, const QByteArray& note)
{
    m_files.append({source, note});
}

/// One verification, as steps over shared state: admit the checkpoints, check the append-only protection, walk the
/// events (recomputing each leaf, the chain and the tree, and comparing checkpoints as their size is reached), then
/// name what the walk could not pin to one event.
class AuditVerifier::Walk
{
public:
    explicit Walk(const AuditVerifier& v)
        : m_v(v)
        , m_origin(Checkpoint::originFor(v.m_workspaceId))
        , m_chain(AuditEventCodec::genesisChainHash())
    { }

    Result<VerificationReport> run()
    {
        for (auto step :
             {&Walk::admitCheckpoints, &Walk::checkProtection, &Walk::walkEvents, &Walk::reconcileRecords}) {
            if (auto s = (this->*step)(); !s) {
                return s.error();
            }
        }
        evaluateTargets(m_report.lastSeq);
        reportTruncation();
        reportMismatches();
        return finish();
    }

private:
    struct Mismatch
    {
        const Target* target;
        qint64 rangeStart; ///< first event after the last checkpoint that still matched
    };

    /// A checkpoint counts only once its signature verifies with this workspace's key.
    void admit(const QString& label, const QByteArray& note, const Checkpoint* stored)
    {
        auto text = SignedNote::open(note, m_origin, m_v.m_key, label);
        if (!text) {
            const bool foreign = text.error().code == ErrorCode::NotFound;
            m_report.findings.append(
                {foreign ? Finding::Kind::ForeignCheckpoint : Finding::Kind::CheckpointInvalid, 0,
                 foreign ? Tr::tr("%1 belongs to another workspace or key; it proves nothing here").arg(label)
                         : text.error().message});
            return;
        }
        auto cp = Checkpoint::parseBody(text.value(), label);
        if (!cp || cp->origin != m_origin) {
            m_report.findings.append({Finding::Kind::CheckpointInvalid, 0,
                                      cp ? Tr::tr("%1 names another workspace").arg(label) : cp.error().message});
            return;
        }
        if (stored != nullptr &&
            (stored->size != cp->size || stored->rootHash != cp->rootHash || stored->chainHead != cp->chainHead)) {
            m_report.findings.append(
                {Finding::Kind::CheckpointInvalid, 0,
                 Tr::tr("%1: its stored size or hashes differ from what its note signed").arg(label)});
            return;
        }
        m_targets.append({label, cp.value(), false});
    }

    Status admitCheckpoints()
    {
        auto stored = CheckpointTable(m_v.m_db).all();
        if (!stored) {
            return stored.error();
        }
        for (const Checkpoint& cp : stored.value()) {
            admit(Tr::tr("stored checkpoint %1").arg(cp.id), cp.note, &cp);
        }
        m_storedAdmitted = m_targets.size();
        for (const auto& [source, note] : m_v.m_files) {
            admit(Tr::tr("checkpoint file %1").arg(source), note, nullptr);
        }
        std::stable_sort(m_targets.begin(), m_targets.end(),
                         [](const Target& a, const Target& b) { return a.checkpoint.size < b.checkpoint.size; });
        return {};
    }

    Status checkProtection()
    {
        auto missing = Schema::missingAppendOnlyTriggers(m_v.m_db);
        if (!missing) {
            return missing.error();
        }
        if (!missing->isEmpty()) {
            m_report.findings.append({Finding::Kind::ProtectionRemoved, 0,
                                      Tr::tr("the append-only protection was removed (missing triggers: %1)")
                                          .arg(missing->join(QStringLiteral(", ")))});
        }
        return {};
    }

    /// Compares every checkpoint covering `upTo` events or fewer (fewer: its last events went missing) with the tree
    /// and chain as they stand after event `upTo`.
    void evaluateTargets(qint64 upTo)
    {
        for (Target& t : m_targets) {
            if (t.evaluated || t.checkpoint.size > upTo) {
                continue;
            }
            t.evaluated = true;
            const Checkpoint& cp = t.checkpoint;
            if (cp.size == upTo && m_tree.size() == upTo && m_tree.rootHash().value_or(QByteArray()) == cp.rootHash &&
                m_chain == cp.chainHead) {
                m_lastGoodCheckpointSize = std::max(m_lastGoodCheckpointSize, cp.size);
                continue;
            }
            m_mismatches.append({&t, m_lastGoodCheckpointSize + 1});
        }
    }

    Status walkEvents()
    {
        AuditEventTable events(m_v.m_db);
        auto total = events.maxSeq();
        if (!total) {
            return total.error();
        }
        m_expectedTotal = total.value();
        bool cancelled = false;
        qint64 orphans = 0;
        auto scanned = events.scan(
            1,
            [&](const AuditEvent& e) {
                evaluateTargets(e.seq - 1);
                if (auto s = visit(e); !s) {
                    m_libraryError = s.error();
                    return false;
                }
                if (m_v.m_progress && m_report.eventCount % kProgressEvery == 0 &&
                    !m_v.m_progress(m_report.eventCount, m_expectedTotal)) {
                    cancelled = true;
                    return false;
                }
                return true;
            },
            &orphans);
        if (!scanned) {
            return scanned.error();
        }
        if (orphans > 0) {
            m_report.findings.append(
                {Finding::Kind::RecordAltered, 0,
                 Tr::tr("%n record seal(s) belong to no event of the trail: they were added "
                        "outside Countersign",
                        nullptr, int(std::min<qint64>(orphans, std::numeric_limits<int>::max())))});
        }
        if (m_libraryError) {
            return *m_libraryError;
        }
        if (cancelled) {
            return Error(ErrorCode::Cancelled, Tr::tr("verification was cancelled"));
        }
        return {};
    }

    /// One event: its place in the sequence, its leaf hash, the chain and the tree. An error is OpenSSL's: then
    /// nothing can be said about the trail.
    Status visit(const AuditEvent& e)
    {
        bool resync = false;
        if (e.seq != m_expectedSeq) {
            m_report.findings.append({Finding::Kind::EventsMissing, m_expectedSeq,
                                      e.seq - 1 == m_expectedSeq
                                          ? Tr::tr("event %1 is missing (deleted from the trail)").arg(m_expectedSeq)
                                          : Tr::tr("events %1 to %2 are missing (deleted from the trail)")
                                                .arg(m_expectedSeq)
                                                .arg(e.seq - 1)});
            resync = true;
        }
        auto leaf = leafOf(e, resync);
        if (!leaf) {
            return leaf.error();
        }
        auto nextChain = AuditEventCodec::chainHash(m_chain, leaf.value());
        if (!nextChain) {
            return nextChain.error();
        }
        if (!resync && nextChain.value() != e.chainHash) {
            m_report.findings.append({Finding::Kind::ChainBroken, e.seq,
                                      Tr::tr("its chain hash does not follow from event %1: events were inserted, "
                                             "reordered or their hashes rewritten")
                                          .arg(e.seq - 1)});
            resync = true;
        }
        // After a finding, continue from the stored chain so that later, independent damage is found too.
        m_chain = resync ? e.chainHash : nextChain.value();
        if (auto appended = m_tree.appendLeafHash(leaf.value()); !appended) {
            return appended;
        }
        if (e.seq == 1) {
            if (auto s = checkFirstEvent(e); !s) {
                return s;
            }
        }
        if (e.timeMs < m_lastTime) {
            m_report.warnings.append(Tr::tr("event %1 is timed %2, before event %3 (the clock went backwards)")
                                         .arg(e.seq)
                                         .arg(UtcTime::formatMsString(e.timeMs))
                                         .arg(e.seq - 1));
        }
        m_lastTime = e.timeMs;
        ++m_report.eventCount;
        m_report.lastSeq = e.seq;
        m_expectedSeq = e.seq + 1;
        return {};
    }

    /// Every record against the seal of the latest event that wrote it: a row edited, added or deleted outside
    /// Countersign shows here although every event is intact. One streaming pass per kind of record.
    Status reconcileRecords()
    {
        auto sealing = RecordSeals::schemaHasSeals(m_v.m_db);
        if (!sealing) {
            return sealing.error();
        }
        if (!sealing.value()) {
            return {};
        }
        for (const SealedKind& kind : RecordSeals::kinds()) {
            auto exists = RecordSeals::hasTable(m_v.m_db, kind.table);
            if (!exists) {
                return exists.error();
            }
            if (!exists.value()) {
                continue; // a table of a later schema
            }
            auto r = RecordSeals::reconcile(
                m_v.m_db, kind, RecordSeals::SealSource::Heads, [this](const RecordSeals::Mismatch& m) {
                    // The event is intact; the record was changed, added or deleted outside Countersign.
                    m_report.findings.append({Finding::Kind::RecordAltered, 0,
                                              Tr::tr("%1: changed outside Countersign").arg(RecordSeals::describe(m))});
                });
            if (!r) {
                return r;
            }
            // The rows were compared with the latest seals kept beside the history; those must be the history's.
            auto heads = RecordSeals::checkHeads(m_v.m_db, kind.table, [&](const RecordKey& key) {
                m_report.findings.append(
                    {Finding::Kind::RecordAltered, 0,
                     Tr::tr("the latest seal kept for %1 \"%2\" is not the one its events recorded: record_head "
                            "was changed outside Countersign")
                         .arg(kind.table, key.display())});
            });
            if (!heads) {
                return heads;
            }
        }
        return {};
    }

    /// The event's leaf hash recomputed from its content (the stored one when the content cannot be encoded).
    Result<QByteArray> leafOf(const AuditEvent& e, bool& resync)
    {
        auto canonical = AuditEventCodec::canonicalBytes(e, m_v.m_workspaceId);
        if (!canonical) {
            m_report.findings.append(
                {Finding::Kind::EventAltered, e.seq,
                 canonical.error().message + Tr::tr(" (the event was altered after it was recorded)")});
            resync = true;
            return e.leafHash;
        }
        auto recomputed = AuditEventCodec::leafHash(canonical.value());
        if (!recomputed) {
            return recomputed.error();
        }
        if (recomputed.value() != e.leafHash) {
            m_report.findings.append({Finding::Kind::EventAltered, e.seq,
                                      Tr::tr("its content no longer matches its leaf hash: the event was altered "
                                             "after it was recorded")});
            resync = true;
        }
        return recomputed.value();
    }

    /// Event 1 records the workspace key; a different key now means it was replaced.
    Status checkFirstEvent(const AuditEvent& e)
    {
        const QJsonObject after = QJsonDocument::fromJson(e.after).object();
        const QString recordedKey = after.value(QStringLiteral("verifier_key")).toString();
        auto currentKey = SignedNote::verifierKey(m_origin, m_v.m_key);
        if (!currentKey) {
            return currentKey.error();
        }
        if (recordedKey != currentKey.value()) {
            m_report.findings.append({Finding::Kind::KeyReplaced, 1,
                                      Tr::tr("the workspace key is not the one recorded when the workspace was "
                                             "created (event 1 records %1)")
                                          .arg(recordedKey.isEmpty() ? Tr::tr("none") : recordedKey)});
        }
        return {};
    }

    /// Checkpoints covering more events than the trail has.
    void reportTruncation()
    {
        for (const Target& t : m_targets) {
            if (t.evaluated) {
                continue;
            }
            const qint64 first = m_report.lastSeq + 1;
            const QString removed = first == t.checkpoint.size
                ? Tr::tr("event %1 was removed").arg(first)
                : Tr::tr("events %1 to %2 were removed").arg(first).arg(t.checkpoint.size);
            m_report.findings.append({Finding::Kind::LogTruncated, first,
                                      Tr::tr("the trail ends at event %1 but %2 covers %3 events: %4")
                                          .arg(m_report.lastSeq)
                                          .arg(t.label)
                                          .arg(t.checkpoint.size)
                                          .arg(removed)});
        }
    }

    /// A checkpoint that no longer matches is either explained by damage already pinned to one event, or the hashes
    /// were recomputed after a change: then only the range between two checkpoints can be named.
    void reportMismatches()
    {
        const QList<Finding> eventFindings = m_report.findings;
        for (const Mismatch& m : m_mismatches) {
            const Checkpoint& cp = m.target->checkpoint;
            qint64 explainedBy = 0;
            for (const Finding& f : eventFindings) {
                if (f.seq >= 1 && f.seq <= cp.size && (explainedBy == 0 || f.seq < explainedBy)) {
                    explainedBy = f.seq;
                }
            }
            const QString head = Tr::tr("the trail no longer matches %1 (%2 events, signed %3)")
                                     .arg(m.target->label)
                                     .arg(cp.size)
                                     .arg(UtcTime::formatMsString(cp.signedAtMs));
            if (explainedBy > 0) {
                m_report.findings.append({Finding::Kind::CheckpointMismatch, 0,
                                          head + Tr::tr(", as follows from the damage at event %1").arg(explainedBy)});
            } else {
                m_report.findings.append(
                    {Finding::Kind::CheckpointMismatch, m.rangeStart,
                     head +
                         Tr::tr(": events between %1 and %2 were changed and their hashes recomputed after it was "
                                "signed")
                             .arg(m.rangeStart)
                             .arg(cp.size)});
            }
        }
    }

    Result<VerificationReport> finish()
    {
        m_report.chainHead = m_chain;
        auto root = m_tree.rootHash();
        if (!root) {
            return root.error();
        }
        m_report.rootHash = root.value();
        m_report.checkpointsChecked = static_cast<int>(m_storedAdmitted);
        m_report.checkpointFilesChecked = static_cast<int>(m_targets.size() - m_storedAdmitted);
        // Event findings in sequence order first, then those that concern no single event.
        const auto order = [](const Finding& f) {
            return f.seq == 0 ? std::numeric_limits<qint64>::max() : f.seq;
        };
        std::stable_sort(m_report.findings.begin(), m_report.findings.end(),
                         [&](const Finding& a, const Finding& b) { return order(a) < order(b); });
        if (m_v.m_progress) {
            m_v.m_progress(m_report.eventCount, m_expectedTotal);
        }
        return m_report;
    }

    const AuditVerifier& m_v;
    const QString m_origin;
    VerificationReport m_report;
    QList<Target> m_targets;
    qsizetype m_storedAdmitted = 0;
    QList<Mismatch> m_mismatches;
    MerkleTree m_tree;
    QByteArray m_chain;
    qint64 m_expectedSeq = 1;
    qint64 m_expectedTotal = 0;
    qint64 m_lastTime = 0;
    qint64 m_lastGoodCheckpointSize = 0;
    std::optional<Error> m_libraryError;
};

Result<VerificationReport> AuditVerifier::run()
{
    return Walk(*this).run();
}

} // namespace cs
