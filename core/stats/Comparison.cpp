#include "Comparison.h"

#include "importers/CsvReader.h"
#include "importers/PredictionFields.h"
#include "util/Parallel.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <fcntl.h>
#include <limits>
#include <memory>
#include <thread>
#include <unistd.h>

namespace cs::stats {

namespace {

/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::stats::Comparison)
};

namespace F = PredictionFields;

/// The positions of the three (or four) columns a comparison reads.
struct Layout
{
    QStringList names;
    qsizetype label = -1;
    qsizetype reference = -1;
    qsizetype candidate = -1;
    qsizetype group = -1;
};

Result<Layout> layoutOf(const QStringList& names, const ComparisonRequest& request)
{
    Layout l;
    l.names = names;
    const auto column = [&](const QString& name, qsizetype& out) -> std::optional<Error> {
        out = names.indexOf(name);
        if (out < 0) {
            return Error(ErrorCode::InvalidArgument,
                         Tr::tr("%1: there is no column \"%2\" (the header has: %3)")
                             .arg(request.file, name, names.join(u", ")));
        }
        return std::nullopt;
    };
    for (const auto& [name, slot] : {std::pair {&request.label, &l.label}, std::pair {&request.reference, &l.reference},
                                     std::pair {&request.candidate, &l.candidate}}) {
        if (auto e = column(*name, *slot)) {
            return *e;
        }
    }
    if (!request.group.isEmpty()) {
        if (auto e = column(request.group, l.group)) {
            return *e;
        }
    }
    return l;
}

/// What is counted of rows besides their scores: the classes, both models at their thresholds, McNemar's table.
/// Kept per thread and added up, so the counts do not depend on how the rows were split.
struct RowTally
{
    ThresholdCounts counts[2];
    qint64 cells[4] = {0, 0, 0, 0};
    qint64 positiveCells[4] = {0, 0, 0, 0};
    CalibrationTally calibration[2];
    qint64 positives = 0;

    void add(bool positive, double reference, double candidate, const double thresholds[2])
    {
        positives += positive ? 1 : 0;
        counts[0].add(reference, positive, thresholds[0]);
        counts[1].add(candidate, positive, thresholds[1]);
        const bool refCorrect = (reference >= thresholds[0]) == positive;
        const bool candCorrect = (candidate >= thresholds[1]) == positive;
        const int cell = refCorrect && candCorrect ? 0 : refCorrect ? 1 : candCorrect ? 2 : 3;
        ++cells[cell];
        positiveCells[cell] += positive ? 1 : 0;
        calibration[0].add(reference, positive);
        calibration[1].add(candidate, positive);
    }

    void addTo(ComparisonData& data) const
    {
        data.positives += positives;
        for (int k = 0; k < 2; ++k) {
            ThresholdCounts& into = k == 0 ? data.referenceCounts : data.candidateCounts;
            into.tp += counts[k].tp;
            into.fp += counts[k].fp;
            into.tn += counts[k].tn;
            into.fn += counts[k].fn;
            into.brierSum.add(counts[k].brierSum);
        }
        for (int k = 0; k < 4; ++k) {
            data.cells[k] += cells[k];
            data.positiveCells[k] += positiveCells[k];
        }
        data.calibration[0].add(calibration[0]);
        data.calibration[1].add(calibration[1]);
    }
};

/// Checks and stores one data row. `row` is 1-based; `slot` is where it goes in the arrays.
struct RowSink
{
    const ComparisonRequest& request;
    const Layout& layout;
    ComparisonData& data;
    RowTally tally {};

    std::optional<Error> take(qint64 row, qint64 line, size_t slot, std::string_view label, std::string_view reference,
                              std::string_view candidate)
    {
        static const F::LabelDomain binary = F::LabelDomain::binary();
        const auto y = binary.indexOf(label);
        if (!y) {
            return F::fieldError(request.file, row, line, request.label, binary.refusal(label));
        }
        const std::string_view fields[2] = {reference, candidate};
        const qsizetype columns[2] = {layout.reference, layout.candidate};
        double scores[2] = {0, 0};
        for (int k = 0; k < 2; ++k) {
            const F::Number v = F::parseNumber(fields[k]);
            if (!v) {
                return F::fieldError(request.file, row, line, layout.names[columns[k]],
                                     F::numberRefusal(v, fields[k], Tr::tr("score")));
            }
            scores[k] = v.value;
        }
        const bool positive = *y == 1;
        const quint32 tagged = quint32(slot) | (positive ? kPositiveBit : 0);
        data.reference[slot] = {orderKey(scores[0]), tagged};
        data.candidate[slot] = {orderKey(scores[1]), tagged};
        tally.add(positive, scores[0], scores[1], request.thresholds);
        return std::nullopt;
    }
};

/// One streaming RFC 4180 reader: any quoting, and the group column.
Result<ComparisonData> loadSequential(const ComparisonRequest& request)
{
    auto reader = CsvReader::open(request.file);
    if (!reader) {
        return reader.error();
    }
    CsvReader& csv = *reader.value();
    auto header = csv.header();
    if (!header) {
        return header.error();
    }
    const QStringList& names = header.value();
    auto layout = layoutOf(names, request);
    if (!layout) {
        return layout.error();
    }
    const Layout& l = layout.value();
    ComparisonData data;
    RowSink sink {request, l, data};
    QHash<QString, quint16> groupIndex;
    if (l.group >= 0) {
        data.groupings.resize(1);
    }
    const Status read = csv.forEachRow([&](qint64 row) -> std::optional<Error> {
        const size_t slot = data.reference.size();
        if (slot >= kMaxScoredRows) {
            return Error(ErrorCode::InvalidArgument, Tr::tr("%1 has more than 2,147,483,647 rows").arg(request.file));
        }
        data.reference.push_back({});
        data.candidate.push_back({});
        if (auto e = sink.take(row, csv.lineNumber(), slot, csv.field(l.label), csv.field(l.reference),
                               csv.field(l.candidate))) {
            return e;
        }
        if (l.group >= 0) {
            if (!F::isText(csv.field(l.group))) {
                return F::fieldError(request.file, row, csv.lineNumber(), request.group,
                                     Tr::tr("the value is not UTF-8 text"));
            }
            const QString value = csv.fieldString(l.group);
            Grouping& grouping = data.groupings.front();
            auto known = groupIndex.constFind(value);
            if (known == groupIndex.constEnd()) {
                if (grouping.groupNames.size() == Grouping::kMaxGroups) {
                    return F::fieldError(request.file, row, csv.lineNumber(), request.group,
                                         Tr::tr("the column has more than 65,535 distinct values; a subgroup column "
                                                "takes at most 65,535"));
                }
                known = groupIndex.insert(value, quint16(grouping.groupNames.size()));
                grouping.groupNames.append(value);
            }
            grouping.groupOf.push_back(*known);
        }
        return std::nullopt;
    });
    if (!read) {
        return read.error();
    }
    sink.tally.addTo(data);
    data.counted = true;
    return data;
}

/// The split loader reads in blocks of 64 KiB: a thread's buffer grows only for a line longer than that, up to the 1
/// MiB a row may take. (Buffers of 1 MiB for every pass and thread stayed resident after they were freed, about 2 MB of
/// the peak for nothing: a block of 64 KiB reads as fast.)
constexpr size_t kReadBlock = size_t(64) << 10;
constexpr size_t kMaxLine = size_t(1) << 20;

/// Reads [begin, end) of a file block by block and hands out its lines (without the line break).
class LineSource
{
public:
    LineSource(int fd, qint64 begin, qint64 end)
        : m_fd(fd)
        , m_offset(begin)
        , m_end(end)
    {
        m_buffer.resize(kReadBlock);
    }

    /// The next line, or false at the end of the range. A line longer than the buffer is an error (reported as
    /// std::nullopt in `tooLong`).
    bool next(std::string_view& line, bool& tooLong, bool& ioError)
    {
        for (;;) {
            const char* start = m_buffer.data() + m_pos;
            const char* nl = static_cast<const char*>(std::memchr(start, '\n', m_len - m_pos));
            if (nl) {
                line = std::string_view(start, size_t(nl - start));
                m_pos = size_t(nl - m_buffer.data()) + 1;
                return true;
            }
            if (m_offset >= m_end) {
                if (m_pos < m_len) { // the last line has no line break
                    line = std::string_view(start, m_len - m_pos);
                    m_pos = m_len;
                    return true;
                }
                return false;
            }
            // Move the partial line to the front and read more behind it.
            const size_t keep = m_len - m_pos;
            if (keep == m_buffer.size()) {
                if (m_buffer.size() == kMaxLine) {
                    tooLong = true;
                    return false;
                }
                m_buffer.resize(std::min(kMaxLine, m_buffer.size() * 2));
                start = m_buffer.data() + m_pos;
            }
            std::memmove(m_buffer.data(), start, keep);
            m_pos = 0;
            m_len = keep;
            const size_t want = size_t(std::min<qint64>(qint64(m_buffer.size() - keep), m_end - m_offset));
            const ssize_t got = ::pread(m_fd, m_buffer.data() + keep, want, m_offset);
            if (got <= 0) {
                ioError = true;
                return false;
            }
            m_offset += got;
            m_len += size_t(got);
        }
    }

private:
    int m_fd;
    qint64 m_offset;
    qint64 m_end;
    std::vector<char> m_buffer;
    size_t m_pos = 0;
    size_t m_len = 0;
};

/// Without quotes every line break ends a row, so the rows can be split between threads by byte range: a first
/// pass counts each range's lines, a second parses each range into its place in the preallocated arrays.
/// A quote-free file's data split into byte ranges on line starts, one a thread, with the number of lines in each.
struct LineRanges
{
    std::vector<qint64> bounds; ///< ranges + 1 offsets
    std::vector<qint64> firstRow; ///< the 0-based row each range starts with
    qint64 total = 0;
    int count() const { return int(bounds.size()) - 1; }
};

LineRanges splitByLines(int fd, qint64 dataStart, qint64 size, int threads)
{
    LineRanges r;
    std::vector<qint64>& bounds = r.bounds;
    bounds.push_back(dataStart);
    for (int t = 1; t < threads; ++t) {
        qint64 p = std::max(dataStart, size * t / threads);
        char c = 0;
        while (p < size && ::pread(fd, &c, 1, p - 1) == 1 && c != '\n') {
            ++p;
        }
        bounds.push_back(std::max(p, bounds.back()));
    }
    bounds.push_back(size);
    const int ranges = int(bounds.size()) - 1;

    // Pass 1: lines per range.
    std::vector<qint64> lines(static_cast<size_t>(ranges), 0);
    runParallel(ranges, [&](int t) {
        std::vector<char> buffer(kReadBlock);
        qint64 count = 0;
        char last = '\n';
        for (qint64 off = bounds[size_t(t)]; off < bounds[size_t(t) + 1];) {
            const size_t want = size_t(std::min<qint64>(qint64(buffer.size()), bounds[size_t(t) + 1] - off));
            const ssize_t got = ::pread(fd, buffer.data(), want, off);
            if (got <= 0) {
                break;
            }
            count += std::count(buffer.data(), buffer.data() + got, '\n');
            last = buffer[size_t(got) - 1];
            off += got;
        }
        if (bounds[size_t(t)] < bounds[size_t(t) + 1] && last != '\n') {
            ++count; // a last line without a line break
        }
        lines[size_t(t)] = count;
    });
    r.firstRow.assign(static_cast<size_t>(ranges), 0);
    for (int t = 0; t < ranges; ++t) {
        r.firstRow[size_t(t)] = r.total;
        r.total += lines[size_t(t)];
    }
    return r;
}

Result<ComparisonData> loadParallel(const ComparisonRequest& request, int fd, qint64 dataStart, qint64 size,
                                    const Layout& l, int threads)
{
    const LineRanges split = splitByLines(fd, dataStart, size, threads);
    const std::vector<qint64>& bounds = split.bounds;
    const std::vector<qint64>& firstRow = split.firstRow;
    const qint64 total = split.total;
    const int ranges = split.count();
    if (total > qint64(kMaxScoredRows)) {
        return Error(ErrorCode::InvalidArgument, Tr::tr("%1 has more than 2,147,483,647 rows").arg(request.file));
    }
    ComparisonData data;
    data.reference.resize(size_t(total));
    data.candidate.resize(size_t(total));

    // Pass 2: parse. Blank lines are allowed only at the end of the file.
    struct Outcome
    {
        std::optional<Error> error;
        qint64 errorRow = -1;
        qint64 firstBlank = -1;
        qint64 lastFilled = -1;
        RowTally tally;
    };
    std::vector<Outcome> outcomes(static_cast<size_t>(ranges));
    const qsizetype width = l.names.size();
    const qsizetype needed = std::max({l.label, l.reference, l.candidate});
    runParallel(ranges, [&](int t) {
        Outcome& out = outcomes[size_t(t)];
        RowSink sink {request, l, data};
        LineSource source(fd, bounds[size_t(t)], bounds[size_t(t) + 1]);
        std::string_view line;
        bool tooLong = false;
        bool ioError = false;
        std::vector<std::string_view> fields(size_t(needed + 1));
        qint64 slot = firstRow[size_t(t)];
        while (source.next(line, tooLong, ioError)) {
            const qint64 row = slot + 1;
            if (!line.empty() && line.back() == '\r') {
                line.remove_suffix(1);
            }
            if (line.empty()) {
                if (out.firstBlank < 0) {
                    out.firstBlank = row;
                }
                ++slot;
                continue;
            }
            qsizetype count = 0;
            size_t begin = 0;
            for (;;) {
                const size_t comma = line.find(',', begin);
                const size_t stop = comma == std::string_view::npos ? line.size() : comma;
                if (count <= needed) {
                    fields[size_t(count)] = line.substr(begin, stop - begin);
                }
                ++count;
                if (comma == std::string_view::npos) {
                    break;
                }
                begin = comma + 1;
            }
            if (count != width) {
                out.error = CsvReader::raggedRow(request.file, row, row + 1, count, width);
                out.errorRow = row;
                break;
            }
            // Without quotes every record is one line, the header the first.
            if (auto e = sink.take(row, row + 1, size_t(slot), fields[size_t(l.label)], fields[size_t(l.reference)],
                                   fields[size_t(l.candidate)])) {
                out.error = e;
                out.errorRow = row;
                break;
            }
            out.lastFilled = row;
            ++slot;
        }
        if (!out.error && (tooLong || ioError)) {
            out.errorRow = slot + 1;
            out.error = tooLong ? F::rowError(request.file, slot + 1, slot + 2, Tr::tr("the row is longer than 1 MiB"))
                                : Error(ErrorCode::Io, Tr::tr("%1 cannot be read").arg(request.file));
        }
        out.tally = sink.tally;
    });
    // The earliest problem wins, as with one reader: a bad row, or a blank line with content after it.
    qint64 lastFilled = -1;
    qint64 lastContent = -1;
    for (const Outcome& o : outcomes) {
        lastFilled = std::max(lastFilled, o.lastFilled);
        lastContent = std::max({lastContent, o.lastFilled, o.errorRow});
    }
    std::optional<Error> first;
    qint64 earliest = std::numeric_limits<qint64>::max();
    for (const Outcome& o : outcomes) {
        if (o.firstBlank > 0 && o.firstBlank < lastContent && o.firstBlank < earliest) {
            earliest = o.firstBlank;
            // Worded as the RFC 4180 reader words it; without quotes a row's line is one past its number.
            first = Error(ErrorCode::InvalidArgument,
                          Tr::tr("%1, line %2: a blank line inside the file (every row must have the header's fields)")
                              .arg(request.file)
                              .arg(o.firstBlank + 1));
        }
        if (o.error && o.errorRow < earliest) {
            earliest = o.errorRow;
            first = o.error;
        }
    }
    if (first) {
        return *first;
    }
    if (lastFilled < 1) {
        return CsvReader::noRows(request.file);
    }
    data.reference.resize(size_t(lastFilled));
    data.candidate.resize(size_t(lastFilled));
    for (const Outcome& o : outcomes) {
        o.tally.addTo(data);
    }
    data.counted = true;
    return data;
}

} // namespace

Result<ComparisonData> loadComparison(const ComparisonRequest& request)
{
    const QFileInfo info(request.file);
    if (!info.isFile()) {
        return Error(ErrorCode::NotFound, Tr::tr("%1 does not exist or is not a file").arg(request.file));
    }
    const int threads = workerCount(request.threads);
    if (!request.group.isEmpty() || threads == 1) {
        return loadSequential(request);
    }
    const int fd = ::open(QFile::encodeName(request.file).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        return Error(ErrorCode::Io,
                     Tr::tr("%1 cannot be read: %2").arg(request.file, QString::fromLocal8Bit(std::strerror(errno))));
    }
    struct Closer
    {
        int fd;
        ~Closer() { ::close(fd); }
    } closer {fd};
    // The header is the first line; any quote in the file sends it to the RFC 4180 reader.
    const qint64 size = info.size();
    // The header line, read a block at a time up to the longest line allowed.
    std::vector<char> head;
    size_t nl = std::string_view::npos;
    while (nl == std::string_view::npos && qint64(head.size()) < size && head.size() < kMaxLine) {
        const size_t from = head.size();
        head.resize(size_t(std::min<qint64>(size, qint64(std::min(kMaxLine, from + kReadBlock)))));
        if (::pread(fd, head.data() + from, head.size() - from, qint64(from)) != ssize_t(head.size() - from)) {
            return Error(ErrorCode::Io, Tr::tr("%1 cannot be read").arg(request.file));
        }
        const char* found = static_cast<const char*>(std::memchr(head.data() + from, '\n', head.size() - from));
        nl = found ? size_t(found - head.data()) : std::string_view::npos; // a BOM holds no line break
    }
    std::string_view text(head.data(), head.size());
    size_t bom = text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
    if (nl == std::string_view::npos || text.find('"') != std::string_view::npos) {
        return loadSequential(request);
    }
    {
        // Quotes further on: look before committing to the split.
        std::vector<char> buffer(kReadBlock);
        for (qint64 off = qint64(head.size()); off < size;) {
            const ssize_t got = ::pread(fd, buffer.data(), buffer.size(), off);
            if (got <= 0) {
                break;
            }
            if (std::memchr(buffer.data(), '"', size_t(got))) {
                return loadSequential(request);
            }
            off += got;
        }
    }
    std::string_view headerLine = text.substr(bom, nl - bom);
    if (!headerLine.empty() && headerLine.back() == '\r') {
        headerLine.remove_suffix(1);
    }
    QStringList names;
    for (size_t begin = 0;;) {
        const size_t comma = headerLine.find(',', begin);
        const std::string_view name =
            headerLine.substr(begin, comma == std::string_view::npos ? std::string_view::npos : comma - begin);
        names.append(QString::fromUtf8(name.data(), qsizetype(name.size())));
        if (comma == std::string_view::npos) {
            break;
        }
        begin = comma + 1;
    }
    if (QSet<QString>(names.begin(), names.end()).size() != names.size()) {
        return loadSequential(request); // which names the repeated column
    }
    auto layout = layoutOf(names, request);
    if (!layout) {
        return layout.error();
    }
    return loadParallel(request, fd, qint64(nl + 1), size, layout.value(), threads);
}

void appendScores(ComparisonData& data, bool positive, double reference, double candidate)
{
    const quint32 tagged = quint32(data.reference.size()) | (positive ? kPositiveBit : 0);
    data.reference.push_back({orderKey(reference), tagged});
    data.candidate.push_back({orderKey(candidate), tagged});
}

namespace {
void resetCounts(ComparisonData& data)
{
    data.positives = 0;
    data.referenceCounts = {};
    data.candidateCounts = {};
    std::fill(std::begin(data.cells), std::end(data.cells), 0);
    std::fill(std::begin(data.positiveCells), std::end(data.positiveCells), 0);
    data.calibration[0] = {};
    data.calibration[1] = {};
}
} // namespace

void countRows(ComparisonData& data, const double thresholds[2], int threads)
{
    const size_t n = data.reference.size();
    // Below this a second thread costs more than it saves.
    const int workers = n < (size_t(1) << 16) ? 1 : workerCount(threads);
    std::vector<RowTally> tallies(static_cast<size_t>(workers));
    runParallel(workers, [&](int t) {
        const size_t begin = n * size_t(t) / size_t(workers);
        const size_t end = n * size_t(t + 1) / size_t(workers);
        RowTally& tally = tallies[size_t(t)];
        for (size_t r = begin; r < end; ++r) {
            tally.add(isPositiveRow(data.reference[r]), scoreOfKey(data.reference[r].key),
                      scoreOfKey(data.candidate[r].key), thresholds);
        }
    });
    resetCounts(data);
    for (const RowTally& tally : tallies) {
        tally.addTo(data);
    }
    data.counted = true;
}

GroupSplit::GroupSplit(ComparisonData& data, const double thresholds[2], int threads)
    : m_data(data)
    , m_threads(threads)
    , m_counted(data.groupings.size())
{
    Q_ASSERT(!data.sorted); // the counts pair each row's two scores, which only row order does
    const size_t n = data.reference.size();
    // A tally slot per (grouping, group): the groupings' groups one after another.
    std::vector<size_t> firstSlot;
    size_t slotCount = 0;
    for (size_t k = 0; k < data.groupings.size(); ++k) {
        const Grouping& grouping = data.groupings[k];
        firstSlot.push_back(slotCount);
        slotCount += size_t(grouping.groupNames.size());
    }
    // Every group's counts in one pass over the rows in row order (the two models' scores of a row side by side),
    // split between threads, each with a tally per group, added up exactly.
    const int workers = n < (size_t(1) << 16) ? 1 : workerCount(threads);
    std::vector<RowTally> tallies(size_t(workers) * slotCount);
    runParallel(workers, [&](int t) {
        const size_t begin = n * size_t(t) / size_t(workers);
        const size_t end = n * size_t(t + 1) / size_t(workers);
        RowTally* mine = tallies.data() + size_t(t) * slotCount;
        for (size_t r = begin; r < end; ++r) {
            const bool positive = isPositiveRow(data.reference[r]);
            const double reference = scoreOfKey(data.reference[r].key);
            const double candidate = scoreOfKey(data.candidate[r].key);
            for (size_t k = 0; k < firstSlot.size(); ++k) {
                mine[firstSlot[k] + data.groupings[k].groupOf[r]].add(positive, reference, candidate, thresholds);
            }
        }
    });
    for (size_t k = 0; k < data.groupings.size(); ++k) {
        m_counted[k].resize(size_t(data.groupings[k].groupNames.size()));
        for (size_t g = 0; g < m_counted[k].size(); ++g) {
            for (int t = 0; t < workers; ++t) {
                tallies[size_t(t) * slotCount + firstSlot[k] + g].addTo(m_counted[k][g]);
            }
            m_counted[k][g].sorted = true;
        }
    }
    // The whole comparison's counts are its first grouping's groups' added up (every row is in one group of it).
    if (!data.groupings.empty()) {
        resetCounts(data);
        for (size_t g = 0; g < m_counted[0].size(); ++g) {
            for (int t = 0; t < workers; ++t) {
                tallies[size_t(t) * slotCount + g].addTo(data);
            }
        }
        data.counted = true;
    }
    sortScoredRows(data.reference, workers);
    sortScoredRows(data.candidate, workers);
    data.sorted = true;
}

namespace {
/// A comparison's statistics from its counts (classes, both models at the thresholds, McNemar's tables,
/// calibration) and both models' AUC sums with their cross sums (positives, negatives).
ComparisonResult resultOf(const ComparisonData& counts, const AucSums& sumsR, const AucSums& sumsC,
                          const Int128 cross[2], double alpha)
{
    ComparisonResult r;
    r.n = sumsR.positives + sumsR.negatives;
    r.positives = sumsR.positives;
    const AucResult aucR = aucFromSums(sumsR, alpha);
    const AucResult aucC = aucFromSums(sumsC, alpha);
    r.reference = performanceFromCounts(counts.referenceCounts, aucR.auc, alpha);
    r.candidate = performanceFromCounts(counts.candidateCounts, aucC.auc, alpha);
    r.delong = delongPaired(aucR, aucC, cross[0], cross[1], alpha);
    r.mcnemar = mcnemar(counts.cells[0], counts.cells[1], counts.cells[2], counts.cells[3]);
    r.accuracyDifference = newcombePairedDifference(r.mcnemar, alpha);
    const qint64* p = counts.positiveCells;
    const qint64* all = counts.cells;
    r.mcnemarPositives = mcnemar(p[0], p[1], p[2], p[3]);
    r.mcnemarNegatives = mcnemar(all[0] - p[0], all[1] - p[1], all[2] - p[2], all[3] - p[3]);
    r.sensitivityDifference = newcombePairedDifference(r.mcnemarPositives, alpha);
    r.specificityDifference = newcombePairedDifference(r.mcnemarNegatives, alpha);
    r.calibration[0] = counts.calibration[0].result();
    r.calibration[1] = counts.calibration[1].result();
    return r;
}

/// An array of `n` values left uninitialised: every element is written before it is read.
std::unique_ptr<quint32[]> halfCounts(size_t n)
{
    return std::make_unique_for_overwrite<quint32[]>(n);
}

/// Every group's statistics off the sorted whole, with groupOf narrowed to G: the reference's half-counts for every
/// row (each within its own group) written in row order, then the candidate's walk adds up its own sums and DeLong's
/// cross sums with them.
template<typename G>
std::vector<ComparisonResult> compareGroups(const ComparisonData& data, const std::vector<ComparisonData>& counted,
                                            const G* groupOf, double alpha, int workers)
{
    std::vector<AucSums> classes(counted.size());
    for (size_t g = 0; g < counted.size(); ++g) {
        const ThresholdCounts& c = counted[g].referenceCounts;
        classes[g].positives = counted[g].positives;
        classes[g].negatives = c.tp + c.fp + c.tn + c.fn - counted[g].positives;
    }
    const std::unique_ptr<quint32[]> halfReference = halfCounts(data.reference.size());
    const std::vector<AucSums> sumsR = walkSortedGroups(data.reference, groupOf, classes, halfReference.get(), workers);
    const std::vector<AucSums> sumsC =
        walkSortedGroups(data.candidate, groupOf, classes, nullptr, workers, halfReference.get());
    std::vector<ComparisonResult> results;
    results.reserve(counted.size());
    for (size_t g = 0; g < counted.size(); ++g) {
        const Int128 cross[2] = {sumsC[g].crossPositive, sumsC[g].crossNegative};
        results.push_back(resultOf(counted[g], sumsR[g], sumsC[g], cross, alpha));
    }
    return results;
}
} // namespace

std::vector<ComparisonResult> GroupSplit::compare(size_t column, double alpha) const
{
    const std::vector<ComparisonData>& counted = m_counted[column];
    const std::vector<quint16>& groupOf = m_data.groupings[column].groupOf;
    const int workers = workerCount(m_threads);
    if (counted.size() > 256) {
        return compareGroups(m_data, counted, groupOf.data(), alpha, workers);
    }
    // Few groups (the usual case): one byte a row, so that the walks' lookups by row stay in cache.
    const std::vector<quint8> narrow(groupOf.begin(), groupOf.end());
    return compareGroups(m_data, counted, narrow.data(), alpha, workers);
}

ComparisonResult compareModels(ComparisonData& data, double alpha, int threads)
{
    Q_ASSERT(data.counted);
    const qint64 n = qint64(data.reference.size());
    const qint64 negatives = n - data.positives;
    const int workers = workerCount(threads);

    // Each model: sort, walk, free the sorted rows. The reference's walk writes each row's half-count (4 bytes a
    // row); the candidate's walk reads them by row and adds up DeLong's cross sums as it goes.
    const std::unique_ptr<quint32[]> halfReference = halfCounts(size_t(n));
    if (!data.sorted) {
        sortScoredRows(data.reference, workers);
    }
    const AucSums sumsR = walkSortedRows(data.reference, data.positives, negatives, halfReference.get(), workers);
    std::vector<RocPoint> rocR = thinRocCurve(data.reference, data.positives, negatives);
    std::vector<ScoredRow>().swap(data.reference);
    if (!data.sorted) {
        sortScoredRows(data.candidate, workers);
    }
    const AucSums sumsC =
        walkSortedRows(data.candidate, data.positives, negatives, nullptr, workers, halfReference.get());
    std::vector<RocPoint> rocC = thinRocCurve(data.candidate, data.positives, negatives);
    std::vector<ScoredRow>().swap(data.candidate);

    const Int128 cross[2] = {sumsC.crossPositive, sumsC.crossNegative};
    ComparisonResult r = resultOf(data, sumsR, sumsC, cross, alpha);
    r.roc[0] = std::move(rocR);
    r.roc[1] = std::move(rocC);
    return r;
}

} // namespace cs::stats
