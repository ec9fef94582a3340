#include "PredictionRows.h"

#include "importers/IdentifierScreen.h"
#include "json/CanonicalJson.h"
#include "util/DisplayText.h"

#include <QCoreApplication>
#include <QSet>

namespace cs {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::PredictionRows)
};
} // namespace

Result<PredictionColumns> PredictionColumns::read(CsvReader& csv, const QString& id, const QString& label,
                                                  const QStringList& scores, const QStringList& groups)
{
    PredictionColumns c;
    c.file = csv.path();
    auto header = csv.header();
    if (!header) {
        return header.error();
    }
    c.names = header.value();
    for (qsizetype i = 0; i < c.names.size(); ++i) {
        if (auto rule = IdentifierScreen::columnRule(c.names[i])) {
            return Error(
                ErrorCode::Rule,
                Tr::tr("%1: column \"%2\" (column %3) holds direct identifiers (rule: %4). Countersign does not "
                       "take files with patient identifiers; remove the column and import again")
                    .arg(c.file, c.names[i])
                    .arg(i + 1)
                    .arg(*rule));
        }
    }
    auto columnOf = [&](const QString& name, const QString& what) -> Result<qsizetype> {
        const qsizetype i = c.names.indexOf(name);
        if (i < 0) {
            return Error(ErrorCode::InvalidArgument,
                         Tr::tr("%1: there is no %2 column \"%3\"; the header has: %4")
                             .arg(c.file, what, name, c.names.join(u", ")));
        }
        return i;
    };
    auto found = columnOf(id, Tr::tr("sample ID"));
    if (!found) {
        return found.error();
    }
    c.id = found.value();
    if (!label.isEmpty()) {
        if (found = columnOf(label, Tr::tr("label")); !found) {
            return found.error();
        }
        c.label = found.value();
        if (c.label == c.id) {
            return Error(ErrorCode::InvalidArgument,
                         Tr::tr("%1: the label column is also the sample ID column").arg(c.file));
        }
    }
    for (const QString& s : scores) {
        if (found = columnOf(s, Tr::tr("score")); !found) {
            return found.error();
        }
        c.scores.append(found.value());
    }
    for (const QString& g : groups) {
        if (found = columnOf(g, Tr::tr("subgroup")); !found) {
            return found.error();
        }
        if (found.value() == c.id || found.value() == c.label) {
            return Error(ErrorCode::InvalidArgument,
                         Tr::tr("%1: subgroup column \"%2\" is also mapped as sample ID or label").arg(c.file, g));
        }
        c.groups.append(found.value());
    }
    return c;
}

PredictionRowBatch::Span PredictionRowBatch::append(std::string_view v)
{
    Span s {quint32(text.size()), quint32(v.size())};
    text.append(v);
    return s;
}

PredictionRowReader::PredictionRowReader(CsvReader& csv, PredictionColumns columns,
                                         PredictionFields::LabelDomain labels)
    : m_csv(csv)
    , m_columns(std::move(columns))
    , m_labels(std::move(labels))
{
    m_thread = std::thread([this] { run(); });
}

PredictionRowReader::~PredictionRowReader()
{
    m_queue.cancel();
    m_thread.join();
}

Result<std::unique_ptr<PredictionRowBatch>> PredictionRowReader::next()
{
    return m_queue.pop();
}

void PredictionRowReader::run()
{
    auto batch = std::make_unique<PredictionRowBatch>();
    std::string groups;
    for (;;) {
        auto more = m_csv.next();
        if (!more) {
            m_queue.fail(more.error());
            return;
        }
        if (!more.value() || batch->rows.size() == PredictionRowBatch::kRows) {
            m_bytesRead.store(m_csv.bytesRead());
            if (!batch->rows.empty() && !m_queue.push(std::move(batch))) {
                return;
            }
            batch = std::make_unique<PredictionRowBatch>();
            if (!more.value()) {
                if (m_csv.recordNumber() <= 1) {
                    m_queue.fail(CsvReader::noRows(m_columns.file));
                } else {
                    m_queue.push(nullptr);
                }
                return;
            }
        }
        if (auto e = check(*batch, groups)) {
            m_queue.fail(*e);
            return;
        }
    }
}

std::optional<Error> PredictionRowReader::check(PredictionRowBatch& batch, std::string& groups)
{
    namespace F = PredictionFields;
    const PredictionColumns& c = m_columns;
    const qint64 row = m_csv.recordNumber() - 1;
    const qint64 line = m_csv.lineNumber();
    if (m_csv.fieldCount() != c.names.size()) {
        return CsvReader::raggedRow(c.file, row, line, m_csv.fieldCount(), c.names.size());
    }
    auto refuse = [&](qsizetype column, const QString& what) {
        return F::fieldError(c.file, row, line, c.names.value(column), what);
    };
    for (qsizetype i = 0; i < c.names.size(); ++i) {
        if (auto rule =
                i == c.id ? IdentifierScreen::idRule(m_csv.field(i)) : IdentifierScreen::valueRule(m_csv.field(i))) {
            return F::fieldError(c.file, row, line, c.names[i],
                                 Tr::tr("a value looks like a direct identifier (rule: %1). Countersign does not take "
                                        "files with patient identifiers; the value is not shown")
                                     .arg(*rule),
                                 ErrorCode::Rule);
        }
    }
    PredictionRowBatch::Row r;
    r.number = row;
    r.line = line;
    const std::string_view id = m_csv.field(c.id);
    if (id.empty()) {
        return refuse(c.id, Tr::tr("the sample ID is empty"));
    }
    if (!F::isText(id)) {
        return refuse(c.id, Tr::tr("the sample ID is not UTF-8 text"));
    }
    if (const auto hostile = DisplayText::firstHostile(id)) {
        // Also what keeps the sample digest unambiguous: its separators are control characters.
        return refuse(c.id,
                      Tr::tr("the sample ID holds the control character %1").arg(DisplayText::codePoint(*hostile)));
    }
    r.id = batch.append(id);
    if (c.label >= 0) {
        const std::string_view text = m_csv.field(c.label);
        const auto label = m_labels.indexOf(text);
        if (!label) {
            return refuse(c.label, m_labels.refusal(text));
        }
        r.label = batch.append(m_labels.label(*label));
        r.labelCode = quint8(*label);
    }
    for (const qsizetype column : c.scores) {
        const std::string_view text = m_csv.field(column);
        const F::Number score = F::parseNumber(text);
        if (!score) {
            return refuse(column, F::numberRefusal(score, text, Tr::tr("score")));
        }
        batch.scores.push_back(score.value);
    }
    groups.assign(1, '[');
    for (qsizetype g = 0; g < c.groups.size(); ++g) {
        const std::string_view v = m_csv.field(c.groups[g]);
        if (!F::isText(v)) {
            return refuse(c.groups[g], Tr::tr("the value is not UTF-8 text"));
        }
        if (const auto hostile = DisplayText::firstHostile(v)) {
            return refuse(c.groups[g],
                          Tr::tr("the value holds the control character %1").arg(DisplayText::codePoint(*hostile)));
        }
        if (g > 0) {
            groups.push_back(',');
        }
        CanonicalJson::appendUtf8String(groups, v);
    }
    groups.push_back(']');
    r.groups = batch.append(groups);
    batch.rows.push_back(r);
    return std::nullopt;
}

} // namespace cs
