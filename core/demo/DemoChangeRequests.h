#pragma once

#include "records/ChangeRequest.h"

#include <QString>

/// The demo's change requests (docs/demo.md): what the data scientist wrote for each of the four versions of
/// sepsis-risk. The validation plans are the hospital's protocol VP-2026-07: the locked validation set and the
/// challenge set, each version's operating threshold (chosen on the tuning set for a sensitivity of about three in
/// four while alerting on about a third of admissions or fewer), non-inferiority margins of 5 points (sensitivity,
/// specificity, accuracy) and 2 points of AUC, and verdicts per age band and sex.
namespace cs::DemoChangeRequests {

/// The operating threshold of a demo version: a score at or above it raises an alert. Versions 3 and 4 are
/// calibrated (isotonic) and alert from 0.07; versions 1 and 2 from 0.10.
double thresholdOf(const QString& version);
/// Why the author submits the request for `candidate` although its plan has little power at some margin (empty: the
/// plan has enough power everywhere).
QString lowPowerNote(const QString& candidate);

/// Version 1's first release (no baseline).
ChangeRequestContent firstRelease();
/// Version 2 replacing version 1: rejected for worse sensitivity in the over-75s.
ChangeRequestContent deeperTrees();
/// Version 3 replacing version 1: approved and released.
ChangeRequestContent lactateTrend();
/// Version 4 replacing version 3: the scheduled re-training, left waiting for a QA decision.
ChangeRequestContent retraining();

} // namespace cs::DemoChangeRequests
