#pragma once

#include "util/EnumNames.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace cs {

/// One feature column of a dataset (drift monitoring), stored with the file that created the dataset. Its values are
/// kept in row order beside the scores (feature_chunk): the number itself for a numeric feature, the index into
/// `categories` for a categorical one, NaN where the value is missing. A feature is numeric iff every value the file
/// gave it is a finite number or missing (the `stats drift` contract); otherwise each distinct text is a category.
struct DatasetFeature
{
    qint64 id = 0;
    qint64 datasetId = 0;
    qint64 fileId = 0;
    int ord = 0; ///< its place among the dataset's features
    QString name;
    bool numeric = true;
    QStringList categories; ///< a categorical feature's texts, in the order first met
    qint64 missing = 0;
    QString contentSha256; ///< digest of the stored values, chunk by chunk as stored
};

/// What a reviewer decided about a drift alert. Each decision is a row of its own: nothing about an alert is
/// ever changed or deleted.
enum class AlertAction
{
    Acknowledged, ///< looked at, with a reason, and no change needed now
    ChangeRequested, ///< a change request was opened from it
};

template<>
struct EnumNames<AlertAction>
{
    static constexpr const char* context = "cs::AlertAction";
    static constexpr EnumName<AlertAction> table[] = {
        {AlertAction::Acknowledged, "acknowledged", QT_TRANSLATE_NOOP("cs::AlertAction", "Acknowledged")},
        {AlertAction::ChangeRequested, "change-request", QT_TRANSLATE_NOOP("cs::AlertAction", "Change request opened")},
    };
};

/// A comparison of one production window with a reference, frozen as evidence: `content` is the whole result
/// (every feature's drift, the score distribution's drift, the thresholds and what breached them), `contentSha256`
/// the digest of its canonical JSON.
struct DriftRun
{
    qint64 id = 0;
    QString model;
    QString version; ///< the version whose scores were compared (its label)
    QString window; ///< dataset name
    QString reference; ///< dataset name
    QJsonObject content;
    QString contentSha256;
    qint64 createdAtMs = 0;
    QString createdBy;

    QString label() const { return QStringLiteral("DR-%1").arg(id); }
};

/// A drift run that breached a threshold. `reasons` lists each breach: {kind, feature?, rule?, value, threshold,
/// text}. Raised by the run's command, in its transaction.
struct DriftAlert
{
    qint64 id = 0;
    qint64 runId = 0;
    QString model;
    QString window;
    QJsonArray reasons;
    qint64 raisedAtMs = 0;

    QString label() const { return QStringLiteral("DA-%1").arg(id); }
};

struct AlertDecision
{
    qint64 id = 0;
    qint64 alertId = 0;
    AlertAction action = AlertAction::Acknowledged;
    QString reason;
    QString changeRequest; ///< the request opened from it (ChangeRequested)
    qint64 atMs = 0;
    QString by;
};

} // namespace cs
