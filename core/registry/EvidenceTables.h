#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace cs {

/// The tables of frozen change-request evidence as every view prints them (the window, `cr show`, the package): the
/// numbers are the evidence's, only rounded for reading. Rates in percent to one decimal, AUC, Brier score and
/// expected calibration error to three decimals, paired differences in percentage points with their intervals.
namespace EvidenceTables {

/// A table of text: a header and rows of the same width.
struct TextTable
{
    QStringList header;
    QList<QStringList> rows;
    /// Tab-separated lines, header first (what copying a table gives a spreadsheet).
    QString toTsv() const;
};

/// The two versions a table compares: the candidate and its comparator, the baseline (the version in production) or
/// the originally cleared version.
struct Versions
{
    QString comparator; ///< the comparator's version label (empty for a first release)
    QString candidate; ///< the candidate's
    bool cleared = false; ///< the comparator is the originally cleared version, not the baseline
    /// "Baseline v3" or "Cleared v1".
    QString comparatorName() const;
    /// "Baseline" or "Cleared".
    QString comparatorWord() const;
};

/// One dataset's headline table (`dataset` is one entry of the evidence's "datasets"): per metric, the baseline's
/// and the candidate's value with its interval, the paired difference with its interval, the paired test and its
/// p-value, and the verdict at the plan's margin. A first release has the candidate's column only.
TextTable headline(const QJsonObject& dataset, const Versions& versions);

/// The confusion matrix of each version at its threshold: for the baseline then the candidate, a row for the
/// positives and one for the negatives (by label), counted flagged (score at or above the threshold) or not.
TextTable confusion(const QJsonObject& dataset, const Versions& versions);

/// One subgroup column of `dataset`: per value n, positives, both versions' `metric` (sensitivity, specificity,
/// accuracy or auc), the paired difference with its interval and the verdict (not evaluable under the plan's
/// minimum positives).
TextTable subgroups(const QJsonObject& dataset, const Versions& versions, const QString& column, const QString& metric);

/// The PCCP's acceptance rules as the evidence froze them (its "pccp" object, PccpGate::determine): per rule its id,
/// verdict, criterion in words, severity, and every place it was read with the number and that place's verdict. No
/// rows when the request was not evaluated under a modification of a PCCP.
TextTable pccpRules(const QJsonObject& pccp);

} // namespace EvidenceTables

} // namespace cs
