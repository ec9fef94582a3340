#pragma once

#include "records/ModelRecords.h"
#include "store/CoreInternal.h"
#include "store/Database.h"
#include "store/WriteAccess.h"

#include <QList>

#include <optional>

namespace cs {

/// model, model_version, model_metric and lifecycle_transition: the registry. Evidence columns of a version never
/// change (a trigger refuses it); only its lifecycle state does, each move recorded in lifecycle_transition.
class RegistryTable
{
public:
    explicit RegistryTable(Database& db)
        : m_db(db)
    { }
    Status insertModel(const WriteAccess& write, const Model& model);
    Result<std::optional<Model>> model(const QString& name);
    Result<QList<Model>> models();
    /// Changes what a model is for and who answers for it (name and creation stay).
    Status updateModel(const WriteAccess& write, const Model& model);

    Result<qint64> insertVersion(const WriteAccess& write, const ModelVersion& version);
    Result<std::optional<ModelVersion>> version(const QString& modelName, const QString& label);
    Result<std::optional<ModelVersion>> versionById(qint64 id);
    Result<QList<ModelVersion>> versions(const QString& modelName);
    Status setState(const WriteAccess& write, qint64 versionId, LifecycleState state);
    Status insertTransition(const WriteAccess& write, qint64 versionId, LifecycleState from, LifecycleState to,
                            const QString& reason, qint64 atMs, const QString& by);

    Result<QList<EvidenceAttachment>> attachments(qint64 versionId);

    Status insertMetrics(const WriteAccess& write, qint64 versionId, const QList<MetricPoint>& points);
    /// The history of one metric of a version, in logging order.
    Result<QList<MetricPoint>> metricHistory(qint64 versionId, const QString& key);

private:
    Database& m_db;
};

} // namespace cs
