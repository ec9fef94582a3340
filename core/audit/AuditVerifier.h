#pragma once

#include "audit/VerificationReport.h"
#include "crypto/Ed25519Key.h"

#include <functional>

namespace cs {

class Database;

/// Recomputes the whole audit trail of a workspace and compares it with every stored checkpoint and with any
/// checkpoint files given. Streams the events: memory stays O(log n + checkpoints) for any log size.
class AuditVerifier
{
public:
    AuditVerifier(Database& db, QString workspaceId, Ed25519PublicKey workspaceKey);

    /// Also check the log against a checkpoint note read from a file (`source` names it in findings).
    void addCheckpointFile(const QString& source, const QByteArray& note);
    /// Called every few thousand events with (events done, events expected); return false to cancel.
    void setProgress(std::function<bool(qint64, qint64)> progress) { m_progress = std::move(progress); }

    /// Integrity problems are findings in the report; an Error means the store could not be read, or Cancelled.
    Result<VerificationReport> run();

private:
    struct Target;
    class Walk;
    Database& m_db;
    QString m_workspaceId;
    Ed25519PublicKey m_key;
    QList<std::pair<QString, QByteArray>> m_files;
    std::function<bool(qint64, qint64)> m_progress;
};

} // namespace cs
