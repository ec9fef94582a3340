#pragma once

#include "util/EnumNames.h"
#include "util/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cs {

/// One acceptance criterion of a PCCP's modification protocol, as data (docs/pccp.md): which number of the frozen
/// validation evidence it reads, where, against which comparator, and the bound it must meet. The same rule is
/// evaluated for the window, the CLI and the package; nothing about it is code.
struct PccpRule
{
    enum class Metric
    {
        Auc,
        Sensitivity,
        Specificity,
        Ppv,
        Npv,
        Accuracy,
        Brier,
        Ece, ///< expected calibration error (ten equal-width bins)
        Psi, ///< drift: the population stability index of `feature` (evaluated on drift runs)
        DriftedShare, ///< drift: the share of features that drifted (evaluated on drift runs)
    };
    /// Which number of the metric the rule reads.
    enum class Statistic
    {
        Value, ///< the candidate's value
        Lower, ///< the lower bound of the candidate's interval
        Upper, ///< its upper bound
        Difference, ///< candidate minus comparator
        DifferenceLower, ///< the lower bound of the paired difference's interval
        DifferenceUpper, ///< its upper bound
        McNemarP, ///< the p-value of McNemar's test on the positives (sensitivity), negatives (specificity) or all
    };
    enum class Scope
    {
        Overall, ///< the whole dataset
        EverySubgroup, ///< every value of `column` with at least `minimumPositives` positives
    };
    enum class Comparator
    {
        Production, ///< the version in production when the request was opened (the evidence's baseline)
        Cleared, ///< the originally cleared version
    };
    enum class Operator
    {
        Greater,
        GreaterOrEqual,
        Less,
        LessOrEqual,
    };
    enum class Severity
    {
        Blocking,
        Advisory,
    };

    QString id; ///< unique within the PCCP, e.g. "R1"
    QString title;
    Metric metric = Metric::Sensitivity;
    Statistic statistic = Statistic::DifferenceLower;
    QString datasetRole = QStringLiteral("validation"); ///< validation or challenge
    Scope scope = Scope::Overall;
    QString column; ///< the subgroup column (Scope::EverySubgroup)
    int minimumPositives = 0; ///< below it a subgroup (or, overall, the dataset) is not evaluable
    Comparator comparator = Comparator::Production;
    Operator op = Operator::Greater;
    double bound = 0;
    Severity severity = Severity::Blocking;
    QString feature; ///< Metric::Psi: the feature
    /// A real-world monitoring rule, read on production windows (set by Pccp for its monitoring list; not written).
    bool onWindows = false;

    /// "sensitivity: lower bound of the difference from production > -0.05 on the validation set, every age_band
    /// with at least 30 positives": the rule in words, as every view shows it.
    QString text() const;
    /// Whether `value` meets the rule's operator and bound.
    bool meets(double value) const;
    /// Whether the rule reads a change request's validation evidence (not a drift run).
    bool readsEvidence() const { return metric != Metric::Psi && metric != Metric::DriftedShare; }

    QJsonObject toJson() const;
    /// Reads a rule written by toJson() (or typed in a PCCP's YAML); every problem is appended to `errors` naming the
    /// field under `where` ("rules[2].bound: ..."), and then the result is not to be used.
    static PccpRule fromJson(const QJsonObject& json, const QString& where, QStringList* errors);
};

/// A rule's outcome.
enum class RuleVerdict
{
    Pass,
    Fail,
    Inconclusive, ///< the interval straddles the bound
    NotEvaluable, ///< too few positives, or the evidence holds no such number (a first release has no difference)
};

template<>
struct EnumNames<PccpRule::Metric>
{
    static constexpr const char* context = "cs::PccpRule";
    static constexpr EnumName<PccpRule::Metric> table[] = {
        {PccpRule::Metric::Auc, "auc", QT_TRANSLATE_NOOP("cs::PccpRule", "AUC")},
        {PccpRule::Metric::Sensitivity, "sensitivity", QT_TRANSLATE_NOOP("cs::PccpRule", "sensitivity")},
        {PccpRule::Metric::Specificity, "specificity", QT_TRANSLATE_NOOP("cs::PccpRule", "specificity")},
        {PccpRule::Metric::Ppv, "ppv", QT_TRANSLATE_NOOP("cs::PccpRule", "PPV")},
        {PccpRule::Metric::Npv, "npv", QT_TRANSLATE_NOOP("cs::PccpRule", "NPV")},
        {PccpRule::Metric::Accuracy, "accuracy", QT_TRANSLATE_NOOP("cs::PccpRule", "accuracy")},
        {PccpRule::Metric::Brier, "brier", QT_TRANSLATE_NOOP("cs::PccpRule", "Brier score")},
        {PccpRule::Metric::Ece, "ece", QT_TRANSLATE_NOOP("cs::PccpRule", "expected calibration error")},
        {PccpRule::Metric::Psi, "psi", QT_TRANSLATE_NOOP("cs::PccpRule", "PSI")},
        {PccpRule::Metric::DriftedShare, "drifted-share",
         QT_TRANSLATE_NOOP("cs::PccpRule", "share of drifted features")},
    };
};

template<>
struct EnumNames<PccpRule::Statistic>
{
    static constexpr const char* context = "cs::PccpRule";
    static constexpr EnumName<PccpRule::Statistic> table[] = {
        {PccpRule::Statistic::Value, "value", QT_TRANSLATE_NOOP("cs::PccpRule", "value")},
        {PccpRule::Statistic::Lower, "lower", QT_TRANSLATE_NOOP("cs::PccpRule", "lower bound")},
        {PccpRule::Statistic::Upper, "upper", QT_TRANSLATE_NOOP("cs::PccpRule", "upper bound")},
        {PccpRule::Statistic::Difference, "difference", QT_TRANSLATE_NOOP("cs::PccpRule", "difference")},
        {PccpRule::Statistic::DifferenceLower, "difference-lower",
         QT_TRANSLATE_NOOP("cs::PccpRule", "lower bound of the difference")},
        {PccpRule::Statistic::DifferenceUpper, "difference-upper",
         QT_TRANSLATE_NOOP("cs::PccpRule", "upper bound of the difference")},
        {PccpRule::Statistic::McNemarP, "mcnemar-p", QT_TRANSLATE_NOOP("cs::PccpRule", "McNemar p-value")},
    };
};

template<>
struct EnumNames<PccpRule::Scope>
{
    static constexpr const char* context = "cs::PccpRule";
    static constexpr EnumName<PccpRule::Scope> table[] = {
        {PccpRule::Scope::Overall, "overall", QT_TRANSLATE_NOOP("cs::PccpRule", "overall")},
        {PccpRule::Scope::EverySubgroup, "every-subgroup", QT_TRANSLATE_NOOP("cs::PccpRule", "every subgroup")},
    };
};

template<>
struct EnumNames<PccpRule::Comparator>
{
    static constexpr const char* context = "cs::PccpRule";
    static constexpr EnumName<PccpRule::Comparator> table[] = {
        {PccpRule::Comparator::Production, "production", QT_TRANSLATE_NOOP("cs::PccpRule", "production")},
        {PccpRule::Comparator::Cleared, "cleared", QT_TRANSLATE_NOOP("cs::PccpRule", "the originally cleared version")},
    };
};

template<>
struct EnumNames<PccpRule::Operator>
{
    static constexpr const char* context = "cs::PccpRule";
    static constexpr EnumName<PccpRule::Operator> table[] = {
        {PccpRule::Operator::Greater, ">", nullptr},
        {PccpRule::Operator::GreaterOrEqual, ">=", nullptr},
        {PccpRule::Operator::Less, "<", nullptr},
        {PccpRule::Operator::LessOrEqual, "<=", nullptr},
    };
};

template<>
struct EnumNames<PccpRule::Severity>
{
    static constexpr const char* context = "cs::PccpRule";
    static constexpr EnumName<PccpRule::Severity> table[] = {
        {PccpRule::Severity::Blocking, "blocking", QT_TRANSLATE_NOOP("cs::PccpRule", "blocking")},
        {PccpRule::Severity::Advisory, "advisory", QT_TRANSLATE_NOOP("cs::PccpRule", "advisory")},
    };
};

template<>
struct EnumNames<RuleVerdict>
{
    static constexpr const char* context = "cs::PccpRule";
    static constexpr EnumName<RuleVerdict> table[] = {
        {RuleVerdict::Pass, "pass", QT_TRANSLATE_NOOP("cs::PccpRule", "PASS")},
        {RuleVerdict::Fail, "fail", QT_TRANSLATE_NOOP("cs::PccpRule", "FAIL")},
        {RuleVerdict::Inconclusive, "inconclusive", QT_TRANSLATE_NOOP("cs::PccpRule", "INCONCLUSIVE")},
        {RuleVerdict::NotEvaluable, "not-evaluable", QT_TRANSLATE_NOOP("cs::PccpRule", "NOT EVALUABLE")},
    };
};

} // namespace cs
