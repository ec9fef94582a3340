#pragma once

#include "importers/MlflowFileStore.h"

#include <QTemporaryDir>

#include <memory>

namespace cs {

/// Reads an MLflow SQL store (`mlflow.db`, SQLite) opened read-only, as MLflow 2 and 3 write it: the same evidence
/// as the file store, from the tables registered_models, model_versions, model_version_tags,
/// registered_model_aliases, experiments, runs, params, metrics (NaN stored as 0 with is_nan = 1, infinities as
/// +-1.7976931348623157e308), tags, datasets, inputs and input_tags, and (MLflow 3) logged_models,
/// logged_model_params, logged_model_metrics and logged_model_tags. Columns this version does not know are kept in
/// the evidence.
class MlflowSqlStore
{
public:
    static Result<std::unique_ptr<MlflowSqlStore>> open(const QString& dbPath);
    ~MlflowSqlStore();
    MlflowSqlStore(const MlflowSqlStore&) = delete;
    MlflowSqlStore& operator=(const MlflowSqlStore&) = delete;

    const QString& path() const { return m_path; }
    Result<QStringList> models();
    Result<QStringList> versions(const QString& model);
    Result<MlflowVersionEvidence> read(const QString& model, const QString& version,
                                       const std::function<bool()>& cancelled = {});

private:
    MlflowSqlStore() = default;
    Result<MlflowRun> readRun(const QString& runId);
    /// MLflow 3: the logged models a run used and produced, and the datasets of its metrics logged to a model.
    Status readRunModels(MlflowRun& run);
    /// MLflow 3: the logged model `modelId` from logged_models and its params, tags and metrics; `folder` receives
    /// the local folder of its files.
    Result<MlflowLoggedModel> readLoggedModel(const QString& modelId, QString* folder);
    struct Budget;
    QString m_path;
    QString m_connection;
    QStringList m_tables;
    std::unique_ptr<Budget> m_budget;
    std::unique_ptr<QTemporaryDir> m_copy; ///< a copy read instead, when the store has a write-ahead log
};

} // namespace cs
