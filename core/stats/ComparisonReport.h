#pragma once

#include "stats/Comparison.h"

#include <QJsonObject>
#include <QJsonValue>

#include <optional>

namespace cs::stats {

/// What a comparison report is computed with.
struct ReportOptions
{
    double alpha = 0.05;
    double margin = 0.05; ///< non-inferiority margin on accuracy
    double thresholds[2] = {0.5, 0.5}; ///< reference, candidate
    bool groups = false; ///< report the metrics per group (the data were read with one or more group columns)
    qint64 gapMinimumPositives = 0; ///< the largest gaps between groups count only groups with this many positives
    int threads = 0;
};

/// A number as the reports write it: null when it does not exist or is not finite.
QJsonValue jsonNumber(const std::optional<double>& v);

/// One model's metrics as the reports write them: auc, sensitivity, specificity, ppv, npv and accuracy as {value,
/// ci_low, ci_high}, brier, and the confusion counts {tp, fp, tn, fn}.
QJsonObject performanceJson(const Performance& p);

/// Every statistic of a comparison as one JSON object, computed once here for every view: `stats compare` prints
/// it, and a change request's evidence freezes it. Holds n, positives, negatives, both models' metrics with their
/// intervals, McNemar on all samples, on the positives and on the negatives, DeLong, Newcombe's intervals for the
/// differences in accuracy, sensitivity and specificity, the non-inferiority decision on accuracy, both models'
/// calibration (ten bins, ECE) and thinned ROC curves, and with a group column the metrics and paired differences
/// per group (in order of the group's value) and the largest gap of each metric between groups. Numbers that do not
/// exist (an AUC without positives) are null. With several group columns, "groups" and "largest_gaps" are the
/// first column's and "by_grouping" lists every column's, in the order read. Sorts and frees the rows of `data`.
QJsonObject compareReport(ComparisonData& data, const ReportOptions& options);

} // namespace cs::stats
