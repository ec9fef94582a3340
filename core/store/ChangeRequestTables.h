#pragma once

#include "records/ChangeRequest.h"
#include "store/CoreInternal.h"
#include "store/Database.h"
#include "store/WriteAccess.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace cs {

/// change_request, change_request_revision and change_request_move (docs/change-requests.md). A request and its
/// moves are append-only; a revision changes only while it is a draft (a trigger refuses any change once locked).
/// The request's state is the last move's, or draft when it has none.
class ChangeRequestTable
{
public:
    explicit ChangeRequestTable(Database& db)
        : m_db(db)
    { }
    /// The next free id of the year: "CR-2026-0001", then "CR-2026-0002", ...
    Result<QString> nextId(int year);
    /// Inserts the request and its first revision; returns the revision's row id.
    Result<qint64> insert(const WriteAccess& write, const ChangeRequestRecord& request);
    /// Adds revision `request.revision` (after a return); returns its row id.
    Result<qint64> insertRevision(const WriteAccess& write, const ChangeRequestRecord& request, qint64 atMs,
                                  const QString& by);
    /// Replaces the content of a draft revision.
    Status updateRevision(const WriteAccess& write, const ChangeRequestRecord& request, qint64 atMs, const QString& by);
    /// Locks a revision: from now on its plan and text cannot change.
    Status lockRevision(const WriteAccess& write, qint64 revisionId);
    Result<qint64> insertMove(const WriteAccess& write, const QString& requestId, const ChangeRequestMove& move);

    /// The request with its latest revision and current state, if there is one with that id.
    Result<std::optional<ChangeRequestRecord>> byId(const QString& id);
    /// A given revision of a request.
    Result<std::optional<ChangeRequestRecord>> revision(const QString& id, int revision);
    /// Every request, newest first.
    Result<QList<ChangeRequestRecord>> all();
    Result<QList<ChangeRequestMove>> moves(const QString& id);
    /// Freezes a revision's validation evidence (canonical JSON and its SHA-256); returns the row id.
    Result<qint64> insertEvidence(const WriteAccess& write, const QString& id, int revision,
                                  const QByteArray& canonicalJson, const QString& sha256, qint64 atMs,
                                  const QString& by);
    /// The frozen evidence of a revision: its row id, JSON and SHA-256, if it was evaluated.
    struct Evidence
    {
        qint64 rowId = 0;
        QJsonObject json;
        QString sha256;
        qint64 computedAtMs = 0;
        QString computedBy;
    };
    Result<std::optional<Evidence>> evidence(const QString& id, int revision);

private:
    Result<std::optional<ChangeRequestRecord>> read(const QString& where, const QVariantList& binds);
    Database& m_db;
};

} // namespace cs
