#pragma once

#include "records/DriftRecords.h"
#include "store/CoreInternal.h"
#include "store/Database.h"
#include "store/WriteAccess.h"

#include <QList>

#include <memory>
#include <optional>
#include <vector>

namespace cs {

/// dataset_feature and feature_chunk: a dataset's feature columns. Append-only.
class FeatureTable
{
public:
    explicit FeatureTable(Database& db)
        : m_db(db)
    { }
    Status insert(const WriteAccess& write, const DatasetFeature& feature); ///< with feature.id chosen by the caller
    /// The dataset's features in their order.
    Result<QList<DatasetFeature>> features(qint64 datasetId);
    /// How many features every dataset has together.
    Result<qint64> count();
    /// A feature's values in row order (from row 0, one a row of the file that stored it); a damaged chunk is an
    /// error.
    Result<std::vector<double>> values(const DatasetFeature& feature);
    /// Calls `visit(bytes)` for each stored chunk of a feature, in row order (what its digest covers).
    Status forEachChunk(qint64 featureId, const std::function<void(std::string_view)>& visit);

private:
    Database& m_db;
};

/// drift_run, drift_alert and drift_alert_decision. Append-only.
class DriftTable
{
public:
    explicit DriftTable(Database& db)
        : m_db(db)
    { }
    Result<qint64> insertRun(const WriteAccess& write, const DriftRun& run, qint64 windowId, qint64 referenceId);
    Result<qint64> insertAlert(const WriteAccess& write, const DriftAlert& alert);
    Result<qint64> insertDecision(const WriteAccess& write, const AlertDecision& decision);

    /// Every run, oldest first (of one model when `model` is given).
    Result<QList<DriftRun>> runs(const QString& model = {});
    Result<std::optional<DriftRun>> run(qint64 id);
    /// Every alert, oldest first.
    Result<QList<DriftAlert>> alerts();
    Result<std::optional<DriftAlert>> alert(qint64 id);
    Result<std::optional<DriftAlert>> alertOfRun(qint64 runId);
    /// Every decision on `alertId` (every decision on every alert when 0), oldest first.
    Result<QList<AlertDecision>> decisions(qint64 alertId = 0);

private:
    Result<QList<DriftRun>> selectRuns(const QString& where, const QVariantList& binds);
    Result<QList<DriftAlert>> selectAlerts(const QString& where, const QVariantList& binds);
    Database& m_db;
};

} // namespace cs
