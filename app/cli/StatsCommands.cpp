// countersign-cli stats: validation statistics on a prediction file (issue #5).
#include "CliCommands.h"
#include "CliSupport.h"
#include "queries/StatisticsQuery.h"
#include "stats/Classification.h"
#include "stats/Comparison.h"
#include "stats/ComparisonReport.h"
#include "stats/DriftFile.h"
#include "stats/DriftJson.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <map>

namespace cs::cli {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::cli::StatsCommands)
};
} // namespace

namespace { } // namespace

int statsCompare(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(
        "Compare a reference and a candidate model on one validation set: AUC with DeLong intervals and the paired "
        "DeLong test, sensitivity, specificity, PPV, NPV and accuracy with Wilson intervals, Brier score, McNemar's "
        "test, Newcombe's interval for the accuracy difference and the non-inferiority decision."));
    parser.addOption(
        {QStringLiteral("label"), Tr::tr("The label column (0/1, true/false, yes/no)."), QStringLiteral("COL")});
    parser.addOption(
        {QStringLiteral("reference"), Tr::tr("The reference model's score column."), QStringLiteral("COL")});
    parser.addOption(
        {QStringLiteral("candidate"), Tr::tr("The candidate model's score column."), QStringLiteral("COL")});
    parser.addOption({QStringLiteral("threshold"), Tr::tr("Predicted positive iff score >= T (default 0.5)."),
                      QStringLiteral("T"), QStringLiteral("0.5")});
    parser.addOption(
        {QStringLiteral("threshold-reference"), Tr::tr("Threshold of the reference model."), QStringLiteral("T")});
    parser.addOption(
        {QStringLiteral("threshold-candidate"), Tr::tr("Threshold of the candidate model."), QStringLiteral("T")});
    parser.addOption({QStringLiteral("alpha"), Tr::tr("1 - confidence level (default 0.05)."), QStringLiteral("A"),
                      QStringLiteral("0.05")});
    parser.addOption({QStringLiteral("margin"), Tr::tr("Non-inferiority margin on accuracy (default 0.05)."),
                      QStringLiteral("M"), QStringLiteral("0.05")});
    parser.addOption({QStringLiteral("group"), Tr::tr("A subgroup column: metrics per group."), QStringLiteral("COL")});
    parser.addOption({QStringLiteral("dataset"),
                      Tr::tr("With a WORKSPACE instead of FILE.csv: the dataset whose stored predictions are "
                             "compared."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("model"),
                      Tr::tr("With --dataset: the model (needed when versions of several models have "
                             "predictions on the dataset)."),
                      QStringLiteral("NAME")});
    parser.addOption(
        {QStringLiteral("reference-version"), Tr::tr("With --dataset: the reference version."), QStringLiteral("V")});
    parser.addOption(
        {QStringLiteral("candidate-version"), Tr::tr("With --dataset: the candidate version."), QStringLiteral("V")});
    parser.addOption({QStringLiteral("json"), Tr::tr("Print JSON (the only output for now).")});
    if (!parse(parser, QStringLiteral("stats compare"), args, {QStringLiteral("FILE.csv|WORKSPACE")})) {
        return exitAfterParse(args);
    }
    // Two forms: a file with its columns, or a workspace with its dataset and versions; never a mix.
    const bool stored = parser.isSet(QStringLiteral("dataset"));
    for (const char* option : {"label", "reference", "candidate", "reference-version", "candidate-version"}) {
        const bool forWorkspace = QByteArrayView(option).endsWith("-version");
        if (parser.isSet(QLatin1String(option)) != (forWorkspace == stored)) {
            return fail(Tr::tr("stats compare: give FILE.csv with --label COL, --reference COL and --candidate "
                               "COL, or WORKSPACE with --dataset NAME, --reference-version V and "
                               "--candidate-version V"));
        }
    }
    const auto option = [&](const char* name) -> std::optional<double> {
        const QString text = parser.value(QLatin1String(name));
        bool ok = false;
        const double v = text.toDouble(&ok);
        if (!ok || !std::isfinite(v)) {
            return std::nullopt;
        }
        return v;
    };
    const auto threshold = option("threshold");
    const auto alpha = option("alpha");
    const auto margin = option("margin");
    if (!threshold || !alpha || !margin || *alpha <= 0 || *alpha >= 1) {
        return fail(Tr::tr("stats compare: --threshold, --alpha (between 0 and 1) and --margin take numbers"));
    }
    double thresholds[2] = {*threshold, *threshold};
    for (const auto& [name, index] : {std::pair {"threshold-reference", 0}, std::pair {"threshold-candidate", 1}}) {
        if (parser.isSet(QLatin1String(name))) {
            const auto t = option(name);
            if (!t) {
                return fail(Tr::tr("stats compare: --%1 takes a number").arg(QLatin1String(name)));
            }
            thresholds[index] = *t;
        }
    }
    const bool grouped = !parser.value(QStringLiteral("group")).isEmpty();
    Result<stats::ComparisonData> loaded = Error(ErrorCode::Internal, QString());
    if (stored) {
        // The stored predictions, read as they are: no account is needed to read.
        auto ws = Workspace::open(parser.positionalArguments().first(), OpenMode::ReadOnly);
        if (!ws) {
            return fail(ws.error().message, Failure);
        }
        StoredComparisonRequest request;
        request.dataset = parser.value(QStringLiteral("dataset"));
        request.model = parser.value(QStringLiteral("model"));
        request.reference = parser.value(QStringLiteral("reference-version"));
        request.candidate = parser.value(QStringLiteral("candidate-version"));
        if (grouped) {
            request.groups = {parser.value(QStringLiteral("group"))};
        }
        request.thresholds[0] = thresholds[0];
        request.thresholds[1] = thresholds[1];
        loaded = StatisticsQuery(*ws.value()).comparison(request);
    } else {
        stats::ComparisonRequest request;
        request.file = parser.positionalArguments().first();
        request.label = parser.value(QStringLiteral("label"));
        request.reference = parser.value(QStringLiteral("reference"));
        request.candidate = parser.value(QStringLiteral("candidate"));
        request.group = parser.value(QStringLiteral("group"));
        request.thresholds[0] = thresholds[0];
        request.thresholds[1] = thresholds[1];
        loaded = stats::loadComparison(request);
    }
    if (!loaded) {
        return fail(loaded.error().message, Failure);
    }
    stats::ReportOptions options;
    options.alpha = *alpha;
    options.margin = *margin;
    options.thresholds[0] = thresholds[0];
    options.thresholds[1] = thresholds[1];
    options.groups = grouped;
    const QJsonObject result = stats::compareReport(loaded.value(), options);
    out() << QJsonDocument(result).toJson(QJsonDocument::Indented);
    return Success;
}

int statsDrift(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(
        "Compare a reference window with a current window column by column, with Evidently's default test for each "
        "column (Kolmogorov-Smirnov, chi-square, two-proportion z, Jensen-Shannon or Wasserstein) and the "
        "population stability index."));
    parser.addOption({QStringLiteral("reference"), Tr::tr("The reference window (CSV)."), QStringLiteral("REF.csv")});
    parser.addOption({QStringLiteral("current"), Tr::tr("The current window (CSV)."), QStringLiteral("CUR.csv")});
    parser.addOption({QStringLiteral("columns"),
                      Tr::tr("Only these columns, comma-separated (default: every column of the reference)."),
                      QStringLiteral("a,b,c")});
    parser.addOption({QStringLiteral("bins"), Tr::tr("PSI bins: reference quantiles (default 10)."),
                      QStringLiteral("N"), QStringLiteral("10")});
    parser.addOption({QStringLiteral("json"), Tr::tr("Print JSON (the only output for now).")});
    if (!parse(parser, QStringLiteral("stats drift"), args, {})) {
        return exitAfterParse(args);
    }
    if (!parser.isSet(QStringLiteral("reference")) || !parser.isSet(QStringLiteral("current"))) {
        return fail(Tr::tr("stats drift: give --reference REF.csv and --current CUR.csv"));
    }
    bool binsOk = false;
    const int bins = parser.value(QStringLiteral("bins")).toInt(&binsOk);
    if (!binsOk || bins < 2 || bins > 1000) {
        return fail(Tr::tr("stats drift: --bins takes a whole number from 2 to 1000, not \"%1\"")
                        .arg(parser.value(QStringLiteral("bins"))));
    }
    stats::DriftRequest request;
    request.reference = parser.value(QStringLiteral("reference"));
    request.current = parser.value(QStringLiteral("current"));
    if (parser.isSet(QStringLiteral("columns"))) {
        request.columns = parser.value(QStringLiteral("columns")).split(u',');
    }
    request.bins = bins;
    auto drift = stats::driftFromFiles(request);
    if (!drift) {
        return fail(drift.error().message, Failure);
    }
    // Written one column at a time, in the layout QJsonDocument gives the whole document: for 100,000 columns the
    // document and its text at once took hundreds of MB.
    const std::vector<stats::ColumnDrift>& results = drift.value();
    cli::out() << "{\n    \"columns\": [\n";
    for (size_t i = 0; i < results.size(); ++i) {
        QByteArray text = QJsonDocument(stats::driftJson(results[i])).toJson(QJsonDocument::Indented);
        text.chop(1);
        text.replace("\n", "\n        ");
        cli::out() << "        " << text << (i + 1 < results.size() ? ",\n" : "\n");
    }
    cli::out() << "    ]\n}\n";
    return Success;
}

int stats(const QStringList& args)
{
    if (!args.isEmpty() && args.first() == u"compare") {
        return statsCompare(args.mid(1));
    }
    if (!args.isEmpty() && args.first() == u"drift") {
        return statsDrift(args.mid(1));
    }
    return fail(Tr::tr("stats: expected compare or drift"));
}

} // namespace cs::cli
