#include "MlflowEvidence.h"

#include "crypto/Sha256.h"
#include "util/UtcTime.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <optional>

namespace cs {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time (the importer's
/// messages keep the context they had before this file was split from it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::MlflowFileStore)
};

QJsonValue metricJson(const MetricPoint& p)
{
    if (!p.special.isEmpty()) {
        return p.special == u"nan" ? QStringLiteral("NaN")
                                   : (p.special == u"inf" ? QStringLiteral("Infinity") : QStringLiteral("-Infinity"));
    }
    return p.value;
}

QJsonObject mapJson(const QMap<QString, QString>& map)
{
    QJsonObject o;
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        o.insert(it.key(), it.value());
    }
    return o;
}

QString timeText(qint64 ms)
{
    return ms > 0 ? UtcTime::formatMsString(ms) : QString();
}

/// The latest value of a history: the highest step, then the latest timestamp (MLflow's rule).
const MlflowMetricPoint& latestOf(const QList<MlflowMetricPoint>& history)
{
    return *std::max_element(history.cbegin(), history.cend(),
                             [](const MlflowMetricPoint& a, const MlflowMetricPoint& b) {
                                 return std::pair(a.step, a.timestampMs) < std::pair(b.step, b.timestampMs);
                             });
}

QJsonObject summaryJson(const QList<MlflowMetricPoint>& history)
{
    const MlflowMetricPoint& latest = latestOf(history);
    return QJsonObject {{QStringLiteral("latest"), metricJson(latest)},
                        {QStringLiteral("step"), latest.step},
                        {QStringLiteral("points"), history.size()}};
}

/// A history split by the dataset each value was computed on, in order of dataset name and digest; values with no
/// dataset form the group with an empty name.
QMap<std::pair<QString, QString>, QList<MlflowMetricPoint>> byDataset(const QList<MlflowMetricPoint>& history)
{
    QMap<std::pair<QString, QString>, QList<MlflowMetricPoint>> groups;
    for (const MlflowMetricPoint& p : history) {
        groups[{p.datasetName, p.datasetDigest}].append(p);
    }
    return groups;
}

QJsonObject datasetJson(const std::pair<QString, QString>& dataset)
{
    return QJsonObject {{QStringLiteral("name"), dataset.first}, {QStringLiteral("digest"), dataset.second}};
}

/// A run's metrics: the latest value of each key over every value, and (MLflow 3) the latest per dataset for keys
/// whose values are linked to datasets.
QJsonObject runMetricsJson(const QMap<QString, QList<MlflowMetricPoint>>& metrics)
{
    QJsonObject o;
    for (auto it = metrics.cbegin(); it != metrics.cend(); ++it) {
        if (it.value().isEmpty()) {
            continue;
        }
        QJsonObject entry = summaryJson(it.value());
        QJsonArray datasets;
        const auto groups = byDataset(it.value());
        for (auto g = groups.cbegin(); g != groups.cend(); ++g) {
            if (g.key().first.isEmpty() && g.key().second.isEmpty()) {
                continue;
            }
            QJsonObject group = summaryJson(g.value());
            group.insert(QStringLiteral("dataset"), datasetJson(g.key()));
            datasets.append(group);
        }
        if (!datasets.isEmpty()) {
            entry.insert(QStringLiteral("datasets"), datasets);
        }
        o.insert(it.key(), entry);
    }
    return o;
}

/// A logged model's metrics: per key, the latest value per dataset (MLflow's grouping), each with the run that
/// logged it.
QJsonObject loggedModelMetricsJson(const QMap<QString, QList<MlflowMetricPoint>>& metrics)
{
    QJsonObject o;
    for (auto it = metrics.cbegin(); it != metrics.cend(); ++it) {
        QJsonArray groups;
        const auto grouped = byDataset(it.value());
        for (auto g = grouped.cbegin(); g != grouped.cend(); ++g) {
            QJsonObject group = summaryJson(g.value());
            group.insert(QStringLiteral("run_id"), latestOf(g.value()).runId);
            if (!g.key().first.isEmpty() || !g.key().second.isEmpty()) {
                group.insert(QStringLiteral("dataset"), datasetJson(g.key()));
            }
            groups.append(group);
        }
        if (!groups.isEmpty()) {
            o.insert(it.key(), groups);
        }
    }
    return o;
}

QJsonObject loggedModelJson(const MlflowLoggedModel& m)
{
    QJsonObject o {{QStringLiteral("id"), m.id},
                   {QStringLiteral("name"), m.name},
                   {QStringLiteral("type"), m.modelType},
                   {QStringLiteral("status"), m.status},
                   {QStringLiteral("status_message"), m.statusMessage},
                   {QStringLiteral("lifecycle_stage"), m.lifecycleStage},
                   {QStringLiteral("experiment_id"), m.experimentId},
                   {QStringLiteral("source_run_id"), m.sourceRunId},
                   {QStringLiteral("artifact_location"), m.artifactLocation},
                   {QStringLiteral("created"), timeText(m.createdMs)},
                   {QStringLiteral("updated"), timeText(m.updatedMs)},
                   {QStringLiteral("params"), mapJson(m.params)},
                   {QStringLiteral("tags"), mapJson(m.tags)},
                   {QStringLiteral("metrics"), loggedModelMetricsJson(m.metrics)},
                   {QStringLiteral("resolved_from"), m.resolvedFrom}};
    if (!m.otherFields.isEmpty()) {
        o.insert(QStringLiteral("other_fields"), m.otherFields);
    }
    return o;
}

QJsonObject runJson(const MlflowRun& run)
{
    QJsonObject o {
        {QStringLiteral("id"), run.id},
        {QStringLiteral("name"), run.name},
        {QStringLiteral("experiment"),
         QJsonObject {{QStringLiteral("id"), run.experimentId}, {QStringLiteral("name"), run.experimentName}}},
        {QStringLiteral("status"), run.status},
        {QStringLiteral("user"), run.userId},
        {QStringLiteral("start"), timeText(run.startMs)},
        {QStringLiteral("end"), timeText(run.endMs)},
        {QStringLiteral("source_type"), run.sourceType},
        {QStringLiteral("source_name"), run.sourceName},
        {QStringLiteral("source_version"), run.sourceVersion}};
    // MLflow 3 only, so that MLflow 2 evidence stays as it was.
    if (!run.modelInputs.isEmpty()) {
        o.insert(QStringLiteral("model_inputs"), QJsonArray::fromStringList(run.modelInputs));
    }
    if (!run.modelOutputs.isEmpty()) {
        QJsonArray outputs;
        for (const auto& [model, step] : run.modelOutputs) {
            outputs.append(QJsonObject {{QStringLiteral("model_id"), model}, {QStringLiteral("step"), step}});
        }
        o.insert(QStringLiteral("model_outputs"), outputs);
    }
    if (!run.otherInputs.isEmpty()) {
        QJsonArray other;
        for (const QJsonObject& input : run.otherInputs) {
            other.append(input);
        }
        o.insert(QStringLiteral("other_inputs"), other);
    }
    if (!run.otherFields.isEmpty()) {
        o.insert(QStringLiteral("other_fields"), run.otherFields);
    }
    return o;
}

Result<ArtifactDigest> digestFile(const QString& root, const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(ErrorCode::Io, Tr::tr("cannot read artifact %1: %2").arg(path, file.errorString()));
    }
    Sha256 sha;
    QByteArray buffer;
    while (!file.atEnd()) {
        buffer = file.read(1 << 20);
        if (buffer.isEmpty() && file.error() != QFileDevice::NoError) {
            return Error(ErrorCode::Io, Tr::tr("cannot read artifact %1: %2").arg(path, file.errorString()));
        }
        sha.add(buffer);
    }
    auto digest = sha.finishHex();
    if (!digest) {
        return digest.error();
    }
    return ArtifactDigest {QDir(root).relativeFilePath(path), digest.value(), file.size()};
}

Result<qint64> wholeNumber(QStringView text, const char* what)
{
    bool ok = false;
    const qint64 v = text.toLongLong(&ok);
    if (!ok) {
        return Error(ErrorCode::Corrupt,
                     Tr::tr("the %1 \"%2\" is not a whole number").arg(QLatin1String(what), text.toString()));
    }
    return v;
}

/// The timestamp and value that every metric line starts with.
Result<MlflowMetricPoint> parseValue(const QString& key, const QList<QStringView>& parts)
{
    MlflowMetricPoint p;
    p.key = key;
    auto timestamp = wholeNumber(parts.at(0), "timestamp");
    if (!timestamp) {
        return timestamp.error();
    }
    p.timestampMs = timestamp.value();
    const QString value = parts.at(1).toString().toLower();
    if (value == u"nan") {
        p.special = QStringLiteral("nan");
    } else if (value == u"inf" || value == u"+inf" || value == u"infinity") {
        p.special = QStringLiteral("inf");
    } else if (value == u"-inf" || value == u"-infinity") {
        p.special = QStringLiteral("-inf");
    } else {
        bool ok = false;
        p.value = parts.at(1).toString().toDouble(&ok);
        if (!ok || !std::isfinite(p.value)) {
            return Error(ErrorCode::Corrupt, Tr::tr("the value \"%1\" is not a number").arg(parts.at(1).toString()));
        }
    }
    return p;
}
} // namespace

// --- format details

namespace MlflowFormat {

Result<MlflowMetricPoint> parseMetricLine(const QString& key, QStringView line)
{
    const QList<QStringView> parts = line.trimmed().split(u' ', Qt::SkipEmptyParts);
    if (parts.size() != 2 && parts.size() != 3 && parts.size() != 5) {
        return Error(ErrorCode::Corrupt,
                     Tr::tr("expected \"<timestamp> <value> [<step>]\" or \"<timestamp> <value> <step> <dataset name> "
                            "<dataset digest>\", found \"%1\"")
                         .arg(line.trimmed().toString()));
    }
    auto p = parseValue(key, parts);
    if (!p) {
        return p.error();
    }
    if (parts.size() >= 3) {
        auto step = wholeNumber(parts.at(2), "step");
        if (!step) {
            return step.error();
        }
        p->step = step.value();
    }
    if (parts.size() == 5) {
        p->datasetName = parts.at(3).toString();
        p->datasetDigest = parts.at(4).toString();
    }
    return p;
}

Result<MlflowMetricPoint> parseLoggedModelMetricLine(const QString& key, QStringView line)
{
    const QList<QStringView> parts = line.trimmed().split(u' ', Qt::SkipEmptyParts);
    if (parts.size() != 4 && parts.size() != 6) {
        return Error(ErrorCode::Corrupt,
                     Tr::tr("expected \"<timestamp> <value> <step> <run id> [<dataset name> <dataset digest>]\", "
                            "found \"%1\"")
                         .arg(line.trimmed().toString()));
    }
    auto p = parseValue(key, parts);
    if (!p) {
        return p.error();
    }
    auto step = wholeNumber(parts.at(2), "step");
    if (!step) {
        return step.error();
    }
    p->step = step.value();
    p->runId = parts.at(3).toString();
    if (parts.size() == 6) {
        p->datasetName = parts.at(4).toString();
        p->datasetDigest = parts.at(5).toString();
    }
    return p;
}

Result<QString> runStatusName(const QString& stored)
{
    static const QStringList names = {QStringLiteral("RUNNING"), QStringLiteral("SCHEDULED"),
                                      QStringLiteral("FINISHED"), QStringLiteral("FAILED"), QStringLiteral("KILLED")};
    bool ok = false;
    const int number = stored.toInt(&ok);
    if (ok && number >= 1 && number <= names.size()) {
        return names.at(number - 1);
    }
    if (names.contains(stored.toUpper())) {
        return stored.toUpper();
    }
    return Error(ErrorCode::Corrupt, Tr::tr("unknown run status \"%1\"").arg(stored));
}

Result<QString> loggedModelStatusName(const QString& stored)
{
    static const QStringList names = {QStringLiteral("UNSPECIFIED"), QStringLiteral("PENDING"), QStringLiteral("READY"),
                                      QStringLiteral("FAILED")};
    bool ok = false;
    const int number = stored.toInt(&ok);
    if (ok && number >= 0 && number < names.size()) {
        return names.at(number);
    }
    if (names.contains(stored.toUpper())) {
        return stored.toUpper();
    }
    return Error(ErrorCode::Corrupt, Tr::tr("unknown logged model status \"%1\"").arg(stored));
}

bool isLoggedModelId(const QString& id)
{
    if (id.size() != 34 || !id.startsWith(QStringLiteral("m-"))) {
        return false;
    }
    return std::all_of(id.cbegin() + 2, id.cend(),
                       [](QChar c) { return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'); });
}

QString loggedModelId(const QString& source)
{
    if (!source.startsWith(QStringLiteral("models:/"))) {
        return {};
    }
    const QString id = source.mid(8).section(u'/', 0, 0);
    return isLoggedModelId(id) ? id : QString();
}

} // namespace MlflowFormat

// --- evidence

QString MlflowVersionEvidence::codeCommit() const
{
    if (!run) {
        return {};
    }
    const QString tagged = run->tags.value(QStringLiteral("mlflow.source.git.commit"));
    return tagged.isEmpty() ? run->sourceVersion : tagged;
}

Status MlflowVersionEvidence::takeRun(Result<MlflowRun> found)
{
    if (found) {
        run = found.value();
        return {};
    }
    if (found.error().code == ErrorCode::NotFound) {
        unreadable.append({QStringLiteral("runs:/") + version.runId, found.error().message});
        return {};
    }
    return found.error();
}

Status MlflowVersionEvidence::takeLoggedModel(Result<MlflowLoggedModel> found, const QString& uri)
{
    if (found) {
        loggedModel = found.value();
        return {};
    }
    if (found.error().code == ErrorCode::NotFound) {
        unreadable.append({uri, found.error().message});
        return {};
    }
    return found.error();
}

QList<MetricPoint> MlflowVersionEvidence::metricPoints() const
{
    QList<MetricPoint> all;
    if (run) {
        for (const QList<MlflowMetricPoint>& history : run->metrics) {
            for (const MlflowMetricPoint& p : history) {
                all.append(p);
            }
        }
    }
    return all;
}

QJsonObject MlflowVersionEvidence::toJson(const QString& storeLocation) const
{
    QJsonObject registry {{QStringLiteral("stage"), version.stage},
                          {QStringLiteral("aliases"), QJsonArray::fromStringList(version.aliases)},
                          {QStringLiteral("tags"), mapJson(version.tags)},
                          {QStringLiteral("description"), version.description},
                          {QStringLiteral("source"), version.source},
                          {QStringLiteral("created"), timeText(version.createdMs)},
                          {QStringLiteral("user"), version.userId}};
    if (!version.otherFields.isEmpty()) {
        registry.insert(QStringLiteral("other_fields"), version.otherFields);
    }
    QJsonObject o {{QStringLiteral("source"),
                    QJsonObject {{QStringLiteral("kind"), storeKind},
                                 {QStringLiteral("location"), storeLocation},
                                 {QStringLiteral("registered_model"), version.modelName},
                                 {QStringLiteral("version"), version.version}}},
                   {QStringLiteral("registry"), registry},
                   {QStringLiteral("code_commit"), codeCommit()}};
    if (run) {
        QJsonArray inputs;
        for (const QJsonObject& input : run->inputs) {
            inputs.append(input);
        }
        o.insert(QStringLiteral("run"), runJson(*run));
        o.insert(QStringLiteral("params"), mapJson(run->params));
        o.insert(QStringLiteral("metrics"), runMetricsJson(run->metrics));
        o.insert(QStringLiteral("tags"), mapJson(run->tags));
        o.insert(QStringLiteral("inputs"), inputs);
    }
    if (loggedModel) {
        o.insert(QStringLiteral("logged_model"), loggedModelJson(*loggedModel));
    }
    QJsonArray files;
    for (const ArtifactDigest& a : artifacts) {
        files.append(QJsonObject {
            {QStringLiteral("path"), a.path}, {QStringLiteral("sha256"), a.sha256}, {QStringLiteral("size"), a.size}});
    }
    QJsonArray missing;
    for (const auto& [uri, why] : unreadable) {
        missing.append(QJsonObject {{QStringLiteral("uri"), uri}, {QStringLiteral("why"), why}});
    }
    o.insert(QStringLiteral("artifacts"),
             QJsonObject {{QStringLiteral("files"), files}, {QStringLiteral("unreadable"), missing}});
    return o;
}

Result<MlflowLoggedModel> findRunModel(const MlflowRun& run, const QString& name, const LoggedModelReader& read,
                                       QString* folder)
{
    std::optional<MlflowLoggedModel> found;
    for (const auto& [modelId, step] : run.modelOutputs) {
        QString at;
        auto m = read(modelId, &at);
        if (!m) {
            if (m.error().code == ErrorCode::NotFound) {
                continue;
            }
            return m.error();
        }
        if (m->name == name && (!found || m->createdMs >= found->createdMs)) {
            found = m.value();
            *folder = at;
        }
    }
    if (!found) {
        return Error(ErrorCode::NotFound, Tr::tr("run %1 logged no model called %2").arg(run.id, name));
    }
    return *found;
}

namespace MlflowArtifacts {

QString localPath(const QString& uri, const QString& base)
{
    if (uri.isEmpty()) {
        return {};
    }
    const QUrl url(uri);
    if (url.isLocalFile()) {
        return url.toLocalFile();
    }
    if (QDir::isAbsolutePath(uri)) {
        return uri;
    }
    if (!url.scheme().isEmpty() && url.scheme().size() > 1) {
        return {}; // s3:, gs:, mlflow-artifacts:, dbfs:, ...
    }
    return QDir(base).filePath(uri);
}

namespace {

/// The folder a source names inside `base` ("runs:/RUN/PATH" or "models:/m-ID/PATH"), or an error when its path
/// leaves the folder.
Result<QString> below(const QString& base, const QString& source, const QString& rest, const QString& metaFile)
{
    const qsizetype slash = rest.indexOf(u'/');
    const QString sub = slash < 0 ? QString() : rest.mid(slash + 1);
    if (sub.split(u'/').contains(QStringLiteral(".."))) {
        return Error(ErrorCode::InvalidArgument,
                     Tr::tr("%1: the source \"%2\" leaves the artifact folder it names (path traversal); refused")
                         .arg(metaFile, source));
    }
    return base.isEmpty() ? QString() : QDir(base).filePath(sub);
}

/// Every regular file below `root` (or `root` itself), sorted; what is not read is recorded with why.
QStringList filesBelow(MlflowVersionEvidence& evidence, const QFileInfo& root)
{
    QStringList paths;
    if (root.isFile()) {
        paths.append(root.canonicalFilePath());
        evidence.artifactRoot = root.canonicalPath();
        return paths;
    }
    // Every entry, so that what is not read is listed with why (QDir::Files alone skips them silently).
    QDirIterator it(evidence.artifactRoot, QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info(path);
        if (info.isSymLink()) {
            if (!info.exists()) {
                evidence.unreadable.append({path, Tr::tr("broken symbolic link; not followed")});
            } else if (info.isDir()) {
                evidence.unreadable.append({path, Tr::tr("symbolic link to a folder; not followed")});
            } else if (!info.canonicalFilePath().startsWith(evidence.artifactRoot + u'/')) {
                evidence.unreadable.append({path, Tr::tr("symbolic link leaving the artifact folder; not followed")});
            } else if (!QFileInfo(info.canonicalFilePath()).isFile()) {
                evidence.unreadable.append({path, Tr::tr("link to something that is not a regular file")});
            } else {
                paths.append(path);
            }
            continue;
        }
        if (info.isDir()) {
            continue; // its entries follow
        }
        if (!info.isFile()) {
            evidence.unreadable.append({path, Tr::tr("not a regular file (a device, FIFO or socket); not read")});
            continue;
        }
        paths.append(path);
    }
    std::sort(paths.begin(), paths.end());
    return paths;
}

} // namespace

Status collect(MlflowVersionEvidence& evidence, const QString& runArtifacts, const QString& modelArtifacts,
               const QString& metaFile, const QString& storeRoot, const std::function<bool()>& cancelled)
{
    const MlflowModelVersion& v = evidence.version;
    QString folder;
    QString why = Tr::tr("not a local path (remote artifact store)");
    if (v.source.startsWith(QStringLiteral("runs:/"))) {
        auto inRun = below(runArtifacts, v.source, v.source.mid(6), metaFile);
        if (!inRun) {
            return inRun.error();
        }
        folder = inRun.value();
        // MLflow 3 stores a model logged in a run outside the run's folder, in its logged model.
        if ((folder.isEmpty() || !QFileInfo::exists(folder)) && !modelArtifacts.isEmpty()) {
            folder = modelArtifacts;
        }
    } else if (!MlflowFormat::loggedModelId(v.source).isEmpty()) {
        auto inModel = below(modelArtifacts, v.source, v.source.mid(8), metaFile);
        if (!inModel) {
            return inModel.error();
        }
        folder = inModel.value();
        if (!evidence.loggedModel) {
            return {}; // recorded as unreadable when the logged model was looked for
        }
        if (folder.isEmpty()) {
            why = Tr::tr("the logged model's artifacts (%1) are not a local path")
                      .arg(evidence.loggedModel->artifactLocation);
        }
    } else {
        folder = localPath(v.source, QFileInfo(metaFile).path());
        if (!QDir::isAbsolutePath(v.source) && !QUrl(v.source).isLocalFile()) {
            folder.clear(); // a relative or remote source names nothing we can trust locally
        }
        if (v.source.startsWith(QStringLiteral("models:/"))) {
            why = Tr::tr("the source names another registered version, not files; import that version");
        }
    }
    if (folder.isEmpty() || !QFileInfo(folder).exists()) {
        evidence.unreadable.append(
            {v.source, folder.isEmpty() ? why : Tr::tr("the folder %1 does not exist (moved or deleted)").arg(folder)});
        return {};
    }
    // The artifacts are read only inside the store: an artifact_uri or source with ".." (or a link) that leaves it
    // would digest files of the machine (/etc) as a version's evidence.
    const QString store = QFileInfo(storeRoot).canonicalFilePath();
    const QString resolved = QFileInfo(folder).canonicalFilePath();
    if (store.isEmpty() || (resolved != store && !resolved.startsWith(store + u'/'))) {
        evidence.unreadable.append(
            {v.source, Tr::tr("%1 is outside the MLflow store %2; not read").arg(resolved, storeRoot)});
        return {};
    }
    const QFileInfo root(folder);
    evidence.artifactRoot = root.canonicalFilePath();
    const QStringList paths = filesBelow(evidence, root);
    for (const QString& path : paths) {
        if (cancelled && cancelled()) {
            return Error(ErrorCode::Cancelled, Tr::tr("the import was cancelled; nothing was stored"));
        }
        auto digest = digestFile(evidence.artifactRoot, path);
        if (!digest) {
            evidence.unreadable.append({path, digest.error().message});
            continue;
        }
        evidence.artifacts.append(digest.value());
    }
    return {};
}

} // namespace MlflowArtifacts

} // namespace cs
