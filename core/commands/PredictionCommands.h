#pragma once

#include "commands/Command.h"
#include "records/DatasetRecords.h"

#include <QJsonObject>

#include <functional>
#include <optional>

namespace cs {

/// Reports how far a long operation has got (`done` of `total`, e.g. bytes). Returning false cancels it.
using ProgressFn = std::function<bool(qint64 done, qint64 total)>;

/// Which columns of a prediction file mean what.
struct PredictionMapping
{
    struct Score
    {
        QString model;
        QString version; ///< the version label
        QString column;
    };
    QString idColumn;
    QString labelColumn; ///< may be empty for drift references and production windows (no labels yet)
    QList<Score> scores;
    QStringList groupColumns;
    /// Feature columns for drift monitoring, stored with the file that creates the dataset (docs/drift.md).
    QStringList features;
};

/// What to import: one CSV file of per-sample predictions for one dataset.
struct PredictionImportRequest
{
    QString dataset;
    QString file;
    PredictionMapping mapping;
    std::optional<DatasetRole> role; ///< needed when the dataset is new
    std::optional<bool> locked; ///< default: locked for validation and challenge sets
    QStringList labelDomain; ///< default {"0", "1"}
};

/// Imports a prediction file (RFC 4180 CSV, streamed in constant memory) in one transaction: creates the dataset on
/// its first file, adds its samples, and stores one prediction set per mapped version. Refuses, naming the file, line
/// and column, and storing nothing: direct identifiers (by column name or value shape), ragged rows, over-long
/// records, empty or duplicate sample IDs, labels outside the domain, missing or non-finite scores, a locked dataset
/// whose sample set or labels differ, unknown versions, and a version whose stored predictions differ (frozen).
class ImportPredictionsCommand final : public Command
{
public:
    explicit ImportPredictionsCommand(PredictionImportRequest request, ProgressFn progress = {});
    QString description() const override;
    std::optional<Action> requiredAction() const override { return Action::ImportModelVersion; }
    Status apply(CommandContext& ctx) override;

    struct Outcome
    {
        bool datasetCreated = false;
        qint64 rows = 0;
        qint64 samplesAdded = 0;
        QString fileSha256;
        QStringList imported; ///< "MODEL/LABEL" of the prediction sets stored
        QStringList unchanged; ///< already there with the same scores
        QStringList features; ///< "NAME (numeric)" or "NAME (categorical, N values)" of the features stored
    };
    const Outcome& outcome() const { return m_outcome; }

private:
    PredictionImportRequest m_request;
    ProgressFn m_progress;
    Outcome m_outcome;
};

/// Attaches a data-contract result (Great Expectations validation result) to a dataset. Frozen like all evidence.
class AttachDatasetEvidenceCommand final : public Command
{
public:
    AttachDatasetEvidenceCommand(QString dataset, QString kind, QString source, QJsonObject content);
    QString description() const override;
    std::optional<Action> requiredAction() const override { return Action::ImportModelVersion; }
    Status apply(CommandContext& ctx) override;

private:
    QString m_dataset;
    QString m_kind;
    QString m_source;
    QJsonObject m_content;
};

} // namespace cs
