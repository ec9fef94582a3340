#include "MlflowFixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace cs::test {

void MlflowFixture::put(const QString& path, const QByteArray& text)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(text) != text.size()) {
        qFatal("cannot write %s", qPrintable(path));
    }
}

QString MlflowFixture::write(const QString& dir, const QString& model)
{
    const QByteArray m = model.toUtf8();
    const QString root = QDir(dir).filePath(QStringLiteral("mlruns"));
    const auto at = [&root](const QString& rel) {
        return QDir(root).filePath(rel);
    };
    put(at(QStringLiteral("0/meta.yaml")),
        "artifact_location: file://" + root.toUtf8() +
            "/0\ncreation_time: 1760000000000\nexperiment_id: '0'\n"
            "last_update_time: 1760000000000\nlifecycle_stage: active\nname: Default\n");
    put(at(QStringLiteral("1/meta.yaml")),
        "artifact_location: file://" + root.toUtf8() +
            "/1\ncreation_time: 1760000000000\nexperiment_id: '1'\n"
            "last_update_time: 1760300000000\nlifecycle_stage: active\nname: sepsis-risk\n");
    const struct
    {
        QString id;
        const char* status;
        const char* commit;
        qint64 start;
        const char* depth;
        const char* auroc;
        const char* loss;
    } runs[] = {
        {Run1, "3", "5e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f", 1760100000000, "4",
         "1760100100000 0.81 0\n1760100200000 0.84 1\n", "1760100100000 0.52 0\n1760100200000 0.47 1\n"},
        {Run2, "3", "9f2c4e1d0b8a7c6e5d4f3a2b1c0d9e8f7a6b5c4d", 1760200000000, "6",
         "1760200100000 0.83 0\n1760200200000 0.86 1\n1760200300000 0.88 2\n",
         "1760200100000 0.49 0\n1760200200000 nan 1\n1760200300000 0.41 2\n"},
        {Run3, "FINISHED", "0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e", 1760300000000, "8", "1760300100000 0.89 0\n",
         "1760300100000 0.39 0\n"},
    };
    for (const auto& r : runs) {
        const QString run = QStringLiteral("1/") + r.id;
        put(at(run + QStringLiteral("/meta.yaml")),
            "artifact_uri: file://" + root.toUtf8() + "/1/" + r.id.toUtf8() +
                "/artifacts\nend_time: " + QByteArray::number(r.start + 3600000) +
                "\nentry_point_name: ''\nexperiment_id: '1'\nlifecycle_stage: active\nrun_id: " + r.id.toUtf8() +
                "\nrun_name: train-" + QByteArray(r.depth) +
                "\nsource_name: train.py\nsource_type: 4\nsource_version: " + r.commit + "\nstart_time: " +
                QByteArray::number(r.start) + "\nstatus: " + r.status + "\ntags: []\nuser_id: dokafor\n");
        put(at(run + QStringLiteral("/params/max_depth")), r.depth);
        put(at(run + QStringLiteral("/params/learning_rate")), "0.05");
        put(at(run + QStringLiteral("/params/features")), "vitals+labs");
        put(at(run + QStringLiteral("/metrics/auroc")), r.auroc);
        put(at(run + QStringLiteral("/metrics/loss")), r.loss);
        put(at(run + QStringLiteral("/tags/mlflow.source.git.commit")), r.commit);
        put(at(run + QStringLiteral("/tags/mlflow.runName")), QByteArray("train-") + r.depth);
        put(at(run + QStringLiteral("/tags/mlflow.user")), "dokafor");
        put(at(run + QStringLiteral("/artifacts/model/MLmodel")),
            "artifact_path: model\nflavors:\n  sklearn:\n    sklearn_version: 1.3.2\nrun_id: " + r.id.toUtf8() + "\n");
        put(at(run + QStringLiteral("/artifacts/model/model.pkl")), QByteArray("pickled weights of depth ") + r.depth);
        put(at(run + QStringLiteral("/artifacts/model/requirements.txt")), "scikit-learn==1.3.2\nnumpy==1.26.2\n");
        put(at(run + QStringLiteral("/inputs/5d1e/meta.yaml")),
            "destination_id: " + r.id.toUtf8() + "\ndestination_type: RUN\nsource_id: 7a7a\nsource_type: DATASET\n");
    }
    put(at(QStringLiteral("1/datasets/7a7a/meta.yaml")),
        "digest: 3f6e9c1a\nname: locked-validation-2026\nprofile: '{\"num_rows\": 5000}'\nschema: ''\n"
        "source: '{\"uri\": \"data/validation.csv\"}'\nsource_type: local\n");

    put(at(QStringLiteral("models/%1/meta.yaml").arg(model)),
        "creation_timestamp: 1760100000000\ndescription: Early warning of sepsis in adult inpatients\n"
        "last_updated_timestamp: 1760400000000\nname: " +
            m + "\n");
    const struct
    {
        const char* version;
        const char* stage;
        QString source;
        QString run;
    } versions[] = {
        {"1", "Archived", QStringLiteral("runs:/%1/model").arg(Run1), Run1},
        {"2", "Production", QStringLiteral("runs:/%1/model").arg(Run2), Run2},
        {"3", "None", QStringLiteral("s3://hospital-ml/artifacts/1/%1/model").arg(Run3), Run3},
    };
    for (const auto& v : versions) {
        const QString dirName = QStringLiteral("models/%1/version-").arg(model) + QLatin1String(v.version);
        put(at(dirName + QStringLiteral("/meta.yaml")),
            QByteArray("creation_timestamp: 1760400000000\ncurrent_stage: ") + v.stage +
                "\ndescription: ''\nlast_updated_timestamp: 1760400000000\nname: " + m + "\nrun_id: " + v.run.toUtf8() +
                "\nrun_link: ''\nsource: " + v.source.toUtf8() +
                "\nstatus: READY\nstatus_message: ''\nstorage_location: " + v.source.toUtf8() +
                "\nuser_id: dokafor\nversion: " + v.version + "\n");
    }
    put(at(QStringLiteral("models/%1/version-2/tags/validated_by").arg(model)), "QD-2026-044");
    put(at(QStringLiteral("models/%1/aliases/champion").arg(model)), "2");
    return root;
}

QString MlflowFixture::writeSqlStore(const QString& dir, const QString& mlruns, const QString& model)
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
        // The columns MLflow 2.x creates (alembic head), reduced to those the importer reads plus keys.
        run(QStringLiteral("CREATE TABLE experiments (experiment_id INTEGER PRIMARY KEY, name VARCHAR(256), "
                           "artifact_location VARCHAR(256), lifecycle_stage VARCHAR(32), creation_time BIGINT, "
                           "last_update_time BIGINT)"));
        run(QStringLiteral(
            "CREATE TABLE runs (run_uuid VARCHAR(32) PRIMARY KEY, name VARCHAR(250), source_type "
            "VARCHAR(20), source_name VARCHAR(500), entry_point_name VARCHAR(50), user_id VARCHAR(256), "
            "status VARCHAR(9), start_time BIGINT, end_time BIGINT, deleted_time BIGINT, source_version "
            "VARCHAR(50), lifecycle_stage VARCHAR(20), artifact_uri VARCHAR(200), experiment_id INTEGER)"));
        run(QStringLiteral("CREATE TABLE params (key VARCHAR(250), value VARCHAR(8000), run_uuid VARCHAR(32))"));
        run(QStringLiteral("CREATE TABLE tags (key VARCHAR(250), value VARCHAR(5000), run_uuid VARCHAR(32))"));
        run(QStringLiteral("CREATE TABLE metrics (key VARCHAR(250), value FLOAT, timestamp BIGINT, run_uuid "
                           "VARCHAR(32), step BIGINT DEFAULT 0, is_nan BOOLEAN DEFAULT 0)"));
        run(QStringLiteral("CREATE TABLE datasets (dataset_uuid VARCHAR(36), experiment_id INTEGER, name VARCHAR(500), "
                           "digest VARCHAR(36), dataset_source_type VARCHAR(36), dataset_source TEXT, dataset_schema "
                           "TEXT, dataset_profile TEXT)"));
        run(QStringLiteral("CREATE TABLE inputs (input_uuid VARCHAR(36), source_type VARCHAR(36), source_id "
                           "VARCHAR(36), destination_type VARCHAR(36), destination_id VARCHAR(36))"));
        run(QStringLiteral("CREATE TABLE registered_models (name VARCHAR(256) PRIMARY KEY, creation_time BIGINT, "
                           "last_updated_time BIGINT, description VARCHAR(5000))"));
        run(QStringLiteral("CREATE TABLE model_versions (name VARCHAR(256), version INTEGER, creation_time BIGINT, "
                           "last_updated_time BIGINT, description VARCHAR(5000), user_id VARCHAR(256), current_stage "
                           "VARCHAR(20), source VARCHAR(500), run_id VARCHAR(32), run_link VARCHAR(500), status "
                           "VARCHAR(20), status_message VARCHAR(500), storage_location VARCHAR(500))"));
        run(QStringLiteral("CREATE TABLE model_version_tags (key VARCHAR(250), value VARCHAR(5000), name VARCHAR(256), "
                           "version INTEGER)"));
        run(QStringLiteral("CREATE TABLE registered_model_aliases (alias VARCHAR(256), version INTEGER, name "
                           "VARCHAR(256))"));
        run(QStringLiteral("INSERT INTO experiments VALUES (1, 'sepsis-risk', ?, 'active', 1760000000000, "
                           "1760300000000)"),
            {QString(QStringLiteral("file://") + mlruns + QStringLiteral("/1"))});
        run(QStringLiteral("INSERT INTO datasets VALUES ('7a7a', 1, 'locked-validation-2026', '3f6e9c1a', 'local', "
                           "'{\"uri\": \"data/validation.csv\"}', '', '{\"num_rows\": 5000}')"));
        const struct
        {
            QString id;
            const char* commit;
            qint64 start;
            const char* depth;
            QList<std::tuple<const char*, double, qint64, qint64, bool>> metrics;
        } runs[] = {
            {Run1,
             "5e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f",
             1760100000000,
             "4",
             {{"auroc", 0.81, 1760100100000, 0, false},
              {"auroc", 0.84, 1760100200000, 1, false},
              {"loss", 0.52, 1760100100000, 0, false},
              {"loss", 0.47, 1760100200000, 1, false}}},
            {Run2,
             "9f2c4e1d0b8a7c6e5d4f3a2b1c0d9e8f7a6b5c4d",
             1760200000000,
             "6",
             {{"auroc", 0.83, 1760200100000, 0, false},
              {"auroc", 0.86, 1760200200000, 1, false},
              {"auroc", 0.88, 1760200300000, 2, false},
              {"loss", 0.49, 1760200100000, 0, false},
              {"loss", 0.0, 1760200200000, 1, true},
              {"loss", 0.41, 1760200300000, 2, false}}},
            {Run3,
             "0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e",
             1760300000000,
             "8",
             {{"auroc", 0.89, 1760300100000, 0, false}, {"loss", 0.39, 1760300100000, 0, false}}},
        };
        for (const auto& r : runs) {
            run(QStringLiteral("INSERT INTO runs VALUES (?, ?, 'LOCAL', 'train.py', '', 'dokafor', 'FINISHED', ?, ?, "
                               "NULL, ?, 'active', ?, 1)"),
                {r.id, QString(QStringLiteral("train-") + QLatin1String(r.depth)), r.start, r.start + 3600000,
                 QString(QLatin1String(r.commit)),
                 QString(QStringLiteral("file://") + mlruns + QStringLiteral("/1/") + r.id +
                         QStringLiteral("/artifacts"))});
            for (const auto& [key, value] : {std::pair {"max_depth", QString::fromLatin1(r.depth)},
                                             std::pair {"learning_rate", QStringLiteral("0.05")},
                                             std::pair {"features", QStringLiteral("vitals+labs")}}) {
                run(QStringLiteral("INSERT INTO params VALUES (?, ?, ?)"), {QString(QLatin1String(key)), value, r.id});
            }
            for (const auto& [key, value] :
                 {std::pair {"mlflow.source.git.commit", QString::fromLatin1(r.commit)},
                  std::pair {"mlflow.runName", QString(QStringLiteral("train-") + QLatin1String(r.depth))},
                  std::pair {"mlflow.user", QStringLiteral("dokafor")}}) {
                run(QStringLiteral("INSERT INTO tags VALUES (?, ?, ?)"), {QString(QLatin1String(key)), value, r.id});
            }
            for (const auto& [key, value, timestamp, step, isNan] : r.metrics) {
                run(QStringLiteral("INSERT INTO metrics VALUES (?, ?, ?, ?, ?, ?)"),
                    {QString(QLatin1String(key)), value, timestamp, r.id, step, isNan ? 1 : 0});
            }
            run(QStringLiteral("INSERT INTO inputs VALUES ('5d1e', 'DATASET', '7a7a', 'RUN', ?)"), {r.id});
        }
        run(QStringLiteral("INSERT INTO registered_models VALUES (?, 1760100000000, 1760400000000, "
                           "'Early warning of sepsis in adult inpatients')"),
            {model});
        const struct
        {
            int version;
            const char* stage;
            QString source;
            QString run;
        } versions[] = {
            {1, "Archived", QStringLiteral("runs:/%1/model").arg(Run1), Run1},
            {2, "Production", QStringLiteral("runs:/%1/model").arg(Run2), Run2},
            {3, "None", QStringLiteral("s3://hospital-ml/artifacts/1/%1/model").arg(Run3), Run3},
        };
        for (const auto& v : versions) {
            run(QStringLiteral("INSERT INTO model_versions VALUES (?, ?, 1760400000000, 1760400000000, '', "
                               "'dokafor', ?, ?, ?, '', 'READY', '', ?)"),
                {model, v.version, QString(QLatin1String(v.stage)), v.source, v.run, v.source});
        }
        run(QStringLiteral("INSERT INTO model_version_tags VALUES ('validated_by', 'QD-2026-044', '%1', 2)")
                .arg(model));
        run(QStringLiteral("INSERT INTO registered_model_aliases VALUES ('champion', 2, '%1')").arg(model));
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return path;
}

} // namespace cs::test
