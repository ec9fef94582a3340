#pragma once

#include "util/EnumNames.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace cs {

/// One integrity problem found by verification.
struct Finding
{
    enum class Kind
    {
        EventAltered, ///< an event's content no longer matches its leaf hash
        ChainBroken, ///< an event's chain hash does not follow from the one before
        EventsMissing, ///< sequence numbers are missing (events deleted)
        CheckpointMismatch, ///< the log no longer matches what a checkpoint signed
        LogTruncated, ///< a checkpoint covers events the log no longer has
        CheckpointInvalid, ///< a checkpoint's signature or content is bad
        ForeignCheckpoint, ///< a checkpoint belongs to another workspace or key
        ProtectionRemoved, ///< the append-only triggers were dropped
        KeyReplaced, ///< the workspace key differs from the one recorded at creation
        EvidenceAltered, ///< stored evidence (a version's, a dataset's samples, a version's scores) no longer matches
                         ///< the digest its audit event recorded
        StorageDamaged, ///< SQLite's integrity check of the whole file failed
        RecordAltered, ///< a record's rows differ from the seal of the latest event that wrote them, have no event,
                       ///< or are gone although an event recorded them
    };
    Kind kind;
    qint64 seq = 0; ///< first sequence number concerned; 0 when the finding is not about one event
    QString message;
};

template<>
struct EnumNames<Finding::Kind>
{
    static constexpr const char* context = "cs::Finding";
    static constexpr EnumName<Finding::Kind> table[] = {
        {Finding::Kind::EventAltered, "event-altered", nullptr},
        {Finding::Kind::ChainBroken, "chain-broken", nullptr},
        {Finding::Kind::EventsMissing, "events-missing", nullptr},
        {Finding::Kind::CheckpointMismatch, "checkpoint-mismatch", nullptr},
        {Finding::Kind::LogTruncated, "log-truncated", nullptr},
        {Finding::Kind::CheckpointInvalid, "checkpoint-invalid", nullptr},
        {Finding::Kind::ForeignCheckpoint, "foreign-checkpoint", nullptr},
        {Finding::Kind::ProtectionRemoved, "protection-removed", nullptr},
        {Finding::Kind::KeyReplaced, "key-replaced", nullptr},
        {Finding::Kind::EvidenceAltered, "evidence-altered", nullptr},
        {Finding::Kind::StorageDamaged, "storage-damaged", nullptr},
        {Finding::Kind::RecordAltered, "record-altered", nullptr},
    };
};

/// The outcome of verifying a workspace's audit trail. Intact means no findings at all.
struct VerificationReport
{
    qint64 eventCount = 0; ///< events present
    qint64 lastSeq = 0; ///< highest sequence number present
    QByteArray chainHead; ///< chain hash of the last event as recomputed
    QByteArray rootHash; ///< RFC 6962 root over the recomputed leaf hashes
    int checkpointsChecked = 0;
    int checkpointFilesChecked = 0;
    QList<Finding> findings;
    QStringList warnings; ///< worth an auditor's attention but not integrity failures (clock went backwards)

    bool intact() const { return findings.isEmpty(); }
    /// Smallest sequence number named by a finding, or 0.
    qint64 firstBadSeq() const;
    /// One line a person can read: "intact: ..." or "BROKEN at event N: ...".
    QString summary() const;
};

} // namespace cs
