// countersign-cli stats: validation statistics on a prediction file (issue #5).
#include "CliCommands.h"
#include "CliSupport.h"
#include "importers/CsvReader.h"
#include "stats/Classification.h"
#include "stats/Drift.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <charconv>
#include <cmath>
#include <map>
#include <memory>
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

std::optional<double> parseNumber(std::string_view text)
{
    double v = 0;
    const auto r = std::from_chars(text.data(), text.data() + text.size(), v);
    if (r.ec != std::errc() || r.ptr != text.data() + text.size() || !std::isfinite(v)) {
        return std::nullopt;
    }
    return v;
}

std::optional<int> parseLabel(std::string_view text)
{
    const QString t = QString::fromUtf8(text.data(), qsizetype(text.size())).trimmed().toLower();
    if (t == u"1" || t == u"true" || t == u"yes") {
        return 1;
    }
    if (t == u"0" || t == u"false" || t == u"no") {
        return 0;
    }
    return std::nullopt;
}

/// The columns of one comparison, read whole (a validation set fits in memory: 3 doubles and a label per row).
struct Columns
{
    std::vector<int> labels;
    std::vector<double> reference;
    std::vector<double> candidate;
    std::vector<QString> groups;
};

Result<Columns> readColumns(const QString& file, const QString& label, const QString& reference,
                            const QString& candidate, const QString& group)
{
    auto reader = CsvReader::open(file);
    if (!reader) {
        return reader.error();
    }
    CsvReader& csv = *reader.value();
    auto header = csv.next();
    if (!header) {
        return header.error();
    }
    if (!header.value()) {
        return Error(ErrorCode::InvalidArgument, QStringLiteral("%1 is empty").arg(file));
    }
    QStringList names;
    for (qsizetype i = 0; i < csv.fieldCount(); ++i) {
        names.append(csv.fieldString(i));
    }
    const auto column = [&](const QString& name) -> Result<qsizetype> {
        const qsizetype i = names.indexOf(name);
        if (i < 0) {
            return Error(ErrorCode::InvalidArgument,
                         QStringLiteral("%1: there is no column \"%2\" (the header has: %3)")
                             .arg(file, name, names.join(u", ")));
        }
        return i;
    };
    auto labelCol = column(label);
    auto refCol = column(reference);
    auto candCol = column(candidate);
    if (!labelCol || !refCol || !candCol) {
        return !labelCol ? labelCol.error() : !refCol ? refCol.error() : candCol.error();
    }
    qsizetype groupCol = -1;
    if (!group.isEmpty()) {
        auto g = column(group);
        if (!g) {
            return g.error();
        }
        groupCol = g.value();
    }
    Columns c;
    for (;;) {
        auto more = csv.next();
        if (!more) {
            return more.error();
        }
        if (!more.value()) {
            break;
        }
        const qint64 row = csv.recordNumber() - 1;
        if (csv.fieldCount() != names.size()) {
            return Error(ErrorCode::InvalidArgument,
                         QStringLiteral("%1, row %2: %3 fields, the header has %4")
                             .arg(file)
                             .arg(row)
                             .arg(csv.fieldCount())
                             .arg(names.size()));
        }
        const auto y = parseLabel(csv.field(labelCol.value()));
        if (!y) {
            return Error(ErrorCode::InvalidArgument,
                         QStringLiteral("%1, row %2, column \"%3\": the label \"%4\" is not 0/1, true/false or yes/no")
                             .arg(file)
                             .arg(row)
                             .arg(label, csv.fieldString(labelCol.value()).left(40)));
        }
        std::optional<double> scores[2];
        const qsizetype cols[2] = {refCol.value(), candCol.value()};
        for (int k = 0; k < 2; ++k) {
            scores[k] = parseNumber(csv.field(cols[k]));
            if (!scores[k]) {
                return Error(ErrorCode::InvalidArgument,
                             QStringLiteral("%1, row %2, column \"%3\": the score \"%4\" is not a finite number")
                                 .arg(file)
                                 .arg(row)
                                 .arg(names[cols[k]], csv.fieldString(cols[k]).left(40)));
            }
        }
        c.labels.push_back(*y);
        c.reference.push_back(*scores[0]);
        c.candidate.push_back(*scores[1]);
        if (groupCol >= 0) {
            c.groups.push_back(csv.fieldString(groupCol));
        }
    }
    if (c.labels.empty()) {
        return Error(ErrorCode::InvalidArgument, QStringLiteral("%1 has a header but no rows").arg(file));
    }
    return c;
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
    const QString file = parser.positionalArguments().first();
    auto columns = readColumns(file, parser.value(QStringLiteral("label")), parser.value(QStringLiteral("reference")),
                               parser.value(QStringLiteral("candidate")), parser.value(QStringLiteral("group")));
    if (!columns) {
        return fail(columns.error().message, Failure);
    }
    const Columns& c = columns.value();
    const auto compare = [&](const std::vector<int>& labels, const std::vector<double>& ref,
                             const std::vector<double>& cand, QJsonObject& out) {
        stats::AucResult aucRef;
        stats::AucResult aucCand;
        out.insert(QStringLiteral("reference"),
                   metrics(stats::performance(ref, labels, thresholds[0], *alpha, &aucRef)));
        out.insert(QStringLiteral("candidate"),
                   metrics(stats::performance(cand, labels, thresholds[1], *alpha, &aucCand)));
        return std::pair {std::move(aucRef), std::move(aucCand)};
    };
    QJsonObject result;
    const qint64 positives = std::count(c.labels.begin(), c.labels.end(), 1);
    result.insert(QStringLiteral("n"), qint64(c.labels.size()));
    result.insert(QStringLiteral("positives"), positives);
    result.insert(QStringLiteral("negatives"), qint64(c.labels.size()) - positives);
    const auto [aucRef, aucCand] = compare(c.labels, c.reference, c.candidate, result);

    qint64 cells[4] = {0, 0, 0, 0}; // both correct, reference only, candidate only, both wrong
    for (size_t i = 0; i < c.labels.size(); ++i) {
        const bool refCorrect = (c.reference[i] >= thresholds[0]) == (c.labels[i] == 1);
        const bool candCorrect = (c.candidate[i] >= thresholds[1]) == (c.labels[i] == 1);
        ++cells[refCorrect && candCorrect ? 0 : refCorrect ? 1 : candCorrect ? 2 : 3];
    }
    const stats::McNemar m = stats::mcnemar(cells[0], cells[1], cells[2], cells[3]);
    result.insert(QStringLiteral("mcnemar"),
                  QJsonObject {{QStringLiteral("both_correct"), m.bothCorrect},
                               {QStringLiteral("reference_only_correct"), m.referenceOnly},
                               {QStringLiteral("candidate_only_correct"), m.candidateOnly},
                               {QStringLiteral("both_wrong"), m.bothWrong},
                               {QStringLiteral("statistic"), m.statistic},
                               {QStringLiteral("p_value"), m.pValue},
                               {QStringLiteral("p_exact"), m.pExact}});
    const stats::PairedAuc d = stats::delongPaired(aucRef, aucCand, *alpha);
    result.insert(QStringLiteral("delong"),
                  QJsonObject {{QStringLiteral("difference"), number(d.difference)},
                               {QStringLiteral("se"), number(d.se)},
                               {QStringLiteral("z"), number(d.z)},
                               {QStringLiteral("p_value"), number(d.pValue)},
                               {QStringLiteral("ci_low"), number(d.low)},
                               {QStringLiteral("ci_high"), number(d.high)}});
    const stats::Estimate diff = stats::newcombePairedDifference(m, *alpha);
    result.insert(QStringLiteral("accuracy_difference"), estimate(diff));
    result.insert(QStringLiteral("noninferiority"),
                  QJsonObject {{QStringLiteral("margin"), *margin},
                               {QStringLiteral("noninferior"), diff.low.has_value() && *diff.low > -*margin},
                               {QStringLiteral("superior"), diff.low.has_value() && *diff.low > 0}});
    if (parser.isSet(QStringLiteral("group"))) {
        std::map<QString, std::vector<size_t>> members;
        for (size_t i = 0; i < c.groups.size(); ++i) {
            members[c.groups[i]].push_back(i);
        }
        QJsonArray groups;
        for (const auto& [value, rows] : members) {
            std::vector<int> labels;
            std::vector<double> ref;
            std::vector<double> cand;
            for (size_t i : rows) {
                labels.push_back(c.labels[i]);
                ref.push_back(c.reference[i]);
                cand.push_back(c.candidate[i]);
            }
            QJsonObject g {{QStringLiteral("group"), value}, {QStringLiteral("n"), qint64(rows.size())}};
            compare(labels, ref, cand, g);
            groups.append(g);
        }
        result.insert(QStringLiteral("groups"), groups);
    }
    out() << QJsonDocument(result).toJson(QJsonDocument::Indented);
    return Success;
}

namespace {

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) {
        text.remove_prefix(1);
    }
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) {
        text.remove_suffix(1);
    }
    return text;
}

/// Empty, NA, NaN and null, in any case, are missing values.
bool isMissing(std::string_view text)
{
    const std::string_view t = trimmed(text);
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
    std::string_view t = trimmed(text);
    if (!t.empty() && t.front() == '+') {
        t.remove_prefix(1);
    }
    return parseNumber(t);
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

struct DriftColumnState
{
    QString name;
    qsizetype index[2] = {-1, -1};
    bool numeric = true;
    bool recount = false; ///< turned categorical after numbers were kept: count the texts again
    BlockedValues values[2];
    std::unordered_map<std::string, qint64> counts[2];
    qint64 missing[2] = {0, 0};
};

Result<QStringList> readHeader(CsvReader& csv, const QString& file)
{
    auto header = csv.next();
    if (!header) {
        return header.error();
    }
    if (!header.value()) {
        return Error(ErrorCode::InvalidArgument, QStringLiteral("%1 is empty: it needs a header row").arg(file));
    }
    QStringList names;
    for (qsizetype i = 0; i < csv.fieldCount(); ++i) {
        const QString name = csv.fieldString(i);
        if (names.contains(name)) {
            return Error(ErrorCode::InvalidArgument,
                         QStringLiteral("%1, header: the column \"%2\" appears twice").arg(file, name));
        }
        names.append(name);
    }
    return names;
}

/// Reads one window. `countOnly` re-reads a file to count the texts of the columns that turned categorical.
Result<bool> readWindow(const QString& file, int window, std::vector<DriftColumnState>& columns, bool countOnly)
{
    auto reader = CsvReader::open(file);
    if (!reader) {
        return reader.error();
    }
    CsvReader& csv = *reader.value();
    auto names = readHeader(csv, file);
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
            if (countOnly && !c.recount) {
                continue;
            }
            const std::string_view field = csv.field(c.index[window]);
            if (isMissing(field)) {
                if (!countOnly) {
                    ++c.missing[window];
                }
                continue;
            }
            if (c.numeric) {
                if (const auto v = parseFinite(field)) {
                    c.values[window].push(*v);
                    continue;
                }
                c.numeric = false;
                c.recount = c.values[0].size() + c.values[1].size() > 0;
                c.values[0].clear();
                c.values[1].clear();
            }
            ++c.counts[window][std::string(field)];
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
        auto names = readHeader(*reader.value(), files[w]);
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
    for (int w = 0; w < 2; ++w) {
        auto read = readWindow(files[w], w, columns, false);
        if (!read) {
            return fail(read.error().message, Failure);
        }
    }
    if (std::any_of(columns.begin(), columns.end(), [](const DriftColumnState& c) { return c.recount; })) {
        for (DriftColumnState& c : columns) {
            if (c.recount) {
                c.counts[0].clear();
                c.counts[1].clear();
            }
        }
        for (int w = 0; w < 2; ++w) {
            auto read = readWindow(files[w], w, columns, true);
            if (!read) {
                return fail(read.error().message, Failure);
            }
        }
    }
    std::vector<stats::ColumnDrift> results;
    for (DriftColumnState& c : columns) {
        stats::DriftInput input;
        input.name = c.name;
        input.numeric = c.numeric;
        input.missingReference = c.missing[0];
        input.missingCurrent = c.missing[1];
        if (c.numeric) {
            input.reference = c.values[0].take();
            input.current = c.values[1].take();
        } else {
            for (int w = 0; w < 2; ++w) {
                for (auto& [text, count] : c.counts[w]) {
                    auto& slot = input.categories[text];
                    (w == 0 ? slot.first : slot.second) = count;
                }
                c.counts[w].clear();
            }
        }
        results.push_back(stats::columnDrift(input, bins));
    }
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
