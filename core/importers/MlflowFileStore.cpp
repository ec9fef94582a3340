#include "MlflowFileStore.h"

#include "json/YamlJson.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <optional>

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
    /// Every field not named in `known`, as read: what a later MLflow writes is kept, never refused.
    QJsonObject others(std::initializer_list<const char*> known) const
    {
        QJsonObject rest = m_fields;
        for (const char* key : known) {
            rest.remove(QLatin1String(key));
        }
        return rest;
    }
    QJsonValue value(const char* key) const { return m_fields.value(QLatin1String(key)); }

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

bool safeName(const QString& name)
{
    return !name.isEmpty() && name != u"." && name != u".." && !name.contains(u'/') && !name.contains(u'\\') &&
        !name.contains(QChar(0));
}

using LineParser = Result<MlflowMetricPoint> (*)(const QString&, QStringView);

/// A metrics/ folder: one file per key (keys with "/" nest as folders), one line per logged value.
Result<QMap<QString, QList<MlflowMetricPoint>>> readMetricFiles(const QString& metricsDir, LineParser parse)
{
    QMap<QString, QList<MlflowMetricPoint>> metrics;
    QDirIterator it(metricsDir, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString key = QDir(metricsDir).relativeFilePath(path);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return Error(ErrorCode::Io, Tr::tr("cannot read %1: %2").arg(path, file.errorString()));
        }
        QList<MlflowMetricPoint> history;
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
            auto point = parse(key, QString::fromUtf8(line));
            if (!point) {
                return Error(ErrorCode::Corrupt,
                             Tr::tr("%1 line %2: %3").arg(path).arg(lineNumber).arg(point.error().message));
            }
            history.append(point.value());
        }
        metrics.insert(key, history);
    }
    return metrics;
}

/// The fields of a run's meta.yaml that MLflow 1 to 3 write; any other is kept as evidence.
const std::initializer_list<const char*> kRunFields = {
    "artifact_uri", "end_time", "entry_point_name", "experiment_id", "lifecycle_stage", "run_id",     "run_uuid",
    "run_name",     "name",     "source_name",      "source_type",   "source_version",  "start_time", "status",
    "tags",         "user_id",  "deleted_time"};
/// The fields of a registered version's meta.yaml that MLflow 2 and 3 write (aliases, tags, metrics and params are
/// stored elsewhere); any other (a deployment job's, a later MLflow's) is kept as evidence.
const std::initializer_list<const char*> kVersionFields = {"creation_timestamp",
                                                           "current_stage",
                                                           "description",
                                                           "last_updated_timestamp",
                                                           "name",
                                                           "run_id",
                                                           "run_link",
                                                           "source",
                                                           "status",
                                                           "status_message",
                                                           "storage_location",
                                                           "user_id",
                                                           "version",
                                                           "model_id",
                                                           "aliases",
                                                           "tags",
                                                           "metrics",
                                                           "params"};
/// The fields of a logged model's meta.yaml that MLflow 3 writes.
const std::initializer_list<const char*> kLoggedModelFields = {
    "model_id",   "name",          "experiment_id", "artifact_location", "creation_timestamp", "last_updated_timestamp",
    "model_type", "source_run_id", "status",        "status_message",    "lifecycle_stage",    "tags",
    "params",     "metrics",       "model_uri"};

} // namespace

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
    auto metrics = readMetricFiles(runDir + QStringLiteral("/metrics"), &MlflowFormat::parseMetricLine);
    if (!metrics) {
        return metrics.error();
    }
    run.metrics = metrics.value();
    run.otherFields = meta->others(kRunFields);
    // Dataset inputs (MLflow 2.4+): inputs/ID/meta.yaml points at EXPERIMENT/datasets/ID/meta.yaml.
    const QString inputsDir = runDir + QStringLiteral("/inputs");
    for (const QString& input : QDir(inputsDir).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        auto inputMeta = Meta::load(QDir(inputsDir).filePath(input + QStringLiteral("/meta.yaml")));
        if (!inputMeta) {
            return inputMeta.error();
        }
        const QString sourceType = inputMeta->text("source_type", QStringLiteral("DATASET"));
        const QString sourceId = inputMeta->text("source_id");
        if (sourceType == u"MODEL") { // MLflow 3: a logged model the run used
            run.modelInputs.append(sourceId);
            continue;
        }
        if (sourceType != u"DATASET") {
            run.otherInputs.append(
                QJsonObject {{QStringLiteral("source_type"), sourceType}, {QStringLiteral("source_id"), sourceId}});
            continue;
        }
        const QString datasetId = sourceId;
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
        if (const QJsonObject inputTags = inputMeta->value("tags").toObject(); !inputTags.isEmpty()) {
            entry.insert(QStringLiteral("tags"), inputTags); // mlflow.data.context: training, evaluation, ...
        }
        run.inputs.append(entry);
    }
    // In order of dataset name, as the SQL store gives them (the folders are named by a hash).
    std::stable_sort(run.inputs.begin(), run.inputs.end(), [](const QJsonObject& a, const QJsonObject& b) {
        return std::pair(a.value(QStringLiteral("name")).toString(), a.value(QStringLiteral("digest")).toString()) <
            std::pair(b.value(QStringLiteral("name")).toString(), b.value(QStringLiteral("digest")).toString());
    });
    // Logged models the run produced (MLflow 3): outputs/MODEL_ID/meta.yaml with the step it was logged at.
    const QString outputsDir = runDir + QStringLiteral("/outputs");
    for (const QString& output : QDir(outputsDir).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        auto outputMeta = Meta::load(QDir(outputsDir).filePath(output + QStringLiteral("/meta.yaml")));
        if (!outputMeta) {
            return outputMeta.error();
        }
        auto step = outputMeta->integer("step");
        if (!step) {
            return step.error();
        }
        run.modelOutputs.append({outputMeta->text("source_id", output), step.value()});
    }
    return run;
}

Result<MlflowLoggedModel> MlflowFileStore::readLoggedModel(const QString& modelId, QString* folder) const
{
    if (!safeName(modelId)) {
        return Error(ErrorCode::Corrupt, Tr::tr("\"%1\" is not a valid logged model id").arg(modelId));
    }
    QString modelDir;
    for (const QString& experiment : QDir(m_root).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QString candidate = QDir(m_root).filePath(experiment + QStringLiteral("/models/") + modelId);
        if (experiment != u"models" && experiment != u".trash" &&
            QFileInfo(candidate + QStringLiteral("/meta.yaml")).isFile()) {
            modelDir = candidate;
            break;
        }
    }
    if (modelDir.isEmpty()) {
        return Error(ErrorCode::NotFound,
                     Tr::tr("logged model %1 is not in %2 (deleted, or in another store)").arg(modelId, m_root));
    }
    auto meta = Meta::load(modelDir + QStringLiteral("/meta.yaml"));
    if (!meta) {
        return meta.error();
    }
    if (meta->text("model_id", modelId) != modelId) {
        return Error(ErrorCode::Corrupt,
                     Tr::tr("%1: the model_id \"%2\" is not the folder's id %3")
                         .arg(meta->path(), meta->text("model_id"), modelId));
    }
    MlflowLoggedModel m;
    m.id = modelId;
    m.name = meta->text("name");
    m.experimentId = meta->text("experiment_id");
    m.sourceRunId = meta->text("source_run_id");
    m.modelType = meta->text("model_type");
    m.statusMessage = meta->text("status_message");
    m.lifecycleStage = meta->text("lifecycle_stage", QStringLiteral("active"));
    m.artifactLocation = meta->text("artifact_location");
    auto status = MlflowFormat::loggedModelStatusName(meta->text("status", QStringLiteral("READY")));
    if (!status) {
        return Error(ErrorCode::Corrupt, Tr::tr("%1: %2").arg(meta->path(), status.error().message));
    }
    m.status = status.value();
    auto created = meta->integer("creation_timestamp");
    auto updated = meta->integer("last_updated_timestamp");
    if (!created || !updated) {
        return created ? updated.error() : created.error();
    }
    m.createdMs = created.value();
    m.updatedMs = updated.value();
    auto params = readKeyFiles(modelDir + QStringLiteral("/params"));
    auto tags = readKeyFiles(modelDir + QStringLiteral("/tags"));
    if (!params || !tags) {
        return params ? tags.error() : params.error();
    }
    m.params = params.value();
    m.tags = tags.value();
    auto metrics = readMetricFiles(modelDir + QStringLiteral("/metrics"), &MlflowFormat::parseLoggedModelMetricLine);
    if (!metrics) {
        return metrics.error();
    }
    m.metrics = metrics.value();
    m.otherFields = meta->others(kLoggedModelFields);
    // Its files: where MLflow recorded them, else their standard place in this store (the store was moved).
    *folder = MlflowArtifacts::localPath(m.artifactLocation, m_root);
    if (folder->isEmpty() || !QFileInfo(*folder).isDir()) {
        const QString standard = modelDir + QStringLiteral("/artifacts");
        if (QFileInfo(standard).isDir()) {
            *folder = standard;
        }
    }
    return m;
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
    v.modelId = meta->text("model_id");
    v.otherFields = meta->others(kVersionFields);
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
    // MLflow 3: the logged model the version is, named by its source or (for runs:/ sources) found among the run's
    // outputs, else by the version's model_id.
    QString modelArtifacts;
    const QString sourceModel = MlflowFormat::loggedModelId(v.source);
    if (!sourceModel.isEmpty() && !v.modelId.isEmpty() && sourceModel != v.modelId) {
        return Error(ErrorCode::Corrupt,
                     Tr::tr("%1: the source names the logged model %2 but model_id is %3")
                         .arg(meta->path(), sourceModel, v.modelId));
    }
    std::optional<Result<MlflowLoggedModel>> logged;
    QString resolvedFrom;
    if (!sourceModel.isEmpty()) {
        logged = readLoggedModel(sourceModel, &modelArtifacts);
        resolvedFrom = QStringLiteral("models:/ source");
    } else if (v.source.startsWith(QStringLiteral("runs:/")) && evidence.run) {
        auto inRun = cs::findRunModel(
            *evidence.run, v.source.mid(6).section(u'/', 1),
            [this](const QString& id, QString* at) { return readLoggedModel(id, at); }, &modelArtifacts);
        if (inRun || inRun.error().code != ErrorCode::NotFound) {
            logged = inRun;
            resolvedFrom = QStringLiteral("runs:/ source");
        }
    }
    if (!logged && !v.modelId.isEmpty()) {
        logged = readLoggedModel(v.modelId, &modelArtifacts);
        resolvedFrom = QStringLiteral("model_id field");
    }
    if (logged) {
        if (logged->ok()) {
            logged->value().resolvedFrom = resolvedFrom;
        }
        const QString id = sourceModel.isEmpty() ? v.modelId : sourceModel;
        if (auto r = evidence.takeLoggedModel(*logged, QStringLiteral("models:/") + id); !r) {
            return r.error();
        }
    }
    if (auto r = MlflowArtifacts::collect(evidence, runArtifacts, modelArtifacts, meta->path(), m_root, cancelled);
        !r) {
        return r.error();
    }
    return evidence;
}

} // namespace cs
