#pragma once

#include "records/DriftRecords.h"
#include "util/Result.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace cs {

class Database;
struct PccpRecord;

/// What a drift run compares: a production window of a model with a reference (docs/drift.md).
struct DriftRunRequest
{
    QString model;
    QString window; ///< a production-window dataset
    QString reference; ///< a drift-reference, validation or challenge dataset
    QString version; ///< whose scores are compared; empty: the version in production
    int bins = 10; ///< PSI bins on reference quantiles, as `stats drift --bins`
    /// A run whose share of drifted features reaches this raises an alert (Evidently's dataset-drift default).
    double driftShareThreshold = 0.5;
    /// On a labelled window, the threshold the version's performance is measured at; none: the one it was released
    /// at (WindowPerformance::releaseThreshold).
    std::optional<double> threshold;
    qint64 minimumPositives = 20; ///< a subgroup counts in the largest gaps from this many positives
};

/// A drift run computed from stored data, ready to freeze: the content (docs/drift.md lists its fields) and the
/// breaches that raise an alert (empty: none).
struct DriftComputation
{
    QJsonObject content;
    QJsonArray reasons;
    qint64 windowId = 0;
    qint64 referenceId = 0;
    QString version;
};

namespace DriftMonitor {
/// Compares the window's features with the reference's, feature by feature, with the engine and defaults of
/// `stats drift` (the same numbers as `stats drift --columns FEATURES` on the two source files, Holm's adjustment
/// across the features), and the version's scores on both (prediction drift). A feature drifts for the alert when
/// its Holm-adjusted p-value (or its distance, for distance methods) crosses the method's threshold. Breaches: each
/// drifted feature, the drifted share reaching the threshold, drifted scores, and each real-world monitoring rule
/// of the PCCP in force that fails. Refuses, naming it, a dataset of the wrong role, a reference feature the window
/// lacks, and a feature numeric in one dataset and categorical in the other.
Result<DriftComputation> compute(Database& db, const DriftRunRequest& request, const std::optional<PccpRecord>& pccp);

/// The status of an alert from its decisions: open, acknowledged or change-request.
QString alertStatus(const QList<AlertDecision>& decisions);
} // namespace DriftMonitor

} // namespace cs
