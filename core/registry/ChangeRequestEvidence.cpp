#include "ChangeRequestEvidence.h"

#include "registry/StoredComparison.h"
#include "registry/VersionDiff.h"
#include "stats/ComparisonReport.h"
#include "stats/Power.h"
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

/// The report of one dataset (with `groups`, also the report per value of each of those columns: the first column's
/// in "groups" and "largest_gaps", every column's in "by_grouping" when there are several). The samples are read
/// and sorted once for all of them.
Result<QJsonObject> report(Database& db, const ChangeRequestContent& c, const QString& dataset,
                           const QStringList& groups)
{
    StoredComparisonRequest request;
    request.dataset = dataset;
    request.model = c.model;
    request.reference = c.baseline.isEmpty() ? c.candidate : c.baseline; // a first release: the candidate alone
    request.candidate = c.candidate;
    request.groups = groups;
    request.thresholds[0] = c.plan.baselineThreshold;
    request.thresholds[1] = c.plan.candidateThreshold;
    request.count = groups.isEmpty(); // with groups, compareReport counts them and the whole at once
    auto data = StoredComparison::load(db, request);
    if (!data) {
        return data.error();
    }
    stats::ReportOptions options;
    options.alpha = c.plan.alpha;
    options.margin = c.plan.accuracyMargin;
    options.thresholds[0] = c.plan.baselineThreshold;
    options.thresholds[1] = c.plan.candidateThreshold;
    options.groups = !groups.isEmpty();
    options.gapMinimumPositives = c.plan.minimumPositives;
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
    QJsonObject out {{QStringLiteral("version"), label},
                     {QStringLiteral("evidence_sha256"), v.value()->evidenceSha256},
                     {QStringLiteral("id"), v.value()->id}};
    if (!v.value()->codeCommit.isEmpty()) {
        out.insert(QStringLiteral("code_commit"), v.value()->codeCommit);
    }
    // The commit's particulars as `import git` attached them (what the package's "What changed" prints).
    auto attached = registry.attachments(v.value()->id);
    if (!attached) {
        return attached.error();
    }
    const QJsonObject commit =
        VersionDiff::latestAttachment(attached.value(), QStringLiteral("git-commit"))[u"commit"].toObject();
    if (!commit.isEmpty()) {
        QJsonObject particulars;
        for (const char* field : {"id", "author", "email", "time", "summary", "message"}) {
            if (commit.contains(QLatin1String(field))) {
                particulars.insert(QLatin1String(field), commit.value(QLatin1String(field)));
            }
        }
        out.insert(QStringLiteral("commit"), particulars);
    }
    return out;
}

/// What the package's "Data" section prints of a dataset, frozen with the evidence: whether it is locked, its sample
/// count, each imported file (name, SHA-256, rows, samples added and their digest) and each data contract attached
/// to it (a Great Expectations result as `import expectations` reduced it, with its source and SHA-256).
Result<QJsonObject> datasetRecord(DatasetTable& datasets, const Dataset& dataset)
{
    auto files = datasets.files(dataset.id);
    if (!files) {
        return files.error();
    }
    auto attached = datasets.attachments(dataset.id);
    if (!attached) {
        return attached.error();
    }
    QJsonArray fileList;
    for (const DatasetFile& f : files.value()) {
        fileList.append(QJsonObject {{QStringLiteral("file"), f.fileName},
                                     {QStringLiteral("sha256"), f.sha256},
                                     {QStringLiteral("size"), f.sizeBytes},
                                     {QStringLiteral("rows"), f.rowCount},
                                     {QStringLiteral("samples_added"), f.samplesAdded},
                                     {QStringLiteral("samples_sha256"), f.samplesSha256}});
    }
    QJsonArray contracts;
    for (const EvidenceAttachment& a : attached.value()) {
        contracts.append(QJsonObject {{QStringLiteral("kind"), a.kind},
                                      {QStringLiteral("source"), a.source},
                                      {QStringLiteral("sha256"), a.sha256},
                                      {QStringLiteral("content"), a.content}});
    }
    return QJsonObject {{QStringLiteral("locked"), dataset.locked},
                        {QStringLiteral("samples"), dataset.sampleCount},
                        {QStringLiteral("files"), fileList},
                        {QStringLiteral("contracts"), contracts}};
}
/// A first release's report: the candidate's own numbers only (the comparison was of the candidate with itself, so
/// every paired statistic and the "reference" side are dropped), recursively through groups and subgroup columns.
QJsonValue candidateOnly(const QJsonValue& v)
{
    static const QStringList paired = {QStringLiteral("reference"),
                                       QStringLiteral("mcnemar"),
                                       QStringLiteral("mcnemar_positives"),
                                       QStringLiteral("mcnemar_negatives"),
                                       QStringLiteral("delong"),
                                       QStringLiteral("auc_difference"),
                                       QStringLiteral("accuracy_difference"),
                                       QStringLiteral("sensitivity_difference"),
                                       QStringLiteral("specificity_difference"),
                                       QStringLiteral("noninferiority"),
                                       QStringLiteral("verdicts")};
    if (v.isArray()) {
        QJsonArray out;
        for (const QJsonValue& e : v.toArray()) {
            out.append(candidateOnly(e));
        }
        return out;
    }
    if (!v.isObject()) {
        return v;
    }
    QJsonObject out;
    const QJsonObject o = v.toObject();
    for (auto i = o.begin(); i != o.end(); ++i) {
        if (!paired.contains(i.key())) {
            out.insert(i.key(), candidateOnly(i.value()));
        }
    }
    return out;
}

/// One margin's verdict with the frozen difference it rests on (and its test's p-value, when there is one).
QJsonObject verdictOn(const QJsonObject& difference, double margin, const QJsonValue& pValue, bool evaluable)
{
    const bool has = difference.contains(u"value");
    const QJsonValue value = has ? difference[u"value"] : difference[u"difference"];
    return {
        {QStringLiteral("margin"), margin},
        {QStringLiteral("value"), value},
        {QStringLiteral("ci_low"), difference[u"ci_low"]},
        {QStringLiteral("ci_high"), difference[u"ci_high"]},
        {QStringLiteral("p_value"), pValue},
        {QStringLiteral("verdict"),
         evaluable ? verdict(difference[u"ci_low"], difference[u"ci_high"], margin) : QStringLiteral("not-evaluable")}};
}

/// The verdict on each margin of the plan: sensitivity, specificity and accuracy on Newcombe's paired intervals,
/// AUC on DeLong's. `report` is a dataset's report or one group's entry (which has no McNemar tests).
QJsonObject verdicts(const QJsonObject& report, const ValidationPlan& plan, bool evaluable)
{
    const QJsonObject auc =
        report.contains(u"delong") ? report[u"delong"].toObject() : report[u"auc_difference"].toObject();
    const auto p = [&](const char* test) {
        return report[QLatin1String(test)][u"p_value"];
    };
    return {{QStringLiteral("sensitivity"),
             verdictOn(report[u"sensitivity_difference"].toObject(), plan.sensitivityMargin, p("mcnemar_positives"),
                       evaluable)},
            {QStringLiteral("specificity"),
             verdictOn(report[u"specificity_difference"].toObject(), plan.specificityMargin, p("mcnemar_negatives"),
                       evaluable)},
            {QStringLiteral("accuracy"),
             verdictOn(report[u"accuracy_difference"].toObject(), plan.accuracyMargin, p("mcnemar"), evaluable)},
            {QStringLiteral("auc"), verdictOn(auc, plan.aucMargin, auc[u"p_value"], evaluable)}};
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

QString sentence(const QString& metric, const QJsonObject& v, double alpha, const QString& comparator)
{
    const bool cleared = comparator == u"cleared";
    const QString name = metric == u"sensitivity" ? Tr::tr("Sensitivity")
        : metric == u"specificity"                ? Tr::tr("Specificity")
        : metric == u"accuracy"                   ? Tr::tr("Accuracy")
                                                  : Tr::tr("AUC");
    const QString verdict = v[u"verdict"].toString();
    const QString words = verdict == u"superior"
        ? (cleared ? Tr::tr("superior to the originally cleared version") : Tr::tr("superior to the baseline"))
        : verdict == u"non-inferior"
        ? (cleared ? Tr::tr("non-inferior to the originally cleared version") : Tr::tr("non-inferior to the baseline"))
        : verdict == u"inferior"
        ? (cleared ? Tr::tr("inferior to the originally cleared version") : Tr::tr("inferior to the baseline"))
        : verdict == u"inconclusive" ? (cleared ? Tr::tr("inconclusive against the originally cleared version")
                                                : Tr::tr("inconclusive against the baseline"))
                                     : Tr::tr("not evaluable");
    const auto points = [](const QJsonValue& x) -> QString {
        const double p = x.toDouble() * 100.0;
        return (p >= 0 ? QStringLiteral("+") : QString()) + QString::number(p, 'f', 1);
    };
    QString text =
        Tr::tr("%1: %2 at a %3-point margin").arg(name, words, QString::number(v[u"margin"].toDouble() * 100));
    if (!v[u"value"].isDouble()) {
        return text;
    }
    text += Tr::tr(": %1 points").arg(points(v[u"value"]));
    if (v[u"ci_low"].isDouble() && v[u"ci_high"].isDouble()) {
        text += Tr::tr(", %1% CI %2 to %3")
                    .arg(QString::number((1.0 - alpha) * 100.0, 'g', 3), points(v[u"ci_low"]), points(v[u"ci_high"]));
    }
    if (v[u"p_value"].isDouble()) {
        const double p = v[u"p_value"].toDouble();
        const QString test = metric == u"auc" ? Tr::tr("DeLong") : Tr::tr("McNemar");
        text += p < 0.001 ? Tr::tr("; %1 p < 0.001").arg(test)
                          : Tr::tr("; %1 p = %2").arg(test, QString::number(p, 'f', 3));
    }
    return text;
}

namespace {
struct Blinded
{
    double discordance = 0; ///< share of samples the two versions classify differently at their thresholds
    double correlation = 0; ///< Pearson correlation of their scores
};

/// What the two versions' predictions on `dataset` say without their labels (a blinded estimate of the nuisance
/// parameters of the power, as adaptive designs re-estimate sample sizes): how often they disagree, and how closely
/// their scores correlate. Nothing here depends on the outcome, so nothing of the evidence is seen.
Result<Blinded> blindedAgreement(Database& db, const ChangeRequestContent& c, const QString& dataset)
{
    StoredComparisonRequest request;
    request.dataset = dataset;
    request.model = c.model;
    request.reference = c.baseline;
    request.candidate = c.candidate;
    request.thresholds[0] = c.plan.baselineThreshold;
    request.thresholds[1] = c.plan.candidateThreshold;
    request.count = false; // the scores alone are read: no class is counted
    auto data = StoredComparison::load(db, request);
    if (!data) {
        return data.error();
    }
    const std::vector<stats::ScoredRow>& a = data->reference;
    const std::vector<stats::ScoredRow>& b = data->candidate;
    const std::size_t n = std::min(a.size(), b.size());
    if (n < 2) {
        return Blinded {1.0, 0.0};
    }
    qint64 differ = 0;
    double meanA = 0;
    double meanB = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const double x = stats::scoreOfKey(a[i].key);
        const double y = stats::scoreOfKey(b[i].key);
        differ += (x >= request.thresholds[0]) != (y >= request.thresholds[1]) ? 1 : 0;
        meanA += x;
        meanB += y;
    }
    meanA /= double(n);
    meanB /= double(n);
    double sab = 0;
    double saa = 0;
    double sbb = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const double x = stats::scoreOfKey(a[i].key) - meanA;
        const double y = stats::scoreOfKey(b[i].key) - meanB;
        sab += x * y;
        saa += x * x;
        sbb += y * y;
    }
    Blinded out;
    // At least one disagreement in the set: a set on which the versions never disagree has no variance to estimate.
    out.discordance = double(std::max<qint64>(differ, 1)) / double(n);
    out.correlation = saa > 0 && sbb > 0 ? std::clamp(sab / std::sqrt(saa * sbb), 0.0, 1.0) : 0.0;
    return out;
}
} // namespace

Result<QJsonObject> planPower(Database& db, const ChangeRequestContent& content)
{
    const ValidationPlan& plan = content.plan;
    QJsonArray datasets;
    QJsonArray underpowered;
    for (const ValidationPlan::Dataset& d : plan.datasets) {
        // The baseline against itself: its own rates on the set, and the counts (a first release: the candidate's
        // counts only; no power, there is nothing to be non-inferior to).
        ChangeRequestContent alone = content;
        alone.candidate = content.baseline.isEmpty() ? content.candidate : content.baseline;
        alone.baseline = alone.candidate;
        alone.plan.candidateThreshold = content.baseline.isEmpty() ? plan.candidateThreshold : plan.baselineThreshold;
        alone.plan.baselineThreshold = alone.plan.candidateThreshold;
        auto r = report(db, alone, d.name, QStringList());
        if (!r) {
            return r.error();
        }
        const qint64 positives = r.value()[u"positives"].toInteger();
        const qint64 negatives = r.value()[u"negatives"].toInteger();
        QJsonObject entry {
            {QStringLiteral("name"), d.name},
            {QStringLiteral("role"), d.challenge ? QStringLiteral("challenge") : QStringLiteral("validation")},
            {QStringLiteral("n"), positives + negatives},
            {QStringLiteral("positives"), positives},
            {QStringLiteral("negatives"), negatives}};
        if (!content.baseline.isEmpty()) {
            auto blinded = blindedAgreement(db, content, d.name);
            if (!blinded) {
                return blinded.error();
            }
            const QJsonObject b = r.value()[u"reference"].toObject();
            const struct
            {
                const char* metric;
                qint64 n;
                double margin;
            } proportions[] = {{"sensitivity", positives, plan.sensitivityMargin},
                               {"specificity", negatives, plan.specificityMargin},
                               {"accuracy", positives + negatives, plan.accuracyMargin}};
            QJsonObject power;
            for (const auto& m : proportions) {
                const double discordance = blinded->discordance;
                power.insert(QLatin1String(m.metric),
                             QJsonObject {{QStringLiteral("margin"), m.margin},
                                          {QStringLiteral("baseline"), b[QLatin1String(m.metric)][u"value"].toDouble()},
                                          {QStringLiteral("discordance"), discordance},
                                          {QStringLiteral("power"),
                                           stats::Power::pairedProportion(m.n, discordance, m.margin, plan.alpha)}});
            }
            const double auc = b[u"auc"][u"value"].toDouble();
            power.insert(QStringLiteral("auc"),
                         QJsonObject {{QStringLiteral("margin"), plan.aucMargin},
                                      {QStringLiteral("baseline"), auc},
                                      {QStringLiteral("correlation"), blinded->correlation},
                                      {QStringLiteral("power"),
                                       stats::Power::auc(auc, positives, negatives, blinded->correlation,
                                                         plan.aucMargin, plan.alpha)}});
            for (auto it = power.begin(); it != power.end(); ++it) {
                const double value = it.value()[u"power"].toDouble();
                if (!(value >= 0.5)) {
                    underpowered.append(QStringLiteral("%1: %2").arg(d.name, it.key()));
                }
            }
            entry.insert(QStringLiteral("power"), power);
        }
        datasets.append(entry);
    }
    return QJsonObject {{QStringLiteral("datasets"), datasets}, {QStringLiteral("underpowered"), underpowered}};
}

namespace {
/// The candidate against one comparator (`comparator.role` "baseline" or "cleared") on dataset `d`: an entry of the
/// evidence's "datasets" (name, role, the digests of both prediction sets, the report, the report per value of each
/// subgroup column, the largest gaps between subgroups, and the verdict per margin). `c` names the comparator as its
/// baseline, at its threshold. A first release compares the candidate with nothing: its own numbers only.
struct Comparator
{
    QString role;
    QJsonObject version; ///< versionOf()
};
Result<QJsonObject> against(Database& db, const ChangeRequestContent& c, const ValidationPlan::Dataset& d,
                            qint64 datasetId, const QJsonObject& candidate, const std::optional<Comparator>& comparator)
{
    DatasetTable datasets(db);
    QJsonObject predictions;
    QList<std::pair<QString, QJsonObject>> roles {{QStringLiteral("candidate"), candidate}};
    if (comparator) {
        roles.append({comparator->role, comparator->version});
    }
    for (const auto& [role, version] : roles) {
        auto set = datasets.predictionSet(version[u"id"].toInteger(), datasetId);
        if (!set) {
            return set.error();
        }
        if (!set.value()) {
            return Error(ErrorCode::NotFound,
                         Tr::tr("version %1 has no predictions on %2").arg(version[u"version"].toString(), d.name));
        }
        predictions.insert(role, set.value()->contentSha256);
    }
    // One report for the whole set and every subgroup column: the samples are read and sorted once.
    auto overall = report(db, c, d.name, c.plan.subgroupColumns);
    if (!overall) {
        return overall.error();
    }
    QJsonObject subgroups;
    QJsonObject gaps;
    const QJsonArray byGrouping = overall.value()[u"by_grouping"].toArray();
    for (qsizetype k = 0; k < c.plan.subgroupColumns.size(); ++k) {
        const QJsonObject byGroup = byGrouping.isEmpty() ? overall.value() : byGrouping.at(k).toObject();
        QJsonArray groups;
        for (const QJsonValue& g : byGroup[u"groups"].toArray()) {
            QJsonObject group = g.toObject();
            const bool evaluable = group[u"positives"].toInteger() >= c.plan.minimumPositives;
            group.insert(QStringLiteral("evaluable"), evaluable);
            group.insert(QStringLiteral("verdicts"), verdicts(group, c.plan, evaluable));
            groups.append(group);
        }
        subgroups.insert(c.plan.subgroupColumns.at(k), groups);
        gaps.insert(c.plan.subgroupColumns.at(k), byGroup[u"largest_gaps"]);
    }
    for (const char* key : {"groups", "largest_gaps", "by_grouping"}) {
        overall->remove(QLatin1String(key));
    }
    const QJsonObject& o = overall.value();
    const bool first = !comparator;
    return QJsonObject {
        {QStringLiteral("name"), d.name},
        {QStringLiteral("role"), d.challenge ? QStringLiteral("challenge") : QStringLiteral("validation")},
        {QStringLiteral("predictions_sha256"), predictions},
        {QStringLiteral("report"), first ? candidateOnly(o) : QJsonValue(o)},
        {QStringLiteral("subgroups"), first ? candidateOnly(subgroups) : QJsonValue(subgroups)},
        {QStringLiteral("largest_gaps"), first ? candidateOnly(gaps) : QJsonValue(gaps)},
        {QStringLiteral("verdicts"), first ? QJsonObject() : verdicts(o, c.plan, true)}};
}
} // namespace

Result<QJsonObject> compute(Database& db, const ChangeRequestRecord& request, const EvidenceSteps& step)
{
    const ChangeRequestContent& c = request.content;
    const bool first = c.baseline.isEmpty();
    RegistryTable registry(db);
    auto candidate = versionOf(registry, c.model, c.candidate);
    if (!candidate) {
        return candidate.error();
    }
    std::optional<Comparator> baseline;
    if (!first) {
        auto v = versionOf(registry, c.model, c.baseline);
        if (!v) {
            return v.error();
        }
        baseline = Comparator {QStringLiteral("baseline"), v.value()};
    }
    // The originally cleared version, compared at its own threshold as if it were the baseline.
    std::optional<Comparator> cleared;
    ChangeRequestContent againstCleared = c;
    if (!c.cleared.isEmpty()) {
        auto v = versionOf(registry, c.model, c.cleared);
        if (!v) {
            return v.error();
        }
        cleared = Comparator {QStringLiteral("cleared"), v.value()};
        againstCleared.baseline = c.cleared;
        againstCleared.plan.baselineThreshold = c.plan.clearedThreshold.value_or(c.plan.baselineThreshold);
    }
    // A step per comparison below: each dataset against the baseline, and against the cleared version if any.
    const qint64 total = qint64(c.plan.datasets.size()) * (cleared ? 2 : 1);
    qint64 done = 0;
    const auto reached = [&](qint64 k) -> Status {
        return step ? step(k, total) : Status();
    };
    if (auto going = reached(done); !going) {
        return going.error();
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
        auto entry = against(db, c, d, found.value()->id, candidate.value(), baseline);
        if (!entry) {
            return entry.error();
        }
        if (auto going = reached(++done); !going) {
            return going.error();
        }
        if (cleared) {
            auto second = against(db, againstCleared, d, found.value()->id, candidate.value(), cleared);
            if (!second) {
                return second.error();
            }
            entry->insert(QStringLiteral("against_cleared"), second.value());
            if (auto going = reached(++done); !going) {
                return going.error();
            }
        }
        auto record = datasetRecord(datasets, *found.value());
        if (!record) {
            return record.error();
        }
        entry->insert(QStringLiteral("data"), record.value());
        sets.append(entry.value());
    }
    const auto pinned = [](const std::optional<Comparator>& v) -> QJsonValue {
        if (!v) {
            return QJsonValue();
        }
        QJsonObject o = v->version;
        o.remove(QStringLiteral("id"));
        return o;
    };
    QJsonObject candidateJson = candidate.value();
    candidateJson.remove(QStringLiteral("id"));
    QJsonObject out {{QStringLiteral("request"), request.id},
                     {QStringLiteral("first_release"), first},
                     {QStringLiteral("revision"), request.revision},
                     {QStringLiteral("content_sha256"), request.contentSha256},
                     {QStringLiteral("plan_sha256"), request.planSha256},
                     {QStringLiteral("candidate"), candidateJson},
                     {QStringLiteral("baseline"), pinned(baseline)},
                     {QStringLiteral("datasets"), sets}};
    if (cleared) {
        out.insert(QStringLiteral("cleared"), pinned(cleared));
    }
    // What changed from the baseline (a first release: everything the candidate records), frozen with the numbers
    // so that the window and the package show what was reviewed even if evidence is attached to a version later.
    VersionDiff changes;
    if (first) {
        auto v = registry.version(c.model, c.candidate);
        if (!v) {
            return v.error();
        }
        ModelVersion none;
        none.modelName = c.model;
        changes = VersionDiff::between(none, *v.value());
    } else {
        auto d = VersionDiff::load(db, c.model, c.baseline, c.candidate);
        if (!d) {
            return d.error();
        }
        changes = d.value();
    }
    out.insert(QStringLiteral("changes"), changes.toJson());
    return out;
}

QJsonObject datasetAgainst(const QJsonObject& dataset, const QString& comparator)
{
    return comparator == u"cleared" ? dataset[u"against_cleared"].toObject() : dataset;
}

QList<Finding> findings(const QJsonObject& evidence, double alpha)
{
    static const QString metrics[] = {QStringLiteral("sensitivity"), QStringLiteral("specificity"),
                                      QStringLiteral("accuracy"), QStringLiteral("auc")};
    QList<Finding> out;
    for (const QJsonValue& entry : evidence[u"datasets"].toArray()) {
        const QString name = entry[u"name"].toString();
        const QString role = entry[u"role"].toString();
        if (evidence[u"first_release"].toBool()) {
            const QJsonObject m = entry[u"report"][u"candidate"].toObject();
            out.append({name, role, QString(), QString(), QString(), QString(),
                        Tr::tr("First release: AUC %1, sensitivity %2, specificity %3 (no baseline to compare with)")
                            .arg(m[u"auc"][u"value"].toDouble(), 0, 'f', 3)
                            .arg(m[u"sensitivity"][u"value"].toDouble(), 0, 'f', 3)
                            .arg(m[u"specificity"][u"value"].toDouble(), 0, 'f', 3)});
            continue;
        }
        for (const QString& comparator : {QStringLiteral("baseline"), QStringLiteral("cleared")}) {
            const QJsonObject d = datasetAgainst(entry.toObject(), comparator);
            if (d.isEmpty()) {
                continue;
            }
            for (const QString& metric : metrics) {
                const QJsonObject v = d[u"verdicts"][metric].toObject();
                out.append({name, role, QString(), comparator, metric, v[u"verdict"].toString(),
                            sentence(metric, v, alpha, comparator)});
            }
            const QJsonObject subgroups = d[u"subgroups"].toObject();
            for (auto column = subgroups.begin(); column != subgroups.end(); ++column) {
                for (const QJsonValue& g : column.value().toArray()) {
                    for (const QString& metric : metrics) {
                        const QJsonObject v = g[u"verdicts"][metric].toObject();
                        const QString verdict = v[u"verdict"].toString();
                        if (verdict == u"inferior" || verdict == u"inconclusive") {
                            out.append({name, role, column.key() + QStringLiteral(" = ") + g[u"group"].toString(),
                                        comparator, metric, verdict, sentence(metric, v, alpha, comparator)});
                        }
                    }
                }
            }
        }
    }
    return out;
}

} // namespace cs::ChangeRequestEvidence
