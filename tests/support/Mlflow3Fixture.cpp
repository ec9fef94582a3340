#include "Mlflow3Fixture.h"

#include "MlflowFixture.h"

#include <QCryptographicHash>
#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace cs::test {

namespace {

struct Metric
{
    const char* key;
    double value;
    qint64 timestamp;
    qint64 step;
    bool onTestSet; ///< linked to the test set (and logged to the model too)
    bool toModel; ///< also a logged model metric
};

struct Run
{
    QString id;
    QString model;
    const char* c; ///< the regularisation parameter
    qint64 start;
    const char* commit;
    QList<Metric> metrics;
};

const QString kTrainSet = QStringLiteral("icu-vitals-v3-train");
const QString kTrainDigest = QStringLiteral("9d1f22b0");

QList<Run> runs()
{
    return {
        {Mlflow3Fixture::RunA,
         Mlflow3Fixture::ModelA,
         "0.5",
         1796292000000,
         "1b2d3f4a5c6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a",
         {{"train_loss", 0.612, 1796292001000, 0, false, false},
          {"train_loss", 0.533, 1796292002000, 1, false, false},
          {"train_loss", 0.498, 1796292003000, 2, false, false},
          {"val_loss", 0.507, 1796292004000, 2, false, true},
          {"test_log_loss", 0.4619, 1796292005000, 0, true, true},
          {"test_auc", 0.861, 1796292005000, 0, true, true}}},
        {Mlflow3Fixture::RunB,
         Mlflow3Fixture::ModelB,
         "1.0",
         1796292100000,
         "7c3e9a1f5b2d8e4a6c0f1b3d5e7a9c2e4f6a8b0d",
         {{"train_loss", 0.601, 1796292101000, 0, false, false},
          {"train_loss", 0.512, 1796292102000, 1, false, false},
          {"train_loss", 0.471, 1796292103000, 2, false, false},
          {"val_loss", 0.482, 1796292104000, 2, false, true},
          {"test_log_loss", 0.43917982374171916, 1796292110077, 0, true, true},
          {"test_auc", 0.874, 1796292110077, 0, true, true}}},
        {Mlflow3Fixture::RunC,
         Mlflow3Fixture::ModelC,
         "2.0",
         1796292200000,
         "8d4f0b2a6c3e9f5b7d1a2c4e6f8b0d3f5a7c9e1b",
         {{"train_loss", 0.598, 1796292201000, 0, false, false},
          {"train_loss", 0.505, 1796292202000, 1, false, false},
          {"train_loss", 0.462, 1796292203000, 2, false, false},
          {"val_loss", 0.476, 1796292204000, 2, false, true},
          {"test_log_loss", 0.4288, 1796292220000, 0, true, true},
          {"test_auc", 0.879, 1796292220000, 0, true, true}}},
    };
}

struct Version
{
    int number;
    const char* stage;
    QString source;
    QString run;
    QString model;
    const char* deploymentJob;
};

QList<Version> versions()
{
    return {
        {1, "Archived", QStringLiteral("runs:/%1/model").arg(Mlflow3Fixture::RunA), Mlflow3Fixture::RunA,
         Mlflow3Fixture::ModelA, ""},
        {2, "Production", QStringLiteral("models:/") + Mlflow3Fixture::ModelB, Mlflow3Fixture::RunB,
         Mlflow3Fixture::ModelB, ""},
        {3, "None", QStringLiteral("models:/") + Mlflow3Fixture::ModelC, Mlflow3Fixture::RunC, Mlflow3Fixture::ModelC,
         "job-17"},
    };
}

/// MLflow's ids for datasets and inputs in a file store: MD5 of the parts.
QString md5(const QString& a, const QString& b)
{
    return QString::fromLatin1(QCryptographicHash::hash((a + b).toUtf8(), QCryptographicHash::Md5).toHex());
}

QByteArray number(double v)
{
    return QByteArray::number(v, 'g', 17);
}

QString artifactLocation(const QString& mlruns, const QString& model)
{
    return QStringLiteral("file://%1/1/models/%2/artifacts").arg(mlruns, model);
}

} // namespace

QStringList Mlflow3Fixture::modelFiles()
{
    return {QStringLiteral("MLmodel"), QStringLiteral("conda.yaml"), QStringLiteral("model.pkl"),
            QStringLiteral("python_env.yaml"), QStringLiteral("requirements.txt")};
}

QString Mlflow3Fixture::write(const QString& dir, const QString& model)
{
    const QString root = QDir(dir).filePath(QStringLiteral("mlruns"));
    const auto put = [&root](const QString& rel, const QByteArray& text) {
        MlflowFixture::put(QDir(root).filePath(rel), text);
    };
    const QByteArray r = root.toUtf8();
    put(QStringLiteral("0/meta.yaml"),
        "artifact_location: file://" + r +
            "/0\ncreation_time: 1796291000000\nexperiment_id: '0'\nlast_update_time: "
            "1796291000000\nlifecycle_stage: active\nname: Default\n");
    put(QStringLiteral("1/meta.yaml"),
        "artifact_location: file://" + r +
            "/1\ncreation_time: 1796291000000\nexperiment_id: '1'\nlast_update_time: "
            "1796292300000\nlifecycle_stage: active\nname: sepsis-risk\n");
    const QString trainId = md5(kTrainSet, kTrainDigest);
    const QString testId = md5(TestSet, TestDigest);
    for (const auto& [id, name, digest] :
         {std::tuple {trainId, kTrainSet, kTrainDigest}, std::tuple {testId, TestSet, TestDigest}}) {
        put(QStringLiteral("1/datasets/%1/meta.yaml").arg(id),
            "digest: " + digest.toUtf8() + "\nname: " + name.toUtf8() +
                "\nprofile: '{\"num_rows\": 4200}'\nschema: ''\nsource: '{\"uri\": \"data/" + name.toUtf8() +
                ".parquet\"}'\nsource_type: local\n");
    }
    for (const Run& run : runs()) {
        const QString runDir = QStringLiteral("1/") + run.id;
        const QString modelDir = QStringLiteral("1/models/") + run.model;
        const QByteArray id = run.id.toUtf8();
        put(runDir + QStringLiteral("/meta.yaml"),
            "artifact_uri: file://" + r + "/1/" + id +
                "/artifacts\nend_time: " + QByteArray::number(run.start + 60000) +
                "\nentry_point_name: ''\nexperiment_id: '1'\nlifecycle_stage: active\nrun_id: " + id +
                "\nrun_name: logreg-C" + run.c + "\nrun_uuid: " + id +
                "\nsource_name: ''\nsource_type: 4\nsource_version: ''\nstart_time: " + QByteArray::number(run.start) +
                "\nstatus: 3\ntags: []\nuser_id: dokafor\n");
        for (const auto& [key, value] : {std::pair {"C", QByteArray(run.c)}, std::pair {"penalty", QByteArray("l2")},
                                         std::pair {"max_iter", QByteArray("200")}}) {
            put(runDir + QStringLiteral("/params/") + QLatin1String(key), value);
            put(modelDir + QStringLiteral("/params/") + QLatin1String(key), value);
        }
        put(runDir + QStringLiteral("/tags/mlflow.source.git.commit"), run.commit);
        put(runDir + QStringLiteral("/tags/mlflow.runName"), QByteArray("logreg-C") + run.c);
        put(runDir + QStringLiteral("/tags/mlflow.user"), "dokafor");
        put(modelDir + QStringLiteral("/tags/mlflow.source.git.commit"), run.commit);
        put(modelDir + QStringLiteral("/tags/mlflow.user"), "dokafor");
        QMap<QString, QByteArray> runLines;
        QMap<QString, QByteArray> modelLines;
        for (const Metric& m : run.metrics) {
            const QByteArray head =
                QByteArray::number(m.timestamp) + ' ' + number(m.value) + ' ' + QByteArray::number(m.step);
            const QByteArray dataset = m.onTestSet ? ' ' + TestSet.toUtf8() + ' ' + TestDigest.toUtf8() : QByteArray();
            runLines[QLatin1String(m.key)] += head + dataset + '\n';
            if (m.toModel) {
                modelLines[QLatin1String(m.key)] += head + ' ' + id + dataset + '\n';
            }
        }
        for (auto it = runLines.cbegin(); it != runLines.cend(); ++it) {
            put(runDir + QStringLiteral("/metrics/") + it.key(), it.value());
        }
        for (auto it = modelLines.cbegin(); it != modelLines.cend(); ++it) {
            put(modelDir + QStringLiteral("/metrics/") + it.key(), it.value());
        }
        // Dataset inputs (MLflow writes destination_id as the source's id), the model output, and for run C the
        // champion it started from.
        for (const auto& [datasetId, context] :
             {std::pair {trainId, QByteArray("training")}, std::pair {testId, QByteArray("evaluation")}}) {
            put(runDir + QStringLiteral("/inputs/%1/meta.yaml").arg(md5(datasetId, run.id)),
                "destination_id: " + datasetId.toUtf8() + "\ndestination_type: RUN\nsource_id: " + datasetId.toUtf8() +
                    "\nsource_type: DATASET\ntags:\n  mlflow.data.context: " + context + "\n");
        }
        if (run.id == RunC) {
            put(runDir + QStringLiteral("/inputs/%1/meta.yaml").arg(md5(ModelB, run.id)),
                "destination_id: " + ModelB.toUtf8() + "\ndestination_type: RUN\nsource_id: " + ModelB.toUtf8() +
                    "\nsource_type: MODEL\ntags: {}\n");
        }
        put(runDir + QStringLiteral("/outputs/%1/meta.yaml").arg(run.model),
            "destination_id: " + run.model.toUtf8() + "\ndestination_type: MODEL_OUTPUT\nsource_id: " +
                run.model.toUtf8() + "\nsource_type: RUN_OUTPUT\nstep: 0\ntags: {}\n");
        put(runDir + QStringLiteral("/artifacts/config/train.yaml"), QByteArray("model:\n  C: ") + run.c + "\n");
        // The logged model: metadata, and its files outside the run.
        put(modelDir + QStringLiteral("/meta.yaml"),
            "artifact_location: " + artifactLocation(root, run.model).toUtf8() +
                "\ncreation_timestamp: " + QByteArray::number(run.start + 50000) +
                "\nexperiment_id: '1'\nlast_updated_timestamp: " + QByteArray::number(run.start + 55000) +
                "\nlifecycle_stage: active\nmodel_id: " + run.model.toUtf8() +
                "\nmodel_type: null\nname: model\nsource_run_id: " + id + "\nstatus: 2\nstatus_message: null\n");
        const QString files = modelDir + QStringLiteral("/artifacts/");
        put(files + QStringLiteral("MLmodel"),
            "artifact_path: null\nflavors:\n  sklearn:\n    sklearn_version: 1.7.2\n"
            "mlflow_version: 3.9.0\nmodel_id: " +
                run.model.toUtf8() + "\nrun_id: " + id + "\n");
        put(files + QStringLiteral("model.pkl"), QByteArray("pickled LogisticRegression C=") + run.c);
        put(files + QStringLiteral("conda.yaml"), "dependencies:\n- python=3.12.3\n- pip:\n  - mlflow==3.9.0\n");
        put(files + QStringLiteral("python_env.yaml"), "python: 3.12.3\n");
        put(files + QStringLiteral("requirements.txt"), "mlflow==3.9.0\nscikit-learn==1.7.2\n");
    }
    const QString registry = QStringLiteral("models/") + model;
    put(registry + QStringLiteral("/meta.yaml"),
        "creation_timestamp: 1796292300000\ndescription: Early warning of sepsis in adult inpatients\n"
        "last_updated_timestamp: 1796292400000\nname: " +
            model.toUtf8() + "\n");
    for (const Version& v : versions()) {
        put(registry + QStringLiteral("/version-%1/meta.yaml").arg(v.number),
            "creation_timestamp: 1796292400000\ncurrent_stage: " + QByteArray(v.stage) + "\ndeployment_job_id: '" +
                v.deploymentJob +
                "'\ndescription: ''\nlast_updated_timestamp: "
                "1796292400000\nmodel_id: " +
                v.model.toUtf8() + "\nname: " + model.toUtf8() + "\nrun_id: " + v.run.toUtf8() +
                "\nrun_link: null\nsource: " + v.source.toUtf8() +
                "\nstatus: READY\nstatus_message: null\nstorage_location: " + artifactLocation(root, v.model).toUtf8() +
                "\nuser_id: null\nversion: " + QByteArray::number(v.number) + "\n");
    }
    put(registry + QStringLiteral("/version-2/tags/validated_by"), "QD-2026-051");
    put(registry + QStringLiteral("/aliases/champion"), "2");
    put(registry + QStringLiteral("/aliases/challenger"), "3");
    return root;
}

QString Mlflow3Fixture::writeSqlStore(const QString& dir, const QString& mlruns, const QString& model)
{
    const QString path = QDir(dir).filePath(QStringLiteral("mlflow.db"));
    const QString connection = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        if (!db.open()) {
            qFatal("cannot create %s", qPrintable(path));
        }
        QSqlQuery q(db);
        const auto run = [&q](const QString& sql, const QVariantList& binds = {}) {
            q.prepare(sql);
            for (const QVariant& b : binds) {
                q.addBindValue(b);
            }
            if (!q.exec()) {
                qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            }
        };
        // The tables and columns of MLflow 3's alembic head that the importer reads, plus their keys.
        for (const char* ddl : {
                 "CREATE TABLE experiments (experiment_id INTEGER PRIMARY KEY, name VARCHAR(256), artifact_location "
                 "VARCHAR(256), lifecycle_stage VARCHAR(32), creation_time BIGINT, last_update_time BIGINT)",
                 "CREATE TABLE runs (run_uuid VARCHAR(32) PRIMARY KEY, name VARCHAR(250), source_type VARCHAR(20), "
                 "source_name VARCHAR(500), entry_point_name VARCHAR(50), user_id VARCHAR(256), status VARCHAR(9), "
                 "start_time BIGINT, end_time BIGINT, deleted_time BIGINT, source_version VARCHAR(50), "
                 "lifecycle_stage VARCHAR(20), artifact_uri VARCHAR(200), experiment_id INTEGER)",
                 "CREATE TABLE params (key VARCHAR(250), value VARCHAR(8000), run_uuid VARCHAR(32))",
                 "CREATE TABLE tags (key VARCHAR(250), value VARCHAR(8000), run_uuid VARCHAR(32))",
                 "CREATE TABLE metrics (key VARCHAR(250), value FLOAT, timestamp BIGINT, run_uuid VARCHAR(32), step "
                 "BIGINT DEFAULT 0, is_nan BOOLEAN DEFAULT 0)",
                 "CREATE TABLE datasets (dataset_uuid VARCHAR(36), experiment_id INTEGER, name VARCHAR(500), digest "
                 "VARCHAR(36), dataset_source_type VARCHAR(36), dataset_source TEXT, dataset_schema TEXT, "
                 "dataset_profile TEXT)",
                 "CREATE TABLE inputs (input_uuid VARCHAR(36), source_type VARCHAR(36), source_id VARCHAR(36), "
                 "destination_type VARCHAR(36), destination_id VARCHAR(36), step BIGINT NOT NULL DEFAULT 0)",
                 "CREATE TABLE input_tags (input_uuid VARCHAR(36), name VARCHAR(255), value VARCHAR(500))",
                 "CREATE TABLE logged_models (model_id VARCHAR(36) PRIMARY KEY, experiment_id INTEGER NOT NULL, name "
                 "VARCHAR(500) NOT NULL, artifact_location VARCHAR(1000) NOT NULL, creation_timestamp_ms BIGINT NOT "
                 "NULL, last_updated_timestamp_ms BIGINT NOT NULL, status INTEGER NOT NULL, lifecycle_stage "
                 "VARCHAR(32), model_type VARCHAR(500), source_run_id VARCHAR(32), status_message VARCHAR(1000))",
                 "CREATE TABLE logged_model_metrics (model_id VARCHAR(36) NOT NULL, metric_name VARCHAR(500) NOT NULL, "
                 "metric_timestamp_ms BIGINT NOT NULL, metric_step BIGINT NOT NULL, metric_value FLOAT, experiment_id "
                 "INTEGER NOT NULL, run_id VARCHAR(32) NOT NULL, dataset_uuid VARCHAR(36), dataset_name VARCHAR(500), "
                 "dataset_digest VARCHAR(36))",
                 "CREATE TABLE logged_model_params (model_id VARCHAR(36) NOT NULL, experiment_id INTEGER NOT NULL, "
                 "param_key VARCHAR(255) NOT NULL, param_value TEXT NOT NULL)",
                 "CREATE TABLE logged_model_tags (model_id VARCHAR(36) NOT NULL, experiment_id INTEGER NOT NULL, "
                 "tag_key VARCHAR(255) NOT NULL, tag_value TEXT NOT NULL)",
                 "CREATE TABLE registered_models (name VARCHAR(256) PRIMARY KEY, creation_time BIGINT, "
                 "last_updated_time BIGINT, description VARCHAR(5000))",
                 "CREATE TABLE model_versions (name VARCHAR(256), version INTEGER, creation_time BIGINT, "
                 "last_updated_time BIGINT, description VARCHAR(5000), user_id VARCHAR(256), current_stage "
                 "VARCHAR(20), source VARCHAR(500), run_id VARCHAR(32), run_link VARCHAR(500), status VARCHAR(20), "
                 "status_message VARCHAR(500), storage_location VARCHAR(500), deployment_job_id VARCHAR(256))",
                 "CREATE TABLE model_version_tags (key VARCHAR(250), value TEXT, name VARCHAR(256), version INTEGER)",
                 "CREATE TABLE registered_model_aliases (alias VARCHAR(256), version INTEGER, name VARCHAR(256))",
             }) {
            run(QString::fromLatin1(ddl));
        }
        run(QStringLiteral("INSERT INTO experiments VALUES (1, 'sepsis-risk', ?, 'active', 1796291000000, "
                           "1796292300000)"),
            {QString(QStringLiteral("file://") + mlruns + QStringLiteral("/1"))});
        // MLflow gives SQL datasets a random UUID; the same ids as the file store keep the two comparable.
        const QString trainId = md5(kTrainSet, kTrainDigest);
        const QString testId = md5(TestSet, TestDigest);
        for (const auto& [id, name, digest] :
             {std::tuple {trainId, kTrainSet, kTrainDigest}, std::tuple {testId, TestSet, TestDigest}}) {
            run(QStringLiteral("INSERT INTO datasets VALUES (?, 1, ?, ?, 'local', ?, '', '{\"num_rows\": 4200}')"),
                {id, name, digest,
                 QString(QStringLiteral("{\"uri\": \"data/") + name + QStringLiteral(".parquet\"}"))});
        }
        int input = 0;
        for (const Run& r : runs()) {
            run(QStringLiteral("INSERT INTO runs VALUES (?, ?, 'LOCAL', '', '', 'dokafor', 'FINISHED', ?, ?, NULL, '', "
                               "'active', ?, 1)"),
                {r.id, QString(QStringLiteral("logreg-C") + QLatin1String(r.c)), r.start, r.start + 60000,
                 QString(QStringLiteral("file://") + mlruns + QStringLiteral("/1/") + r.id +
                         QStringLiteral("/artifacts"))});
            run(QStringLiteral("INSERT INTO logged_models VALUES (?, 1, 'model', ?, ?, ?, 2, 'active', NULL, ?, NULL)"),
                {r.model, artifactLocation(mlruns, r.model), r.start + 50000, r.start + 55000, r.id});
            for (const auto& [key, value] :
                 {std::pair {"C", QString::fromLatin1(r.c)}, std::pair {"penalty", QStringLiteral("l2")},
                  std::pair {"max_iter", QStringLiteral("200")}}) {
                run(QStringLiteral("INSERT INTO params VALUES (?, ?, ?)"), {QString::fromLatin1(key), value, r.id});
                run(QStringLiteral("INSERT INTO logged_model_params VALUES (?, 1, ?, ?)"),
                    {r.model, QString::fromLatin1(key), value});
            }
            for (const auto& [key, value] :
                 {std::pair {"mlflow.source.git.commit", QString::fromLatin1(r.commit)},
                  std::pair {"mlflow.runName", QString(QStringLiteral("logreg-C") + QLatin1String(r.c))},
                  std::pair {"mlflow.user", QStringLiteral("dokafor")}}) {
                run(QStringLiteral("INSERT INTO tags VALUES (?, ?, ?)"), {QString::fromLatin1(key), value, r.id});
                if (QLatin1String(key) != QLatin1String("mlflow.runName")) {
                    run(QStringLiteral("INSERT INTO logged_model_tags VALUES (?, 1, ?, ?)"),
                        {r.model, QString::fromLatin1(key), value});
                }
            }
            for (const Metric& m : r.metrics) {
                run(QStringLiteral("INSERT INTO metrics VALUES (?, ?, ?, ?, ?, 0)"),
                    {QString::fromLatin1(m.key), m.value, m.timestamp, r.id, m.step});
                if (m.toModel) {
                    run(QStringLiteral("INSERT INTO logged_model_metrics VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?, ?)"),
                        {r.model, QString::fromLatin1(m.key), m.timestamp, m.step, m.value, r.id,
                         m.onTestSet ? QVariant(testId) : QVariant(), m.onTestSet ? QVariant(TestSet) : QVariant(),
                         m.onTestSet ? QVariant(TestDigest) : QVariant()});
                }
            }
            for (const auto& [datasetId, context] :
                 {std::pair {trainId, QStringLiteral("training")}, std::pair {testId, QStringLiteral("evaluation")}}) {
                const QString uuid = QStringLiteral("in-%1").arg(++input);
                run(QStringLiteral("INSERT INTO inputs VALUES (?, 'DATASET', ?, 'RUN', ?, 0)"),
                    {uuid, datasetId, r.id});
                run(QStringLiteral("INSERT INTO input_tags VALUES (?, 'mlflow.data.context', ?)"), {uuid, context});
            }
            run(QStringLiteral("INSERT INTO inputs VALUES (?, 'RUN_OUTPUT', ?, 'MODEL_OUTPUT', ?, 0)"),
                {QStringLiteral("out-%1").arg(++input), r.id, r.model});
            if (r.id == RunC) {
                run(QStringLiteral("INSERT INTO inputs VALUES (?, 'RUN_INPUT', ?, 'MODEL_INPUT', ?, 0)"),
                    {QStringLiteral("in-%1").arg(++input), r.id, ModelB});
            }
        }
        run(QStringLiteral("INSERT INTO registered_models VALUES (?, 1796292300000, 1796292400000, "
                           "'Early warning of sepsis in adult inpatients')"),
            {model});
        for (const Version& v : versions()) {
            run(QStringLiteral("INSERT INTO model_versions VALUES (?, ?, 1796292400000, 1796292400000, '', "
                               "NULL, ?, ?, ?, NULL, 'READY', NULL, ?, ?)"),
                {model, v.number, QString::fromLatin1(v.stage), v.source, v.run, artifactLocation(mlruns, v.model),
                 QString::fromLatin1(v.deploymentJob)});
        }
        run(QStringLiteral("INSERT INTO model_version_tags VALUES ('validated_by', 'QD-2026-051', ?, 2)"), {model});
        run(QStringLiteral("INSERT INTO registered_model_aliases VALUES ('champion', 2, ?)"), {model});
        run(QStringLiteral("INSERT INTO registered_model_aliases VALUES ('challenger', 3, ?)"), {model});
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return path;
}

} // namespace cs::test
