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
    bool groups = false; ///< report the metrics per group (the data were read with a group column)
    int threads = 0;
};

/// A number as the reports write it: null when it does not exist or is not finite.
QJsonValue jsonNumber(const std::optional<double>& v);

/// Every statistic of a comparison as one JSON object, computed once here for every view: `stats compare` prints
/// it, and a change request's evidence freezes it. Holds n, positives, negatives, both models' metrics with their
/// intervals, McNemar, DeLong, Newcombe's interval for the accuracy difference and the non-inferiority decision,
/// and with a group column the metrics per group (in order of the group's value). Numbers that do not exist (an AUC
/// without positives) are null. Sorts and frees the rows of `data`.
QJsonObject compareReport(ComparisonData& data, const ReportOptions& options);

} // namespace cs::stats
