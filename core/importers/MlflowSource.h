#pragma once

#include "importers/MlflowFileStore.h"
#include "importers/MlflowSqlStore.h"

#include <memory>
#include <optional>

namespace cs {

/// Either kind of MLflow store (a `mlruns` folder or an `mlflow.db`) behind one set of calls, for the CLI, the
/// import window and the demo.
class MlflowSource
{
public:
    static Result<std::unique_ptr<MlflowSource>> openFileStore(const QString& mlrunsDir);
    static Result<std::unique_ptr<MlflowSource>> openDatabase(const QString& dbPath);

    /// Where the store is (the mlruns folder or the database file).
    QString location() const;
    Result<QStringList> models();
    Result<QStringList> versions(const QString& model);
    Result<MlflowVersionEvidence> read(const QString& model, const QString& version,
                                       const std::function<bool()>& cancelled = {});

private:
    MlflowSource() = default;
    std::optional<MlflowFileStore> m_files;
    std::unique_ptr<MlflowSqlStore> m_database;
};

} // namespace cs
