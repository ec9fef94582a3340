#pragma once

#include "commands/RegistryCommands.h"
#include "records/DatasetRecords.h"
#include "records/ModelRecords.h"
#include "registry/VersionDiff.h"
#include "util/Result.h"

#include <optional>

namespace cs {

class Database;
class Workspace;

/// Reads the model registry and the datasets for the window and the command line. Read-only.
class RegistryQuery
{
public:
    explicit RegistryQuery(Workspace& workspace);

    Result<QList<Model>> models();
    Result<std::optional<Model>> model(const QString& name);
    Result<QList<ModelVersion>> versions(const QString& modelName);
    Result<std::optional<ModelVersion>> version(const QString& modelName, const QString& label);
    Result<std::optional<ModelVersion>> versionById(qint64 id);
    Result<QList<EvidenceAttachment>> versionAttachments(qint64 versionId);
    /// The history of one metric of a version, in logging order.
    Result<QList<MetricPoint>> metricHistory(qint64 versionId, const QString& key);
    /// What changed between two versions of a model.
    Result<VersionDiff> diff(const QString& model, const QString& from, const QString& to);
    /// The labels of `versions` not yet in the workspace with this evidence (a re-import of them changes nothing).
    Result<QStringList> pendingImports(const QString& modelName, const QList<VersionImport>& versions);

    Result<QList<Dataset>> datasets();
    Result<std::optional<Dataset>> dataset(const QString& name);
    Result<QList<DatasetFile>> datasetFiles(qint64 datasetId);
    /// The prediction sets of a dataset (of one version when `versionId` is not 0).
    Result<QList<PredictionSet>> predictionSets(qint64 datasetId, qint64 versionId = 0);
    Result<QList<EvidenceAttachment>> datasetAttachments(qint64 datasetId);

private:
    Database& m_db;
};

} // namespace cs
