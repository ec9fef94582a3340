#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace cs::DemoSources {

/// Where the demo's sources were written: what an ML team keeps, for the demo to import through the importers.
struct Paths
{
    QString root;
    QString mlruns; ///< MLflow file store with experiment "sepsis-risk", 4 runs and registered versions 1-4
    QString repo; ///< git repository of the training code, one commit per version
    QStringList commits; ///< the commit of versions 1 to 4
    QString dvcLock; ///< the training pipeline's dvc.lock at version 3
    QString validation; ///< locked validation set: 5,000 synthetic patients, labels, scores of versions 1-4
    QString challenge; ///< challenge set: 1,200 older, sicker synthetic patients
    QString expectations; ///< Great Expectations (1.x) validation result of the validation set
    /// Drift monitoring: the reference (encounters of the validation period) and six monthly production windows,
    /// each with the eight monitored features and version 3's score; from the fourth window on, the laboratory's
    /// new lactate assay reads about a quarter higher.
    QString driftReference;
    QStringList windows;
    QString pccp; ///< the sepsis model's PCCP as regulatory affairs keep it (resources/demo/sepsis-risk-pccp.yaml)
};

/// The demo's PCCP, the bytes of resources/demo/sepsis-risk-pccp.yaml (built into the core).
QByteArray pccpYaml();

/// The features the demo monitors, as the window files name them.
QStringList monitoredFeatures();
/// The window in which the new lactate assay starts (1-based).
constexpr int kAssayChangeWindow = 4;

/// Writes the demo's sources under `dir` (which must not exist), dated relative to `startMs`. Deterministic: the same
/// call writes the same patients and scores. All patients are synthetic; there are no identifiers in any file.
Result<Paths> write(const QString& dir, qint64 startMs);

} // namespace cs::DemoSources
