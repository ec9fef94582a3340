#pragma once

#include <QString>

namespace cs::test {

/// Writes an MLflow file store the way MLflow 2.x lays it out, for importer tests: experiment 1 "sepsis-risk"
/// with three runs, and the registered model "sepsis-risk" with versions 1 (Archived), 2 (Production, alias
/// "champion") and 3 (source on a remote artifact store). Run 2 logs a NaN loss and status 3 (FINISHED).
struct MlflowFixture
{
    static inline const QString Model = QStringLiteral("sepsis-risk");
    static inline const QString Run1 = QStringLiteral("0a1b2c3d4e5f60718293a4b5c6d7e8f9");
    static inline const QString Run2 = QStringLiteral("1b2c3d4e5f60718293a4b5c6d7e8f90a");
    static inline const QString Run3 = QStringLiteral("2c3d4e5f60718293a4b5c6d7e8f90a1b");
    static inline const QString Commit2 = QStringLiteral("9f2c4e1d0b8a7c6e5d4f3a2b1c0d9e8f7a6b5c4d");

    /// Writes the store under `dir` and returns the path of its mlruns folder.
    static QString write(const QString& dir, const QString& model = QStringLiteral("sepsis-risk"));
    /// Writes an MLflow SQL store (`mlflow.db`) in `dir` holding the same registry and runs as write() did under
    /// `mlruns` (artifacts stay in that file store). NaN is stored as value 0 with is_nan 1, as MLflow does.
    /// Returns the path of the database.
    static QString writeSqlStore(const QString& dir, const QString& mlruns,
                                 const QString& model = QStringLiteral("sepsis-risk"));
    /// Writes `text` to `path` (creating folders), replacing what was there.
    static void put(const QString& path, const QByteArray& text);
};

} // namespace cs::test
