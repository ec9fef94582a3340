#include "StatisticsQuery.h"

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
    auto byModel = setsByModel(m_db, dataset);
    if (!byModel) {
        return byModel.error();
    }
    QString model = request.model;
    if (model.isEmpty()) {
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
        model = models.first();
    }
    const QHash<QString, PredictionSet> sets = byModel->value(model);
    const QString labels[2] = {request.reference, request.candidate};
    PredictionSet chosen[2];
    for (int k = 0; k < 2; ++k) {
        if (!sets.contains(labels[k])) {
            return Error(ErrorCode::NotFound,
                         Tr::tr("version %1 of model \"%2\" has no predictions on dataset \"%3\"")
                             .arg(labels[k], model, dataset.name));
        }
        chosen[k] = sets.value(labels[k]);
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

    // Samples by row number: the class (-1 where the label is not 0/1) and, with a group, the group's index.
    std::vector<qint8> positive;
    std::vector<quint32> groupOf;
    QStringList groupNames;
    std::unordered_map<std::string, quint32> groupIndexOf;
    positive.reserve(size_t(dataset.sampleCount));
    std::optional<Error> bad;
    auto read =
        DatasetTable(m_db).forEachLabel(dataset.id, [&](qint64 row, const char* label, std::string_view groups) {
            if (bad) {
                return;
            }
            if (row < 0 || row >= qint64(stats::kMaxScoredRows)) {
                bad = Error(ErrorCode::Corrupt,
                            Tr::tr("dataset \"%1\": a sample has row number %2").arg(dataset.name).arg(row));
                return;
            }
            if (size_t(row) >= positive.size()) {
                positive.resize(std::max(size_t(row) + 1, size_t(dataset.sampleCount)), qint8(-2)); // -2: no sample
                if (groupIndex >= 0) {
                    groupOf.resize(positive.size(), 0);
                }
            }
            std::optional<int> y;
            if (label != nullptr && (label[0] == '0' || label[0] == '1') && label[1] == '\0') {
                y = label[0] - '0'; // the common case
            } else if (label != nullptr) {
                y = stats::parseBinaryLabel(label);
            }
            if (!y) {
                bad = Error(ErrorCode::InvalidArgument,
                            Tr::tr("dataset \"%1\", row %2: the label \"%3\" is not 0/1, true/false or yes/no")
                                .arg(dataset.name)
                                .arg(row + 1)
                                .arg(label != nullptr ? QString::fromUtf8(label) : QString()));
                return;
            }
            positive[size_t(row)] = qint8(*y);
            if (groupIndex >= 0) {
                const QJsonArray values =
                    QJsonDocument::fromJson(QByteArray(groups.data(), qsizetype(groups.size()))).array();
                const QString value = values.at(groupIndex).toString();
                const std::string key = value.toStdString();
                auto [it, added] = groupIndexOf.try_emplace(key, quint32(groupNames.size()));
                if (added) {
                    groupNames.append(value);
                }
                groupOf[size_t(row)] = it->second;
            }
        });
    if (!read) {
        return read.error();
    }
    if (bad) {
        return *bad;
    }
    const qint64 rows = qint64(positive.size());
    std::vector<double> scores[2];
    for (int k = 0; k < 2; ++k) {
        auto stored = DatasetTable(m_db).scores(chosen[k].id, rows);
        if (!stored) {
            return stored.error();
        }
        scores[k] = std::move(stored.value());
    }
    stats::ComparisonData data;
    data.reference.reserve(size_t(rows));
    data.candidate.reserve(size_t(rows));
    for (qint64 r = 0; r < rows; ++r) {
        if (positive[size_t(r)] == -2) {
            continue; // a gap in the row numbers (no sample): nothing to compare
        }
        for (int k = 0; k < 2; ++k) {
            if (!std::isfinite(scores[k][size_t(r)])) {
                return Error(ErrorCode::Corrupt,
                             Tr::tr("version %1 of model \"%2\" has no score for row %3 of dataset \"%4\"")
                                 .arg(labels[k], model)
                                 .arg(r + 1)
                                 .arg(dataset.name));
            }
        }
        stats::appendRow(data, positive[size_t(r)] == 1, scores[0][size_t(r)], scores[1][size_t(r)],
                         request.thresholds);
        if (groupIndex >= 0) {
            data.groupOf.push_back(groupOf[size_t(r)]);
        }
    }
    data.groupNames = groupNames;
    return data;
}

} // namespace cs
