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

/// A run of an MLflow experiment, as the file store keeps it (mlruns/EXPERIMENT/RUN/).
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
    QMap<QString, QList<MetricPoint>> metrics; ///< history per key, in file order
    QList<QJsonObject> inputs; ///< dataset inputs: name, digest, source
};

/// A registered model version (mlruns/models/NAME/version-N/).
struct MlflowModelVersion
{
    QString modelName;
    QString version;
    QString stage; ///< None, Staging, Production or Archived
    QString description;
    QString source;
    QString runId;
    QString userId;
    qint64 createdMs = 0;
    QStringList aliases;
    QMap<QString, QString> tags;
};

struct ArtifactDigest
{
    QString path; ///< relative to the artifact root
    QString sha256;
    qint64 size = 0;
};

/// Everything Countersign records about one registered version: the version, its run, and digests of the artifact
/// files it could read. What it could not read (remote URIs, missing folders) is listed, not an error.
struct MlflowVersionEvidence
{
    QString storeKind = QStringLiteral("mlflow-file-store"); ///< or "mlflow-sql-store"
    MlflowModelVersion version;
    std::optional<MlflowRun> run;
    QString artifactRoot; ///< the local folder that was hashed, if any
    QList<ArtifactDigest> artifacts;
    QList<std::pair<QString, QString>> unreadable; ///< (uri, why)

    /// The git commit of the training code (the run tag mlflow.source.git.commit, else the run's source version).
    QString codeCommit() const;
    /// The evidence as canonical-ready JSON (docs/registry.md). NaN and infinities are written as strings.
    QJsonObject toJson(const QString& storeLocation) const;
    /// Every metric point of the run, for the history table.
    QList<MetricPoint> metricPoints() const;
    /// Keeps the version's run, or records it as unreadable when the store no longer has it (deleted runs); any
    /// other error is returned.
    Status takeRun(Result<MlflowRun> run);
};

/// Reads an MLflow file store (a `mlruns/` folder) without ever writing to it. Every malformed file gives an error
/// naming the file, and the line for metric files and YAML.
class MlflowFileStore
{
public:
    static Result<MlflowFileStore> open(const QString& mlrunsDir);
    const QString& root() const { return m_root; }

    /// Names of the registered models, sorted.
    Result<QStringList> models() const;
    /// Registered version labels of a model, numerically ordered (deleted versions left out).
    Result<QStringList> versions(const QString& model) const;
    /// Reads one registered version with its run and artifact digests. `cancelled` is polled between files.
    Result<MlflowVersionEvidence> read(const QString& model, const QString& version,
                                       const std::function<bool()>& cancelled = {}) const;

private:
    Result<MlflowRun> readRun(const QString& runId) const;
    QString m_root;
};

namespace MlflowArtifacts {
/// Resolves the version's source against its run's artifact folder (`runArtifacts`, may be empty) and hashes every
/// file below it into `evidence`. `runs:/` sources may not leave the run's folder (path traversal, refused naming
/// `metaFile`); a folder outside `storeRoot` once "..", links and "~" are resolved is not read; remote and missing
/// locations, links to folders, broken links, links leaving the folder, devices, FIFOs and sockets are each recorded
/// as unreadable with why. Polls `cancelled` between files.
Status collect(MlflowVersionEvidence& evidence, const QString& runArtifacts, const QString& metaFile,
               const QString& storeRoot, const std::function<bool()>& cancelled);
/// The local folder an artifact URI names ("file://", absolute or, relative to `base`, plain paths), or empty.
QString localPath(const QString& uri, const QString& base);
} // namespace MlflowArtifacts

namespace MlflowFormat {
/// Parses one line of an MLflow metric file: "<timestamp_ms> <value> [<step>]".
Result<MetricPoint> parseMetricLine(const QString& key, QStringView line);
/// The run status as a name: the store writes 1..5 or the name itself.
Result<QString> runStatusName(const QString& stored);
} // namespace MlflowFormat

} // namespace cs
