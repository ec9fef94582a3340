#pragma once

#include "records/ModelRecords.h"
#include "util/Result.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace cs {

/// One logged value of an MLflow metric. MLflow 3 links a value to the dataset it was computed on (name and digest),
/// and a logged model's values to the run that logged them.
struct MlflowMetricPoint : MetricPoint
{
    QString datasetName;
    QString datasetDigest;
    QString runId; ///< logged-model metrics only
};

/// A run of an MLflow experiment, as the file store keeps it (mlruns/EXPERIMENT/RUN/) or the runs table.
struct MlflowRun
{
    QString id;
    QString name;
    QString experimentId;
    QString experimentName;
    QString status; ///< RUNNING, SCHEDULED, FINISHED, FAILED or KILLED (the store may hold 1..5)
    QString userId;
    QString sourceType;
    QString sourceName;
    QString sourceVersion; ///< the git commit for runs launched from a repository
    QString artifactUri;
    qint64 startMs = 0;
    qint64 endMs = 0;
    QMap<QString, QString> params;
    QMap<QString, QString> tags;
    QMap<QString, QList<MlflowMetricPoint>> metrics; ///< history per key, in file order
    QList<QJsonObject> inputs; ///< dataset inputs: name, digest, source (and tags when the store has them)
    QStringList modelInputs; ///< MLflow 3: logged models the run used (inputs of type MODEL)
    QList<std::pair<QString, qint64>> modelOutputs; ///< MLflow 3: logged models the run produced, with the step
    QList<QJsonObject> otherInputs; ///< inputs of a type this version does not know: source type and id
    QJsonObject otherFields; ///< fields of the run this version does not know, kept as read
};

/// An MLflow 3 logged model (mlruns/EXPERIMENT/models/m-ID/ or the logged_models table): the model a registered
/// version points at with a `models:/m-ID` source, stored outside any run.
struct MlflowLoggedModel
{
    QString id;
    QString name;
    QString experimentId;
    QString sourceRunId;
    QString modelType;
    QString status; ///< UNSPECIFIED, PENDING, READY or FAILED (the store may hold 0..3)
    QString statusMessage;
    QString lifecycleStage; ///< active or deleted
    QString artifactLocation; ///< as recorded by MLflow
    qint64 createdMs = 0;
    qint64 updatedMs = 0;
    QMap<QString, QString> params;
    QMap<QString, QString> tags;
    QMap<QString, QList<MlflowMetricPoint>> metrics;
    QJsonObject otherFields;
    QString resolvedFrom; ///< how the version led to it: its model_id, its models:/ source, or its runs:/ source
};

/// A registered model version (mlruns/models/NAME/version-N/ or the model_versions table).
struct MlflowModelVersion
{
    QString modelName;
    QString version;
    QString stage; ///< None, Staging, Production or Archived
    QString description;
    QString source;
    QString runId;
    QString userId;
    QString modelId; ///< MLflow 3 file stores record the logged model's id; SQL stores only have the source. The
                     ///< evidence records the logged model itself (and how it was found), not this field.
    qint64 createdMs = 0;
    QStringList aliases;
    QMap<QString, QString> tags;
    QJsonObject otherFields;
};

struct ArtifactDigest
{
    QString path; ///< relative to the artifact root
    QString sha256;
    qint64 size = 0;
};

/// Everything Countersign records about one registered version: the version, its run, its logged model (MLflow 3),
/// and digests of the files it could read. What it could not read (remote URIs, missing folders) is listed, not an
/// error. docs/registry.md describes the JSON.
struct MlflowVersionEvidence
{
    QString storeKind = QStringLiteral("mlflow-file-store"); ///< or "mlflow-sql-store"
    MlflowModelVersion version;
    std::optional<MlflowRun> run;
    std::optional<MlflowLoggedModel> loggedModel;
    QString artifactRoot; ///< the local folder that was hashed, if any
    QList<ArtifactDigest> artifacts;
    QList<std::pair<QString, QString>> unreadable; ///< (uri, why)

    /// The git commit of the training code (the run tag mlflow.source.git.commit, else the run's source version).
    QString codeCommit() const;
    /// The evidence as canonical-ready JSON (docs/registry.md). NaN and infinities are written as strings. A store
    /// written by MLflow 2 gives the same JSON as before MLflow 3 was read: what MLflow 3 adds appears only when the
    /// store has it.
    QJsonObject toJson(const QString& storeLocation) const;
    /// Every metric point of the run, for the history table.
    QList<MetricPoint> metricPoints() const;
    /// Keeps the version's run, or records it as unreadable when the store no longer has it (deleted runs); any
    /// other error is returned.
    Status takeRun(Result<MlflowRun> run);
    /// Keeps the version's logged model, or records it as unreadable when the store does not have it.
    Status takeLoggedModel(Result<MlflowLoggedModel> model, const QString& uri);
};

/// A logged model as a store reads it, with the local folder of its files.
using LoggedModelReader = std::function<Result<MlflowLoggedModel>(const QString& modelId, QString* folder)>;

/// The logged model of `run` called `name` (a `runs:/RUN/NAME` source in MLflow 3), among the run's outputs: the
/// latest if the run logged the name twice, as MLflow resolves it. NotFound when the run logged none by that name.
Result<MlflowLoggedModel> findRunModel(const MlflowRun& run, const QString& name, const LoggedModelReader& read,
                                       QString* folder);

namespace MlflowArtifacts {
/// Finds the version's files and hashes every one into `evidence`: a `runs:/` source below its run's artifact folder
/// `runArtifacts` (may be empty; MLflow 3 keeps a run's model in its logged model, `modelArtifacts`, when the run's
/// folder lacks it), a `models:/` source in the logged model's folder `modelArtifacts`, a local path as it is.
/// Sources leaving their folder ("..") are refused naming `metaFile`; a folder outside `storeRoot` once "..", links
/// and "~" are resolved is not read; remote and missing locations, links to folders, broken links, links leaving the
/// folder, devices, FIFOs and sockets are each recorded as unreadable with why. Polls `cancelled` between files.
Status collect(MlflowVersionEvidence& evidence, const QString& runArtifacts, const QString& modelArtifacts,
               const QString& metaFile, const QString& storeRoot, const std::function<bool()>& cancelled);
/// The local folder an artifact URI names ("file://", absolute or, relative to `base`, plain paths), or empty.
QString localPath(const QString& uri, const QString& base);
} // namespace MlflowArtifacts

namespace MlflowFormat {
/// Parses one line of a run's metric file: "<timestamp_ms> <value> [<step>]", or (MLflow 3, a value computed on a
/// dataset) "<timestamp_ms> <value> <step> <dataset name> <dataset digest>".
Result<MlflowMetricPoint> parseMetricLine(const QString& key, QStringView line);
/// Parses one line of a logged model's metric file (MLflow 3): "<timestamp_ms> <value> <step> <run id>
/// [<dataset name> <dataset digest>]".
Result<MlflowMetricPoint> parseLoggedModelMetricLine(const QString& key, QStringView line);
/// The run status as a name: the store writes 1..5 or the name itself.
Result<QString> runStatusName(const QString& stored);
/// The logged model status as a name: the store writes 0..3 or the name itself.
Result<QString> loggedModelStatusName(const QString& stored);
/// The logged model id a `models:/m-<32 hex>[/path]` source names, or empty for other sources (including
/// `models:/NAME/VERSION` and `models:/NAME@ALIAS`, which name registered versions).
QString loggedModelId(const QString& source);
/// True for an MLflow 3 logged model id: "m-" and 32 lower-case hex digits.
bool isLoggedModelId(const QString& id);
} // namespace MlflowFormat

} // namespace cs
