#pragma once

#include "importers/MlflowFileStore.h"

#include <QTemporaryDir>

#include <memory>

namespace cs {

/// Reads an MLflow SQL store (`mlflow.db`, SQLite) opened read-only: the same evidence as the file store, from the
/// tables registered_models, model_versions, model_version_tags, registered_model_aliases, experiments, runs,
/// params, metrics (NaN stored as 0 with is_nan = 1, infinities as +-1.7976931348623157e308), tags, datasets and
/// inputs.
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
    struct Budget;
    QString m_path;
    QString m_connection;
    QStringList m_tables;
    std::unique_ptr<Budget> m_budget;
    std::unique_ptr<QTemporaryDir> m_copy; ///< a copy read instead, when the store has a write-ahead log
};

} // namespace cs
