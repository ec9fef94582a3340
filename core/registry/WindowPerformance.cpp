#include "WindowPerformance.h"

#include "registry/StoredComparison.h"
#include "stats/ComparisonReport.h"
#include "stats/Curves.h"
#include "store/ChangeRequestTables.h"
#include "store/DatasetTables.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <map>

namespace cs {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::WindowPerformance)
};

/// Each group's metrics (in order of the group's value) and the largest gaps between the groups with enough
/// positives, for one subgroup column.
QJsonObject subgroupJson(const QString& column, const stats::Grouping& grouping, const std::vector<double>& scores,
                         const std::vector<int>& labels, const WindowPerformanceRequest& request, double threshold)
{
    std::map<QString, std::pair<std::vector<double>, std::vector<int>>> members; // sorted by group value
    for (size_t row = 0; row < scores.size(); ++row) {
        auto& [s, y] = members[grouping.groupNames.at(grouping.groupOf[row])];
        s.push_back(scores[row]);
        y.push_back(labels[row]);
    }
    QJsonArray groups;
    std::vector<std::pair<QString, stats::Performance>> counted;
    for (const auto& [value, rows] : members) {
        const stats::Performance p = stats::performance(rows.first, rows.second, threshold, request.alpha);
        const qint64 positives = p.tp + p.fn;
        groups.append(QJsonObject {{QStringLiteral("group"), value},
                                   {QStringLiteral("n"), qint64(rows.first.size())},
                                   {QStringLiteral("positives"), positives},
                                   {QStringLiteral("metrics"), stats::performanceJson(p)}});
        if (positives >= request.minimumPositives) {
            counted.emplace_back(value, p);
        }
    }
    QJsonArray gaps;
    for (const stats::SubgroupGap& g : stats::largestSubgroupGaps(counted)) {
        gaps.append(QJsonObject {{QStringLiteral("metric"), g.metric},
                                 {QStringLiteral("highest"), g.highest},
                                 {QStringLiteral("lowest"), g.lowest},
                                 {QStringLiteral("gap"), g.gap}});
    }
    return QJsonObject {{QStringLiteral("column"), column},
                        {QStringLiteral("min_positives"), request.minimumPositives},
                        {QStringLiteral("groups"), groups},
                        {QStringLiteral("largest_gaps"), gaps}};
}
} // namespace

Result<std::optional<std::pair<QString, double>>>
WindowPerformance::releaseThreshold(Database& db, const QString& model, const QString& version)
{
    auto requests = ChangeRequestTable(db).all();
    if (!requests) {
        return requests.error();
    }
    std::optional<std::pair<QString, double>> found;
    qint64 latest = -1;
    for (const ChangeRequestRecord& r : requests.value()) {
        const bool released = r.state == ChangeRequestState::Implemented || r.state == ChangeRequestState::Closed ||
            r.state == ChangeRequestState::RolledBack;
        if (released && r.content.model == model && r.content.candidate == version && r.createdAtMs > latest) {
            latest = r.createdAtMs;
            found = std::pair(r.id, r.content.plan.candidateThreshold);
        }
    }
    return found;
}

Result<QJsonValue> WindowPerformance::compute(Database& db, const Dataset& window,
                                              const WindowPerformanceRequest& request)
{
    // A window imported without labels (outcomes not known yet) has none to measure against.
    auto codes = DatasetTable(db).labelCodes(window.id, window.sampleCount);
    if (!codes) {
        return codes.error();
    }
    if (std::all_of(codes->begin(), codes->end(), [](quint8 c) { return c >= LabelCodes::kUnlabelled; })) {
        return QJsonValue(QJsonValue::Null);
    }
    if (request.minimumPositives < 0) {
        return Error(
            ErrorCode::InvalidArgument,
            Tr::tr("the minimum of positives for a subgroup cannot be negative (%1)").arg(request.minimumPositives));
    }
    QString source = Tr::tr("given");
    double threshold = 0;
    if (request.threshold) {
        threshold = *request.threshold;
    } else {
        auto released = releaseThreshold(db, request.model, request.version);
        if (!released) {
            return released.error();
        }
        if (!released.value()) {
            return Error(ErrorCode::Rule,
                         Tr::tr("version %1 of %2 was not released through a change request, so its operating "
                                "threshold is unknown; give the threshold to measure window %3 at")
                             .arg(request.version, request.model, window.name));
        }
        source = released.value()->first;
        threshold = released.value()->second;
    }
    StoredComparisonRequest load;
    load.dataset = window.name;
    load.model = request.model;
    load.reference = request.version;
    load.candidate = request.version;
    load.groups = window.groupColumns;
    load.thresholds[0] = load.thresholds[1] = threshold;
    auto data = StoredComparison::load(db, load);
    if (!data) {
        return data.error();
    }
    std::vector<double> scores;
    std::vector<int> labels;
    scores.reserve(data->reference.size());
    labels.reserve(data->reference.size());
    for (const stats::ScoredRow& r : data->reference) { // in row order, as loaded
        scores.push_back(stats::scoreOfKey(r.key));
        labels.push_back(stats::isPositiveRow(r) ? 1 : 0);
    }
    const stats::Performance overall = stats::performance(scores, labels, threshold, request.alpha);
    QJsonArray subgroups;
    for (qsizetype k = 0; k < window.groupColumns.size() && size_t(k) < data->groupings.size(); ++k) {
        subgroups.append(
            subgroupJson(window.groupColumns.at(k), data->groupings[size_t(k)], scores, labels, request, threshold));
    }
    const qint64 positives = overall.tp + overall.fn;
    return QJsonValue(QJsonObject {{QStringLiteral("version"), request.version},
                                   {QStringLiteral("threshold"), threshold},
                                   {QStringLiteral("threshold_from"), source},
                                   {QStringLiteral("alpha"), request.alpha},
                                   {QStringLiteral("n"), qint64(scores.size())},
                                   {QStringLiteral("positives"), positives},
                                   {QStringLiteral("negatives"), qint64(scores.size()) - positives},
                                   {QStringLiteral("metrics"), stats::performanceJson(overall)},
                                   {QStringLiteral("subgroups"), subgroups}});
}

} // namespace cs
