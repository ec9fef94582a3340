#pragma once

#include "records/EvidenceAttachment.h"
#include "records/LifecycleState.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace cs {

/// A clinical model: what it is for and who answers for it.
struct Model
{
    QString name;
    QString intendedUse;
    QString deviceClass; ///< e.g. "IIa" (EU MDR) or "II" (FDA)
    QString riskClass; ///< e.g. IMDRF SaMD category "III"
    QString owner;
    qint64 createdAtMs = 0;
    QString createdBy;
};

/// One version of a model with its evidence frozen at import: parameters, metrics, tags, run, code commit,
/// artifact digests, data lineage. Evidence never changes after import; only the lifecycle state moves.
struct ModelVersion
{
    qint64 id = 0;
    QString modelName;
    QString label; ///< "3" for MLflow version 3
    QString sourceUri; ///< where it was imported from
    QString codeCommit; ///< git commit of the training code, when known
    QString parentLabel; ///< the version it derives from, when known
    QJsonObject evidence; ///< canonical JSON (docs/registry.md)
    QString evidenceSha256;
    LifecycleState state = LifecycleState::Registered;
    qint64 importedAtMs = 0;
    QString importedBy;
};

/// One point of a metric's history. MLflow metrics may be NaN or infinite; SQLite cannot store those as REAL,
/// so `special` holds "nan", "inf" or "-inf" and `value` is then meaningless.
struct MetricPoint
{
    QString key;
    qint64 step = 0;
    qint64 timestampMs = 0;
    double value = 0;
    QString special;
};

} // namespace cs
