#pragma once

#include "importers/MlflowEvidence.h"
#include "util/Result.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace cs {

/// Reads an MLflow file store (a `mlruns/` folder) as MLflow 2 and MLflow 3 write it, without ever writing to it.
/// Every malformed file gives an error naming the file, and the line for metric files and YAML; fields this version
/// does not know are kept in the evidence, never a reason to refuse.
class MlflowFileStore
{
public:
    static Result<MlflowFileStore> open(const QString& mlrunsDir);
    const QString& root() const { return m_root; }

    /// Names of the registered models, sorted.
    Result<QStringList> models() const;
    /// Registered version labels of a model, numerically ordered (deleted versions left out).
    Result<QStringList> versions(const QString& model) const;
    /// Reads one registered version with its run and artifact digests. `cancelled` is polled between files.
    Result<MlflowVersionEvidence> read(const QString& model, const QString& version,
                                       const std::function<bool()>& cancelled = {}) const;

private:
    Result<MlflowRun> readRun(const QString& runId) const;
    /// The MLflow 3 logged model `modelId`, searched in every experiment's models/ folder; `folder` receives the
    /// local folder of its files (its artifact_location, or its standard place in the store when the store moved).
    Result<MlflowLoggedModel> readLoggedModel(const QString& modelId, QString* folder) const;
    QString m_root;
};

} // namespace cs
