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
    return {{QStringLiteral("auc"), estimate(p.auc)},
            {QStringLiteral("sensitivity"), estimate(p.sensitivity)},
            {QStringLiteral("specificity"), estimate(p.specificity)},
            {QStringLiteral("ppv"), estimate(p.ppv)},
            {QStringLiteral("npv"), estimate(p.npv)},
            {QStringLiteral("accuracy"), estimate(p.accuracy)},
            {QStringLiteral("brier"), number(p.brier)}};
}

} // namespace

QJsonValue jsonNumber(const std::optional<double>& v)
{
    return v && std::isfinite(*v) ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonObject compareReport(ComparisonData& data, const ReportOptions& options)
{
    const bool grouped = options.groups;
    // Subgroups first: the overall comparison sorts (and frees) the rows.
    QJsonArray groups;
    if (grouped) {
        std::vector<std::vector<quint32>> rowsOf(size_t(data.groupNames.size()));
        for (size_t i = 0; i < data.groupOf.size(); ++i) {
            rowsOf[data.groupOf[i]].push_back(quint32(i));
        }
        std::map<QString, const std::vector<quint32>*> members; // sorted by group value
        for (qsizetype g = 0; g < data.groupNames.size(); ++g) {
            members[data.groupNames[g]] = &rowsOf[size_t(g)];
        }
        for (const auto& [value, rows] : members) {
            ComparisonData subset = subsetComparison(data, *rows, options.thresholds);
            const ComparisonResult g = compareModels(subset, options.alpha, options.threads);
            groups.append(QJsonObject {{QStringLiteral("group"), value},
                                       {QStringLiteral("n"), g.n},
                                       {QStringLiteral("positives"), g.positives},
                                       {QStringLiteral("reference"), metrics(g.reference)},
                                       {QStringLiteral("candidate"), metrics(g.candidate)}});
        }
    }
    const ComparisonResult c = compareModels(data, options.alpha, options.threads);
    QJsonObject result {{QStringLiteral("n"), c.n},
                        {QStringLiteral("positives"), c.positives},
                        {QStringLiteral("negatives"), c.n - c.positives},
                        {QStringLiteral("reference"), metrics(c.reference)},
                        {QStringLiteral("candidate"), metrics(c.candidate)}};
    const McNemar& m = c.mcnemar;
    result.insert(QStringLiteral("mcnemar"),
                  QJsonObject {{QStringLiteral("both_correct"), m.bothCorrect},
                               {QStringLiteral("reference_only_correct"), m.referenceOnly},
                               {QStringLiteral("candidate_only_correct"), m.candidateOnly},
                               {QStringLiteral("both_wrong"), m.bothWrong},
                               {QStringLiteral("statistic"), m.statistic},
                               {QStringLiteral("p_value"), m.pValue},
                               {QStringLiteral("p_exact"), m.pExact}});
    const PairedAuc& d = c.delong;
    result.insert(QStringLiteral("delong"),
                  QJsonObject {{QStringLiteral("difference"), number(d.difference)},
                               {QStringLiteral("se"), number(d.se)},
                               {QStringLiteral("z"), number(d.z)},
                               {QStringLiteral("p_value"), number(d.pValue)},
                               {QStringLiteral("ci_low"), number(d.low)},
                               {QStringLiteral("ci_high"), number(d.high)}});
    const Estimate& diff = c.accuracyDifference;
    result.insert(QStringLiteral("accuracy_difference"), estimate(diff));
    const NonInferiority decision = nonInferiority(diff, options.margin);
    result.insert(QStringLiteral("noninferiority"),
                  QJsonObject {{QStringLiteral("margin"), decision.margin},
                               {QStringLiteral("noninferior"), decision.nonInferior},
                               {QStringLiteral("superior"), decision.superior}});
    if (grouped) {
        result.insert(QStringLiteral("groups"), groups);
    }
    return result;
}

} // namespace cs::stats
