#include "ComparisonReport.h"

#include <QJsonArray>
#include <QString>

#include <cmath>
#include <map>

namespace cs::stats {

namespace {

QJsonValue number(const std::optional<double>& v)
{
    return jsonNumber(v);
}

QJsonObject estimate(const stats::Estimate& e)
{
    return {{QStringLiteral("value"), number(e.value)},
            {QStringLiteral("ci_low"), number(e.low)},
            {QStringLiteral("ci_high"), number(e.high)}};
}

QJsonObject metrics(const stats::Performance& p)
{
    return performanceJson(p);
}

} // namespace

QJsonObject performanceJson(const Performance& p)
{
    return {{QStringLiteral("auc"), estimate(p.auc)},
            {QStringLiteral("sensitivity"), estimate(p.sensitivity)},
            {QStringLiteral("specificity"), estimate(p.specificity)},
            {QStringLiteral("ppv"), estimate(p.ppv)},
            {QStringLiteral("npv"), estimate(p.npv)},
            {QStringLiteral("accuracy"), estimate(p.accuracy)},
            {QStringLiteral("brier"), number(p.brier)},
            {QStringLiteral("confusion"),
             QJsonObject {{QStringLiteral("tp"), p.tp},
                          {QStringLiteral("fp"), p.fp},
                          {QStringLiteral("tn"), p.tn},
                          {QStringLiteral("fn"), p.fn}}}};
}

namespace {

QJsonObject table(const McNemar& m)
{
    return {{QStringLiteral("both_correct"), m.bothCorrect},
            {QStringLiteral("reference_only_correct"), m.referenceOnly},
            {QStringLiteral("candidate_only_correct"), m.candidateOnly},
            {QStringLiteral("both_wrong"), m.bothWrong},
            {QStringLiteral("statistic"), m.statistic},
            {QStringLiteral("p_value"), m.pValue},
            {QStringLiteral("p_exact"), m.pExact}};
}

QJsonObject aucDifference(const PairedAuc& d)
{
    return {{QStringLiteral("difference"), number(d.difference)},
            {QStringLiteral("se"), number(d.se)},
            {QStringLiteral("z"), number(d.z)},
            {QStringLiteral("p_value"), number(d.pValue)},
            {QStringLiteral("ci_low"), number(d.low)},
            {QStringLiteral("ci_high"), number(d.high)}};
}

/// One model's curves: the thinned ROC curve (threshold null for the first point) and the calibration bins.
QJsonObject curves(const std::vector<RocPoint>& roc, const Calibration& calibration)
{
    QJsonArray thresholds;
    QJsonArray fpr;
    QJsonArray tpr;
    for (const RocPoint& p : roc) {
        thresholds.append(number(p.threshold));
        fpr.append(p.fpr);
        tpr.append(p.tpr);
    }
    QJsonArray bins;
    for (const CalibrationBin& b : calibration.bins) {
        bins.append(QJsonObject {{QStringLiteral("lower"), b.lower},
                                 {QStringLiteral("upper"), b.upper},
                                 {QStringLiteral("n"), b.count},
                                 {QStringLiteral("mean_predicted"), b.meanPredicted},
                                 {QStringLiteral("observed"), b.observed}});
    }
    return {{QStringLiteral("roc"),
             QJsonObject {{QStringLiteral("threshold"), thresholds},
                          {QStringLiteral("fpr"), fpr},
                          {QStringLiteral("tpr"), tpr}}},
            {QStringLiteral("calibration"),
             QJsonObject {{QStringLiteral("bins"), bins}, {QStringLiteral("ece"), number(calibration.ece)}}}};
}

/// The paired differences of a comparison (candidate minus reference).
void insertDifferences(QJsonObject& into, const ComparisonResult& c)
{
    into.insert(QStringLiteral("accuracy_difference"), estimate(c.accuracyDifference));
    into.insert(QStringLiteral("sensitivity_difference"), estimate(c.sensitivityDifference));
    into.insert(QStringLiteral("specificity_difference"), estimate(c.specificityDifference));
}

/// For each model, the largest gap of each metric between the groups with enough positives.
QJsonObject gaps(const std::vector<std::pair<QString, Performance>> (&byModel)[2])
{
    QJsonObject result;
    for (int k = 0; k < 2; ++k) {
        QJsonArray list;
        for (const SubgroupGap& g : largestSubgroupGaps(byModel[k])) {
            list.append(QJsonObject {{QStringLiteral("metric"), g.metric},
                                     {QStringLiteral("highest"), g.highest},
                                     {QStringLiteral("lowest"), g.lowest},
                                     {QStringLiteral("gap"), g.gap}});
        }
        result.insert(k == 0 ? QStringLiteral("reference") : QStringLiteral("candidate"), list);
    }
    return result;
}

} // namespace

QJsonValue jsonNumber(const std::optional<double>& v)
{
    return v && std::isfinite(*v) ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonObject compareReport(ComparisonData& data, const ReportOptions& options)
{
    const bool grouped = options.groups;
    // Subgroups first: the overall comparison frees the rows. The rows are counted and sorted once for every group
    // column; each column's groups are then compared at once off the sorted whole.
    std::vector<QJsonArray> groupsOf(grouped ? data.groupings.size() : 0);
    std::vector<QJsonObject> gapsOf(groupsOf.size());
    if (grouped) {
        GroupSplit split(data, options.thresholds, options.threads);
        for (size_t k = 0; k < data.groupings.size(); ++k) {
            std::vector<std::pair<QString, Performance>> performances[2];
            std::map<QString, quint32> members; // sorted by group value
            const QStringList& names = data.groupings[k].groupNames;
            for (qsizetype g = 0; g < names.size(); ++g) {
                members[names[g]] = quint32(g);
            }
            const std::vector<ComparisonResult> results = split.compare(k, options.alpha);
            for (const auto& [value, index] : members) {
                const ComparisonResult& g = results[index];
                QJsonObject entry {{QStringLiteral("group"), value},
                                   {QStringLiteral("n"), g.n},
                                   {QStringLiteral("positives"), g.positives},
                                   {QStringLiteral("reference"), metrics(g.reference)},
                                   {QStringLiteral("candidate"), metrics(g.candidate)},
                                   {QStringLiteral("auc_difference"), aucDifference(g.delong)}};
                insertDifferences(entry, g);
                groupsOf[k].append(entry);
                if (g.positives >= options.gapMinimumPositives) {
                    performances[0].emplace_back(value, g.reference);
                    performances[1].emplace_back(value, g.candidate);
                }
            }
            gapsOf[k] = gaps(performances);
        }
    }
    if (!data.counted) { // rows appended and not counted yet (with groups, GroupSplit counted them)
        countRows(data, options.thresholds, options.threads);
    }
    const ComparisonResult c = compareModels(data, options.alpha, options.threads);
    QJsonObject result {{QStringLiteral("n"), c.n},
                        {QStringLiteral("positives"), c.positives},
                        {QStringLiteral("negatives"), c.n - c.positives},
                        {QStringLiteral("reference"), metrics(c.reference)},
                        {QStringLiteral("candidate"), metrics(c.candidate)}};
    result.insert(QStringLiteral("mcnemar"), table(c.mcnemar));
    result.insert(QStringLiteral("mcnemar_positives"), table(c.mcnemarPositives));
    result.insert(QStringLiteral("mcnemar_negatives"), table(c.mcnemarNegatives));
    result.insert(QStringLiteral("delong"), aucDifference(c.delong));
    insertDifferences(result, c);
    const Estimate& diff = c.accuracyDifference;
    const NonInferiority decision = nonInferiority(diff, options.margin);
    result.insert(QStringLiteral("noninferiority"),
                  QJsonObject {{QStringLiteral("margin"), decision.margin},
                               {QStringLiteral("noninferior"), decision.nonInferior},
                               {QStringLiteral("superior"), decision.superior}});
    result.insert(QStringLiteral("curves"),
                  QJsonObject {{QStringLiteral("reference"), curves(c.roc[0], c.calibration[0])},
                               {QStringLiteral("candidate"), curves(c.roc[1], c.calibration[1])}});
    if (!groupsOf.empty()) {
        result.insert(QStringLiteral("groups"), groupsOf.front());
        result.insert(QStringLiteral("largest_gaps"), gapsOf.front());
    }
    if (groupsOf.size() > 1) {
        QJsonArray all;
        for (size_t k = 0; k < groupsOf.size(); ++k) {
            all.append(
                QJsonObject {{QStringLiteral("groups"), groupsOf[k]}, {QStringLiteral("largest_gaps"), gapsOf[k]}});
        }
        result.insert(QStringLiteral("by_grouping"), all);
    }
    return result;
}

} // namespace cs::stats
