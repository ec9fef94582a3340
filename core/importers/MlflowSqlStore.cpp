#include "MlflowSqlStore.h"

#include "store/BulkStatement.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUrl>
#include <QUuid>

#include <sqlite3.h>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <optional>
#include <tuple>

namespace cs {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::MlflowSqlStore)
};

/// The work one read of the team's database may take: a crafted database can compute a column on read (a
/// generated column of a gigabyte, or a slow one); each read is refused beyond this.
constexpr qint64 kStepBudget = 2000000; ///< progress callbacks, each after 1,000 SQLite instructions
constexpr int kMaxValueBytes = 16 * 1024 * 1024;

/// Runs a read-only query with bound values; the error names the database and what was read.
Result<QSqlQuery> query(const QString& connection, const QString& path, const QString& sql, const QVariantList& binds,
                        const QString& what)
{
    QSqlQuery q(QSqlDatabase::database(connection, false));
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        return Error(ErrorCode::Corrupt,
                     Tr::tr("%1: cannot read %2 (%3); is it an MLflow database of a supported version?")
                         .arg(path, what, q.lastError().text()));
    }
    for (const QVariant& b : binds) {
        q.addBindValue(b);
    }
    if (!q.exec()) {
        const int code = q.lastError().nativeErrorCode().toInt() & 0xFF;
        if (code == SQLITE_INTERRUPT) {
            return Error(ErrorCode::InvalidArgument,
                         Tr::tr("%1: reading %2 took more work than a store of this size can need (a column computed "
                                "on read?); refused")
                             .arg(path, what));
        }
        if (code == SQLITE_TOOBIG) {
            return Error(
                ErrorCode::InvalidArgument,
                Tr::tr("%1: %2 hold a value larger than %3 MiB; refused").arg(path, what).arg(kMaxValueBytes >> 20));
        }
        return Error(ErrorCode::Corrupt, Tr::tr("%1: cannot read %2 (%3)").arg(path, what, q.lastError().text()));
    }
    return q;
}
/// A column's value as JSON, for columns this version does not know (kept as evidence).
QJsonObject otherColumns(const QSqlRecord& record, std::initializer_list<const char*> known)
{
    QJsonObject rest;
    for (int i = 0; i < record.count(); ++i) {
        const QString name = record.fieldName(i);
        if (std::none_of(known.begin(), known.end(), [&name](const char* k) { return name == QLatin1String(k); })) {
            const QVariant value = record.value(i);
            if (value.typeId() == QMetaType::Double && !std::isfinite(value.toDouble())) {
                rest.insert(name, value.toDouble() > 0 ? QStringLiteral("Infinity") : QStringLiteral("-Infinity"));
            } else if (value.typeId() == QMetaType::QByteArray) {
                rest.insert(name, QString::fromLatin1(value.toByteArray().toBase64())); // a BLOB, as base64
            } else {
                rest.insert(name, QJsonValue::fromVariant(value));
            }
        }
    }
    return rest;
}

/// A metric value as MLflow stores it: NaN as 0 with is_nan (or NULL), infinities as the largest double.
void takeValue(MlflowMetricPoint& p, const QVariant& value, bool isNan)
{
    p.value = value.toDouble();
    if (isNan || value.isNull()) {
        p.special = QStringLiteral("nan");
        p.value = 0;
    } else if (p.value >= DBL_MAX) {
        p.special = QStringLiteral("inf");
    } else if (p.value <= -DBL_MAX) {
        p.special = QStringLiteral("-inf");
    }
}

const std::initializer_list<const char*> kRunColumns = {
    "run_uuid",   "name",     "source_type",  "source_name",    "entry_point_name", "user_id",      "status",
    "start_time", "end_time", "deleted_time", "source_version", "lifecycle_stage",  "artifact_uri", "experiment_id"};
const std::initializer_list<const char*> kVersionColumns = {
    "name",   "version",          "creation_time", "last_updated_time", "description", "user_id",       "current_stage",
    "source", "storage_location", "run_id",        "run_link",          "status",      "status_message"};
const std::initializer_list<const char*> kLoggedModelColumns = {"model_id",
                                                                "experiment_id",
                                                                "name",
                                                                "artifact_location",
                                                                "creation_timestamp_ms",
                                                                "last_updated_timestamp_ms",
                                                                "status",
                                                                "lifecycle_stage",
                                                                "model_type",
                                                                "source_run_id",
                                                                "status_message"};
} // namespace

struct MlflowSqlStore::Budget
{
    qint64 used = 0;
    bool exceeded = false;
    static int onProgress(void* self)
    {
        auto* b = static_cast<Budget*>(self);
        if (++b->used > kStepBudget) {
            b->exceeded = true;
            return 1; // interrupts the statement
        }
        return 0;
    }
};

Result<std::unique_ptr<MlflowSqlStore>> MlflowSqlStore::open(const QString& dbPath)
{
    const QFileInfo info(dbPath);
    if (!info.exists()) {
        return Error(ErrorCode::NotFound, Tr::tr("%1 does not exist").arg(dbPath));
    }
    if (!info.isFile()) {
        return Error(ErrorCode::InvalidArgument, Tr::tr("%1 is not a file; give the mlflow.db file").arg(dbPath));
    }
    std::unique_ptr<MlflowSqlStore> store(new MlflowSqlStore);
    store->m_path = info.canonicalFilePath();
    store->m_connection = QStringLiteral("mlflow-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    // Nothing may be written beside the team's store, not even SQLite's -shm and -wal files: the file is opened as
    // immutable. A store with a write-ahead log (MLflow running in WAL mode) has changes outside the file: then a
    // copy of both is read, in a temporary folder.
    QString readPath = store->m_path;
    const QFileInfo wal(store->m_path + QStringLiteral("-wal"));
    bool immutable = true;
    if (wal.exists() && wal.size() > 0) {
        store->m_copy = std::make_unique<QTemporaryDir>();
        readPath = store->m_copy->filePath(QStringLiteral("mlflow.db"));
        if (!store->m_copy->isValid() || !QFile::copy(store->m_path, readPath) ||
            !QFile::copy(wal.filePath(), readPath + QStringLiteral("-wal"))) {
            return Error(ErrorCode::Io,
                         Tr::tr("cannot read %1 with its write-ahead log %2 (copying them to a "
                                "temporary folder failed)")
                             .arg(dbPath, wal.filePath()));
        }
        immutable = false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), store->m_connection);
    db.setDatabaseName(QUrl::fromLocalFile(readPath).toString(QUrl::FullyEncoded) +
                       (immutable ? QStringLiteral("?immutable=1") : QStringLiteral("?mode=ro")));
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    if (!db.open()) {
        return Error(ErrorCode::Io, Tr::tr("cannot open %1: %2").arg(dbPath, db.lastError().text()));
    }
    if (sqlite3* h = BulkStatement::handleOf(db)) {
        store->m_budget = std::make_unique<Budget>();
        sqlite3_progress_handler(h, 1000, &Budget::onProgress, store->m_budget.get());
        sqlite3_limit(h, SQLITE_LIMIT_LENGTH, kMaxValueBytes);
    }
    if (!store->m_budget) {
        return Error(ErrorCode::Internal, Tr::tr("cannot bound the work of reading %1").arg(dbPath));
    }
    QSqlQuery check(db);
    if (!check.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"))) {
        return Error(ErrorCode::NotAWorkspace, Tr::tr("%1 is not an SQLite database").arg(dbPath));
    }
    QStringList& tables = store->m_tables;
    while (check.next()) {
        tables.append(check.value(0).toString());
    }
    for (const char* needed :
         {"registered_models", "model_versions", "runs", "params", "metrics", "tags", "experiments"}) {
        if (!tables.contains(QLatin1String(needed))) {
            return Error(ErrorCode::InvalidArgument,
                         Tr::tr("%1 is not an MLflow database with a model registry (it has no table %2)")
                             .arg(dbPath, QLatin1String(needed)));
        }
    }
    return store;
}

MlflowSqlStore::~MlflowSqlStore()
{
    if (!m_connection.isEmpty()) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

Result<QStringList> MlflowSqlStore::models()
{
    m_budget->used = 0;
    auto q = query(m_connection, m_path, QStringLiteral("SELECT name FROM registered_models ORDER BY name"), {},
                   Tr::tr("the registered models"));
    if (!q) {
        return q.error();
    }
    QStringList names;
    while (q->next()) {
        names.append(q->value(0).toString());
    }
    return names;
}

Result<QStringList> MlflowSqlStore::versions(const QString& model)
{
    m_budget->used = 0;
    auto q = query(m_connection, m_path,
                   QStringLiteral("SELECT version FROM model_versions WHERE name = ? AND current_stage != "
                                  "'Deleted_Internal' ORDER BY version"),
                   {model}, Tr::tr("the versions of %1").arg(model));
    if (!q) {
        return q.error();
    }
    QStringList labels;
    while (q->next()) {
        labels.append(QString::number(q->value(0).toLongLong()));
    }
    if (labels.isEmpty()) {
        return Error(ErrorCode::NotFound, Tr::tr("there is no registered model \"%1\" in %2").arg(model, m_path));
    }
    return labels;
}

Result<MlflowRun> MlflowSqlStore::readRun(const QString& runId)
{
    auto q = query(m_connection, m_path,
                   QStringLiteral("SELECT r.run_uuid, r.name, r.experiment_id, e.name, r.status, r.user_id, "
                                  "r.source_type, r.source_name, r.source_version, r.artifact_uri, r.start_time, "
                                  "r.end_time FROM runs r LEFT JOIN experiments e ON e.experiment_id = r.experiment_id "
                                  "WHERE r.run_uuid = ?"),
                   {runId}, Tr::tr("run %1").arg(runId));
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return Error(ErrorCode::NotFound,
                     Tr::tr("run %1 is not in %2 (deleted, or in another store)").arg(runId, m_path));
    }
    MlflowRun run;
    run.id = q->value(0).toString();
    run.name = q->value(1).toString();
    run.experimentId = q->value(2).toString();
    run.experimentName = q->value(3).toString();
    auto status = MlflowFormat::runStatusName(q->value(4).toString());
    if (!status) {
        return Error(ErrorCode::Corrupt, Tr::tr("%1, run %2: %3").arg(m_path, runId, status.error().message));
    }
    run.status = status.value();
    run.userId = q->value(5).toString();
    run.sourceType = q->value(6).toString();
    run.sourceName = q->value(7).toString();
    run.sourceVersion = q->value(8).toString();
    run.artifactUri = q->value(9).toString();
    run.startMs = q->value(10).toLongLong();
    run.endMs = q->value(11).toLongLong();
    auto all = query(m_connection, m_path, QStringLiteral("SELECT * FROM runs WHERE run_uuid = ?"), {runId},
                     Tr::tr("run %1").arg(runId));
    if (!all) {
        return all.error();
    }
    if (all->next()) {
        run.otherFields = otherColumns(all->record(), kRunColumns);
    }
    for (auto [table, target] :
         {std::pair {QStringLiteral("params"), &run.params}, std::pair {QStringLiteral("tags"), &run.tags}}) {
        auto kv = query(m_connection, m_path,
                        QStringLiteral("SELECT key, value FROM %1 WHERE run_uuid = ? ORDER BY key").arg(table), {runId},
                        Tr::tr("the %1 of run %2").arg(table, runId));
        if (!kv) {
            return kv.error();
        }
        while (kv->next()) {
            target->insert(kv->value(0).toString(), kv->value(1).toString());
        }
    }
    auto metrics = query(m_connection, m_path,
                         QStringLiteral("SELECT key, value, timestamp, step, is_nan FROM metrics WHERE run_uuid = ? "
                                        "ORDER BY key, timestamp, step"),
                         {runId}, Tr::tr("the metrics of run %1").arg(runId));
    if (!metrics) {
        return metrics.error();
    }
    while (metrics->next()) {
        MlflowMetricPoint p;
        p.key = metrics->value(0).toString();
        takeValue(p, metrics->value(1), metrics->value(4).toInt() != 0);
        p.timestampMs = metrics->value(2).toLongLong();
        p.step = metrics->value(3).toLongLong();
        run.metrics[p.key].append(p);
    }
    if (auto r = readRunModels(run); !r) {
        return r.error();
    }
    // Dataset inputs, when the database has them (MLflow 2.4+).
    auto inputs =
        query(m_connection, m_path,
              QStringLiteral("SELECT d.dataset_uuid, d.name, d.digest, d.dataset_source_type, d.dataset_source, "
                             "i.input_uuid FROM inputs i JOIN datasets d ON d.dataset_uuid = i.source_id WHERE "
                             "i.destination_id = ? AND i.source_type = 'DATASET' ORDER BY d.name"),
              {runId}, Tr::tr("the inputs of run %1").arg(runId));
    if (inputs) {
        QStringList inputIds;
        while (inputs->next()) {
            run.inputs.append(QJsonObject {{QStringLiteral("dataset_id"), inputs->value(0).toString()},
                                           {QStringLiteral("name"), inputs->value(1).toString()},
                                           {QStringLiteral("digest"), inputs->value(2).toString()},
                                           {QStringLiteral("source_type"), inputs->value(3).toString()},
                                           {QStringLiteral("source"), inputs->value(4).toString()}});
            inputIds.append(inputs->value(5).toString());
        }
        for (qsizetype i = 0; i < inputIds.size() && m_tables.contains(QStringLiteral("input_tags")); ++i) {
            auto tags = query(m_connection, m_path,
                              QStringLiteral("SELECT name, value FROM input_tags WHERE input_uuid = ? ORDER BY name"),
                              {inputIds.at(i)}, Tr::tr("the tags of the inputs of run %1").arg(runId));
            if (!tags) {
                return tags.error();
            }
            QJsonObject values;
            while (tags->next()) {
                values.insert(tags->value(0).toString(), tags->value(1).toString());
            }
            if (!values.isEmpty()) {
                run.inputs[i].insert(QStringLiteral("tags"), values); // mlflow.data.context: training, ...
            }
        }
    }
    return run;
}

Status MlflowSqlStore::readRunModels(MlflowRun& run)
{
    if (!m_tables.contains(QStringLiteral("logged_models"))) {
        return {}; // MLflow 2
    }
    // MLflow 3: logged models the run used and produced are rows of the inputs table.
    auto links = query(m_connection, m_path,
                       QStringLiteral("SELECT * FROM inputs WHERE source_id = ? AND ((source_type = 'RUN_INPUT' AND "
                                      "destination_type = 'MODEL_INPUT') OR (source_type = 'RUN_OUTPUT' AND "
                                      "destination_type = 'MODEL_OUTPUT')) ORDER BY destination_id"),
                       {run.id}, Tr::tr("the logged models of run %1").arg(run.id));
    if (!links) {
        return links.error();
    }
    while (links->next()) {
        const QSqlRecord r = links->record();
        const QString model = r.value(QStringLiteral("destination_id")).toString();
        if (r.value(QStringLiteral("source_type")).toString() == u"RUN_INPUT") {
            run.modelInputs.append(model);
        } else {
            run.modelOutputs.append({model, r.value(QStringLiteral("step")).toLongLong()});
        }
    }
    // A run's metric row has no dataset columns; the same value logged to a model keeps its dataset there.
    auto linked = query(m_connection, m_path,
                        QStringLiteral("SELECT metric_name, metric_timestamp_ms, metric_step, dataset_name, "
                                       "dataset_digest FROM logged_model_metrics WHERE run_id = ? AND dataset_name IS "
                                       "NOT NULL"),
                        {run.id}, Tr::tr("the metrics of the models of run %1").arg(run.id));
    if (!linked) {
        return linked.error();
    }
    while (linked->next()) {
        const qint64 timestamp = linked->value(1).toLongLong();
        const qint64 step = linked->value(2).toLongLong();
        for (MlflowMetricPoint& p : run.metrics[linked->value(0).toString()]) {
            if (p.timestampMs == timestamp && p.step == step) {
                p.datasetName = linked->value(3).toString();
                p.datasetDigest = linked->value(4).toString();
            }
        }
    }
    return {};
}

Result<MlflowLoggedModel> MlflowSqlStore::readLoggedModel(const QString& modelId, QString* folder)
{
    if (!m_tables.contains(QStringLiteral("logged_models"))) {
        return Error(
            ErrorCode::NotFound,
            Tr::tr("%1 has no logged models (written by MLflow 2); logged model %2 is not in it").arg(m_path, modelId));
    }
    auto q = query(m_connection, m_path, QStringLiteral("SELECT * FROM logged_models WHERE model_id = ?"), {modelId},
                   Tr::tr("logged model %1").arg(modelId));
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return Error(ErrorCode::NotFound,
                     Tr::tr("logged model %1 is not in %2 (deleted, or in another store)").arg(modelId, m_path));
    }
    const QSqlRecord r = q->record();
    const auto text = [&r](const char* column) {
        return r.value(QLatin1String(column)).toString();
    };
    MlflowLoggedModel m;
    m.id = modelId;
    m.name = text("name");
    m.experimentId = text("experiment_id");
    m.sourceRunId = text("source_run_id");
    m.modelType = text("model_type");
    m.statusMessage = text("status_message");
    m.lifecycleStage = text("lifecycle_stage").isEmpty() ? QStringLiteral("active") : text("lifecycle_stage");
    m.artifactLocation = text("artifact_location");
    m.createdMs = r.value(QStringLiteral("creation_timestamp_ms")).toLongLong();
    m.updatedMs = r.value(QStringLiteral("last_updated_timestamp_ms")).toLongLong();
    auto status = MlflowFormat::loggedModelStatusName(text("status"));
    if (!status) {
        return Error(ErrorCode::Corrupt,
                     Tr::tr("%1, logged model %2: %3").arg(m_path, modelId, status.error().message));
    }
    m.status = status.value();
    m.otherFields = otherColumns(r, kLoggedModelColumns);
    for (auto [table, columns, target] :
         {std::tuple {QStringLiteral("logged_model_params"), QStringLiteral("param_key, param_value"), &m.params},
          std::tuple {QStringLiteral("logged_model_tags"), QStringLiteral("tag_key, tag_value"), &m.tags}}) {
        auto kv = query(m_connection, m_path,
                        QStringLiteral("SELECT %1 FROM %2 WHERE model_id = ? ORDER BY 1").arg(columns, table),
                        {modelId}, Tr::tr("the %1 of logged model %2").arg(table, modelId));
        if (!kv) {
            return kv.error();
        }
        while (kv->next()) {
            target->insert(kv->value(0).toString(), kv->value(1).toString());
        }
    }
    auto metrics = query(m_connection, m_path,
                         QStringLiteral("SELECT metric_name, metric_value, metric_timestamp_ms, metric_step, run_id, "
                                        "dataset_name, dataset_digest FROM logged_model_metrics WHERE model_id = ? "
                                        "ORDER BY metric_name, metric_timestamp_ms, metric_step"),
                         {modelId}, Tr::tr("the metrics of logged model %1").arg(modelId));
    if (!metrics) {
        return metrics.error();
    }
    while (metrics->next()) {
        MlflowMetricPoint p;
        p.key = metrics->value(0).toString();
        takeValue(p, metrics->value(1), false);
        p.timestampMs = metrics->value(2).toLongLong();
        p.step = metrics->value(3).toLongLong();
        p.runId = metrics->value(4).toString();
        p.datasetName = metrics->value(5).toString();
        p.datasetDigest = metrics->value(6).toString();
        m.metrics[p.key].append(p);
    }
    // Its files: where MLflow recorded them, else where `mlflow` keeps them beside the database by default
    // (./mlruns without a server, ./mlartifacts behind `mlflow server`), in case the folder was moved.
    const QString base = QFileInfo(m_path).path();
    *folder = MlflowArtifacts::localPath(m.artifactLocation, base);
    const QString standard = m.experimentId + QStringLiteral("/models/") + modelId + QStringLiteral("/artifacts");
    for (const QString& root : {QStringLiteral("mlruns"), QStringLiteral("mlartifacts")}) {
        const QString candidate = QDir(base).filePath(root + u'/' + standard);
        if ((folder->isEmpty() || !QFileInfo(*folder).isDir()) && QFileInfo(candidate).isDir()) {
            *folder = candidate;
        }
    }
    return m;
}

Result<MlflowVersionEvidence> MlflowSqlStore::read(const QString& model, const QString& version,
                                                   const std::function<bool()>& cancelled)
{
    m_budget->used = 0;
    bool numeric = false;
    const qint64 number = version.toLongLong(&numeric);
    if (!numeric) {
        return Error(ErrorCode::InvalidArgument, Tr::tr("MLflow versions are numbers, not \"%1\"").arg(version));
    }
    auto q = query(m_connection, m_path,
                   QStringLiteral("SELECT current_stage, description, source, run_id, user_id, creation_time, * FROM "
                                  "model_versions WHERE name = ? AND version = ?"),
                   {model, number}, Tr::tr("version %1 of %2").arg(version, model));
    if (!q) {
        return q.error();
    }
    if (!q->next() || q->value(0).toString() == u"Deleted_Internal") {
        return Error(ErrorCode::NotFound, Tr::tr("model \"%1\" has no version %2 in %3").arg(model, version, m_path));
    }
    MlflowVersionEvidence evidence;
    evidence.storeKind = QStringLiteral("mlflow-sql-store");
    MlflowModelVersion& v = evidence.version;
    v.modelName = model;
    v.version = version;
    v.stage = q->value(0).toString().isEmpty() ? QStringLiteral("None") : q->value(0).toString();
    v.description = q->value(1).toString();
    v.source = q->value(2).toString();
    v.runId = q->value(3).toString();
    v.userId = q->value(4).toString();
    v.createdMs = q->value(5).toLongLong();
    {
        // The columns after the six read above are the whole row: keep those this version does not know.
        QSqlRecord row = q->record();
        for (int i = 0; i < 6; ++i) {
            row.remove(0);
        }
        v.otherFields = otherColumns(row, kVersionColumns);
    }
    v.modelId = MlflowFormat::loggedModelId(v.source); // MLflow 3 has no model_id column: the source names it
    if (q->next()) {
        // A registry of several MLflow workspaces holds the name more than once: which one is meant is not known.
        return Error(ErrorCode::InvalidArgument,
                     Tr::tr("%1 holds version %2 of \"%3\" more than once (several MLflow workspaces?); refused")
                         .arg(m_path, version, model));
    }
    // Optional: stores from before MLflow 1.x's version tags have no such table.
    if (m_tables.contains(QStringLiteral("model_version_tags"))) {
        auto tags = query(m_connection, m_path,
                          QStringLiteral("SELECT key, value FROM model_version_tags WHERE name = ? AND version = ?"),
                          {model, number}, Tr::tr("the tags of version %1").arg(version));
        if (!tags) {
            return tags.error();
        }
        while (tags->next()) {
            v.tags.insert(tags->value(0).toString(), tags->value(1).toString());
        }
    }
    if (auto aliases = query(m_connection, m_path,
                             QStringLiteral("SELECT alias FROM registered_model_aliases WHERE name = ? AND version = ? "
                                            "ORDER BY alias"),
                             {model, number}, Tr::tr("the aliases of %1").arg(model))) {
        while (aliases->next()) {
            v.aliases.append(aliases->value(0).toString());
        }
    }
    if (!v.runId.isEmpty()) {
        if (auto r = evidence.takeRun(readRun(v.runId)); !r) {
            return r.error();
        }
    }
    // MLflow 3: the logged model the version is, named by its source or found among its run's outputs.
    QString modelArtifacts;
    if (!v.modelId.isEmpty()) {
        auto m = readLoggedModel(v.modelId, &modelArtifacts);
        if (m) {
            m->resolvedFrom = QStringLiteral("models:/ source");
        }
        if (auto r = evidence.takeLoggedModel(m, QStringLiteral("models:/") + v.modelId); !r) {
            return r.error();
        }
    } else if (v.source.startsWith(QStringLiteral("runs:/")) && evidence.run) {
        auto m = cs::findRunModel(
            *evidence.run, v.source.mid(6).section(u'/', 1),
            [this](const QString& id, QString* at) { return readLoggedModel(id, at); }, &modelArtifacts);
        if (m) {
            m->resolvedFrom = QStringLiteral("runs:/ source");
            evidence.loggedModel = m.value();
        } else if (m.error().code != ErrorCode::NotFound) {
            return m.error();
        }
    }
    const QString base = QFileInfo(m_path).path();
    const QString runArtifacts = evidence.run ? MlflowArtifacts::localPath(evidence.run->artifactUri, base) : QString();
    if (auto r = MlflowArtifacts::collect(evidence, runArtifacts, modelArtifacts, m_path, base, cancelled); !r) {
        return r.error();
    }
    return evidence;
}

} // namespace cs
