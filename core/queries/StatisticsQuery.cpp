#include "StatisticsQuery.h"

#include "importers/PredictionFields.h"
#include "store/DatasetTables.h"
#include "store/RegistryTables.h"
#include "workspace/WorkspaceAccess.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <unordered_map>

namespace cs {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::StatisticsQuery)
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

/// The samples by row number: the class (-2 where no sample has the row number) and, with a group column, the
/// index of each sample's group value.
struct SampleColumns
{
    std::vector<qint8> positive;
    std::vector<quint32> groupOf;
    QStringList groupNames;
};

Result<SampleColumns> readSamples(Database& db, const Dataset& dataset, qsizetype groupIndex)
{
    SampleColumns c;
    std::unordered_map<std::string, quint32> groupIndexOf;
    std::optional<Error> bad;
    const PredictionFields::LabelDomain binary = PredictionFields::LabelDomain::binary();
    auto read = DatasetTable(db).forEachLabel(dataset.id, [&](qint64 row, const char* label, std::string_view groups) {
        if (bad) {
            return;
        }
        if (row < 0 || row >= qint64(stats::kMaxScoredRows)) {
            bad = Error(ErrorCode::Corrupt,
                        Tr::tr("dataset \"%1\": a sample has row number %2").arg(dataset.name).arg(row));
            return;
        }
        if (size_t(row) >= c.positive.size()) {
            c.positive.resize(std::max(size_t(row) + 1, size_t(dataset.sampleCount)), qint8(-2));
            if (groupIndex >= 0) {
                c.groupOf.resize(c.positive.size(), 0);
            }
        }
        std::optional<int> y;
        if (label != nullptr) {
            y = binary.indexOf(label);
        }
        if (!y) {
            bad = Error(ErrorCode::InvalidArgument,
                        Tr::tr("dataset \"%1\", row %2: %3")
                            .arg(dataset.name)
                            .arg(row + 1)
                            .arg(binary.refusal(label != nullptr ? std::string_view(label) : std::string_view())));
            return;
        }
        c.positive[size_t(row)] = qint8(*y);
        if (groupIndex >= 0) {
            const QString value = QJsonDocument::fromJson(QByteArray(groups.data(), qsizetype(groups.size())))
                                      .array()
                                      .at(groupIndex)
                                      .toString();
            auto [it, added] = groupIndexOf.try_emplace(value.toStdString(), quint32(c.groupNames.size()));
            if (added) {
                c.groupNames.append(value);
            }
            c.groupOf[size_t(row)] = it->second;
        }
    });
    if (!read) {
        return read.error();
    }
    if (bad) {
        return *bad;
    }
    return c;
}
} // namespace

StatisticsQuery::StatisticsQuery(Workspace& workspace)
    : m_db(WorkspaceAccess::database(workspace))
{ }

Result<stats::ComparisonData> StatisticsQuery::comparison(const StoredComparisonRequest& request)
{
    auto found = DatasetTable(m_db).dataset(request.dataset);
    if (!found) {
        return found.error();
    }
    if (!found.value()) {
        return Error(ErrorCode::NotFound, Tr::tr("there is no dataset \"%1\" in this workspace").arg(request.dataset));
    }
    const Dataset dataset = *found.value();
    auto chosen = chooseSets(m_db, dataset, request);
    if (!chosen) {
        return chosen.error();
    }
    qsizetype groupIndex = -1;
    if (!request.group.isEmpty()) {
        groupIndex = dataset.groupColumns.indexOf(request.group);
        if (groupIndex < 0) {
            return Error(ErrorCode::InvalidArgument,
                         Tr::tr("dataset \"%1\" has no subgroup column \"%2\" (it has %3)")
                             .arg(dataset.name, request.group,
                                  dataset.groupColumns.isEmpty() ? Tr::tr("none")
                                                                 : dataset.groupColumns.join(QStringLiteral(", "))));
        }
    }
    auto samples = readSamples(m_db, dataset, groupIndex);
    if (!samples) {
        return samples.error();
    }
    const std::vector<qint8>& positive = samples->positive;
    const qint64 rows = qint64(positive.size());
    // The reference's scores whole; the candidate's chunk by chunk, in row order, as the rows are assembled (peak
    // memory: 8 bytes a row less than holding both).
    auto reference = DatasetTable(m_db).scores(chosen->sets[0].id, rows);
    if (!reference) {
        return reference.error();
    }
    const std::vector<double>& referenceScores = reference.value();
    const QString labels[2] = {request.reference, request.candidate};
    auto noScore = [&](int k, qint64 r) {
        return Error(ErrorCode::Corrupt,
                     Tr::tr("version %1 of model \"%2\" has no score for row %3 of dataset \"%4\"")
                         .arg(labels[k], chosen->model)
                         .arg(r + 1)
                         .arg(dataset.name));
    };
    stats::ComparisonData data;
    data.reference.reserve(size_t(rows));
    data.candidate.reserve(size_t(rows));
    qint64 next = 0; ///< the first row not assembled yet
    // Rows [next, end) have no candidate score: only gaps in the row numbers (no sample) may.
    auto skipTo = [&](qint64 end) -> Status {
        for (; next < end; ++next) {
            if (positive[size_t(next)] != -2) {
                return noScore(1, next);
            }
        }
        return {};
    };
    auto assembled = DatasetTable(m_db).forEachScoreChunk(
        chosen->sets[1].id, rows, [&](qint64 first, const double* candidate, qint64 count) -> Status {
            if (first < next) {
                return noScore(1, first); // overlapping chunks: the store is damaged
            }
            if (auto s = skipTo(first); !s) {
                return s;
            }
            for (qint64 i = 0; i < count; ++i, ++next) {
                const qint64 r = first + i;
                if (positive[size_t(r)] == -2) {
                    continue; // a gap in the row numbers (no sample): nothing to compare
                }
                for (int k = 0; k < 2; ++k) {
                    if (!std::isfinite(k == 0 ? referenceScores[size_t(r)] : candidate[i])) {
                        return noScore(k, r);
                    }
                }
                stats::appendRow(data, positive[size_t(r)] == 1, referenceScores[size_t(r)], candidate[i],
                                 request.thresholds);
                if (groupIndex >= 0) {
                    data.groupOf.push_back(samples->groupOf[size_t(r)]);
                }
            }
            return {};
        });
    if (!assembled) {
        return assembled.error();
    }
    if (auto s = skipTo(rows); !s) {
        return s.error();
    }
    data.groupNames = samples->groupNames;
    return data;
}

} // namespace cs
