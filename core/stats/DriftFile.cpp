#include "DriftFile.h"

#include "Comparison.h"
#include "importers/CsvReader.h"
#include "importers/PredictionFields.h"
#include "util/Parallel.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <atomic>
#include <thread>
#include <unordered_map>

namespace cs::stats {

namespace {

/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::stats::DriftFile)
};

namespace F = PredictionFields;

/// Values kept in blocks while a file is read, so that growing never copies (and never holds) twice the column.
class BlockedValues
{
public:
    void push(double v)
    {
        if (m_blocks.empty() || m_blocks.back().size() == m_blocks.back().capacity()) {
            // Each block as large as all before it (8 values at first, 64 Ki at most): a column of 3 values
            // touches 64 bytes, not a page of a 512 KiB block (100,000 such columns took 1.38 GB).
            m_blocks.emplace_back().reserve(std::clamp<size_t>(m_size, firstBlock, blockSize));
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
    static constexpr size_t firstBlock = 8;
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
Status readWindow(const QString& file, int window, std::vector<DriftColumnState>& columns, bool countOnly)
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
    return csv.forEachRow([&](qint64 row) -> std::optional<Error> {
        for (DriftColumnState& c : columns) {
            WindowColumn& w = c.window[window];
            if (countOnly && !w.recount) {
                continue;
            }
            const std::string_view field = csv.field(c.index[window]);
            const F::Number number = F::parseNumber(field);
            if (number.problem == F::Number::Problem::Missing) {
                if (!countOnly) {
                    ++w.missing;
                }
                continue;
            }
            if (w.numeric && !countOnly) {
                if (number) {
                    w.values.push(number.value);
                    continue;
                }
                w.numeric = false;
                w.numbersKept = w.values.size() > 0;
                w.values.clear();
            }
            if (!F::isText(field)) {
                // A category must be text: a byte that is not UTF-8 (a Latin-1 "é") would be shown as a
                // replacement character and count as a category of its own.
                return F::fieldError(file, row, csv.lineNumber(), c.name, Tr::tr("the value is not UTF-8 text"));
            }
            ++w.counts[std::string(field)];
        }
        return std::nullopt;
    });
}

} // namespace

Result<std::vector<ColumnDrift>> driftFromFiles(const DriftRequest& request)
{
    if (request.bins < 2 || request.bins > 1000) {
        return Error(ErrorCode::InvalidArgument, Tr::tr("PSI takes 2 to 1000 bins, not %1").arg(request.bins));
    }
    const QString files[2] = {request.reference, request.current};
    QStringList headers[2];
    for (int w = 0; w < 2; ++w) {
        auto reader = CsvReader::open(files[w]);
        if (!reader) {
            return reader.error();
        }
        auto names = reader.value()->header();
        if (!names) {
            return names.error();
        }
        headers[w] = names.value();
    }
    // Positions by name in hash tables: a list scan per name made a header of 100,000 columns quadratic.
    QHash<QString, qsizetype> position[2];
    for (int w = 0; w < 2; ++w) {
        position[w].reserve(headers[w].size());
        for (qsizetype i = 0; i < headers[w].size(); ++i) {
            position[w].insert(headers[w][i], i);
        }
    }
    QStringList wanted = headers[0];
    if (!request.columns.isEmpty()) {
        QSet<QString> listed;
        for (const QString& part : request.columns) {
            if (!position[0].contains(part)) {
                const QStringList some = headers[0].mid(0, 20);
                return Error(ErrorCode::InvalidArgument,
                             Tr::tr("%1: there is no column \"%2\" (the header has: %3)")
                                 .arg(files[0], part,
                                      some.join(u", ") +
                                          (headers[0].size() > some.size() ? QStringLiteral(", ...") : QString())));
            }
            listed.insert(part);
        }
        wanted.removeIf([&](const QString& name) { return !listed.contains(name); });
    }
    std::vector<DriftColumnState> columns(size_t(wanted.size()));
    for (qsizetype i = 0; i < wanted.size(); ++i) {
        DriftColumnState& c = columns[size_t(i)];
        c.name = wanted[i];
        c.index[0] = position[0].value(c.name, -1);
        c.index[1] = position[1].value(c.name, -1);
        if (c.index[1] < 0) {
            return Error(
                ErrorCode::InvalidArgument,
                Tr::tr("%1: there is no column \"%2\", which the reference %3 has").arg(files[1], c.name, files[0]));
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
        return *e;
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
            return *e;
        }
    }
    // Each column's statistics on its own thread.
    std::vector<ColumnDrift> results(columns.size());
    std::atomic<size_t> nextColumn {0};
    runParallel(workerCount(request.threads), [&](int) {
        for (size_t k = nextColumn++; k < columns.size(); k = nextColumn++) {
            DriftColumnState& c = columns[k];
            DriftInput input;
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
            results[k] = columnDrift(input, request.bins);
        }
    });
    adjustHolm(results);
    return results;
}

} // namespace cs::stats
