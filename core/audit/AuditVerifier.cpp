#include "AuditVerifier.h"

#include "audit/AuditEventCodec.h"
#include "audit/MerkleTree.h"
#include "audit/SignedNote.h"
#include "records/Checkpoint.h"
#include "store/AuditEventTable.h"
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

Result<VerificationReport> AuditVerifier::run()
{
    VerificationReport report;
    const QString origin = Checkpoint::originFor(m_workspaceId);
    QList<Target> targets;

    // Checkpoints: the signature must verify with this workspace's key before the content counts.
    const auto admit = [&](const QString& label, const QByteArray& note, const Checkpoint* stored) {
        auto text = SignedNote::open(note, origin, m_key, label);
        if (!text) {
            const bool foreign = text.error().code == ErrorCode::NotFound;
            report.findings.append(
                {foreign ? Finding::Kind::ForeignCheckpoint : Finding::Kind::CheckpointInvalid, 0,
                 foreign ? Tr::tr("%1 belongs to another workspace or key; it proves nothing here").arg(label)
                         : text.error().message});
            return;
        }
        auto cp = Checkpoint::parseBody(text.value(), label);
        if (!cp || cp->origin != origin) {
            report.findings.append({Finding::Kind::CheckpointInvalid, 0,
                                    cp ? Tr::tr("%1 names another workspace").arg(label) : cp.error().message});
            return;
        }
        if (stored != nullptr &&
            (stored->size != cp->size || stored->rootHash != cp->rootHash || stored->chainHead != cp->chainHead)) {
            report.findings.append(
                {Finding::Kind::CheckpointInvalid, 0,
                 Tr::tr("%1: its stored size or hashes differ from what its note signed").arg(label)});
            return;
        }
        targets.append({label, cp.value(), false});
    };

    auto stored = CheckpointTable(m_db).all();
    if (!stored) {
        return stored.error();
    }
    for (const Checkpoint& cp : stored.value()) {
        admit(Tr::tr("stored checkpoint %1").arg(cp.id), cp.note, &cp);
    }
    const qsizetype storedAdmitted = targets.size();
    for (const auto& [source, note] : m_files) {
        admit(Tr::tr("checkpoint file %1").arg(source), note, nullptr);
    }
    std::stable_sort(targets.begin(), targets.end(),
                     [](const Target& a, const Target& b) { return a.checkpoint.size < b.checkpoint.size; });

    auto missing = Schema::missingAppendOnlyTriggers(m_db);
    if (!missing) {
        return missing.error();
    }
    if (!missing->isEmpty()) {
        report.findings.append({Finding::Kind::ProtectionRemoved, 0,
                                Tr::tr("the append-only protection was removed (missing triggers: %1)")
                                    .arg(missing->join(QStringLiteral(", ")))});
    }

    AuditEventTable events(m_db);
    auto expectedTotal = events.maxSeq();
    if (!expectedTotal) {
        return expectedTotal.error();
    }

    MerkleTree tree;
    QByteArray chain = AuditEventCodec::genesisChainHash();
    qint64 expectedSeq = 1;
    qint64 lastTime = 0;
    qint64 lastGoodCheckpointSize = 0;
    bool cancelled = false;
    std::optional<Error> libraryError; ///< OpenSSL failed: nothing can be said about the trail

    struct Mismatch
    {
        const Target* target;
        qint64 rangeStart; ///< first event after the last checkpoint that still matched
    };
    QList<Mismatch> mismatches;

    // Compares every checkpoint covering `upTo` events or fewer (fewer: its last events went missing) with the tree
    // and chain as they stand after event `upTo`.
    const auto evaluateTargets = [&](qint64 upTo) {
        for (Target& t : targets) {
            if (t.evaluated || t.checkpoint.size > upTo) {
                continue;
            }
            t.evaluated = true;
            const Checkpoint& cp = t.checkpoint;
            if (cp.size == upTo && tree.size() == upTo && tree.rootHash().value_or(QByteArray()) == cp.rootHash &&
                chain == cp.chainHead) {
                lastGoodCheckpointSize = std::max(lastGoodCheckpointSize, cp.size);
                continue;
            }
            mismatches.append({&t, lastGoodCheckpointSize + 1});
        }
    };

    auto scanned = events.scan(1, [&](const AuditEvent& e) {
        evaluateTargets(e.seq - 1);
        bool resync = false;
        if (e.seq != expectedSeq) {
            report.findings.append(
                {Finding::Kind::EventsMissing, expectedSeq,
                 e.seq - 1 == expectedSeq
                     ? Tr::tr("event %1 is missing (deleted from the trail)").arg(expectedSeq)
                     : Tr::tr("events %1 to %2 are missing (deleted from the trail)").arg(expectedSeq).arg(e.seq - 1)});
            resync = true;
        }
        QByteArray leaf;
        auto canonical = AuditEventCodec::canonicalBytes(e, m_workspaceId);
        if (!canonical) {
            report.findings.append(
                {Finding::Kind::EventAltered, e.seq,
                 canonical.error().message + Tr::tr(" (the event was altered after it was recorded)")});
            leaf = e.leafHash;
            resync = true;
        } else {
            auto recomputed = AuditEventCodec::leafHash(canonical.value());
            if (!recomputed) {
                libraryError = recomputed.error();
                return false;
            }
            leaf = recomputed.value();
            if (leaf != e.leafHash) {
                report.findings.append(
                    {Finding::Kind::EventAltered, e.seq,
                     Tr::tr("its content no longer matches its leaf hash: the event was altered after "
                            "it was recorded")});
                resync = true;
            }
        }
        auto nextChain = AuditEventCodec::chainHash(chain, leaf);
        if (!nextChain) {
            libraryError = nextChain.error();
            return false;
        }
        const QByteArray expectedChain = nextChain.value();
        if (!resync && expectedChain != e.chainHash) {
            report.findings.append({Finding::Kind::ChainBroken, e.seq,
                                    Tr::tr("its chain hash does not follow from event %1: events were inserted, "
                                           "reordered or their hashes rewritten")
                                        .arg(e.seq - 1)});
            resync = true;
        }
        // After a finding, continue from the stored chain so that later, independent damage is found too.
        chain = resync ? e.chainHash : expectedChain;
        if (auto appended = tree.appendLeafHash(leaf); !appended) {
            libraryError = appended.error();
            return false;
        }

        if (e.seq == 1) {
            const QJsonObject after = QJsonDocument::fromJson(e.after).object();
            const QString recordedKey = after.value(QStringLiteral("verifier_key")).toString();
            auto currentKey = SignedNote::verifierKey(Checkpoint::originFor(m_workspaceId), m_key);
            if (!currentKey) {
                libraryError = currentKey.error();
                return false;
            }
            if (recordedKey != currentKey.value()) {
                report.findings.append(
                    {Finding::Kind::KeyReplaced, 1,
                     Tr::tr("the workspace key is not the one recorded when the workspace was created "
                            "(event 1 records %1)")
                         .arg(recordedKey.isEmpty() ? Tr::tr("none") : recordedKey)});
            }
        }
        if (e.timeMs < lastTime) {
            report.warnings.append(Tr::tr("event %1 is timed %2, before event %3 (the clock went backwards)")
                                       .arg(e.seq)
                                       .arg(UtcTime::formatMsString(e.timeMs))
                                       .arg(e.seq - 1));
        }
        lastTime = e.timeMs;
        ++report.eventCount;
        report.lastSeq = e.seq;
        expectedSeq = e.seq + 1;
        if (m_progress && report.eventCount % kProgressEvery == 0 &&
            !m_progress(report.eventCount, expectedTotal.value())) {
            cancelled = true;
            return false;
        }
        return true;
    });
    if (!scanned) {
        return scanned.error();
    }
    if (libraryError) {
        return *libraryError;
    }
    if (cancelled) {
        return Error(ErrorCode::Cancelled, Tr::tr("verification was cancelled"));
    }
    evaluateTargets(report.lastSeq);
    for (const Target& t : targets) {
        if (!t.evaluated) {
            const qint64 first = report.lastSeq + 1;
            const QString removed = first == t.checkpoint.size
                ? Tr::tr("event %1 was removed").arg(first)
                : Tr::tr("events %1 to %2 were removed").arg(first).arg(t.checkpoint.size);
            report.findings.append({Finding::Kind::LogTruncated, first,
                                    Tr::tr("the trail ends at event %1 but %2 covers %3 events: %4")
                                        .arg(report.lastSeq)
                                        .arg(t.label)
                                        .arg(t.checkpoint.size)
                                        .arg(removed)});
        }
    }
    // A checkpoint that no longer matches is either explained by damage already pinned to one event, or the hashes
    // were recomputed after a change: then only the range between two checkpoints can be named.
    const QList<Finding> eventFindings = report.findings;
    for (const Mismatch& m : mismatches) {
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
            report.findings.append({Finding::Kind::CheckpointMismatch, 0,
                                    head + Tr::tr(", as follows from the damage at event %1").arg(explainedBy)});
        } else {
            report.findings.append({Finding::Kind::CheckpointMismatch, m.rangeStart,
                                    head +
                                        Tr::tr(": events between %1 and %2 were changed and their hashes recomputed "
                                               "after it was signed")
                                            .arg(m.rangeStart)
                                            .arg(cp.size)});
        }
    }
    report.chainHead = chain;
    auto root = tree.rootHash();
    if (!root) {
        return root.error();
    }
    report.rootHash = root.value();
    report.checkpointsChecked = static_cast<int>(storedAdmitted);
    report.checkpointFilesChecked = static_cast<int>(targets.size() - storedAdmitted);
    // Event findings in sequence order first, then those that concern no single event.
    const auto order = [](const Finding& f) {
        return f.seq == 0 ? std::numeric_limits<qint64>::max() : f.seq;
    };
    std::stable_sort(report.findings.begin(), report.findings.end(),
                     [&](const Finding& a, const Finding& b) { return order(a) < order(b); });
    if (m_progress) {
        m_progress(report.eventCount, expectedTotal.value());
    }
    return report;
}

} // namespace cs
