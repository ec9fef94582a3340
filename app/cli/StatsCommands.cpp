// countersign-cli stats: validation statistics on a prediction file (issue #5).
#include "CliCommands.h"
#include "CliSupport.h"
#include "importers/CsvReader.h"
#include "stats/Classification.h"
#include "stats/Comparison.h"
#include "stats/Drift.h"
#include "util/Parallel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <atomic>
#include <charconv>
#include <cmath>
#include <map>
#include <memory>
#include <thread>
#include <unordered_map>

namespace cs::cli {

namespace {

QJsonValue number(const std::optional<double>& v)
{
    return v && std::isfinite(*v) ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
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

int statsCompare(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Compare a reference and a candidate model on one validation set: AUC with DeLong intervals and the paired "
        "DeLong test, sensitivity, specificity, PPV, NPV and accuracy with Wilson intervals, Brier score, McNemar's "
        "test, Newcombe's interval for the accuracy difference and the non-inferiority decision."));
    parser.addOption({QStringLiteral("label"), QStringLiteral("The label column (0/1, true/false, yes/no)."),
                      QStringLiteral("COL")});
    parser.addOption(
        {QStringLiteral("reference"), QStringLiteral("The reference model's score column."), QStringLiteral("COL")});
    parser.addOption(
        {QStringLiteral("candidate"), QStringLiteral("The candidate model's score column."), QStringLiteral("COL")});
    parser.addOption({QStringLiteral("threshold"), QStringLiteral("Predicted positive iff score >= T (default 0.5)."),
                      QStringLiteral("T"), QStringLiteral("0.5")});
    parser.addOption({QStringLiteral("threshold-reference"), QStringLiteral("Threshold of the reference model."),
                      QStringLiteral("T")});
    parser.addOption({QStringLiteral("threshold-candidate"), QStringLiteral("Threshold of the candidate model."),
                      QStringLiteral("T")});
    parser.addOption({QStringLiteral("alpha"), QStringLiteral("1 - confidence level (default 0.05)."),
                      QStringLiteral("A"), QStringLiteral("0.05")});
    parser.addOption({QStringLiteral("margin"), QStringLiteral("Non-inferiority margin on accuracy (default 0.05)."),
                      QStringLiteral("M"), QStringLiteral("0.05")});
    parser.addOption(
        {QStringLiteral("group"), QStringLiteral("A subgroup column: metrics per group."), QStringLiteral("COL")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON (the only output for now).")});
    if (!parse(parser, QStringLiteral("stats compare"), args, {QStringLiteral("FILE.csv")})) {
        return exitAfterParse(args);
    }
    for (const char* required : {"label", "reference", "candidate"}) {
        if (!parser.isSet(QLatin1String(required))) {
            return fail(QStringLiteral("stats compare: give --label COL, --reference COL and --candidate COL"));
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
        return fail(QStringLiteral("stats compare: --threshold, --alpha (between 0 and 1) and --margin take numbers"));
    }
    double thresholds[2] = {*threshold, *threshold};
    for (const auto& [name, index] : {std::pair {"threshold-reference", 0}, std::pair {"threshold-candidate", 1}}) {
        if (parser.isSet(QLatin1String(name))) {
            const auto t = option(name);
            if (!t) {
                return fail(QStringLiteral("stats compare: --%1 takes a number").arg(QLatin1String(name)));
            }
            thresholds[index] = *t;
        }
    }
    stats::ComparisonRequest request;
    request.file = parser.positionalArguments().first();
    request.label = parser.value(QStringLiteral("label"));
    request.reference = parser.value(QStringLiteral("reference"));
    request.candidate = parser.value(QStringLiteral("candidate"));
    request.group = parser.value(QStringLiteral("group"));
    request.thresholds[0] = thresholds[0];
    request.thresholds[1] = thresholds[1];
    auto loaded = stats::loadComparison(request);
    if (!loaded) {
        return fail(loaded.error().message, Failure);
    }
    stats::ComparisonData& data = loaded.value();
    // Subgroups first: the overall comparison sorts (and frees) the rows.
    QJsonArray groups;
    if (!request.group.isEmpty()) {
        std::vector<std::vector<quint32>> rowsOf(size_t(data.groupNames.size()));
        for (size_t i = 0; i < data.groupOf.size(); ++i) {
            rowsOf[data.groupOf[i]].push_back(quint32(i));
        }
        std::map<QString, const std::vector<quint32>*> members; // sorted by group value
        for (qsizetype g = 0; g < data.groupNames.size(); ++g) {
            members[data.groupNames[g]] = &rowsOf[size_t(g)];
        }
        for (const auto& [value, rows] : members) {
            stats::ComparisonData subset = stats::subsetComparison(data, *rows, thresholds);
            const stats::ComparisonResult g = stats::compareModels(subset, *alpha);
            groups.append(QJsonObject {{QStringLiteral("group"), value},
                                       {QStringLiteral("n"), g.n},
                                       {QStringLiteral("reference"), metrics(g.reference)},
                                       {QStringLiteral("candidate"), metrics(g.candidate)}});
        }
    }
    const stats::ComparisonResult c = stats::compareModels(data, *alpha);
    QJsonObject result {{QStringLiteral("n"), c.n},
                        {QStringLiteral("positives"), c.positives},
                        {QStringLiteral("negatives"), c.n - c.positives},
                        {QStringLiteral("reference"), metrics(c.reference)},
                        {QStringLiteral("candidate"), metrics(c.candidate)}};
    const stats::McNemar& m = c.mcnemar;
    result.insert(QStringLiteral("mcnemar"),
                  QJsonObject {{QStringLiteral("both_correct"), m.bothCorrect},
                               {QStringLiteral("reference_only_correct"), m.referenceOnly},
                               {QStringLiteral("candidate_only_correct"), m.candidateOnly},
                               {QStringLiteral("both_wrong"), m.bothWrong},
                               {QStringLiteral("statistic"), m.statistic},
                               {QStringLiteral("p_value"), m.pValue},
                               {QStringLiteral("p_exact"), m.pExact}});
    const stats::PairedAuc& d = c.delong;
    result.insert(QStringLiteral("delong"),
                  QJsonObject {{QStringLiteral("difference"), number(d.difference)},
                               {QStringLiteral("se"), number(d.se)},
                               {QStringLiteral("z"), number(d.z)},
                               {QStringLiteral("p_value"), number(d.pValue)},
                               {QStringLiteral("ci_low"), number(d.low)},
                               {QStringLiteral("ci_high"), number(d.high)}});
    const stats::Estimate& diff = c.accuracyDifference;
    result.insert(QStringLiteral("accuracy_difference"), estimate(diff));
    const stats::NonInferiority decision = stats::nonInferiority(diff, *margin);
    result.insert(QStringLiteral("noninferiority"),
                  QJsonObject {{QStringLiteral("margin"), decision.margin},
                               {QStringLiteral("noninferior"), decision.nonInferior},
                               {QStringLiteral("superior"), decision.superior}});
    if (!request.group.isEmpty()) {
        result.insert(QStringLiteral("groups"), groups);
    }
    out() << QJsonDocument(result).toJson(QJsonDocument::Indented);
    return Success;
}

namespace {

/// Empty, NA, NaN and null, in any case, are missing values.
bool isMissing(std::string_view text)
{
    const std::string_view t = stats::trimBlanks(text);
    if (t.size() > 4) {
        return false;
    }
    char lower[4] = {};
    for (size_t i = 0; i < t.size(); ++i) {
        lower[i] = char(t[i] >= 'A' && t[i] <= 'Z' ? t[i] - 'A' + 'a' : t[i]);
    }
    const std::string_view l(lower, t.size());
    return l.empty() || l == "na" || l == "nan" || l == "null";
}

std::optional<double> parseFinite(std::string_view text)
{
    std::string_view t = stats::trimBlanks(text);
    if (!t.empty() && t.front() == '+') {
        t.remove_prefix(1);
    }
    return stats::parseFiniteNumber(t);
}

/// Values kept in blocks while a file is read, so that growing never copies (and never holds) twice the column.
class BlockedValues
{
public:
    void push(double v)
    {
        if (m_blocks.empty() || m_blocks.back().size() == blockSize) {
            m_blocks.emplace_back().reserve(blockSize);
        }
        m_blocks.back().push_back(v);
        ++m_size;
    }
    size_t size() const { return m_size; }
    void clear()
    {
        m_blocks.clear();
        m_blocks.shrink_to_fit();
        m_size = 0;
    }
    /// Moves the values into one vector, freeing each block as it is copied.
    std::vector<double> take()
    {
        std::vector<double> out;
        out.reserve(m_size);
        for (auto& block : m_blocks) {
            out.insert(out.end(), block.begin(), block.end());
            std::vector<double>().swap(block);
        }
        clear();
        return out;
    }

private:
    static constexpr size_t blockSize = 1 << 16;
    std::vector<std::vector<double>> m_blocks;
    size_t m_size = 0;
};

/// One column in one window. Each window is read by its own thread, so nothing here is shared.
struct WindowColumn
{
    bool numeric = true; ///< every non-missing value so far is a finite number
    bool numbersKept = false; ///< numbers were kept before a text turned up: count the texts again
    bool recount = false;
    BlockedValues values;
    std::unordered_map<std::string, qint64> counts;
    qint64 missing = 0;
};

struct DriftColumnState
{
    QString name;
    qsizetype index[2] = {-1, -1};
    WindowColumn window[2];
    bool numeric() const { return window[0].numeric && window[1].numeric; }
};

/// Reads one window. `countOnly` re-reads a file to count the texts of the columns that turned categorical.
Result<bool> readWindow(const QString& file, int window, std::vector<DriftColumnState>& columns, bool countOnly)
{
    auto reader = CsvReader::open(file);
    if (!reader) {
        return reader.error();
    }
    CsvReader& csv = *reader.value();
    auto names = csv.header();
    if (!names) {
        return names.error();
    }
    const qsizetype width = names.value().size();
    qint64 rows = 0;
    for (;;) {
        auto more = csv.next();
        if (!more) {
            return more.error();
        }
        if (!more.value()) {
            break;
        }
        ++rows;
        if (csv.fieldCount() != width) {
            return Error(ErrorCode::InvalidArgument,
                         QStringLiteral("%1, row %2: %3 fields, the header has %4")
                             .arg(file)
                             .arg(csv.recordNumber() - 1)
                             .arg(csv.fieldCount())
                             .arg(width));
        }
        for (DriftColumnState& c : columns) {
            WindowColumn& w = c.window[window];
            if (countOnly && !w.recount) {
                continue;
            }
            const std::string_view field = csv.field(c.index[window]);
            if (w.numeric && !countOnly) {
                if (const auto v = stats::parseFiniteNumber(field)) { // the common case, without trimming
                    w.values.push(*v);
                    continue;
                }
            }
            if (isMissing(field)) {
                if (!countOnly) {
                    ++w.missing;
                }
                continue;
            }
            if (w.numeric && !countOnly) {
                if (const auto v = parseFinite(field)) {
                    w.values.push(*v);
                    continue;
                }
                w.numeric = false;
                w.numbersKept = w.values.size() > 0;
                w.values.clear();
            }
            ++w.counts[std::string(field)];
        }
    }
    if (rows == 0) {
        return Error(ErrorCode::InvalidArgument, QStringLiteral("%1 has a header but no rows").arg(file));
    }
    return true;
}

QJsonObject driftJson(const stats::ColumnDrift& c)
{
    QJsonObject o {{QStringLiteral("name"), c.name},
                   {QStringLiteral("type"), c.numeric ? QStringLiteral("numeric") : QStringLiteral("categorical")},
                   {QStringLiteral("n_reference"), c.nReference},
                   {QStringLiteral("n_current"), c.nCurrent},
                   {QStringLiteral("missing_reference"), c.missingReference},
                   {QStringLiteral("missing_current"), c.missingCurrent},
                   {QStringLiteral("n_unique"), c.nUnique},
                   {QStringLiteral("method"), stats::driftMethodName(c.method)},
                   {QStringLiteral("score"), number(c.score)},
                   {QStringLiteral("threshold"), c.threshold},
                   {QStringLiteral("drift"), c.drift},
                   {QStringLiteral("psi"), number(c.psi)}};
    if (c.numeric) {
        o.insert(QStringLiteral("ks_statistic"), number(c.ksStatistic));
        o.insert(QStringLiteral("ks_p_value"), number(c.ksPValue));
        o.insert(QStringLiteral("wasserstein"), number(c.wasserstein));
        o.insert(QStringLiteral("wasserstein_normed"), number(c.wassersteinNormed));
    }
    return o;
}

} // namespace

int statsDrift(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Compare a reference window with a current window column by column, with Evidently's default test for each "
        "column (Kolmogorov-Smirnov, chi-square, two-proportion z, Jensen-Shannon or Wasserstein) and the "
        "population stability index."));
    parser.addOption(
        {QStringLiteral("reference"), QStringLiteral("The reference window (CSV)."), QStringLiteral("REF.csv")});
    parser.addOption(
        {QStringLiteral("current"), QStringLiteral("The current window (CSV)."), QStringLiteral("CUR.csv")});
    parser.addOption({QStringLiteral("columns"),
                      QStringLiteral("Only these columns, comma-separated (default: every column of the reference)."),
                      QStringLiteral("a,b,c")});
    parser.addOption({QStringLiteral("bins"), QStringLiteral("PSI bins: reference quantiles (default 10)."),
                      QStringLiteral("N"), QStringLiteral("10")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON (the only output for now).")});
    if (!parse(parser, QStringLiteral("stats drift"), args, {})) {
        return exitAfterParse(args);
    }
    if (!parser.isSet(QStringLiteral("reference")) || !parser.isSet(QStringLiteral("current"))) {
        return fail(QStringLiteral("stats drift: give --reference REF.csv and --current CUR.csv"));
    }
    bool binsOk = false;
    const int bins = parser.value(QStringLiteral("bins")).toInt(&binsOk);
    if (!binsOk || bins < 2 || bins > 1000) {
        return fail(QStringLiteral("stats drift: --bins takes a whole number from 2 to 1000, not \"%1\"")
                        .arg(parser.value(QStringLiteral("bins"))));
    }
    const QString files[2] = {parser.value(QStringLiteral("reference")), parser.value(QStringLiteral("current"))};
    QStringList headers[2];
    for (int w = 0; w < 2; ++w) {
        auto reader = CsvReader::open(files[w]);
        if (!reader) {
            return fail(reader.error().message, Failure);
        }
        auto names = reader.value()->header();
        if (!names) {
            return fail(names.error().message, Failure);
        }
        headers[w] = names.value();
    }
    QStringList wanted = headers[0];
    if (parser.isSet(QStringLiteral("columns"))) {
        QStringList listed;
        for (const QString& part : parser.value(QStringLiteral("columns")).split(u',')) {
            if (!headers[0].contains(part)) {
                return fail(QStringLiteral("%1: there is no column \"%2\" (the header has: %3)")
                                .arg(files[0], part, headers[0].join(u", ")),
                            Failure);
            }
            listed.append(part);
        }
        wanted.removeIf([&](const QString& name) { return !listed.contains(name); });
    }
    std::vector<DriftColumnState> columns(size_t(wanted.size()));
    for (qsizetype i = 0; i < wanted.size(); ++i) {
        DriftColumnState& c = columns[size_t(i)];
        c.name = wanted[i];
        c.index[0] = headers[0].indexOf(c.name);
        c.index[1] = headers[1].indexOf(c.name);
        if (c.index[1] < 0) {
            return fail(QStringLiteral("%1: there is no column \"%2\", which the reference %3 has")
                            .arg(files[1], c.name, files[0]),
                        Failure);
        }
    }
    // The two windows are read at once, one thread each; then any window whose numbers must become texts (the
    // column is categorical because of the other window, or of a later value) is counted again.
    const auto readBoth = [&](bool countOnly) -> std::optional<Error> {
        std::optional<Error> errors[2];
        std::thread second([&] {
            if (auto r = readWindow(files[1], 1, columns, countOnly); !r) {
                errors[1] = r.error();
            }
        });
        if (auto r = readWindow(files[0], 0, columns, countOnly); !r) {
            errors[0] = r.error();
        }
        second.join();
        return errors[0] ? errors[0] : errors[1];
    };
    if (auto e = readBoth(false)) {
        return fail(e->message, Failure);
    }
    bool recount = false;
    for (DriftColumnState& c : columns) {
        if (c.numeric()) {
            continue;
        }
        for (WindowColumn& w : c.window) {
            if (w.numeric || w.numbersKept) {
                w.recount = true;
                w.numeric = false;
                w.values.clear();
                w.counts.clear();
                recount = true;
            }
        }
    }
    if (recount) {
        if (auto e = readBoth(true)) {
            return fail(e->message, Failure);
        }
    }
    // Each column's statistics on its own thread.
    std::vector<stats::ColumnDrift> results(columns.size());
    std::atomic<size_t> nextColumn {0};
    runParallel(workerCount(), [&](int) {
        for (size_t k = nextColumn++; k < columns.size(); k = nextColumn++) {
            DriftColumnState& c = columns[k];
            stats::DriftInput input;
            input.name = c.name;
            input.numeric = c.numeric();
            input.missingReference = c.window[0].missing;
            input.missingCurrent = c.window[1].missing;
            if (input.numeric) {
                input.reference = c.window[0].values.take();
                input.current = c.window[1].values.take();
            } else {
                for (int w = 0; w < 2; ++w) {
                    for (auto& [text, count] : c.window[w].counts) {
                        auto& slot = input.categories[text];
                        (w == 0 ? slot.first : slot.second) = count;
                    }
                    c.window[w].counts = {};
                }
            }
            results[k] = stats::columnDrift(input, bins);
        }
    });
    stats::adjustHolm(results);
    QJsonArray out;
    for (const stats::ColumnDrift& c : results) {
        out.append(driftJson(c));
    }
    cli::out() << QJsonDocument(QJsonObject {{QStringLiteral("columns"), out}}).toJson(QJsonDocument::Indented);
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
    return fail(QStringLiteral("stats: expected compare or drift"));
}

} // namespace cs::cli
