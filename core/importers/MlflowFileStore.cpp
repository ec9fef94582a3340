#include "MlflowFileStore.h"

#include "crypto/Sha256.h"
#include "importers/YamlJson.h"
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

namespace cs {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::MlflowFileStore)
};

constexpr qint64 kMaxMetaFile = 5 * 1024 * 1024;

Result<QByteArray> readSmallFile(const QString& path)
{
    QFile file(path);
    if (!file.exists()) {
        return Error(ErrorCode::NotFound, Tr::tr("%1 does not exist").arg(path));
    }
    if (file.size() > kMaxMetaFile) {
        return Error(ErrorCode::InvalidArgument, Tr::tr("%1 is larger than 5 MB; it is not MLflow metadata").arg(path));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(ErrorCode::Io, Tr::tr("cannot read %1: %2").arg(path, file.errorString()));
    }
    return file.readAll();
}

/// A parsed meta.yaml: a map of scalars (and the odd list), read defensively.
class Meta
{
public:
    static Result<Meta> load(const QString& path)
    {
        auto bytes = readSmallFile(path);
        if (!bytes) {
            return bytes.error();
        }
        Meta meta;
        meta.m_path = path;
        auto parsed = YamlJson::parse(bytes.value(), path);
        if (!parsed) {
            return Error(ErrorCode::Corrupt, parsed.error().message);
        }
        if (!parsed->isObject()) {
            return Error(ErrorCode::Corrupt, Tr::tr("%1: expected a YAML mapping of fields").arg(path));
        }
        meta.m_fields = parsed->toObject();
        return meta;
    }
    /// The scalar field `key`, or `fallback` when absent or null.
    QString text(const char* key, const QString& fallback = {}) const
    {
        const QJsonValue v = m_fields.value(QLatin1String(key));
        return v.isString() ? v.toString() : fallback;
    }
    Result<qint64> integer(const char* key) const
    {
        const QString t = text(key);
        if (t.isEmpty()) {
            return qint64(0);
        }
        bool ok = false;
        const qint64 v = t.toLongLong(&ok);
        if (!ok) {
            return Error(
                ErrorCode::Corrupt,
                Tr::tr("%1: field %2 should be a whole number, not \"%3\"").arg(m_path, QLatin1String(key), t));
        }
        return v;
    }
    const QString& path() const { return m_path; }

private:
    QString m_path;
    QJsonObject m_fields;
};

/// Key-per-file folders (params/, tags/, registry tags/): file name = key, content = value.
Result<QMap<QString, QString>> readKeyFiles(const QString& dir)
{
    QMap<QString, QString> values;
    if (!QFileInfo(dir).isDir()) {
        return values;
    }
    QDirIterator it(dir, QDir::Files | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        auto bytes = readSmallFile(path);
        if (!bytes) {
            return bytes.error();
        }
        // Keys may contain "/" (MLflow nests them as folders): the key is the path below `dir`.
        values.insert(QDir(dir).relativeFilePath(path), QString::fromUtf8(bytes.value()));
    }
    return values;
}

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

bool safeName(const QString& name)
{
    return !name.isEmpty() && name != u"." && name != u".." && !name.contains(u'/') && !name.contains(u'\\') &&
        !name.contains(QChar(0));
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
} // namespace

// --- format details

namespace MlflowFormat {

Result<MetricPoint> parseMetricLine(const QString& key, QStringView line)
{
    const QList<QStringView> parts = line.trimmed().split(u' ', Qt::SkipEmptyParts);
    if (parts.size() < 2 || parts.size() > 3) {
        return Error(ErrorCode::Corrupt,
                     Tr::tr("expected \"<timestamp> <value> [<step>]\", found \"%1\"").arg(line.trimmed().toString()));
    }
    MetricPoint p;
    p.key = key;
    bool ok = false;
    p.timestampMs = parts.at(0).toLongLong(&ok);
    if (!ok) {
        return Error(ErrorCode::Corrupt,
                     Tr::tr("the timestamp \"%1\" is not a whole number").arg(parts.at(0).toString()));
    }
    const QString value = parts.at(1).toString().toLower();
    if (value == u"nan") {
        p.special = QStringLiteral("nan");
    } else if (value == u"inf" || value == u"+inf" || value == u"infinity") {
        p.special = QStringLiteral("inf");
    } else if (value == u"-inf" || value == u"-infinity") {
        p.special = QStringLiteral("-inf");
    } else {
        p.value = parts.at(1).toDouble(&ok);
        if (!ok || !std::isfinite(p.value)) {
            return Error(ErrorCode::Corrupt, Tr::tr("the value \"%1\" is not a number").arg(parts.at(1).toString()));
        }
    }
    if (parts.size() == 3) {
        p.step = parts.at(2).toLongLong(&ok);
        if (!ok) {
            return Error(ErrorCode::Corrupt,
                         Tr::tr("the step \"%1\" is not a whole number").arg(parts.at(2).toString()));
        }
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

QList<MetricPoint> MlflowVersionEvidence::metricPoints() const
{
    QList<MetricPoint> all;
    if (run) {
        for (const QList<MetricPoint>& history : run->metrics) {
            all += history;
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
    QJsonObject o {{QStringLiteral("source"),
                    QJsonObject {{QStringLiteral("kind"), storeKind},
                                 {QStringLiteral("location"), storeLocation},
                                 {QStringLiteral("registered_model"), version.modelName},
                                 {QStringLiteral("version"), version.version}}},
                   {QStringLiteral("registry"), registry},
                   {QStringLiteral("code_commit"), codeCommit()}};
    if (run) {
        QJsonObject metrics;
        for (auto it = run->metrics.cbegin(); it != run->metrics.cend(); ++it) {
            if (it.value().isEmpty()) {
                continue;
            }
            // The latest value is the one with the highest step, then the latest timestamp (MLflow's rule).
            const MetricPoint latest = *std::max_element(
                it.value().cbegin(), it.value().cend(), [](const MetricPoint& a, const MetricPoint& b) {
                    return std::pair(a.step, a.timestampMs) < std::pair(b.step, b.timestampMs);
                });
            metrics.insert(it.key(),
                           QJsonObject {{QStringLiteral("latest"), metricJson(latest)},
                                        {QStringLiteral("step"), latest.step},
                                        {QStringLiteral("points"), it.value().size()}});
        }
        QJsonArray inputs;
        for (const QJsonObject& input : run->inputs) {
            inputs.append(input);
        }
        o.insert(QStringLiteral("run"),
                 QJsonObject {{QStringLiteral("id"), run->id},
                              {QStringLiteral("name"), run->name},
                              {QStringLiteral("experiment"),
                               QJsonObject {{QStringLiteral("id"), run->experimentId},
                                            {QStringLiteral("name"), run->experimentName}}},
                              {QStringLiteral("status"), run->status},
                              {QStringLiteral("user"), run->userId},
                              {QStringLiteral("start"), timeText(run->startMs)},
                              {QStringLiteral("end"), timeText(run->endMs)},
                              {QStringLiteral("source_type"), run->sourceType},
                              {QStringLiteral("source_name"), run->sourceName},
                              {QStringLiteral("source_version"), run->sourceVersion}});
        o.insert(QStringLiteral("params"), mapJson(run->params));
        o.insert(QStringLiteral("metrics"), metrics);
        o.insert(QStringLiteral("tags"), mapJson(run->tags));
        o.insert(QStringLiteral("inputs"), inputs);
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

// --- the store

Result<MlflowFileStore> MlflowFileStore::open(const QString& mlrunsDir)
{
    const QFileInfo info(mlrunsDir);
    if (!info.exists()) {
        return Error(ErrorCode::NotFound, Tr::tr("%1 does not exist").arg(mlrunsDir));
    }
    if (!info.isDir()) {
        return Error(ErrorCode::InvalidArgument, Tr::tr("%1 is not a folder; give the mlruns folder").arg(mlrunsDir));
    }
    if (!QFileInfo(QDir(mlrunsDir).filePath(QStringLiteral("models"))).isDir()) {
        return Error(
            ErrorCode::InvalidArgument,
            Tr::tr("%1 has no models/ folder: it is not an MLflow file store with a model registry").arg(mlrunsDir));
    }
    MlflowFileStore store;
    store.m_root = info.canonicalFilePath();
    return store;
}

Result<QStringList> MlflowFileStore::models() const
{
    QStringList names;
    const QDir dir(QDir(m_root).filePath(QStringLiteral("models")));
    for (const QString& entry : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (safeName(entry) && QFileInfo::exists(dir.filePath(entry + QStringLiteral("/meta.yaml")))) {
            names.append(entry);
        }
    }
    return names;
}

Result<QStringList> MlflowFileStore::versions(const QString& model) const
{
    if (!safeName(model)) {
        return Error(ErrorCode::InvalidArgument, Tr::tr("\"%1\" is not a valid model name").arg(model));
    }
    const QString dir = QDir(m_root).filePath(QStringLiteral("models/") + model);
    if (!QFileInfo(dir).isDir()) {
        return Error(ErrorCode::NotFound, Tr::tr("there is no registered model \"%1\" in %2").arg(model, m_root));
    }
    QList<int> numbers;
    for (const QString& entry : QDir(dir).entryList({QStringLiteral("version-*")}, QDir::Dirs)) {
        bool ok = false;
        const int n = entry.mid(8).toInt(&ok);
        if (!ok) {
            continue;
        }
        auto meta = Meta::load(QDir(dir).filePath(entry + QStringLiteral("/meta.yaml")));
        if (!meta) {
            return meta.error();
        }
        if (meta->text("current_stage") != u"Deleted_Internal") {
            numbers.append(n);
        }
    }
    std::sort(numbers.begin(), numbers.end());
    QStringList labels;
    for (int n : numbers) {
        labels.append(QString::number(n));
    }
    return labels;
}

Result<MlflowRun> MlflowFileStore::readRun(const QString& runId) const
{
    if (!safeName(runId)) {
        return Error(ErrorCode::Corrupt, Tr::tr("\"%1\" is not a valid run id").arg(runId));
    }
    QString runDir;
    for (const QString& experiment : QDir(m_root).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (experiment == u"models" || experiment == u".trash") {
            continue;
        }
        const QString candidate = QDir(m_root).filePath(experiment + u'/' + runId);
        if (QFileInfo(candidate + QStringLiteral("/meta.yaml")).isFile()) {
            runDir = candidate;
            break;
        }
    }
    if (runDir.isEmpty()) {
        return Error(ErrorCode::NotFound,
                     Tr::tr("run %1 is not in %2 (deleted, or in another store)").arg(runId, m_root));
    }
    auto meta = Meta::load(runDir + QStringLiteral("/meta.yaml"));
    if (!meta) {
        return meta.error();
    }
    MlflowRun run;
    run.id = meta->text("run_id", runId);
    run.name = meta->text("run_name");
    run.experimentId = meta->text("experiment_id");
    run.userId = meta->text("user_id");
    run.sourceType = meta->text("source_type");
    run.sourceName = meta->text("source_name");
    run.sourceVersion = meta->text("source_version");
    run.artifactUri = meta->text("artifact_uri");
    auto status = MlflowFormat::runStatusName(meta->text("status", QStringLiteral("FINISHED")));
    auto start = meta->integer("start_time");
    auto end = meta->integer("end_time");
    if (!status) {
        return Error(ErrorCode::Corrupt, Tr::tr("%1: %2").arg(meta->path(), status.error().message));
    }
    if (!start || !end) {
        return start ? end.error() : start.error();
    }
    run.status = status.value();
    run.startMs = start.value();
    run.endMs = end.value();
    const QString experimentDir = QFileInfo(runDir).path();
    if (auto experiment = Meta::load(experimentDir + QStringLiteral("/meta.yaml"))) {
        run.experimentName = experiment->text("name");
    }
    auto params = readKeyFiles(runDir + QStringLiteral("/params"));
    auto tags = readKeyFiles(runDir + QStringLiteral("/tags"));
    if (!params || !tags) {
        return params ? tags.error() : params.error();
    }
    run.params = params.value();
    run.tags = tags.value();
    // Metrics: one file per key, one line per logged value.
    const QString metricsDir = runDir + QStringLiteral("/metrics");
    QDirIterator it(metricsDir, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString key = QDir(metricsDir).relativeFilePath(path);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return Error(ErrorCode::Io, Tr::tr("cannot read %1: %2").arg(path, file.errorString()));
        }
        QList<MetricPoint> history;
        int lineNumber = 0;
        while (!file.atEnd()) {
            const QByteArray line = file.readLine(64 * 1024);
            ++lineNumber;
            if (line.size() >= 64 * 1024 - 1 && !line.endsWith('\n')) {
                return Error(ErrorCode::Corrupt, Tr::tr("%1 line %2: longer than 64 KB").arg(path).arg(lineNumber));
            }
            if (line.trimmed().isEmpty()) {
                continue;
            }
            auto point = MlflowFormat::parseMetricLine(key, QString::fromUtf8(line));
            if (!point) {
                return Error(ErrorCode::Corrupt,
                             Tr::tr("%1 line %2: %3").arg(path).arg(lineNumber).arg(point.error().message));
            }
            history.append(point.value());
        }
        run.metrics.insert(key, history);
    }
    // Dataset inputs (MLflow 2.4+): inputs/ID/meta.yaml points at EXPERIMENT/datasets/ID/meta.yaml.
    const QString inputsDir = runDir + QStringLiteral("/inputs");
    for (const QString& input : QDir(inputsDir).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        auto inputMeta = Meta::load(QDir(inputsDir).filePath(input + QStringLiteral("/meta.yaml")));
        if (!inputMeta) {
            return inputMeta.error();
        }
        const QString datasetId = inputMeta->text("source_id");
        QJsonObject entry {{QStringLiteral("dataset_id"), datasetId}};
        if (safeName(datasetId)) {
            if (auto dataset = Meta::load(experimentDir + QStringLiteral("/datasets/") + datasetId +
                                          QStringLiteral("/meta.yaml"))) {
                entry.insert(QStringLiteral("name"), dataset->text("name"));
                entry.insert(QStringLiteral("digest"), dataset->text("digest"));
                entry.insert(QStringLiteral("source_type"), dataset->text("source_type"));
                entry.insert(QStringLiteral("source"), dataset->text("source"));
            }
        }
        run.inputs.append(entry);
    }
    return run;
}

Result<MlflowVersionEvidence> MlflowFileStore::read(const QString& model, const QString& version,
                                                    const std::function<bool()>& cancelled) const
{
    if (!safeName(model)) {
        return Error(ErrorCode::InvalidArgument, Tr::tr("\"%1\" is not a valid model name").arg(model));
    }
    bool numeric = false;
    version.toInt(&numeric);
    if (!numeric) {
        return Error(ErrorCode::InvalidArgument, Tr::tr("MLflow versions are numbers, not \"%1\"").arg(version));
    }
    const QString modelDir = QDir(m_root).filePath(QStringLiteral("models/") + model);
    const QString versionDir = modelDir + QStringLiteral("/version-") + version;
    if (!QFileInfo(versionDir + QStringLiteral("/meta.yaml")).isFile()) {
        return Error(ErrorCode::NotFound, Tr::tr("model \"%1\" has no version %2 in %3").arg(model, version, m_root));
    }
    auto meta = Meta::load(versionDir + QStringLiteral("/meta.yaml"));
    if (!meta) {
        return meta.error();
    }
    if (meta->text("current_stage") == u"Deleted_Internal") {
        return Error(ErrorCode::NotFound, Tr::tr("version %1 of \"%2\" was deleted in MLflow").arg(version, model));
    }
    MlflowVersionEvidence evidence;
    MlflowModelVersion& v = evidence.version;
    v.modelName = model;
    v.version = version;
    v.stage = meta->text("current_stage", QStringLiteral("None"));
    v.description = meta->text("description");
    v.source = meta->text("source");
    v.runId = meta->text("run_id");
    v.userId = meta->text("user_id");
    auto created = meta->integer("creation_timestamp");
    if (!created) {
        return created.error();
    }
    v.createdMs = created.value();
    auto tags = readKeyFiles(versionDir + QStringLiteral("/tags"));
    if (!tags) {
        return tags.error();
    }
    v.tags = tags.value();
    // Aliases live with the registered model: aliases/NAME holds a version number.
    const QString aliasesDir = modelDir + QStringLiteral("/aliases");
    for (const QString& alias : QDir(aliasesDir).entryList(QDir::Files, QDir::Name)) {
        auto target = readSmallFile(QDir(aliasesDir).filePath(alias));
        if (target && QString::fromUtf8(target.value()).trimmed() == version) {
            v.aliases.append(alias);
        }
    }
    if (!v.runId.isEmpty()) {
        if (auto r = evidence.takeRun(readRun(v.runId)); !r) {
            return r.error();
        }
    }

    // Artifacts: the run's own folder, or the store's RUN/artifacts when the store was moved.
    QString runArtifacts;
    if (evidence.run) {
        runArtifacts = MlflowArtifacts::localPath(evidence.run->artifactUri, m_root);
        const QString standard =
            QDir(m_root).filePath(evidence.run->experimentId + u'/' + evidence.run->id + QStringLiteral("/artifacts"));
        if ((runArtifacts.isEmpty() || !QFileInfo(runArtifacts).isDir()) && QFileInfo(standard).isDir()) {
            runArtifacts = standard;
        }
    }
    if (auto r = MlflowArtifacts::collect(evidence, runArtifacts, meta->path(), m_root, cancelled); !r) {
        return r.error();
    }
    return evidence;
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

Status collect(MlflowVersionEvidence& evidence, const QString& runArtifacts, const QString& metaFile,
               const QString& storeRoot, const std::function<bool()>& cancelled)
{
    const MlflowModelVersion& v = evidence.version;
    QString folder;
    if (v.source.startsWith(QStringLiteral("runs:/"))) {
        const QString rest = v.source.mid(6);
        const qsizetype slash = rest.indexOf(u'/');
        const QString sub = slash < 0 ? QString() : rest.mid(slash + 1);
        if (sub.split(u'/').contains(QStringLiteral(".."))) {
            return Error(ErrorCode::InvalidArgument,
                         Tr::tr("%1: the source \"%2\" leaves the run's artifact folder (path "
                                "traversal); refused")
                             .arg(metaFile, v.source));
        }
        if (!runArtifacts.isEmpty()) {
            folder = QDir(runArtifacts).filePath(sub);
        }
    } else {
        folder = localPath(v.source, QFileInfo(metaFile).path());
        if (!QDir::isAbsolutePath(v.source) && !QUrl(v.source).isLocalFile()) {
            folder.clear(); // a relative or remote source names nothing we can trust locally
        }
    }
    if (folder.isEmpty() || !QFileInfo(folder).exists()) {
        evidence.unreadable.append({v.source,
                                    folder.isEmpty()
                                        ? Tr::tr("not a local path (remote artifact store)")
                                        : Tr::tr("the folder %1 does not exist (moved or deleted)").arg(folder)});
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
    QStringList paths;
    if (root.isFile()) {
        paths.append(root.canonicalFilePath());
        evidence.artifactRoot = root.canonicalPath();
    } else {
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
                    evidence.unreadable.append(
                        {path, Tr::tr("symbolic link leaving the artifact folder; not followed")});
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
    }
    std::sort(paths.begin(), paths.end());
    for (const QString& path : std::as_const(paths)) {
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
