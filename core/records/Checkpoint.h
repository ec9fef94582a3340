#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>

namespace cs {

/// A signed statement of the audit log's state: a C2SP tlog-checkpoint note whose body is
///   <origin>\n<log size>\n<base64 RFC 6962 root hash>\nchain-head <base64>\nsigned-at <RFC 3339 UTC>\n
/// signed by the workspace's Ed25519 key. It anchors the log outside the database.
struct Checkpoint
{
    qint64 id = 0; ///< row id in the workspace (0 for one read from a file)
    QString origin; ///< "countersign/<workspace id>"; also the signing key's name
    qint64 size = 0; ///< number of events covered: seq 1..size
    QByteArray rootHash; ///< RFC 6962 Merkle tree hash over their leaf hashes
    QByteArray chainHead; ///< chain hash of event `size`
    qint64 signedAtMs = 0;
    QByteArray note; ///< the whole signed note, as stored or read

    /// The note body (text that is signed).
    QByteArray body() const;
    /// Parses a note body; `source` names the file or record in errors.
    static Result<Checkpoint> parseBody(const QByteArray& text, const QString& source);
    static QString originFor(const QString& workspaceId);
};

} // namespace cs
