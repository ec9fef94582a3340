#include "RegistryQuery.h"

#include "store/DatasetTables.h"
#include "store/RegistryTables.h"
#include "workspace/WorkspaceAccess.h"

namespace cs {

RegistryQuery::RegistryQuery(Workspace& workspace)
    : m_db(WorkspaceAccess::database(workspace))
{ }

Result<QList<Model>> RegistryQuery::models()
{
    return RegistryTable(m_db).models();
}

Result<std::optional<Model>> RegistryQuery::model(const QString& name)
{
    return RegistryTable(m_db).model(name);
}

Result<QList<ModelVersion>> RegistryQuery::versions(const QString& modelName)
{
    return RegistryTable(m_db).versions(modelName);
}

Result<std::optional<ModelVersion>> RegistryQuery::version(const QString& modelName, const QString& label)
{
    return RegistryTable(m_db).version(modelName, label);
}

Result<std::optional<ModelVersion>> RegistryQuery::versionById(qint64 id)
{
    return RegistryTable(m_db).versionById(id);
}

Result<QList<EvidenceAttachment>> RegistryQuery::versionAttachments(qint64 versionId)
{
    return RegistryTable(m_db).attachments(versionId);
}

Result<QList<MetricPoint>> RegistryQuery::metricHistory(qint64 versionId, const QString& key)
{
    return RegistryTable(m_db).metricHistory(versionId, key);
}

Result<VersionDiff> RegistryQuery::diff(const QString& model, const QString& from, const QString& to)
{
    return VersionDiff::load(m_db, model, from, to);
}

Result<QStringList> RegistryQuery::pendingImports(const QString& modelName, const QList<VersionImport>& versions)
{
    return ImportModelVersionsCommand::pending(m_db, modelName, versions);
}

Result<QList<Dataset>> RegistryQuery::datasets()
{
    return DatasetTable(m_db).datasets();
}

Result<std::optional<Dataset>> RegistryQuery::dataset(const QString& name)
{
    return DatasetTable(m_db).dataset(name);
}

Result<QList<DatasetFile>> RegistryQuery::datasetFiles(qint64 datasetId)
{
    return DatasetTable(m_db).files(datasetId);
}

Result<QList<PredictionSet>> RegistryQuery::predictionSets(qint64 datasetId, qint64 versionId)
{
    return DatasetTable(m_db).predictionSets(datasetId, versionId);
}

Result<QList<EvidenceAttachment>> RegistryQuery::datasetAttachments(qint64 datasetId)
{
    return DatasetTable(m_db).attachments(datasetId);
}

} // namespace cs
