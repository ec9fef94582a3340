#include "StoredComparison.h"

#include "importers/PredictionFields.h"
#include "store/DatasetTables.h"
#include "store/RegistryTables.h"
#include "util/TextHash.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <array>
#include <cmath>
#include <limits>
#include <optional>

namespace cs {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::StoredComparison)
};

/// The prediction sets of `dataset`, by model name and version label.
Result<QHash<QString, QHash<QString, PredictionSet>>> setsByModel(Database& db, const Dataset& dataset)
{
    auto sets = DatasetTable(db).predictionSets(dataset.id);
    if (!sets) {
        return sets.error();
    }
    QHash<QString, QHash<QString, PredictionSet>> byModel;
    RegistryTable registry(db);
    for (const PredictionSet& s : sets.value()) {
        auto version = registry.versionById(s.versionId);
        if (!version) {
            return version.error();
        }
        if (version.value()) {
            byModel[version.value()->modelName].insert(version.value()->label, s);
        }
    }
    return byModel;
}

/// The two prediction sets a request names (the model found when it names none), with the model's name.
struct ChosenSets
{
    QString model;
    PredictionSet sets[2];
};

Result<ChosenSets> chooseSets(Database& db, const Dataset& dataset, const StoredComparisonRequest& request)
{
    auto byModel = setsByModel(db, dataset);
    if (!byModel) {
        return byModel.error();
    }
    ChosenSets chosen;
    chosen.model = request.model;
    if (chosen.model.isEmpty()) {
        QStringList models = byModel->keys();
        models.sort();
        if (models.size() != 1) {
            return Error(
                ErrorCode::InvalidArgument,
                models.isEmpty()
                    ? Tr::tr("dataset \"%1\" has no predictions").arg(dataset.name)
                    : Tr::tr("versions of several models have predictions on dataset \"%1\" (%2): give --model")
                          .arg(dataset.name, models.join(QStringLiteral(", "))));
        }
        chosen.model = models.first();
    }
    const QHash<QString, PredictionSet> sets = byModel->value(chosen.model);
    const QString labels[2] = {request.reference, request.candidate};
    for (int k = 0; k < 2; ++k) {
        if (!sets.contains(labels[k])) {
            return Error(ErrorCode::NotFound,
                         Tr::tr("version %1 of model \"%2\" has no predictions on dataset \"%3\"")
                             .arg(labels[k], chosen.model, dataset.name));
        }
        chosen.sets[k] = sets.value(labels[k]);
    }
    return chosen;
}

/// The class of each label code of `dataset` (LabelCodes): 0 or 1, or -1 for a label the comparison cannot count.
std::array<qint8, 256> classesOf(const Dataset& dataset)
{
    std::array<qint8, 256> classOf;
    classOf.fill(-1);
    const PredictionFields::LabelDomain binary = PredictionFields::LabelDomain::binary();
    for (qsizetype i = 0; i < dataset.labelDomain.size() && i < LabelCodes::kMaxDomain; ++i) {
        const std::optional<int> y = binary.indexOf(dataset.labelDomain.at(i).toStdString());
        classOf[size_t(i)] = y ? qint8(*y) : qint8(-1);
    }
    return classOf;
}

/// Why the label of `code` cannot be counted, for the row that has it.
Error labelRefused(const Dataset& dataset, qint64 row, quint8 code)
{
    const PredictionFields::LabelDomain binary = PredictionFields::LabelDomain::binary();
    const std::string label =
        code < dataset.labelDomain.size() ? dataset.labelDomain.at(code).toStdString() : std::string();
    return Error(ErrorCode::InvalidArgument,
                 Tr::tr("dataset \"%1\", row %2: %3").arg(dataset.name).arg(row + 1).arg(binary.refusal(label)));
}

/// With a group column: the index of each sample's group value by row number, and the values.
struct GroupColumn
{
    static constexpr quint16 kNone = std::numeric_limits<quint16>::max(); ///< a row no sample has
    static_assert(stats::Grouping::kMaxGroups <= kNone); // every group's index is below kNone
    std::vector<quint16> groupOf;
    QStringList groupNames;
};

/// The group columns `indexes` of every row, read from the dataset's group chunks: each distinct text of group values
/// is parsed once, when first met in row order, and each column's groups are numbered in row order, as the file
/// lists them.
Result<std::vector<GroupColumn>> readGroups(Database& db, const Dataset& dataset, const QList<qsizetype>& indexes)
{
    std::vector<GroupColumn> columns(size_t(indexes.size()));
    if (indexes.isEmpty()) {
        return columns;
    }
    for (GroupColumn& c : columns) {
        c.groupOf.assign(size_t(dataset.sampleCount), GroupColumn::kNone);
    }
    TextMap<std::vector<quint16>> codesOf; // per distinct text: its group in each column
    std::vector<TextMap<quint16>> indexOf(columns.size());
    std::vector<const std::vector<quint16>*> chunkCodes; // per text of the chunk: its codes
    std::optional<Error> tooMany;
    auto read = DatasetTable(db).forEachGroupChunk(
        dataset.id, dataset.sampleCount, [&](qint64 first, const auto& texts, const auto& codes) {
            chunkCodes.clear();
            for (const std::string_view text : texts) {
                auto known = codesOf.find(text);
                if (known == codesOf.end()) {
                    const QJsonArray values =
                        QJsonDocument::fromJson(QByteArray(text.data(), qsizetype(text.size()))).array();
                    std::vector<quint16> parsed(columns.size());
                    for (size_t k = 0; k < columns.size(); ++k) {
                        const QString value = values.at(indexes.at(qsizetype(k))).toString();
                        if (columns[k].groupNames.size() == stats::Grouping::kMaxGroups &&
                            !indexOf[k].contains(value.toStdString())) {
                            tooMany =
                                Error(ErrorCode::InvalidArgument,
                                      Tr::tr("dataset \"%1\": subgroup column \"%2\" has more than 65,535 "
                                             "distinct values; a subgroup column takes at most 65,535")
                                          .arg(dataset.name, dataset.groupColumns.value(indexes.at(qsizetype(k)))));
                            return false;
                        }
                        auto [it, added] =
                            indexOf[k].try_emplace(value.toStdString(), quint16(columns[k].groupNames.size()));
                        if (added) {
                            columns[k].groupNames.append(value);
                        }
                        parsed[k] = it->second;
                    }
                    known = codesOf.emplace(std::string(text), std::move(parsed)).first;
                }
                chunkCodes.push_back(&known->second);
            }
            for (size_t i = 0; i < codes.size(); ++i) {
                if (codes[i] == GroupCodes::kNoSample) {
                    continue;
                }
                const std::vector<quint16>& rowCodes = *chunkCodes[codes[i]];
                for (size_t k = 0; k < columns.size(); ++k) {
                    columns[k].groupOf[size_t(first) + i] = rowCodes[k];
                }
            }
            return true;
        });
    if (!read) {
        return read.error();
    }
    if (tooMany) {
        return *tooMany;
    }
    return columns;
}
} // namespace

namespace StoredComparison {

Result<stats::ComparisonData> load(Database& db, const StoredComparisonRequest& request)
{
    auto found = DatasetTable(db).dataset(request.dataset);
    if (!found) {
        return found.error();
    }
    if (!found.value()) {
        return Error(ErrorCode::NotFound, Tr::tr("there is no dataset \"%1\" in this workspace").arg(request.dataset));
    }
    const Dataset dataset = *found.value();
    auto chosen = chooseSets(db, dataset, request);
    if (!chosen) {
        return chosen.error();
    }
    QList<qsizetype> groupIndexes;
    for (const QString& group : request.groups) {
        const qsizetype index = dataset.groupColumns.indexOf(group);
        if (index < 0) {
            return Error(ErrorCode::InvalidArgument,
                         Tr::tr("dataset \"%1\" has no subgroup column \"%2\" (it has %3)")
                             .arg(dataset.name, group,
                                  dataset.groupColumns.isEmpty() ? Tr::tr("none")
                                                                 : dataset.groupColumns.join(QStringLiteral(", "))));
        }
        groupIndexes.append(index);
    }
    const qint64 rows = dataset.sampleCount;
    if (rows > qint64(stats::kMaxScoredRows)) {
        return Error(ErrorCode::InvalidArgument,
                     Tr::tr("dataset \"%1\" has %2 samples; a comparison takes at most %3")
                         .arg(dataset.name)
                         .arg(rows)
                         .arg(qint64(stats::kMaxScoredRows)));
    }
    auto codes = DatasetTable(db).labelCodes(dataset.id, rows);
    if (!codes) {
        return codes.error();
    }
    auto readColumns = readGroups(db, dataset, groupIndexes);
    if (!readColumns) {
        return readColumns.error();
    }
    std::vector<GroupColumn>& groups = readColumns.value();
    // Both versions' scores chunk by chunk, side by side, as the rows are assembled: no whole set is held.
    std::optional<ScoreCursor> cursors[2];
    for (int k = 0; k < 2; ++k) {
        auto cursor = ScoreCursor::open(db, chosen->sets[k].id, rows);
        if (!cursor) {
            return cursor.error();
        }
        cursors[k].emplace(std::move(cursor.value()));
    }
    const QString labels[2] = {request.reference, request.candidate};
    const std::array<qint8, 256> classOf = classesOf(dataset);
    stats::ComparisonData data;
    data.reference.reserve(size_t(rows));
    data.candidate.reserve(size_t(rows));
    data.groupings.resize(groups.size());
    for (qint64 r = 0; r < rows; ++r) {
        double score[2];
        for (int k = 0; k < 2; ++k) {
            if (r >= cursors[k]->end()) {
                if (auto s = cursors[k]->advanceTo(r); !s) {
                    return s.error();
                }
            }
            score[k] = cursors[k]->score(r);
        }
        const quint8 code = codes.value()[size_t(r)];
        if (code == LabelCodes::kNoSample) {
            continue; // a gap in the row numbers (no sample): nothing to compare
        }
        const qint8 positive = classOf[code];
        if (positive < 0) {
            return labelRefused(dataset, r, code);
        }
        for (int k = 0; k < 2; ++k) {
            if (!std::isfinite(score[k])) {
                return Error(ErrorCode::Corrupt,
                             Tr::tr("version %1 of model \"%2\" has no score for row %3 of dataset \"%4\"")
                                 .arg(labels[k], chosen->model)
                                 .arg(r + 1)
                                 .arg(dataset.name));
            }
        }
        // A row's groups move down over the gaps as its scores are appended (in place: no second copy is held).
        // The labels and the subgroups are kept in separate chunks: a sample's row must be in both.
        const size_t kept = data.reference.size();
        for (GroupColumn& column : groups) {
            if (column.groupOf[size_t(r)] == GroupColumn::kNone) {
                return Error(ErrorCode::Corrupt,
                             Tr::tr("dataset \"%1\": row %2 has a label but no subgroups kept for the statistics; "
                                    "run verify")
                                 .arg(dataset.name)
                                 .arg(r + 1));
            }
            column.groupOf[kept] = column.groupOf[size_t(r)];
        }
        stats::appendScores(data, positive == 1, score[0], score[1]);
    }
    for (size_t k = 0; k < groups.size(); ++k) {
        groups[k].groupOf.resize(data.reference.size());
        data.groupings[k].groupOf = std::move(groups[k].groupOf);
        data.groupings[k].groupNames = groups[k].groupNames;
    }
    if (request.count) {
        stats::countRows(data, request.thresholds);
    }
    return data;
}

} // namespace StoredComparison

} // namespace cs
