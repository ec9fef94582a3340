#pragma once

#include "records/Checkpoint.h"
#include "util/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace cs {

/// A part of the audit trail that can be checked offline, without the workspace: some events, each as its canonical
/// bytes (docs/audit-trail.md) with its RFC 6962 inclusion proof to a signed checkpoint, which the excerpt carries
/// verbatim as a C2SP signed note with the verifier key that signs it. Whoever holds the excerpt and trusts the key
/// (the workspace's verifier key, printed when it was created) can prove that each event is the one the trail held
/// when the checkpoint was signed: SHA-256(0x00 || bytes) is the leaf, the proof leads from it to the root the note
/// signs. The change-control package carries one; docs/package.md shows how to check it by hand.
struct AuditExcerpt
{
    struct Entry
    {
        qint64 seq = 0;
        QByteArray canonical; ///< the event's RFC 8785 bytes, exactly what its leaf hash covers
        QByteArray leafHash; ///< SHA-256(0x00 || canonical)
        QList<QByteArray> proof; ///< RFC 6962 audit path of leaf seq - 1, nearest sibling first
    };

    QByteArray checkpointNote; ///< the signed note, as the workspace stored it
    QString verifierKey; ///< "<origin>+<key id>+<base64 key>"
    QList<Entry> events; ///< in sequence order

    /// {"format": kFormat, "checkpoint": note text, "verifier_key", "events": [{"seq", "event": canonical text,
    /// "leaf_hash": hex, "proof": [hex]}]}.
    QJsonObject toJson() const;
    /// Reads toJson's form; `source` names the file or package in errors.
    static Result<AuditExcerpt> fromJson(const QJsonObject& json, const QString& source);

    /// What verify() established.
    struct Verified
    {
        Checkpoint checkpoint; ///< the note's body, its signature checked with the verifier key
        qint64 events = 0;
    };
    /// Checks the note's signature with the verifier key it carries, and for every event: its bytes hash to its leaf
    /// hash, they name its sequence number and the checkpoint's workspace, it lies inside the checkpoint's tree and
    /// its proof leads to the signed root. The first failure is an Integrity error naming the event.
    Result<Verified> verify(const QString& source) const;

    static constexpr char kFormat[] = "countersign.audit-excerpt/1";
};

} // namespace cs
