#include "MlflowFixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace cs::test {

void MlflowFixture::put(const QString& path, const QByteArray& text)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(text) != text.size()) {
        qFatal("cannot write %s", qPrintable(path));
    }
}

QString MlflowFixture::write(const QString& dir)
{
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

    put(at(QStringLiteral("models/sepsis-risk/meta.yaml")),
        "creation_timestamp: 1760100000000\ndescription: Early warning of sepsis in adult inpatients\n"
        "last_updated_timestamp: 1760400000000\nname: sepsis-risk\n");
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
        const QString dirName = QStringLiteral("models/sepsis-risk/version-") + QLatin1String(v.version);
        put(at(dirName + QStringLiteral("/meta.yaml")),
            QByteArray("creation_timestamp: 1760400000000\ncurrent_stage: ") + v.stage +
                "\ndescription: ''\nlast_updated_timestamp: 1760400000000\nname: sepsis-risk\nrun_id: " +
                v.run.toUtf8() + "\nrun_link: ''\nsource: " + v.source.toUtf8() +
                "\nstatus: READY\nstatus_message: ''\nstorage_location: " + v.source.toUtf8() +
                "\nuser_id: dokafor\nversion: " + v.version + "\n");
    }
    put(at(QStringLiteral("models/sepsis-risk/version-2/tags/validated_by")), "QD-2026-044");
    put(at(QStringLiteral("models/sepsis-risk/aliases/champion")), "2");
    return root;
}

} // namespace cs::test
