#pragma once

#include "records/DriftRecords.h"
#include "util/Result.h"

#include <QJsonObject>

#include <optional>

namespace cs {

class Database;
class Workspace;

/// A drift alert as the review queue shows it: the alert, its run, its status and the decisions on it.
struct AlertView
{
    DriftAlert alert;
    QString run; ///< "DR-N"
    QString status; ///< "open", "acknowledged" or "change-request"
    QList<AlertDecision> decisions;
    bool open() const { return decisions.isEmpty(); }
};

/// A drift run as the lists show it, with the alert it raised (if any).
struct DriftRunView
{
    DriftRun run;
    std::optional<AlertView> alert;
};

/// Read access to drift monitoring for the window and the CLI (docs/drift.md): the frozen runs, the alerts and their
/// decisions, and each dataset's features.
class DriftQuery
{
public:
    explicit DriftQuery(Workspace& workspace);
    /// Every run, oldest first (of one model when given), each with its alert.
    Result<QList<DriftRunView>> runs(const QString& model = {});
    /// Run "DR-N" (or N).
    Result<std::optional<DriftRunView>> run(const QString& label);
    /// Every alert, oldest first; only the open ones (the review queue) when `openOnly`.
    Result<QList<AlertView>> alerts(bool openOnly = false);
    /// The values of a dataset's feature in row order (NaN: missing) with its categories (empty for a numeric
    /// feature), for the distribution charts; nothing when the dataset has no such feature.
    struct FeatureValues
    {
        bool numeric = true;
        QStringList categories;
        std::vector<double> values;
    };
    Result<std::optional<FeatureValues>> featureValues(const QString& dataset, const QString& feature);

    /// A run as `drift show --json` prints it: its identity, the SHA-256 of its content, the content, the alert.
    static QJsonObject toJson(const DriftRunView& view);
    static QJsonObject toJson(const AlertView& view);

private:
    Database& m_db;
};

} // namespace cs
