#include "ChunkWriters.h"

#include "store/DatasetTables.h"

#include <QCoreApplication>

#include <cmath>

namespace cs {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::ChunkWriters)
};
} // namespace

// --- ValueChunks --------------------------------------------------------------------------------------------------

Result<std::unique_ptr<ValueChunks>> ValueChunks::open(Database& db, const WriteAccess&, Table table,
                                                       std::vector<Set> sets)
{
    auto insert = table == Table::Scores
        ? BulkStatement::prepare(db, "INSERT INTO prediction_chunk (set_id, first_row, scores) VALUES (?, ?, ?)",
                                 Tr::tr("storing scores"))
        : BulkStatement::prepare(db, "INSERT INTO feature_chunk (feature_id, first_row, vals) VALUES (?, ?, ?)",
                                 Tr::tr("storing features"));
    if (!insert) {
        return insert.error();
    }
    std::unique_ptr<ValueChunks> chunks(new ValueChunks(std::move(insert.value())));
    for (const Set& s : sets) {
        auto c = std::make_unique<Column>();
        c->set = s;
        c->buffer.reserve(size_t(DatasetTable::kChunkRows));
        chunks->m_columns.push_back(std::move(c));
    }
    return chunks;
}

ValueChunks::ValueChunks(BulkStatement insert)
    : m_insert(std::move(insert))
{ }

Status ValueChunks::put(const double* values)
{
    for (size_t k = 0; k < m_columns.size(); ++k) {
        Column& c = *m_columns[k];
        c.buffer.push_back(values[k]);
        if (!std::isnan(values[k])) {
            ++c.present;
        }
        if (qint64(c.buffer.size()) == DatasetTable::kChunkRows) {
            if (auto s = flushColumn(c); !s) {
                return s;
            }
        }
    }
    return {};
}

Status ValueChunks::flush()
{
    for (auto& c : m_columns) {
        if (auto s = flushColumn(*c); !s) {
            return s;
        }
    }
    return {};
}

Status ValueChunks::flushColumn(Column& c)
{
    if (c.buffer.empty()) {
        return {};
    }
    const auto bytes = qsizetype(c.buffer.size() * sizeof(double));
    c.hash.add(QByteArrayView(reinterpret_cast<const char*>(c.buffer.data()), bytes));
    if (c.set.write) {
        m_insert.bindInt(1, c.set.id);
        m_insert.bindInt(2, c.firstRow);
        m_insert.bindBlob(3, c.buffer.data(), bytes);
        auto r = m_insert.step();
        m_insert.reset();
        if (!r) {
            return r.error();
        }
    }
    c.firstRow += qint64(c.buffer.size());
    c.buffer.clear();
    return {};
}

Result<QString> ValueChunks::digest(size_t set)
{
    return m_columns[set]->hash.finishHex();
}

Result<std::unique_ptr<LabelChunks>> LabelChunks::open(Database& db, const WriteAccess&, qint64 datasetId,
                                                       qint64 firstRow)
{
    auto insert =
        BulkStatement::prepare(db, "INSERT INTO dataset_label_chunk (dataset_id, first_row, codes) VALUES (?, ?, ?)",
                               Tr::tr("storing labels"));
    if (!insert) {
        return insert.error();
    }
    return std::unique_ptr<LabelChunks>(new LabelChunks(std::move(insert.value()), datasetId, firstRow));
}

LabelChunks::LabelChunks(BulkStatement insert, qint64 datasetId, qint64 firstRow)
    : m_insert(std::move(insert))
    , m_datasetId(datasetId)
    , m_firstRow(firstRow)
{
    m_buffer.reserve(size_t(DatasetTable::kChunkRows));
}

Status LabelChunks::put(quint8 code)
{
    m_buffer.push_back(code);
    return qint64(m_buffer.size()) == DatasetTable::kChunkRows ? flush() : Status {};
}

Status LabelChunks::flush()
{
    if (m_buffer.empty()) {
        return {};
    }
    m_insert.bindInt(1, m_datasetId);
    m_insert.bindInt(2, m_firstRow);
    m_insert.bindBlob(3, m_buffer.data(), qsizetype(m_buffer.size()));
    auto r = m_insert.step();
    m_insert.reset();
    if (!r) {
        return r.error();
    }
    m_firstRow += qint64(m_buffer.size());
    m_buffer.clear();
    return {};
}

Status LabelChunks::fillFromSamples(Database& db, const WriteAccess& write)
{
    DatasetTable table(db);
    auto datasets = table.datasets();
    if (!datasets) {
        return datasets.error();
    }
    for (const Dataset& d : datasets.value()) {
        if (d.labelDomain.size() > LabelCodes::kMaxDomain) {
            return Error(ErrorCode::Corrupt,
                         Tr::tr("dataset %1 has %2 labels; at most %3 can be stored")
                             .arg(d.name)
                             .arg(d.labelDomain.size())
                             .arg(LabelCodes::kMaxDomain));
        }
        qint64 bad = 0;
        auto codes = table.labelCodesFromSamples(d, &bad);
        if (!codes) {
            return codes.error();
        }
        if (!codes.value()) {
            return Error(ErrorCode::Corrupt,
                         Tr::tr("dataset %1: the sample at row %2 has a row number or label outside the dataset")
                             .arg(d.name)
                             .arg(bad + 1));
        }
        auto chunks = open(db, write, d.id, 0);
        if (!chunks) {
            return chunks.error();
        }
        for (quint8 code : *codes.value()) {
            if (auto s = chunks.value()->put(code); !s) {
                return s;
            }
        }
        if (auto s = chunks.value()->flush(); !s) {
            return s;
        }
    }
    return {};
}

Result<std::unique_ptr<GroupChunks>> GroupChunks::open(Database& db, const WriteAccess&, qint64 datasetId,
                                                       qint64 firstRow)
{
    auto insert = BulkStatement::prepare(
        db, "INSERT INTO dataset_group_chunk (dataset_id, first_row, texts, codes) VALUES (?, ?, ?, ?)",
        Tr::tr("storing subgroups"));
    if (!insert) {
        return insert.error();
    }
    return std::unique_ptr<GroupChunks>(new GroupChunks(std::move(insert.value()), datasetId, firstRow));
}

GroupChunks::GroupChunks(BulkStatement insert, qint64 datasetId, qint64 firstRow)
    : m_insert(std::move(insert))
    , m_datasetId(datasetId)
    , m_firstRow(firstRow)
{
    m_codes.reserve(size_t(2 * DatasetTable::kChunkRows));
}

Status GroupChunks::put(std::string_view groupsJson)
{
    auto known = m_indexOf.find(groupsJson);
    if (known == m_indexOf.end()) {
        if (!m_indexOf.empty()) {
            m_texts.append(GroupCodes::kSeparator);
        }
        m_texts.append(groupsJson.data(), qsizetype(groupsJson.size()));
        known = m_indexOf.emplace(std::string(groupsJson), quint16(m_indexOf.size())).first;
    }
    return putCode(known->second);
}

Status GroupChunks::putNone()
{
    return putCode(GroupCodes::kNoSample);
}

Status GroupChunks::putCode(quint16 code)
{
    m_codes.push_back(quint8(code & 0xFF));
    m_codes.push_back(quint8(code >> 8));
    return qint64(m_codes.size()) == 2 * DatasetTable::kChunkRows ? flush() : Status {};
}

Status GroupChunks::flush()
{
    if (m_codes.empty()) {
        return {};
    }
    m_insert.bindInt(1, m_datasetId);
    m_insert.bindInt(2, m_firstRow);
    m_insert.bindText(3, std::string_view(m_texts.constData(), size_t(m_texts.size())));
    m_insert.bindBlob(4, m_codes.data(), qsizetype(m_codes.size()));
    auto r = m_insert.step();
    m_insert.reset();
    if (!r) {
        return r.error();
    }
    m_firstRow += qint64(m_codes.size() / 2);
    m_codes.clear();
    m_texts.clear();
    m_indexOf.clear();
    return {};
}

Status GroupChunks::fillFromSamples(Database& db, const WriteAccess& write)
{
    DatasetTable table(db);
    auto datasets = table.datasets();
    if (!datasets) {
        return datasets.error();
    }
    for (const Dataset& d : datasets.value()) {
        qint64 bad = 0;
        auto groups = table.groupsFromSamples(d, &bad);
        if (!groups) {
            return groups.error();
        }
        if (!groups.value()) {
            return Error(ErrorCode::Corrupt,
                         Tr::tr("dataset %1: the sample at row %2 has a row number outside the "
                                "dataset")
                             .arg(d.name)
                             .arg(bad + 1));
        }
        auto chunks = open(db, write, d.id, 0);
        if (!chunks) {
            return chunks.error();
        }
        const DatasetTable::RowGroups& rows = *groups.value();
        for (const quint32 text : rows.textOf) {
            auto s = text == DatasetTable::RowGroups::kNone ? chunks.value()->putNone()
                                                            : chunks.value()->put(rows.texts[text]);
            if (!s) {
                return s;
            }
        }
        if (auto s = chunks.value()->flush(); !s) {
            return s;
        }
    }
    return {};
}

} // namespace cs
