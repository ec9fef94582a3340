#include "ChangeRequestEvidence.h"

#include "registry/StoredComparison.h"
#include "stats/ComparisonReport.h"
#include "store/DatasetTables.h"
#include "store/RegistryTables.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace cs::ChangeRequestEvidence {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::ChangeRequestEvidence)
};

/// The report of one dataset (with `group`, the report per value of that column).
Result<QJsonObject> report(Database& db, const ChangeRequestContent& c, const QString& dataset, const QString& group)
{
    StoredComparisonRequest request;
    request.dataset = dataset;
    request.model = c.model;
    request.reference = c.baseline;
    request.candidate = c.candidate;
    request.group = group;
    request.thresholds[0] = c.plan.baselineThreshold;
    request.thresholds[1] = c.plan.candidateThreshold;
    auto data = StoredComparison::load(db, request);
    if (!data) {
        return data.error();
    }
    stats::ReportOptions options;
    options.alpha = c.plan.alpha;
    options.margin = c.plan.accuracyMargin;
    options.thresholds[0] = c.plan.baselineThreshold;
    options.thresholds[1] = c.plan.candidateThreshold;
    options.groups = !group.isEmpty();
    return stats::compareReport(data.value(), options);
}

/// The version's frozen evidence digest, pinned by the request's evidence.
Result<QJsonObject> versionOf(RegistryTable& registry, const QString& model, const QString& label)
{
    auto v = registry.version(model, label);
    if (!v) {
        return v.error();
    }
    if (!v.value()) {
        return Error(ErrorCode::NotFound, Tr::tr("model %1 has no version %2 in this workspace").arg(model, label));
    }
    return QJsonObject {{QStringLiteral("version"), label},
                        {QStringLiteral("evidence_sha256"), v.value()->evidenceSha256},
                        {QStringLiteral("id"), v.value()->id}};
}
} // namespace

QString verdict(const QJsonValue& low, const QJsonValue& high, double margin)
{
    if (!low.isDouble() || !high.isDouble()) {
        return QStringLiteral("not-evaluable");
    }
    if (low.toDouble() > 0) {
        return QStringLiteral("superior");
    }
    if (low.toDouble() > -margin) {
        return QStringLiteral("non-inferior");
    }
    if (high.toDouble() < -margin) {
        return QStringLiteral("inferior");
    }
    return QStringLiteral("inconclusive");
}

Result<QJsonObject> compute(Database& db, const ChangeRequestRecord& request)
{
    const ChangeRequestContent& c = request.content;
    if (c.baseline.isEmpty()) {
        return Error(ErrorCode::Rule,
                     Tr::tr("%1 is a first release (no baseline): evaluating it alone is not built "
                            "yet")
                         .arg(request.id));
    }
    RegistryTable registry(db);
    auto candidate = versionOf(registry, c.model, c.candidate);
    auto baseline = versionOf(registry, c.model, c.baseline);
    if (!candidate || !baseline) {
        return candidate ? baseline.error() : candidate.error();
    }
    DatasetTable datasets(db);
    QJsonArray sets;
    for (const ValidationPlan::Dataset& d : c.plan.datasets) {
        auto found = datasets.dataset(d.name);
        if (!found) {
            return found.error();
        }
        if (!found.value()) {
            return Error(ErrorCode::NotFound, Tr::tr("there is no dataset %1 in this workspace").arg(d.name));
        }
        QJsonObject predictions;
        for (const auto& [role, version] : {std::pair {QStringLiteral("candidate"), candidate.value()},
                                            std::pair {QStringLiteral("baseline"), baseline.value()}}) {
            auto set = datasets.predictionSet(version[u"id"].toInteger(), found.value()->id);
            if (!set) {
                return set.error();
            }
            if (!set.value()) {
                return Error(ErrorCode::NotFound,
                             Tr::tr("version %1 has no predictions on %2").arg(version[u"version"].toString(), d.name));
            }
            predictions.insert(role, set.value()->contentSha256);
        }
        auto overall = report(db, c, d.name, QString());
        if (!overall) {
            return overall.error();
        }
        QJsonObject subgroups;
        for (const QString& column : c.plan.subgroupColumns) {
            auto byGroup = report(db, c, d.name, column);
            if (!byGroup) {
                return byGroup.error();
            }
            QJsonArray groups;
            for (const QJsonValue& g : byGroup.value()[u"groups"].toArray()) {
                QJsonObject group = g.toObject();
                group.insert(QStringLiteral("evaluable"), group[u"positives"].toInteger() >= c.plan.minimumPositives);
                groups.append(group);
            }
            subgroups.insert(column, groups);
        }
        const QJsonObject& o = overall.value();
        const QJsonObject verdicts {
            {QStringLiteral("accuracy"),
             QJsonObject {{QStringLiteral("margin"), c.plan.accuracyMargin},
                          {QStringLiteral("verdict"),
                           verdict(o[u"accuracy_difference"][u"ci_low"], o[u"accuracy_difference"][u"ci_high"],
                                   c.plan.accuracyMargin)}}},
            {QStringLiteral("auc"),
             QJsonObject {{QStringLiteral("margin"), c.plan.aucMargin},
                          {QStringLiteral("verdict"),
                           verdict(o[u"delong"][u"ci_low"], o[u"delong"][u"ci_high"], c.plan.aucMargin)}}}};
        sets.append(QJsonObject {
            {QStringLiteral("name"), d.name},
            {QStringLiteral("role"), d.challenge ? QStringLiteral("challenge") : QStringLiteral("validation")},
            {QStringLiteral("predictions_sha256"), predictions},
            {QStringLiteral("report"), o},
            {QStringLiteral("subgroups"), subgroups},
            {QStringLiteral("verdicts"), verdicts}});
    }
    QJsonObject candidateJson = candidate.value();
    QJsonObject baselineJson = baseline.value();
    candidateJson.remove(QStringLiteral("id"));
    baselineJson.remove(QStringLiteral("id"));
    return QJsonObject {{QStringLiteral("request"), request.id},
                        {QStringLiteral("revision"), request.revision},
                        {QStringLiteral("content_sha256"), request.contentSha256},
                        {QStringLiteral("plan_sha256"), request.planSha256},
                        {QStringLiteral("candidate"), candidateJson},
                        {QStringLiteral("baseline"), baselineJson},
                        {QStringLiteral("datasets"), sets}};
}

} // namespace cs::ChangeRequestEvidence
