#pragma once

#include "records/AuditReview.h"
#include "records/Checkpoint.h"
#include "store/CoreInternal.h"
#include "store/Database.h"
#include "store/WriteAccess.h"

#include <QHash>

#include <optional>

namespace cs {

/// workspace_meta: identity written once at creation (id, public key, origin, flags). Append-only.
class MetaTable
{
public:
    explicit MetaTable(Database& db)
        : m_db(db)
    { }
    Status insert(const WriteAccess& write, const QString& key, const QString& value);
    Result<QHash<QString, QString>> all();

private:
    Database& m_db;
};

/// setting: the current value of each workspace setting changed from its default (as JSON text).
class SettingTable
{
public:
    explicit SettingTable(Database& db)
        : m_db(db)
    { }
    Status upsert(const WriteAccess& write, const QString& key, const QByteArray& valueJson, qint64 atMs,
                  const QString& by);
    Result<QHash<QString, QByteArray>> all();

private:
    Database& m_db;
};

/// audit_review: recorded audit-trail reviews. Append-only.
class ReviewTable
{
public:
    explicit ReviewTable(Database& db)
        : m_db(db)
    { }
    /// Inserts and returns the new id.
    Result<qint64> insert(const WriteAccess& write, const AuditReview& review);
    Result<QList<AuditReview>> all();
    Result<std::optional<AuditReview>> last();
    Result<std::optional<AuditReview>> byId(qint64 id);
    /// The events no review covers yet: after the last review's range, up to the latest event (none when the last
    /// review reaches the latest event).
    Result<std::optional<std::pair<qint64, qint64>>> unreviewed();

private:
    Database& m_db;
};

/// audit_checkpoint: signed checkpoints of the audit log. Append-only.
class CheckpointTable
{
public:
    explicit CheckpointTable(Database& db)
        : m_db(db)
    { }
    Result<qint64> insert(const WriteAccess& write, const Checkpoint& checkpoint, const QString& createdBy);
    /// All stored checkpoints in the order they were written.
    Result<QList<Checkpoint>> all();
    Result<std::optional<Checkpoint>> latest();

private:
    Database& m_db;
};

} // namespace cs
