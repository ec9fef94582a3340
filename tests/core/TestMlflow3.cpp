// MLflow 3 stores, file and SQL, as MLflow 3 writes them: logged models outside the runs, models:/ and runs:/ version
// sources, metrics linked to datasets, run inputs and outputs of logged models. The digests of the model files are
// checked against Qt's own SHA-256 of the files, the two backends must give the same evidence, the registry and the
// diff must carry the logged model, and a store MLflow 2 wrote must give evidence without any of it.
#include "DemoCopy.h"
#include "Mlflow3Fixture.h"
#include "MlflowFixture.h"
#include "TestWorkspace.h"
#include "commands/RegistryCommands.h"
#include "importers/MlflowFileStore.h"
#include "importers/MlflowSource.h"
#include "importers/MlflowSqlStore.h"
#include "json/CanonicalJson.h"
#include "registry/VersionDiff.h"
#include "store/RegistryTables.h"
#include "workspace/WorkspaceAccess.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace cs;
using namespace cs::test;

namespace {

QString sha256Of(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QString::fromLatin1(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex());
}

/// The evidence without what depends on where the store is and which backend read it.
QJsonObject comparable(QJsonObject e)
{
    e.remove(QStringLiteral("source"));
    QJsonObject run = e[u"run"].toObject();
    run.remove(QStringLiteral("source_type")); // the file store writes 4, the SQL store LOCAL
    e[QStringLiteral("run")] = run;
    return e;
}

void execSql(const QString& db, const QString& sql)
{
    const QString connection = QUuid::createUuid().toString();
    {
        QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        d.setDatabaseName(db);
        QVERIFY(d.open());
        QSqlQuery q(d);
        QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
        d.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

} // namespace

class TestMlflow3 : public QObject
{
    Q_OBJECT
private slots:
    void metricLines_data();
    void metricLines();
    void formatNames();
    void fileStoreReadsLoggedModels();
    void runsSourceFindsTheRunsLoggedModel();
    void sqlStoreGivesTheSameEvidence();
    void movedStoresStillFindTheModelFiles();
    void importDiffAndReimport();
    void badStoresAreNamed();
    void mlflow2EvidenceHasNothingOfMlflow3();
};

void TestMlflow3::metricLines_data()
{
    QTest::addColumn<bool>("loggedModel");
    QTest::addColumn<QString>("line");
    QTest::addColumn<double>("value");
    QTest::addColumn<qint64>("step");
    QTest::addColumn<QString>("runId");
    QTest::addColumn<QString>("dataset");
    QTest::addColumn<QString>("error");
    // The line of the report, as MLflow 3.9 wrote it.
    QTest::newRow("run, five fields") << false << "1796292110077 0.43917982374171916 0 icu-vitals-v3-test cacab34a"
                                      << 0.43917982374171916 << qint64(0) << ""
                                      << "icu-vitals-v3-test@cacab34a"
                                      << "";
    QTest::newRow("run, five fields, step 7") << false << "1796292110077 0.5 7 test-set 0a1b" << 0.5 << qint64(7) << ""
                                              << "test-set@0a1b"
                                              << "";
    QTest::newRow("run, three fields") << false << "1796292110077 0.5 3" << 0.5 << qint64(3) << ""
                                       << "@"
                                       << "";
    QTest::newRow("run, four fields") << false << "1796292110077 0.5 3 test-set" << 0.0 << qint64(0) << ""
                                      << ""
                                      << "expected";
    QTest::newRow("run, six fields") << false << "1796292110077 0.5 3 a b c" << 0.0 << qint64(0) << ""
                                     << ""
                                     << "expected";
    QTest::newRow("model, four fields") << true << "1796292110077 0.5 2 4b0a1d3f" << 0.5 << qint64(2) << "4b0a1d3f"
                                        << "@"
                                        << "";
    QTest::newRow("model, six fields") << true << "1796292110077 nan 0 4b0a1d3f test-set 0a1b" << 0.0 << qint64(0)
                                       << "4b0a1d3f"
                                       << "test-set@0a1b"
                                       << "";
    QTest::newRow("model, three fields") << true << "1796292110077 0.5 2" << 0.0 << qint64(0) << ""
                                         << ""
                                         << "expected";
    QTest::newRow("model, five fields") << true << "1796292110077 0.5 2 run test-set" << 0.0 << qint64(0) << ""
                                        << ""
                                        << "expected";
    QTest::newRow("model, bad step") << true << "1796292110077 0.5 two run" << 0.0 << qint64(0) << ""
                                     << ""
                                     << "step";
}

void TestMlflow3::metricLines()
{
    QFETCH(bool, loggedModel);
    QFETCH(QString, line);
    QFETCH(double, value);
    QFETCH(qint64, step);
    QFETCH(QString, runId);
    QFETCH(QString, dataset);
    QFETCH(QString, error);
    auto p = loggedModel ? MlflowFormat::parseLoggedModelMetricLine(QStringLiteral("k"), line)
                         : MlflowFormat::parseMetricLine(QStringLiteral("k"), line);
    if (!error.isEmpty()) {
        QVERIFY(!p.ok());
        QVERIFY2(p.error().message.contains(error), qPrintable(p.error().message));
        return;
    }
    QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().message));
    QCOMPARE(p->timestampMs, qint64(1796292110077));
    QCOMPARE(p->value, value);
    QCOMPARE(p->step, step);
    QCOMPARE(p->runId, runId);
    QCOMPARE(p->datasetName + u'@' + p->datasetDigest, dataset);
}

void TestMlflow3::formatNames()
{
    QCOMPARE(MlflowFormat::loggedModelStatusName(QStringLiteral("0")).value(), QStringLiteral("UNSPECIFIED"));
    QCOMPARE(MlflowFormat::loggedModelStatusName(QStringLiteral("2")).value(), QStringLiteral("READY"));
    QCOMPARE(MlflowFormat::loggedModelStatusName(QStringLiteral("3")).value(), QStringLiteral("FAILED"));
    QCOMPARE(MlflowFormat::loggedModelStatusName(QStringLiteral("pending")).value(), QStringLiteral("PENDING"));
    QVERIFY(!MlflowFormat::loggedModelStatusName(QStringLiteral("4")).ok());
    QCOMPARE(MlflowFormat::loggedModelId(QStringLiteral("models:/") + Mlflow3Fixture::ModelB), Mlflow3Fixture::ModelB);
    QCOMPARE(MlflowFormat::loggedModelId(QStringLiteral("models:/") + Mlflow3Fixture::ModelB + QStringLiteral("/sub")),
             Mlflow3Fixture::ModelB);
    QVERIFY(MlflowFormat::loggedModelId(QStringLiteral("models:/sepsis-risk/2")).isEmpty());
    QVERIFY(MlflowFormat::loggedModelId(QStringLiteral("models:/sepsis-risk@champion")).isEmpty());
    QVERIFY(MlflowFormat::loggedModelId(QStringLiteral("models:/m-XYZ")).isEmpty());
    QVERIFY(MlflowFormat::loggedModelId(QStringLiteral("runs:/") + Mlflow3Fixture::RunB).isEmpty());
}

void TestMlflow3::fileStoreReadsLoggedModels()
{
    QTemporaryDir dir;
    const QString mlruns = Mlflow3Fixture::write(dir.path());
    auto store = MlflowFileStore::open(mlruns);
    QVERIFY(store.ok());
    QCOMPARE(store->versions(Mlflow3Fixture::Model).value(),
             (QStringList {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}));
    auto read = store->read(Mlflow3Fixture::Model, QStringLiteral("2"));
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message));
    const QJsonObject e = read->toJson(mlruns);
    QVERIFY2(read->unreadable.isEmpty(), QJsonDocument(e).toJson().constData());
    // The logged model the version is.
    const QJsonObject m = e[u"logged_model"].toObject();
    QCOMPARE(m[u"id"].toString(), Mlflow3Fixture::ModelB);
    QCOMPARE(m[u"name"].toString(), QStringLiteral("model"));
    QCOMPARE(m[u"status"].toString(), QStringLiteral("READY")); // stored as 2
    QCOMPARE(m[u"source_run_id"].toString(), Mlflow3Fixture::RunB);
    QCOMPARE(m[u"resolved_from"].toString(), QStringLiteral("models:/ source"));
    QCOMPARE(m[u"params"][u"C"].toString(), QStringLiteral("1.0"));
    QCOMPARE(m[u"tags"][u"mlflow.source.git.commit"].toString(), Mlflow3Fixture::CommitB);
    const QJsonObject loss = m[u"metrics"][u"test_log_loss"].toArray().first().toObject();
    QCOMPARE(loss[u"latest"].toDouble(), 0.43917982374171916);
    QCOMPARE(loss[u"run_id"].toString(), Mlflow3Fixture::RunB);
    QCOMPARE(loss[u"dataset"][u"name"].toString(), Mlflow3Fixture::TestSet);
    QCOMPARE(loss[u"dataset"][u"digest"].toString(), Mlflow3Fixture::TestDigest);
    const QJsonObject val = m[u"metrics"][u"val_loss"].toArray().first().toObject();
    QVERIFY(!val.contains(QStringLiteral("dataset"))); // a four-field line
    QCOMPARE(val[u"latest"].toDouble(), 0.482);
    // Every model file, digested where MLflow 3 keeps it, agrees with Qt's own SHA-256; the run's own artifacts
    // (configuration only) are not the model.
    const QString modelDir =
        mlruns + QStringLiteral("/1/models/") + Mlflow3Fixture::ModelB + QStringLiteral("/artifacts");
    QCOMPARE(read->artifactRoot, QDir(modelDir).canonicalPath());
    const QJsonArray files = e[u"artifacts"][u"files"].toArray();
    QStringList paths;
    for (const QJsonValue& f : files) {
        paths.append(f[u"path"].toString());
        QCOMPARE(f[u"sha256"].toString(), sha256Of(modelDir + u'/' + f[u"path"].toString()));
    }
    QCOMPARE(paths, Mlflow3Fixture::modelFiles());
    // The run: metrics linked to the test set keep the link; the model it produced; its datasets with their role.
    QCOMPARE(e[u"code_commit"].toString(), Mlflow3Fixture::CommitB);
    const QJsonObject runLoss = e[u"metrics"][u"test_log_loss"].toObject();
    QCOMPARE(runLoss[u"latest"].toDouble(), 0.43917982374171916);
    QCOMPARE(runLoss[u"datasets"][0][u"dataset"][u"name"].toString(), Mlflow3Fixture::TestSet);
    QVERIFY(!e[u"metrics"][u"train_loss"].toObject().contains(QStringLiteral("datasets")));
    QCOMPARE(e[u"metrics"][u"train_loss"][u"points"].toInt(), 3);
    QCOMPARE(e[u"run"][u"model_outputs"][0][u"model_id"].toString(), Mlflow3Fixture::ModelB);
    const QJsonArray inputs = e[u"inputs"].toArray();
    QCOMPARE(inputs.size(), 2);
    QCOMPARE(inputs[0][u"name"].toString(), Mlflow3Fixture::TestSet); // in order of name
    QCOMPARE(inputs[0][u"tags"][u"mlflow.data.context"].toString(), QStringLiteral("evaluation"));
    QCOMPARE(inputs[1][u"tags"][u"mlflow.data.context"].toString(), QStringLiteral("training"));
    QCOMPARE(e[u"registry"][u"aliases"].toArray(), QJsonArray {QStringLiteral("champion")});
    QCOMPARE(e[u"registry"][u"stage"].toString(), QStringLiteral("Production"));
    // Version 3: a field this version does not know is kept; run C used the champion as its input.
    const QJsonObject e3 = store->read(Mlflow3Fixture::Model, QStringLiteral("3")).value().toJson(mlruns);
    QCOMPARE(e3[u"registry"][u"other_fields"][u"deployment_job_id"].toString(), QStringLiteral("job-17"));
    QCOMPARE(e3[u"run"][u"model_inputs"].toArray(), QJsonArray {Mlflow3Fixture::ModelB});
    QCOMPARE(e3[u"registry"][u"aliases"].toArray(), QJsonArray {QStringLiteral("challenger")});
}

void TestMlflow3::runsSourceFindsTheRunsLoggedModel()
{
    QTemporaryDir dir;
    const QString mlruns = Mlflow3Fixture::write(dir.path());
    auto store = MlflowFileStore::open(mlruns);
    auto read = store->read(Mlflow3Fixture::Model, QStringLiteral("1"));
    QVERIFY(read.ok());
    QVERIFY(read->unreadable.isEmpty());
    QCOMPARE(read->version.source, QStringLiteral("runs:/%1/model").arg(Mlflow3Fixture::RunA));
    QCOMPARE(read->loggedModel->id, Mlflow3Fixture::ModelA);
    QCOMPARE(read->loggedModel->resolvedFrom, QStringLiteral("runs:/ source"));
    const QString modelDir =
        mlruns + QStringLiteral("/1/models/") + Mlflow3Fixture::ModelA + QStringLiteral("/artifacts");
    QCOMPARE(read->artifactRoot, QDir(modelDir).canonicalPath());
    QCOMPARE(read->artifacts.size(), Mlflow3Fixture::modelFiles().size());
    for (const ArtifactDigest& a : read->artifacts) {
        QCOMPARE(a.sha256, sha256Of(modelDir + u'/' + a.path));
    }
    // An MLflow 2 layout inside an MLflow 3 store: the run's own model folder is what the runs:/ source names.
    MlflowFixture::put(mlruns + QStringLiteral("/1/") + Mlflow3Fixture::RunA +
                           QStringLiteral("/artifacts/model/model.pkl"),
                       "weights kept in the run");
    auto inRun = store->read(Mlflow3Fixture::Model, QStringLiteral("1"));
    QCOMPARE(inRun->artifacts.size(), 1);
    QCOMPARE(inRun->artifacts.first().path, QStringLiteral("model.pkl"));
    QCOMPARE(inRun->loggedModel->id, Mlflow3Fixture::ModelA); // still recorded
}

void TestMlflow3::sqlStoreGivesTheSameEvidence()
{
    QTemporaryDir dir;
    const QString mlruns = Mlflow3Fixture::write(dir.path());
    const QString db = Mlflow3Fixture::writeSqlStore(dir.path(), mlruns);
    const QString before = sha256Of(db);
    auto fileStore = MlflowFileStore::open(mlruns);
    auto sqlStore = MlflowSqlStore::open(db);
    QVERIFY2(sqlStore.ok(), qPrintable(sqlStore.ok() ? QString() : sqlStore.error().message));
    QCOMPARE(sqlStore.value()->versions(Mlflow3Fixture::Model).value(),
             (QStringList {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}));
    for (const QString& label : {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}) {
        auto fromSql = sqlStore.value()->read(Mlflow3Fixture::Model, label);
        QVERIFY2(fromSql.ok(), qPrintable(fromSql.ok() ? QString() : fromSql.error().message));
        QVERIFY(fromSql->unreadable.isEmpty()); // the report: "not read: models:/m-..." for every version
        QCOMPARE(fromSql->artifacts.size(), Mlflow3Fixture::modelFiles().size());
        const QJsonObject sql = comparable(fromSql->toJson(QStringLiteral("x")));
        const QJsonObject files =
            comparable(fileStore->read(Mlflow3Fixture::Model, label).value().toJson(QStringLiteral("x")));
        if (sql != files) {
            qInfo("SQL:   %s", QJsonDocument(sql).toJson(QJsonDocument::Compact).constData());
            qInfo("files: %s", QJsonDocument(files).toJson(QJsonDocument::Compact).constData());
        }
        QCOMPARE(sql, files);
    }
    sqlStore.value().reset();
    QCOMPARE(sha256Of(db), before); // opened read-only
}

void TestMlflow3::movedStoresStillFindTheModelFiles()
{
    QTemporaryDir dir;
    const QString mlruns = Mlflow3Fixture::write(dir.path());
    Mlflow3Fixture::writeSqlStore(dir.path(), mlruns);
    QTemporaryDir moved;
    QVERIFY(Demo::copyTree(dir.path(), moved.path()));
    QVERIFY(QDir(dir.path()).removeRecursively()); // the recorded artifact locations now point nowhere
    const QString movedRuns = moved.filePath(QStringLiteral("mlruns"));
    const QString modelDir =
        QDir(movedRuns + QStringLiteral("/1/models/") + Mlflow3Fixture::ModelB + QStringLiteral("/artifacts"))
            .canonicalPath();
    auto fromFiles = MlflowFileStore::open(movedRuns)->read(Mlflow3Fixture::Model, QStringLiteral("2"));
    QVERIFY(fromFiles.ok());
    QCOMPARE(fromFiles->artifactRoot, modelDir);
    QCOMPARE(fromFiles->artifacts.size(), Mlflow3Fixture::modelFiles().size());
    auto sql = MlflowSqlStore::open(moved.filePath(QStringLiteral("mlflow.db")));
    QVERIFY(sql.ok());
    auto fromSql = sql.value()->read(Mlflow3Fixture::Model, QStringLiteral("2"));
    QVERIFY(fromSql.ok());
    QCOMPARE(fromSql->artifactRoot, modelDir); // the default ./mlruns beside the database
    QCOMPARE(fromSql->artifacts.size(), Mlflow3Fixture::modelFiles().size());
    QVERIFY(fromSql->unreadable.isEmpty());
    sql.value().reset();
    // Behind `mlflow server` the location is an mlflow-artifacts: URI, kept in ./mlartifacts beside the database.
    const QString db = moved.filePath(QStringLiteral("mlflow.db"));
    execSql(db,
            QStringLiteral("UPDATE logged_models SET artifact_location = 'mlflow-artifacts:/1/models/' || model_id "
                           "|| '/artifacts'"));
    QVERIFY(QDir(moved.path()).rename(QStringLiteral("mlruns"), QStringLiteral("mlartifacts")));
    auto served = MlflowSqlStore::open(db).value()->read(Mlflow3Fixture::Model, QStringLiteral("2"));
    QVERIFY(served.ok());
    QCOMPARE(served->loggedModel->artifactLocation,
             QStringLiteral("mlflow-artifacts:/1/models/%1/artifacts").arg(Mlflow3Fixture::ModelB));
    QCOMPARE(served->artifacts.size(), Mlflow3Fixture::modelFiles().size());
    QVERIFY(served->artifactRoot.endsWith(
        QStringLiteral("/mlartifacts/1/models/%1/artifacts").arg(Mlflow3Fixture::ModelB)));
    // A column a later MLflow adds is kept, whatever it holds (an infinity is not valid JSON: kept as text).
    execSql(db, QStringLiteral("ALTER TABLE logged_models ADD COLUMN quality REAL DEFAULT 1e999"));
    auto later = MlflowSqlStore::open(db).value()->read(Mlflow3Fixture::Model, QStringLiteral("2"));
    QVERIFY(later.ok());
    QCOMPARE(later->loggedModel->otherFields.value(QStringLiteral("quality")).toString(), QStringLiteral("Infinity"));
    QVERIFY(CanonicalJson::serialize(later->toJson(db)).ok());
}

void TestMlflow3::importDiffAndReimport()
{
    QTemporaryDir dir;
    const QString mlruns = Mlflow3Fixture::write(dir.path());
    const QString db = Mlflow3Fixture::writeSqlStore(dir.path(), mlruns);
    TestWorkspace t;
    QVERIFY(t.addUser(QStringLiteral("ds"), {Role::DataScientist}));
    QVERIFY(t.signInAs(QStringLiteral("ds")));
    auto source = MlflowSource::openDatabase(db);
    QVERIFY(source.ok());
    const QStringList labels = {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")};
    QStringList notes;
    auto versions = ImportModelVersionsCommand::readMlflow(*source.value(), Mlflow3Fixture::Model, labels, &notes);
    QVERIFY(versions.ok());
    QVERIFY2(notes.isEmpty(), qPrintable(notes.join(u'\n')));
    ImportModelVersionsCommand command(Mlflow3Fixture::Model, versions.value());
    QVERIFY(t.ws().execute(command).ok());
    RegistryTable table(WorkspaceAccess::database(t.ws()));
    const ModelVersion v2 = *table.version(Mlflow3Fixture::Model, QStringLiteral("2")).value();
    QCOMPARE(v2.evidence[u"logged_model"][u"id"].toString(), Mlflow3Fixture::ModelB);
    QCOMPARE(v2.evidence[u"artifacts"][u"files"].toArray().size(), Mlflow3Fixture::modelFiles().size());
    QCOMPARE(v2.codeCommit, Mlflow3Fixture::CommitB);
    QVERIFY(v2.sourceUri.startsWith(QStringLiteral("mlflow-sql-store:")));
    // The diff of versions 2 and 3 names the logged model's changes.
    const ModelVersion v3 = *table.version(Mlflow3Fixture::Model, QStringLiteral("3")).value();
    const VersionDiff d = VersionDiff::between(v2, v3);
    const auto find = [&d](const QString& section, const QString& key) {
        for (const DiffEntry& e : d.entries) {
            if (e.section == section && e.key == key) {
                return e;
            }
        }
        return DiffEntry {};
    };
    QCOMPARE(find(QStringLiteral("logged model"), QStringLiteral("id")).after.toString(), Mlflow3Fixture::ModelC);
    QCOMPARE(find(QStringLiteral("model params"), QStringLiteral("C")).after.toString(), QStringLiteral("2.0"));
    const QString linked =
        QStringLiteral("test_log_loss [%1 %2]").arg(Mlflow3Fixture::TestSet, Mlflow3Fixture::TestDigest);
    QCOMPARE(find(QStringLiteral("model metrics"), linked).after.toDouble(), 0.4288);
    QCOMPARE(find(QStringLiteral("metrics"), linked).before.toDouble(), 0.43917982374171916);
    QVERIFY(!find(QStringLiteral("artifacts"), QStringLiteral("model.pkl")).key.isEmpty());
    // Read again, the store gives the same evidence: nothing is pending on a re-import.
    auto again = ImportModelVersionsCommand::readMlflow(*source.value(), Mlflow3Fixture::Model, labels, nullptr);
    QVERIFY(again.ok());
    QVERIFY(ImportModelVersionsCommand::pending(WorkspaceAccess::database(t.ws()), Mlflow3Fixture::Model, again.value())
                .value()
                .isEmpty());
    QVERIFY(t.ws().verify().value().intact());
}

void TestMlflow3::badStoresAreNamed()
{
    struct Case
    {
        const char* name;
        QString file; ///< relative to mlruns
        QByteArray content;
        QString expect; ///< in the error, with the file's name; empty: read, with `unreadable` holding it
    };
    const QString runB = QStringLiteral("1/") + Mlflow3Fixture::RunB;
    const QString modelB = QStringLiteral("1/models/") + Mlflow3Fixture::ModelB;
    const QString version2 = QStringLiteral("models/sepsis-risk/version-2/meta.yaml");
    const QList<Case> cases = {
        {"run metric with four fields", runB + QStringLiteral("/metrics/test_auc"), "1796292110077 0.874 0 test-set\n",
         QStringLiteral("line 1: expected")},
        {"model metric with five fields", modelB + QStringLiteral("/metrics/test_auc"),
         "1796292110077 0.874 0 run test-set\n", QStringLiteral("line 1: expected")},
        {"model status out of range", modelB + QStringLiteral("/meta.yaml"),
         "model_id: " + Mlflow3Fixture::ModelB.toUtf8() + "\nname: model\nstatus: 7\n",
         QStringLiteral("unknown logged model status \"7\"")},
        {"model meta for another id", modelB + QStringLiteral("/meta.yaml"),
         "model_id: " + Mlflow3Fixture::ModelC.toUtf8() + "\nname: model\nstatus: 2\n",
         QStringLiteral("is not the folder's id")},
        {"output step not a number",
         runB + QStringLiteral("/outputs/") + Mlflow3Fixture::ModelB + QStringLiteral("/meta.yaml"),
         "source_id: x\nstep: first\n", QStringLiteral("should be a whole number")},
        {"source and model_id disagree", version2,
         "current_stage: None\nmodel_id: " + Mlflow3Fixture::ModelA.toUtf8() + "\nrun_id: " +
             Mlflow3Fixture::RunB.toUtf8() + "\nsource: models:/" + Mlflow3Fixture::ModelB.toUtf8() + "\nversion: 2\n",
         QStringLiteral("names the logged model")},
        {"a logged model not in the store", version2,
         "current_stage: None\nrun_id: " + Mlflow3Fixture::RunB.toUtf8() +
             "\nsource: models:/m-99999999999999999999999999999999\nversion: 2\n",
         QString()},
        {"a source naming another registered version", version2,
         "current_stage: None\nrun_id: " + Mlflow3Fixture::RunB.toUtf8() +
             "\nsource: models:/sepsis-risk/1\nversion: 2\n",
         QString()},
    };
    for (const Case& c : cases) {
        QTemporaryDir dir;
        const QString mlruns = Mlflow3Fixture::write(dir.path());
        MlflowFixture::put(QDir(mlruns).filePath(c.file), c.content);
        auto read = MlflowFileStore::open(mlruns)->read(Mlflow3Fixture::Model, QStringLiteral("2"));
        if (c.expect.isEmpty()) {
            QVERIFY2(read.ok(), c.name);
            QCOMPARE(read->unreadable.size(), 1);
            QVERIFY2(read->unreadable.first().first.startsWith(u"models:/"), c.name);
            QVERIFY(read->artifacts.isEmpty());
            continue;
        }
        QVERIFY2(!read.ok(), c.name);
        const QString message = read.error().message;
        QVERIFY2(message.contains(c.expect), qPrintable(message));
        QVERIFY2(message.contains(QFileInfo(c.file).fileName()), qPrintable(message));
    }
    // The SQL store names the database and the logged model.
    QTemporaryDir dir;
    const QString db = Mlflow3Fixture::writeSqlStore(dir.path(), Mlflow3Fixture::write(dir.path()));
    execSql(db,
            QStringLiteral("UPDATE logged_models SET status = 9 WHERE model_id = '%1'").arg(Mlflow3Fixture::ModelB));
    auto sql = MlflowSqlStore::open(db);
    auto read = sql.value()->read(Mlflow3Fixture::Model, QStringLiteral("2"));
    QVERIFY(!read.ok());
    QVERIFY2(read.error().message.contains(QStringLiteral("mlflow.db, logged model ") + Mlflow3Fixture::ModelB),
             qPrintable(read.error().message));
    QVERIFY(read.error().message.contains(QStringLiteral("unknown logged model status \"9\"")));
    sql.value().reset();
    // A registry shared by MLflow workspaces: the column is kept; a version in two workspaces is refused.
    execSql(db, QStringLiteral("ALTER TABLE model_versions ADD COLUMN workspace VARCHAR(63) DEFAULT 'default'"));
    auto shared = MlflowSqlStore::open(db);
    auto v1 = shared.value()->read(Mlflow3Fixture::Model, QStringLiteral("1"));
    QVERIFY(v1.ok());
    QCOMPARE(v1->version.otherFields.value(QStringLiteral("workspace")).toString(), QStringLiteral("default"));
    shared.value().reset();
    execSql(db,
            QStringLiteral("INSERT INTO model_versions SELECT name, version, creation_time, last_updated_time, "
                           "description, user_id, current_stage, source, run_id, run_link, status, status_message, "
                           "storage_location, deployment_job_id, 'team-b' FROM model_versions WHERE version = 1"));
    auto twice = MlflowSqlStore::open(db).value()->read(Mlflow3Fixture::Model, QStringLiteral("1"));
    QVERIFY(!twice.ok());
    QVERIFY2(twice.error().message.contains(u"more than once"), qPrintable(twice.error().message));
}

void TestMlflow3::mlflow2EvidenceHasNothingOfMlflow3()
{
    QTemporaryDir dir;
    const QString mlruns = MlflowFixture::write(dir.path());
    const QString db = MlflowFixture::writeSqlStore(dir.path(), mlruns);
    for (const bool sql : {false, true}) {
        auto source = sql ? MlflowSource::openDatabase(db) : MlflowSource::openFileStore(mlruns);
        QVERIFY(source.ok());
        for (const QString& label : {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}) {
            const QJsonObject e = source.value()->read(MlflowFixture::Model, label).value().toJson(QStringLiteral("x"));
            QVERIFY(!e.contains(QStringLiteral("logged_model")));
            QVERIFY(!e[u"registry"].toObject().contains(QStringLiteral("other_fields")));
            for (const char* key : {"model_inputs", "model_outputs", "other_inputs", "other_fields"}) {
                QVERIFY2(!e[u"run"].toObject().contains(QLatin1String(key)), key);
            }
            for (const QJsonValue& metric : e[u"metrics"].toObject()) {
                QCOMPARE(metric.toObject().keys(),
                         (QStringList {QStringLiteral("latest"), QStringLiteral("points"), QStringLiteral("step")}));
            }
            QCOMPARE(e[u"inputs"][0].toObject().keys().size(), 5); // dataset_id, name, digest, source_type, source
        }
    }
}

QTEST_GUILESS_MAIN(TestMlflow3)
#include "TestMlflow3.moc"
