#pragma once

#include "registry/ModelRecords.h"
#include "store/Database.h"

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
    Status insertModel(const Model& model);
    Result<std::optional<Model>> model(const QString& name);
    Result<QList<Model>> models();
    /// Changes what a model is for and who answers for it (name and creation stay).
    Status updateModel(const Model& model);

    Result<qint64> insertVersion(const ModelVersion& version);
    Result<std::optional<ModelVersion>> version(const QString& modelName, const QString& label);
    Result<std::optional<ModelVersion>> versionById(qint64 id);
    Result<QList<ModelVersion>> versions(const QString& modelName);
    Status setState(qint64 versionId, LifecycleState state);
    Status insertTransition(qint64 versionId, LifecycleState from, LifecycleState to, const QString& reason,
                            qint64 atMs, const QString& by);

    Result<qint64> insertAttachment(const EvidenceAttachment& attachment);
    Result<QList<EvidenceAttachment>> attachments(qint64 versionId);

    Status insertMetrics(qint64 versionId, const QList<MetricPoint>& points);
    /// The history of one metric of a version, in logging order.
    Result<QList<MetricPoint>> metricHistory(qint64 versionId, const QString& key);

private:
    Database& m_db;
};

} // namespace cs
