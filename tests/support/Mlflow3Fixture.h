#pragma once

#include <QString>
#include <QStringList>

namespace cs::test {

/// Writes an MLflow 3 store the way MLflow 3 (file_store.py, dbmodels/models.py of MLflow 3.x) lays it out, for the
/// importer tests: experiment 1 "sepsis-risk" with three logistic-regression runs A, B and C, each producing one
/// logged model (mlruns/1/models/m-ID/) that holds the model files while the run's own artifacts hold only its
/// configuration. Metrics on the test set are linked to the dataset (five-field run metric lines, six-field logged
/// model metric lines); val_loss is not (four-field logged model lines). The registered model "sepsis-risk" has
/// version 1 (Archived, source runs:/A/model), 2 (Production, alias "champion", source models:/m-B) and 3 (None,
/// alias "challenger", source models:/m-C, a deployment_job_id field this reader does not know). Run C used model B
/// as its input.
struct Mlflow3Fixture
{
    static inline const QString Model = QStringLiteral("sepsis-risk");
    static inline const QString RunA = QStringLiteral("3a9f0c2e7b1d4e6f8a0b2c4d6e8f0a1b");
    static inline const QString RunB = QStringLiteral("4b0a1d3f8c2e5f7a9b1c3d5e7f9a0b2c");
    static inline const QString RunC = QStringLiteral("5c1b2e4a9d3f6a8b0c2d4e6f8a0b1c3d");
    static inline const QString ModelA = QStringLiteral("m-0f3c9e2a7b6d4c1e8f5a2b9c0d7e6f14");
    static inline const QString ModelB = QStringLiteral("m-1a4d0f3b8c7e5d2f9a6b3c0d1e8f7a25");
    static inline const QString ModelC = QStringLiteral("m-2b5e1a4c9d8f6e3a0b7c4d1e2f9a8b36");
    static inline const QString TestSet = QStringLiteral("icu-vitals-v3-test");
    static inline const QString TestDigest = QStringLiteral("cacab34a");
    static inline const QString CommitB = QStringLiteral("7c3e9a1f5b2d8e4a6c0f1b3d5e7a9c2e4f6a8b0d");
    /// The files of every logged model, relative to its artifacts/ folder.
    static QStringList modelFiles();

    /// Writes the file store under `dir` and returns the path of its mlruns folder; `model` names the registered model.
    static QString write(const QString& dir, const QString& model = QStringLiteral("sepsis-risk"));
    /// Writes `mlflow.db` in `dir` with the same runs, logged models and registry; the files stay in `mlruns`
    /// (artifact locations point there, as MLflow run without a server records them). Returns the database path.
    static QString writeSqlStore(const QString& dir, const QString& mlruns,
                                 const QString& model = QStringLiteral("sepsis-risk"));
};

} // namespace cs::test
