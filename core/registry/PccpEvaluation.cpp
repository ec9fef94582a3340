// Evaluating PCCP acceptance rules on a change request's frozen evidence (docs/pccp.md).
#include "PccpEvaluation.h"

#include "registry/ChangeRequestEvidence.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

namespace cs {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::PccpRule)
};

using Metric = PccpRule::Metric;
using Statistic = PccpRule::Statistic;

bool isBound(Statistic s)
{
    return s == Statistic::Lower || s == Statistic::Upper || s == Statistic::DifferenceLower ||
        s == Statistic::DifferenceUpper;
}

std::optional<double> number(const QJsonValue& v)
{
    if (!v.isDouble() || !std::isfinite(v.toDouble())) {
        return std::nullopt;
    }
    return v.toDouble();
}

/// The key of a metric's paired difference in a report (the whole set's AUC difference is "delong").
QString differenceKey(Metric m, bool subgroup)
{
    switch (m) {
    case Metric::Sensitivity:
        return QStringLiteral("sensitivity_difference");
    case Metric::Specificity:
        return QStringLiteral("specificity_difference");
    case Metric::Accuracy:
        return QStringLiteral("accuracy_difference");
    case Metric::Auc:
        return subgroup ? QStringLiteral("auc_difference") : QStringLiteral("delong");
    default:
        return {};
    }
}

/// One side's point value of a metric in a report ("candidate" or "reference"): an estimate's value, the Brier
/// score, or (whole set only) the expected calibration error of its reliability diagram.
std::optional<double> pointOf(const QJsonObject& report, const QString& side, Metric m)
{
    switch (m) {
    case Metric::Brier:
        return number(report[side][u"brier"]);
    case Metric::Ece:
        return number(report[u"curves"][side][u"calibration"][u"ece"]);
    default:
        return number(report[side][nameOf(m)][u"value"]);
    }
}

/// Reads `rule`'s number in one report (a dataset's, or one subgroup's): the value, and for an interval bound the
/// interval's other end. An empty value comes with the reason.
struct Read
{
    std::optional<double> value;
    std::optional<double> otherEnd;
    QString note;
};

Read readIn(const PccpRule& rule, const QJsonObject& report, bool subgroup)
{
    const QString metric = nameOf(rule.metric);
    Read r;
    switch (rule.statistic) {
    case Statistic::Value:
        r.value = pointOf(report, QStringLiteral("candidate"), rule.metric);
        break;
    case Statistic::Lower:
    case Statistic::Upper: {
        const QJsonObject estimate = report[u"candidate"][metric].toObject();
        const auto low = number(estimate[u"ci_low"]);
        const auto high = number(estimate[u"ci_high"]);
        r.value = rule.statistic == Statistic::Lower ? low : high;
        r.otherEnd = rule.statistic == Statistic::Lower ? high : low;
        break;
    }
    case Statistic::Difference: {
        const QString key = differenceKey(rule.metric, subgroup);
        if (!key.isEmpty() && report.contains(key)) {
            const QJsonObject d = report[key].toObject();
            r.value = number(d.contains(u"difference") ? d[u"difference"] : d[u"value"]);
        } else if (report.contains(u"reference")) {
            const auto candidate = pointOf(report, QStringLiteral("candidate"), rule.metric);
            const auto reference = pointOf(report, QStringLiteral("reference"), rule.metric);
            if (candidate && reference) {
                r.value = *candidate - *reference;
            }
        }
        break;
    }
    case Statistic::DifferenceLower:
    case Statistic::DifferenceUpper: {
        const QString key = differenceKey(rule.metric, subgroup);
        if (key.isEmpty()) {
            r.note = Tr::tr("the evidence has no interval for the difference in %1").arg(displayNameOf(rule.metric));
            return r;
        }
        const QJsonObject d = report[key].toObject();
        const auto low = number(d[u"ci_low"]);
        const auto high = number(d[u"ci_high"]);
        r.value = rule.statistic == Statistic::DifferenceLower ? low : high;
        r.otherEnd = rule.statistic == Statistic::DifferenceLower ? high : low;
        break;
    }
    case Statistic::McNemarP: {
        const QString key = rule.metric == Metric::Sensitivity ? QStringLiteral("mcnemar_positives")
            : rule.metric == Metric::Specificity               ? QStringLiteral("mcnemar_negatives")
            : rule.metric == Metric::Accuracy                  ? QStringLiteral("mcnemar")
                                                               : QString();
        if (key.isEmpty() || !report.contains(key)) {
            r.note = Tr::tr("the evidence has no McNemar test for %1 here").arg(displayNameOf(rule.metric));
            return r;
        }
        r.value = number(report[key][u"p_value"]);
        break;
    }
    }
    if (!r.value) {
        r.note = Tr::tr("the evidence holds no %1 of %2 here")
                     .arg(displayNameOf(rule.statistic), displayNameOf(rule.metric));
    }
    return r;
}

RuleVerdict verdictOf(const PccpRule& rule, const Read& read)
{
    if (!read.value) {
        return RuleVerdict::NotEvaluable;
    }
    if (rule.meets(*read.value)) {
        return RuleVerdict::Pass;
    }
    if (isBound(rule.statistic) && read.otherEnd && rule.meets(*read.otherEnd)) {
        return RuleVerdict::Inconclusive; // the interval straddles the bound
    }
    return RuleVerdict::Fail;
}

int severityOf(RuleVerdict v)
{
    switch (v) {
    case RuleVerdict::Fail:
        return 3;
    case RuleVerdict::Inconclusive:
        return 2;
    case RuleVerdict::NotEvaluable:
        return 1;
    case RuleVerdict::Pass:
        return 0;
    }
    return 0;
}
/// Reads `rule` in one report (a dataset's, a subgroup's or a window's) and appends the reading to `out`: below the
/// rule's minimum of positives, a subgroup is outside the rule and a whole set cannot show it.
void readPlace(const PccpRule& rule, const QJsonObject& report, const QString& dataset, const QString& scope,
               bool subgroup, RuleOutcome& out)
{
    RuleOutcome::Reading r;
    r.dataset = dataset;
    r.scope = scope;
    r.positives = report[u"positives"].toInteger();
    if (r.positives < rule.minimumPositives) {
        r.inScope = !subgroup;
        r.note = Tr::tr("%1 positives, fewer than the rule's %2").arg(r.positives).arg(rule.minimumPositives);
        out.readings.append(r);
        return;
    }
    const Read read = readIn(rule, report, subgroup);
    r.value = read.value;
    r.otherEnd = read.otherEnd;
    r.note = read.note;
    r.verdict = verdictOf(rule, read);
    out.readings.append(r);
}

/// Appends a reading of `dataset` that could not be evaluated, with why, and makes not evaluable the rule's verdict
/// so far; returns the outcome as it stands.
RuleOutcome markNotEvaluable(RuleOutcome& out, const QString& dataset, const QString& note)
{
    RuleOutcome::Reading r;
    r.dataset = dataset;
    r.note = note;
    out.readings.append(r);
    out.verdict = RuleVerdict::NotEvaluable;
    return out;
}

/// The rule's verdict: the worst of its readings in scope; not evaluable when none is.
void settleVerdict(RuleOutcome& out)
{
    int worst = -1;
    for (const RuleOutcome::Reading& r : out.readings) {
        if (r.inScope && severityOf(r.verdict) > worst) {
            worst = severityOf(r.verdict);
            out.verdict = r.verdict;
        }
    }
    if (worst < 0) {
        out.verdict = RuleVerdict::NotEvaluable; // every subgroup below the minimum: nothing to read
    }
}
} // namespace

QJsonObject RuleOutcome::toJson() const
{
    QJsonArray list;
    for (const Reading& r : readings) {
        QJsonObject o {{QStringLiteral("dataset"), r.dataset},
                       {QStringLiteral("positives"), r.positives},
                       {QStringLiteral("verdict"), nameOf(r.verdict)}};
        if (!r.scope.isEmpty()) {
            o.insert(QStringLiteral("scope"), r.scope);
        }
        if (r.value) {
            o.insert(QStringLiteral("value"), *r.value);
        }
        if (r.otherEnd) {
            o.insert(QStringLiteral("other_end"), *r.otherEnd);
        }
        if (!r.note.isEmpty()) {
            o.insert(QStringLiteral("note"), r.note);
        }
        if (!r.inScope) {
            o.insert(QStringLiteral("in_scope"), false);
        }
        list.append(o);
    }
    return QJsonObject {{QStringLiteral("rule"), ruleId},
                        {QStringLiteral("verdict"), nameOf(verdict)},
                        {QStringLiteral("readings"), list}};
}

RuleOutcome evaluateRule(const PccpRule& rule, const QJsonObject& evidence)
{
    RuleOutcome out;
    out.ruleId = rule.id;
    const auto notEvaluable = [&out](const QString& dataset, const QString& note) {
        return markNotEvaluable(out, dataset, note);
    };
    if (!rule.readsEvidence()) {
        return notEvaluable(QString(),
                            Tr::tr("a drift rule: it is evaluated on drift runs, not on validation evidence"));
    }
    const QString comparator =
        rule.comparator == PccpRule::Comparator::Cleared ? QStringLiteral("cleared") : QStringLiteral("baseline");
    const bool paired =
        rule.statistic != Statistic::Value && rule.statistic != Statistic::Lower && rule.statistic != Statistic::Upper;
    bool anyDataset = false;
    for (const QJsonValue& entry : evidence[u"datasets"].toArray()) {
        if (entry[u"role"].toString() != rule.datasetRole) {
            continue;
        }
        anyDataset = true;
        const QString name = entry[u"name"].toString();
        if (paired && evidence[u"first_release"].toBool()) {
            notEvaluable(name, Tr::tr("a first release has no version to compare with"));
            continue;
        }
        const QJsonObject d = ChangeRequestEvidence::datasetAgainst(entry.toObject(), comparator);
        if (d.isEmpty()) {
            notEvaluable(name, Tr::tr("the request names no originally cleared version"));
            continue;
        }
        const auto place = [&](const QJsonObject& report, const QString& scope, bool subgroup) {
            readPlace(rule, report, name, scope, subgroup, out);
        };
        if (rule.scope == PccpRule::Scope::Overall) {
            place(d[u"report"].toObject(), QString(), false);
            continue;
        }
        const QJsonArray groups = d[u"subgroups"][rule.column].toArray();
        if (groups.isEmpty()) {
            notEvaluable(name, Tr::tr("the plan has no subgroup column %1").arg(rule.column));
            continue;
        }
        for (const QJsonValue& g : groups) {
            place(g.toObject(), QStringLiteral("%1 = %2").arg(rule.column, g[u"group"].toString()), true);
        }
    }
    if (!anyDataset) {
        return notEvaluable(QString(), Tr::tr("the plan has no %1 set").arg(rule.datasetRole));
    }
    settleVerdict(out);
    return out;
}

RuleOutcome evaluateOnWindow(const PccpRule& rule, const QJsonValue& performance, const QString& window)
{
    RuleOutcome out;
    out.ruleId = rule.id;
    const auto notEvaluable = [&out, &window](const QString& note) {
        return markNotEvaluable(out, window, note);
    };
    if (!rule.readsEvidence()) {
        return notEvaluable(Tr::tr("a drift rule: it reads the run's drift, not its performance"));
    }
    if (!performance.isObject()) {
        return notEvaluable(Tr::tr("window %1 has no labels, so no performance").arg(window));
    }
    if (rule.statistic != Statistic::Value && rule.statistic != Statistic::Lower &&
        rule.statistic != Statistic::Upper) {
        return notEvaluable(Tr::tr("a production window has no comparator for %1").arg(displayNameOf(rule.statistic)));
    }
    // The window's numbers in the shape of a report: the monitored version is the "candidate".
    const auto report = [](const QJsonObject& metrics, qint64 positives) {
        return QJsonObject {{QStringLiteral("candidate"), metrics}, {QStringLiteral("positives"), positives}};
    };
    const QJsonObject p = performance.toObject();
    if (rule.scope == PccpRule::Scope::Overall) {
        readPlace(rule, report(p[u"metrics"].toObject(), p[u"positives"].toInteger()), window, QString(), false, out);
    } else {
        QJsonArray groups;
        for (const QJsonValue& s : p[u"subgroups"].toArray()) {
            if (s[u"column"].toString() == rule.column) {
                groups = s[u"groups"].toArray();
            }
        }
        if (groups.isEmpty()) {
            return notEvaluable(Tr::tr("window %1 has no subgroup column %2").arg(window, rule.column));
        }
        for (const QJsonValue& g : groups) {
            readPlace(rule, report(g[u"metrics"].toObject(), g[u"positives"].toInteger()), window,
                      QStringLiteral("%1 = %2").arg(rule.column, g[u"group"].toString()), true, out);
        }
    }
    settleVerdict(out);
    return out;
}

} // namespace cs
