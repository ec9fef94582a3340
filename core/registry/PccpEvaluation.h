#pragma once

#include "pccp/PccpRule.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace cs {

/// What one rule gave on one change request's frozen evidence: the verdict, and per place it was read (the whole
/// dataset, or each subgroup) the number read, the interval's other end where one decides, and the verdict there.
struct RuleOutcome
{
    struct Reading
    {
        QString dataset; ///< the dataset's name
        QString scope; ///< empty for the whole dataset, else "column = value"
        std::optional<double> value; ///< the number the rule reads (none: not evaluable)
        std::optional<double> otherEnd; ///< for an interval bound: the interval's other end
        qint64 positives = 0;
        RuleVerdict verdict = RuleVerdict::NotEvaluable;
        QString note; ///< why it is not evaluable
        bool inScope = true; ///< false: a subgroup with fewer positives than the rule asks, outside its scope
    };
    QString ruleId;
    RuleVerdict verdict = RuleVerdict::NotEvaluable;
    QList<Reading> readings;

    QJsonObject toJson() const;
};

/// Evaluates `rule` on a change request's frozen evidence (ChangeRequestEvidence::compute). Each place the rule
/// reads gets a verdict: an interval bound that meets the bound passes; one that does not fails when the interval's
/// other end does not meet it either and is inconclusive when it does (the interval straddles the bound); a point
/// value passes or fails. The rule's verdict is the worst of its places (fail, then inconclusive, then not
/// evaluable), not evaluable when it reads no place at all. A drift rule is not evaluable on validation evidence.
RuleOutcome evaluateRule(const PccpRule& rule, const QJsonObject& evidence);

/// Evaluates a real-world monitoring rule of a performance metric on a production window's frozen performance
/// (WindowPerformance::compute): the version's value or interval bound, overall or in every group of the rule's
/// subgroup column with at least its minimum of positives, with the same verdicts. A paired statistic (a difference,
/// a McNemar p-value) is not evaluable, a window having no comparator; nor is anything on a window without labels
/// (null performance).
RuleOutcome evaluateOnWindow(const PccpRule& rule, const QJsonValue& performance, const QString& window);

} // namespace cs
