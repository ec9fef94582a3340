#include "DriftMonitor.h"

#include "audit/RecordCheck.h"
#include "pccp/PccpRecord.h"
#include "registry/PccpEvaluation.h"
#include "registry/WindowPerformance.h"
#include "stats/ComparisonReport.h"
#include "stats/DriftJson.h"
#include "store/DatasetTables.h"
#include "store/DriftTables.h"
#include "store/RegistryTables.h"
#include "util/Parallel.h"

#include <QCoreApplication>
#include <QHash>

#include <atomic>
#include <cmath>

namespace cs {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::DriftMonitor)
};

QString num(double v)
{
    return QString::number(v, 'g', 4);
}

bool isPValueMethod(stats::DriftMethod m)
{
    return m == stats::DriftMethod::KolmogorovSmirnov || m == stats::DriftMethod::ChiSquare ||
        m == stats::DriftMethod::ProportionZ;
}

/// Whether a column drifted for the alert: p-value methods on Holm's adjusted p-value (the family of features is
/// tested together), distance methods on the distance as the contract decides.
bool driftedForAlert(const stats::ColumnDrift& c)
{
    if (isPValueMethod(c.method)) {
        return c.holmPValue && *c.holmPValue < c.threshold;
    }
    return c.drift;
}

struct Loaded
{
    Dataset dataset;
    QList<DatasetFeature> features;
};

Result<Loaded> load(Database& db, const QString& name, const QString& what)
{
    DatasetTable datasets(db);
    auto found = datasets.dataset(name);
    if (!found) {
        return found.error();
    }
    if (!found.value()) {
        return Error(ErrorCode::NotFound, Tr::tr("there is no dataset %1 in the workspace (the %2)").arg(name, what));
    }
    Loaded l {*found.value(), {}};
    if (auto r = RecordCheck::require(db, QStringLiteral("dataset"), RecordKey::of(l.dataset.id)); !r) {
        return r.error();
    }
    auto features = FeatureTable(db).features(l.dataset.id);
    if (!features) {
        return features.error();
    }
    for (const DatasetFeature& f : features.value()) {
        if (auto r = RecordCheck::require(db, QStringLiteral("dataset_feature"), RecordKey::of(f.id)); !r) {
            return r.error();
        }
    }
    l.features = features.value();
    if (l.features.isEmpty()) {
        return Error(ErrorCode::Rule,
                     Tr::tr("dataset %1 has no features; import its file with --feature COLUMN for "
                            "each feature to monitor")
                         .arg(name));
    }
    return l;
}

/// A dataset's scores by one version, NaN where a sample has none; empty when the version has no predictions there.
Result<std::optional<std::vector<double>>> scoresOf(Database& db, qint64 versionId, const Dataset& d)
{
    auto set = DatasetTable(db).predictionSet(versionId, d.id);
    if (!set) {
        return set.error();
    }
    if (!set.value()) {
        return std::optional<std::vector<double>>();
    }
    if (auto r = RecordCheck::require(db, QStringLiteral("prediction_set"), RecordKey::of(set.value()->id)); !r) {
        return r.error();
    }
    auto cursor = ScoreCursor::open(db, set.value()->id, d.sampleCount);
    if (!cursor) {
        return cursor.error();
    }
    std::vector<double> scores(size_t(d.sampleCount));
    for (qint64 row = 0; row < d.sampleCount; ++row) {
        if (row >= cursor->end()) {
            if (auto s = cursor->advanceTo(row); !s) {
                return s.error();
            }
        }
        scores[size_t(row)] = cursor->score(row);
    }
    return std::optional(std::move(scores));
}

void addNumeric(const std::vector<double>& values, std::vector<double>& into, qint64& missing)
{
    into.reserve(values.size());
    for (double v : values) {
        if (std::isnan(v)) {
            ++missing;
        } else {
            into.push_back(v);
        }
    }
}

void addCategorical(const std::vector<double>& codes, const QStringList& categories, bool reference,
                    stats::DriftInput& input, qint64& missing)
{
    std::vector<qint64> counts(size_t(categories.size()), 0);
    for (double v : codes) {
        if (std::isnan(v) || v < 0 || v >= double(categories.size())) {
            ++missing;
        } else {
            ++counts[size_t(v)];
        }
    }
    for (qsizetype k = 0; k < categories.size(); ++k) {
        if (counts[size_t(k)] == 0) {
            continue;
        }
        auto& slot = input.categories[categories[k].toStdString()];
        (reference ? slot.first : slot.second) = counts[size_t(k)];
    }
}

QJsonObject columnJson(const stats::ColumnDrift& c)
{
    QJsonObject o = stats::driftJson(c);
    o.insert(QStringLiteral("holm_p_value"), stats::jsonNumber(c.holmPValue));
    o.insert(QStringLiteral("drifted"), driftedForAlert(c));
    o.insert(QStringLiteral("psi_bins"), stats::psiBinsJson(c));
    return o;
}

QJsonObject breach(const QString& kind, const QString& text, const QJsonObject& more = {})
{
    QJsonObject o = more;
    o.insert(QStringLiteral("kind"), kind);
    o.insert(QStringLiteral("text"), text);
    return o;
}
/// What the monitoring rules read of a run.
struct RunNumbers
{
    const std::vector<stats::ColumnDrift>& columns;
    double share;
    QJsonValue performance; ///< null: the window has no labels
    QString window;
};

/// Evaluates the PCCP's real-world monitoring rules on a run's numbers: a drift rule reads the run (the PSI of its
/// feature, the drifted share), a performance rule the version's performance on a labelled window (overall or per
/// subgroup, PccpEvaluation's verdicts). Each failure is a breach.
QJsonArray monitoringRules(const PccpRecord& pccp, const RunNumbers& run, QJsonArray& reasons)
{
    QJsonArray monitoring;
    for (const PccpRule& rule : pccp.content.monitoring) {
        std::optional<double> value;
        QString note;
        RuleVerdict verdict = RuleVerdict::NotEvaluable;
        QJsonArray readings;
        if (rule.metric == PccpRule::Metric::DriftedShare) {
            value = run.share;
        } else if (rule.metric == PccpRule::Metric::Psi) {
            for (const stats::ColumnDrift& c : run.columns) {
                if (c.name == rule.feature) {
                    value = c.psi;
                }
            }
            if (!value) {
                note = Tr::tr("the run has no PSI of feature %1").arg(rule.feature);
            }
        } else {
            const RuleOutcome outcome = evaluateOnWindow(rule, run.performance, run.window);
            verdict = outcome.verdict;
            readings = outcome.toJson()[u"readings"].toArray();
            for (const RuleOutcome::Reading& r : outcome.readings) { // the reading that decided the verdict
                if (r.inScope && r.verdict == verdict && !value) {
                    value = r.value;
                    note = r.scope.isEmpty() ? r.note : r.scope + (r.note.isEmpty() ? QString() : u": " + r.note);
                }
            }
        }
        if (readings.isEmpty() && value) {
            verdict = rule.meets(*value) ? RuleVerdict::Pass : RuleVerdict::Fail;
        }
        QJsonObject o {{QStringLiteral("id"), rule.id},
                       {QStringLiteral("text"), rule.text()},
                       {QStringLiteral("severity"), nameOf(rule.severity)},
                       {QStringLiteral("value"), stats::jsonNumber(value)},
                       {QStringLiteral("verdict"), nameOf(verdict)}};
        if (!note.isEmpty()) {
            o.insert(QStringLiteral("note"), note);
        }
        if (!readings.isEmpty()) {
            o.insert(QStringLiteral("readings"), readings);
        }
        monitoring.append(o);
        if (verdict == RuleVerdict::Fail) {
            reasons.append(
                breach(QStringLiteral("pccp-rule"),
                       Tr::tr("PCCP %1 monitoring rule %2 (%3) failed: %4 is %5")
                               .arg(pccp.reference(), rule.id, nameOf(rule.severity), rule.text(),
                                    value ? num(*value) : QStringLiteral("-")) +
                           (note.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(note)),
                       {{QStringLiteral("rule"), rule.id}, {QStringLiteral("value"), stats::jsonNumber(value)}}));
        }
    }
    return monitoring;
}

/// The drift input of each reference feature against the window's feature of that name, in the reference's order.
Result<std::vector<stats::DriftInput>> featureInputs(Database& db, const DriftRunRequest& request, const Loaded& window,
                                                     const Loaded& reference)
{
    QHash<QString, const DatasetFeature*> inWindow;
    for (const DatasetFeature& f : window.features) {
        inWindow.insert(f.name, &f);
    }
    FeatureTable features(db);
    std::vector<stats::DriftInput> inputs;
    for (const DatasetFeature& ref : reference.features) {
        const DatasetFeature* cur = inWindow.value(ref.name);
        if (!cur) {
            return Error(ErrorCode::Rule,
                         Tr::tr("window %1 has no feature %2, which the reference %3 has")
                             .arg(request.window, ref.name, request.reference));
        }
        if (cur->numeric != ref.numeric) {
            return Error(ErrorCode::Rule,
                         Tr::tr("feature %1 is %2 in %3 but %4 in %5; a feature is compared only as one type")
                             .arg(ref.name, ref.numeric ? Tr::tr("numeric") : Tr::tr("categorical"), request.reference,
                                  cur->numeric ? Tr::tr("numeric") : Tr::tr("categorical"), request.window));
        }
        auto refValues = features.values(ref);
        auto curValues = features.values(*cur);
        if (!refValues || !curValues) {
            return !refValues ? refValues.error() : curValues.error();
        }
        stats::DriftInput in;
        in.name = ref.name;
        in.numeric = ref.numeric;
        if (ref.numeric) {
            addNumeric(refValues.value(), in.reference, in.missingReference);
            addNumeric(curValues.value(), in.current, in.missingCurrent);
        } else {
            addCategorical(refValues.value(), ref.categories, true, in, in.missingReference);
            addCategorical(curValues.value(), cur->categories, false, in, in.missingCurrent);
        }
        inputs.push_back(std::move(in));
    }
    return inputs;
}
/// The version's scores on both datasets as one numeric column, "score"; nothing when either has none.
Result<std::optional<stats::DriftInput>> scoresInput(Database& db, qint64 versionId, const Dataset& window,
                                                     const Dataset& reference)
{
    auto refScores = scoresOf(db, versionId, reference);
    auto curScores = scoresOf(db, versionId, window);
    if (!refScores || !curScores) {
        return !refScores ? refScores.error() : curScores.error();
    }
    if (!refScores.value() || !curScores.value()) {
        return std::optional<stats::DriftInput>();
    }
    stats::DriftInput in;
    in.name = QStringLiteral("score");
    addNumeric(*refScores.value(), in.reference, in.missingReference);
    addNumeric(*curScores.value(), in.current, in.missingCurrent);
    return std::optional(std::move(in));
}
/// The version whose scores a run compares: the one named, else the one in production.
Result<ModelVersion> monitoredVersion(Database& db, const DriftRunRequest& request)
{
    auto versions = RegistryTable(db).versions(request.model);
    if (!versions) {
        return versions.error();
    }
    for (const ModelVersion& v : versions.value()) {
        if (request.version.isEmpty() ? v.state == LifecycleState::Production : v.label == request.version) {
            return v;
        }
    }
    return Error(ErrorCode::NotFound,
                 request.version.isEmpty()
                     ? Tr::tr("model %1 has no version in production; name the version whose scores to compare")
                           .arg(request.model)
                     : Tr::tr("model %1 has no version %2 in this workspace").arg(request.model, request.version));
}
} // namespace

Result<DriftComputation> DriftMonitor::compute(Database& db, const DriftRunRequest& request,
                                               const std::optional<PccpRecord>& pccp)
{
    if (request.bins < 2 || request.bins > 1000) {
        return Error(ErrorCode::InvalidArgument, Tr::tr("PSI takes 2 to 1000 bins, not %1").arg(request.bins));
    }
    if (!(request.driftShareThreshold > 0 && request.driftShareThreshold <= 1)) {
        return Error(ErrorCode::InvalidArgument,
                     Tr::tr("the drifted-share threshold must be above 0 and at most 1, not %1")
                         .arg(request.driftShareThreshold));
    }
    auto window = load(db, request.window, Tr::tr("window"));
    if (!window) {
        return window.error();
    }
    auto reference = load(db, request.reference, Tr::tr("reference"));
    if (!reference) {
        return reference.error();
    }
    if (window->dataset.role != DatasetRole::ProductionWindow) {
        return Error(ErrorCode::Rule,
                     Tr::tr("dataset %1 is a %2; a drift run's window is a production window")
                         .arg(request.window, displayNameOf(window->dataset.role).toLower()));
    }
    if (reference->dataset.role == DatasetRole::ProductionWindow) {
        return Error(ErrorCode::Rule,
                     Tr::tr("dataset %1 is a production window; the reference is a drift reference "
                            "or a validation or challenge set")
                         .arg(request.reference));
    }
    auto version = monitoredVersion(db, request);
    if (!version) {
        return version.error();
    }

    // The inputs, one a feature in the reference's order, then the scores.
    auto gathered = featureInputs(db, request, window.value(), reference.value());
    if (!gathered) {
        return gathered.error();
    }
    std::vector<stats::DriftInput>& inputs = gathered.value();
    auto scoreInput = scoresInput(db, version->id, window->dataset, reference->dataset);
    if (!scoreInput) {
        return scoreInput.error();
    }
    std::vector<stats::ColumnDrift> columns(inputs.size());
    std::atomic<size_t> next {0};
    runParallel(workerCount(), [&](int) {
        for (size_t k = next++; k < inputs.size(); k = next++) {
            columns[k] = stats::columnDrift(inputs[k], request.bins);
            inputs[k] = {};
        }
    });
    stats::adjustHolm(columns);

    DriftComputation out;
    out.windowId = window->dataset.id;
    out.referenceId = reference->dataset.id;
    out.version = version->label;
    QJsonArray featureJson;
    qint64 drifted = 0;
    for (const stats::ColumnDrift& c : columns) {
        featureJson.append(columnJson(c));
        if (driftedForAlert(c)) {
            ++drifted;
            out.reasons.append(breach(QStringLiteral("feature"),
                                      isPValueMethod(c.method)
                                          ? Tr::tr("feature %1 drifted: %2 test, Holm-adjusted p = %3 < %4, PSI %5")
                                                .arg(c.name, nameOf(c.method), num(c.holmPValue.value_or(0)),
                                                     num(c.threshold), c.psi ? num(*c.psi) : QStringLiteral("-"))
                                          : Tr::tr("feature %1 drifted: %2 distance %3 >= %4, PSI %5")
                                                .arg(c.name, nameOf(c.method), num(c.score.value_or(0)),
                                                     num(c.threshold), c.psi ? num(*c.psi) : QStringLiteral("-")),
                                      {{QStringLiteral("feature"), c.name}}));
        }
    }
    const double share = columns.empty() ? 0.0 : double(drifted) / double(columns.size());
    if (share >= request.driftShareThreshold) {
        out.reasons.append(breach(QStringLiteral("drifted-share"),
                                  Tr::tr("%1 of %2 features drifted (share %3 >= %4)")
                                      .arg(drifted)
                                      .arg(columns.size())
                                      .arg(num(share), num(request.driftShareThreshold)),
                                  {{QStringLiteral("value"), share}}));
    }
    QJsonValue predictionJson = QJsonValue::Null;
    if (scoreInput.value()) {
        stats::ColumnDrift c = stats::columnDrift(*scoreInput.value(), request.bins);
        QJsonObject o = stats::driftJson(c);
        o.insert(QStringLiteral("drifted"), c.drift);
        o.insert(QStringLiteral("psi_bins"), stats::psiBinsJson(c));
        predictionJson = o;
        if (c.drift) {
            out.reasons.append(breach(QStringLiteral("prediction"),
                                      Tr::tr("the scores of version %1 drifted: %2 score %3 (threshold %4), PSI %5")
                                          .arg(version->label, nameOf(c.method), num(c.score.value_or(0)),
                                               num(c.threshold), c.psi ? num(*c.psi) : QStringLiteral("-"))));
        }
    }

    // On a labelled window, the version's performance at its operating threshold, with its subgroups.
    auto performance = WindowPerformance::compute(
        db, window->dataset, {request.model, version->label, request.threshold, request.minimumPositives, 0.05});
    if (!performance) {
        return performance.error();
    }
    // The real-world monitoring rules of the PCCP in force, on this run's numbers.
    QJsonValue pccpJson = QJsonValue::Null;
    QJsonArray monitoring;
    if (pccp) {
        pccpJson = QJsonObject {{QStringLiteral("reference"), pccp->reference()},
                                {QStringLiteral("content_sha256"), pccp->contentSha256}};
        monitoring = monitoringRules(*pccp, {columns, share, performance.value(), request.window}, out.reasons);
    }

    out.content = QJsonObject {
        {QStringLiteral("model"), request.model},
        {QStringLiteral("version"), version->label},
        {QStringLiteral("window"), request.window},
        {QStringLiteral("reference"), request.reference},
        {QStringLiteral("window_samples"), window->dataset.sampleCount},
        {QStringLiteral("reference_samples"), reference->dataset.sampleCount},
        {QStringLiteral("bins"), request.bins},
        {QStringLiteral("features"), featureJson},
        {QStringLiteral("prediction"), predictionJson},
        {QStringLiteral("compared_features"), qint64(columns.size())},
        {QStringLiteral("drifted_features"), drifted},
        {QStringLiteral("drifted_share"), share},
        {QStringLiteral("drift_share_threshold"), request.driftShareThreshold},
        {QStringLiteral("performance"), performance.value()},
        {QStringLiteral("pccp"), pccpJson},
        {QStringLiteral("monitoring"), monitoring},
        {QStringLiteral("breaches"), out.reasons},
    };
    return out;
}

QString DriftMonitor::alertStatus(const QList<AlertDecision>& decisions)
{
    for (const AlertDecision& d : decisions) {
        if (d.action == AlertAction::ChangeRequested) {
            return nameOf(AlertAction::ChangeRequested);
        }
    }
    return decisions.isEmpty() ? QStringLiteral("open") : nameOf(AlertAction::Acknowledged);
}

} // namespace cs
