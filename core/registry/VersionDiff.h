#pragma once

#include "records/ModelRecords.h"
#include "util/EnumNames.h"
#include "util/Result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace cs {

class Database;

/// One difference between two versions' evidence.
struct DiffEntry
{
    enum class Kind
    {
        Added,
        Removed,
        Changed,
    };
    QString section; ///< params, metrics, tags, registry, code, artifacts, inputs; MLflow 3: logged model, model
                     ///< params, model metrics, model tags
    QString key; ///< dotted path for structured values: "optimizer.lr", "layers[2]"
    Kind kind = Kind::Changed;
    QJsonValue before;
    QJsonValue after;
    QString lineDiff; ///< for text files (configuration): a unified diff
};

/// What differs between two versions of a model: parameters and config (structurally, for values that are JSON
/// objects or arrays), latest metrics (per dataset where MLflow 3 links them), tags, registry stage and aliases, code
/// commit, artifact digests, dataset inputs and (MLflow 3) the logged model, its params, metrics and tags. Used by the
/// CLI, the window and (later) the change-control reports.
struct VersionDiff
{
    QString model;
    QString from;
    QString to;
    QList<DiffEntry> entries;

    QList<DiffEntry> section(const QString& name) const;
    QJsonObject toJson() const;
    /// Reads what toJson() wrote (a change request's frozen evidence keeps the difference it was reviewed with).
    static VersionDiff fromJson(const QJsonObject& json);

    static VersionDiff between(const ModelVersion& from, const ModelVersion& to);
    /// Reads both versions of `model` from the workspace and compares them with their attached evidence.
    static Result<VersionDiff> load(Database& db, const QString& model, const QString& from, const QString& to);
    /// Adds what the versions' attached evidence shows: the code commits' author and summary, a line diff of each
    /// configuration file recorded for both (from `import git --config`), and the digest of every file their
    /// dvc.lock files name ("data", by path) when both have one.
    void addAttachments(const QList<EvidenceAttachment>& older, const QList<EvidenceAttachment>& newer);
    /// The content of the latest attachment of `kind` in `list` (empty when there is none).
    static QJsonObject latestAttachment(const QList<EvidenceAttachment>& list, const QString& kind);
    /// Every file a dvc.lock's stages read or wrote, by path, with its digest ("md5:…").
    static QJsonObject lineageDigests(const QJsonObject& dvcLock);
    /// The structural difference of two JSON values below `prefix` (objects by key, arrays by index).
    static QList<DiffEntry> compareValues(const QString& section, const QString& prefix, const QJsonValue& before,
                                          const QJsonValue& after);
};

/// "added", "removed", "changed"
template<>
struct EnumNames<DiffEntry::Kind>
{
    static constexpr const char* context = "cs::DiffEntry";
    static constexpr EnumName<DiffEntry::Kind> table[] = {
        {DiffEntry::Kind::Added, "added", nullptr},
        {DiffEntry::Kind::Removed, "removed", nullptr},
        {DiffEntry::Kind::Changed, "changed", nullptr},
    };
};

} // namespace cs
