#include "StoredComparison.h"

#include "importers/PredictionFields.h"
#include "store/DatasetTables.h"
#include "store/RegistryTables.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <array>
#include <cmath>
#include <limits>
#include <string_view>
#include <unordered_map>

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
    std::vector<quint32> groupOf;
    QStringList groupNames;
};

/// Hashes std::string and std::string_view alike, so a map keyed by strings is searched without a copy.
struct TextHash
{
    using is_transparent = void;
    size_t operator()(std::string_view text) const { return std::hash<std::string_view> {}(text); }
};

/// The group columns `indexes` of every sample, in one pass over the samples (each sample's groups are parsed once).
Result<std::vector<GroupColumn>> readGroups(Database& db, const Dataset& dataset, const QList<qsizetype>& indexes)
{
    std::vector<GroupColumn> columns(size_t(indexes.size()));
    if (indexes.isEmpty()) {
        return columns;
    }
    constexpr quint32 kNone = std::numeric_limits<quint32>::max(); ///< a row no sample has
    std::vector<std::unordered_map<std::string, quint32>> indexOf(columns.size());
    for (GroupColumn& c : columns) {
        c.groupOf.assign(size_t(dataset.sampleCount), kNone);
    }
    bool outside = false;
    // A dataset has few distinct combinations of group values: each stored text is parsed once, and every sample
    // with the same text takes the same groups.
    std::unordered_map<std::string, std::vector<quint32>, TextHash, std::equal_to<>> codesOf;
    auto read = DatasetTable(db).forEachGroups(dataset.id, [&](qint64 row, std::string_view groups) {
        if (row < 0 || row >= dataset.sampleCount) {
            outside = true;
            return;
        }
        auto known = codesOf.find(groups);
        if (known == codesOf.end()) {
            const QJsonArray values =
                QJsonDocument::fromJson(QByteArray(groups.data(), qsizetype(groups.size()))).array();
            std::vector<quint32> codes(columns.size());
            for (size_t k = 0; k < columns.size(); ++k) {
                const QString value = values.at(indexes.at(qsizetype(k))).toString();
                auto [it, added] = indexOf[k].try_emplace(value.toStdString(), quint32(columns[k].groupNames.size()));
                if (added) {
                    columns[k].groupNames.append(value);
                }
                codes[k] = it->second;
            }
            known = codesOf.emplace(std::string(groups), std::move(codes)).first;
        }
        for (size_t k = 0; k < columns.size(); ++k) {
            columns[k].groupOf[size_t(row)] = known->second[k];
        }
    });
    if (!read) {
        return read.error();
    }
    if (outside) {
        return Error(ErrorCode::Corrupt,
                     Tr::tr("dataset \"%1\": a sample has a row number outside its %2 samples")
                         .arg(dataset.name)
                         .arg(dataset.sampleCount));
    }
    // The samples came in sample-ID order; the groups are numbered in row order, as the file lists them.
    for (GroupColumn& c : columns) {
        std::vector<quint32> renumbered(size_t(c.groupNames.size()), kNone);
        QStringList names;
        for (quint32& g : c.groupOf) {
            if (g == kNone) {
                continue;
            }
            if (renumbered[g] == kNone) {
                renumbered[g] = quint32(names.size());
                names.append(c.groupNames.at(g));
            }
            g = renumbered[g];
        }
        c.groupNames = names;
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
        const size_t kept = data.reference.size();
        for (GroupColumn& column : groups) {
            column.groupOf[kept] = column.groupOf[size_t(r)];
        }
        stats::appendScores(data, positive == 1, score[0], score[1]);
    }
    for (size_t k = 0; k < groups.size(); ++k) {
        groups[k].groupOf.resize(data.reference.size());
        data.groupings[k].groupOf = std::move(groups[k].groupOf);
        data.groupings[k].groupNames = groups[k].groupNames;
    }
    stats::countRows(data, request.thresholds);
    return data;
}

} // namespace StoredComparison

} // namespace cs
