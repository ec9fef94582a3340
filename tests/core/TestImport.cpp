// The MLflow file-store importer and the model registry: evidence frozen as read (checked against Qt's own
// SHA-256 of the artifact files), idempotent re-import, the source tree untouched, every bad input refused with the
// file and line named and nothing stored, and the lifecycle state machine enforced by core.
#include "MlflowFixture.h"
#include "Tamper.h"
#include "TestWorkspace.h"
#include "commands/RegistryCommands.h"
#include "importers/DvcLock.h"
#include "importers/MlflowFileStore.h"
#include "importers/MlflowSqlStore.h"
#include "registry/Lifecycle.h"
#include "registry/VersionDiff.h"
#include "store/RegistryTables.h"
#include "workspace/WorkspaceAccess.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QMap>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <set>

using namespace cs;
using namespace cs::test;

namespace {
/// Every file of a tree with its content digest and modification time, to show the importer wrote nothing.
QMap<QString, QByteArray> treeState(const QString& root)
{
    QMap<QString, QByteArray> state;
    QDirIterator it(root, QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info(path);
        QByteArray entry = QByteArray::number(info.lastModified().toMSecsSinceEpoch());
        if (info.isFile()) {
            QFile f(path);
            f.open(QIODevice::ReadOnly);
            entry += ' ' + QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
        }
        state.insert(path, entry);
    }
    return state;
}

Result<QList<VersionImport>> read(const QString& mlruns, const QStringList& labels)
{
    auto store = MlflowFileStore::open(mlruns);
    if (!store) {
        return store.error();
    }
    QList<VersionImport> versions;
    for (const QString& label : labels) {
        auto evidence = store->read(MlflowFixture::Model, label);
        if (!evidence) {
            return evidence.error();
        }
        auto v = ImportModelVersionsCommand::fromMlflow(evidence.value(), store->root());
        if (!v) {
            return v.error();
        }
        versions.append(v.value());
    }
    return versions;
}

Status importVersions(TestWorkspace& t, const QString& mlruns, const QStringList& labels)
{
    auto versions = read(mlruns, labels);
    if (!versions) {
        qInfo("read: %s", qPrintable(versions.error().message));
        return versions.error();
    }
    ImportModelVersionsCommand command(MlflowFixture::Model, versions.value());
    auto r = t.ws().execute(command);
    if (!r) {
        qInfo("import: %s", qPrintable(r.error().message));
    }
    return r;
}
} // namespace

class TestImport : public QObject
{
    Q_OBJECT
private slots:
    void metricLines_data();
    void metricLines();
    void importsEvidence();
    void reimportIsIdempotentAndSourceUntouched();
    void changedSourceIsRefused();
    void badInputs_data();
    void badInputs();
    void evidenceIsFrozen();
    void lifecycleStateMachine();
    void lifecycleCommand();
    void describeModel();
    void sqlStoreGivesTheSameEvidence();
    void sqlStoreRefusesOtherDatabases();
    void dvcLock_data();
    void dvcLock();
    void sqlStoreHostileAndUnusualFiles();
    void artifactsOutsideTheStoreAreNotRead();
    void unreadableEntriesAreListed();
    void dvcLineageAttaches();
    void diffOfVersions();
    void structuralDiff();
    void diffSeesEveryKey();
    void diffOfLineageAndItsJson();
};

void TestImport::metricLines_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("special");
    QTest::addColumn<double>("value");
    QTest::addColumn<qint64>("step");
    QTest::addColumn<QString>("error");
    QTest::newRow("three fields") << "1760200100000 0.83 2"
                                  << "" << 0.83 << qint64(2) << "";
    QTest::newRow("two fields (old stores)") << "1760200100000 0.5"
                                             << "" << 0.5 << qint64(0) << "";
    QTest::newRow("nan") << "1760200100000 nan 1"
                         << "nan" << 0.0 << qint64(1) << "";
    QTest::newRow("inf") << "1760200100000 inf 1"
                         << "inf" << 0.0 << qint64(1) << "";
    QTest::newRow("-inf") << "1760200100000 -inf 1"
                          << "-inf" << 0.0 << qint64(1) << "";
    QTest::newRow("scientific") << "1760200100000 1.5e-3 4"
                                << "" << 0.0015 << qint64(4) << "";
    QTest::newRow("one field") << "1760200100000"
                               << "" << 0.0 << qint64(0) << "expected";
    QTest::newRow("bad value") << "1760200100000 high 1"
                               << "" << 0.0 << qint64(0) << "is not a number";
    QTest::newRow("bad timestamp") << "yesterday 0.5 1"
                                   << "" << 0.0 << qint64(0) << "timestamp";
    QTest::newRow("bad step") << "1760200100000 0.5 one"
                              << "" << 0.0 << qint64(0) << "step";
}

void TestImport::metricLines()
{
    QFETCH(QString, line);
    QFETCH(QString, special);
    QFETCH(double, value);
    QFETCH(qint64, step);
    QFETCH(QString, error);
    auto p = MlflowFormat::parseMetricLine(QStringLiteral("auroc"), line);
    if (!error.isEmpty()) {
        QVERIFY(!p.ok());
        QVERIFY2(p.error().message.contains(error), qPrintable(p.error().message));
        return;
    }
    QVERIFY(p.ok());
    QCOMPARE(p->special, special);
    QCOMPARE(p->value, value);
    QCOMPARE(p->step, step);
    QCOMPARE(p->timestampMs, qint64(1760200100000));
    QCOMPARE(MlflowFormat::runStatusName(QStringLiteral("3")).value(), QStringLiteral("FINISHED"));
    QCOMPARE(MlflowFormat::runStatusName(QStringLiteral("5")).value(), QStringLiteral("KILLED"));
    QVERIFY(!MlflowFormat::runStatusName(QStringLiteral("9")).ok());
}

void TestImport::importsEvidence()
{
    QTemporaryDir dir;
    const QString mlruns = MlflowFixture::write(dir.path());
    TestWorkspace t;
    QVERIFY(t.addUser(QStringLiteral("ds"), {Role::DataScientist}));
    QVERIFY(t.signInAs(QStringLiteral("ds")));
    QVERIFY(importVersions(t, mlruns, {QStringLiteral("2"), QStringLiteral("3")}).ok());
    RegistryTable table(WorkspaceAccess::database(t.ws()));
    const ModelVersion v = *table.version(MlflowFixture::Model, QStringLiteral("2")).value();
    QCOMPARE(v.codeCommit, MlflowFixture::Commit2);
    QCOMPARE(v.state, LifecycleState::Registered);
    QCOMPARE(v.importedBy, QStringLiteral("ds"));
    const QJsonObject e = v.evidence;
    QCOMPARE(e[u"registry"][u"stage"].toString(), QStringLiteral("Production"));
    QCOMPARE(e[u"registry"][u"aliases"].toArray(), QJsonArray {QStringLiteral("champion")});
    QCOMPARE(e[u"registry"][u"tags"][u"validated_by"].toString(), QStringLiteral("QD-2026-044"));
    QCOMPARE(e[u"run"][u"status"].toString(), QStringLiteral("FINISHED")); // stored as 3
    QCOMPARE(e[u"run"][u"experiment"][u"name"].toString(), QStringLiteral("sepsis-risk"));
    QCOMPARE(e[u"params"][u"max_depth"].toString(), QStringLiteral("6"));
    QCOMPARE(e[u"metrics"][u"auroc"][u"latest"].toDouble(), 0.88);
    QCOMPARE(e[u"metrics"][u"auroc"][u"points"].toInt(), 3);
    QCOMPARE(e[u"inputs"].toArray().first()[u"name"].toString(), QStringLiteral("locked-validation-2026"));
    // The NaN in the loss history is kept as such.
    const auto loss = table.metricHistory(v.id, QStringLiteral("loss")).value();
    QCOMPARE(loss.size(), 3);
    QCOMPARE(loss.at(1).special, QStringLiteral("nan"));
    QCOMPARE(loss.at(2).value, 0.41);
    // Artifact digests agree with Qt's own SHA-256 of the files.
    const QJsonArray files = e[u"artifacts"][u"files"].toArray();
    QCOMPARE(files.size(), 3);
    for (const QJsonValue& f : files) {
        QFile file(QDir(mlruns).filePath(QStringLiteral("1/%1/artifacts/model/").arg(MlflowFixture::Run2) +
                                         f[u"path"].toString()));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QCOMPARE(f[u"sha256"].toString(),
                 QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex()));
    }
    // Version 3 lives on a remote store: recorded as unreadable, not a failure.
    const ModelVersion v3 = *table.version(MlflowFixture::Model, QStringLiteral("3")).value();
    const QJsonArray unreadable = v3.evidence[u"artifacts"][u"unreadable"].toArray();
    QCOMPARE(unreadable.size(), 1);
    QVERIFY(unreadable.first()[u"uri"].toString().startsWith(u"s3://"));
    // One event for the model, one per version, by the importer.
    QCOMPARE(t.ws().lastEvent().value()->action, QStringLiteral("model_version.imported"));
    QCOMPARE(t.ws().lastEvent().value()->actor, QStringLiteral("ds"));
    QVERIFY(t.ws().verify().value().intact());
}

void TestImport::reimportIsIdempotentAndSourceUntouched()
{
    QTemporaryDir dir;
    const QString mlruns = MlflowFixture::write(dir.path());
    const auto before = treeState(mlruns);
    TestWorkspace t;
    QVERIFY(importVersions(t, mlruns, {QStringLiteral("1"), QStringLiteral("2")}).ok());
    const qint64 events = t.ws().eventCount().value();
    auto again = read(mlruns, {QStringLiteral("1"), QStringLiteral("2")});
    QVERIFY(ImportModelVersionsCommand::pending(WorkspaceAccess::database(t.ws()), MlflowFixture::Model, again.value())
                .value()
                .isEmpty());
    ImportModelVersionsCommand repeat(MlflowFixture::Model, again.value());
    auto r = t.ws().execute(repeat);
    QVERIFY(!r.ok() && r.error().message.contains(u"nothing to import"));
    QCOMPARE(t.ws().eventCount().value(), events);
    // Adding version 3 later imports only it.
    auto more = read(mlruns, {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")});
    ImportModelVersionsCommand all(MlflowFixture::Model, more.value());
    QVERIFY(t.ws().execute(all).ok());
    QCOMPARE(all.imported(), QStringList {QStringLiteral("3")});
    QCOMPARE(all.unchanged(), (QStringList {QStringLiteral("1"), QStringLiteral("2")}));
    QCOMPARE(treeState(mlruns), before);
}

void TestImport::changedSourceIsRefused()
{
    QTemporaryDir dir;
    const QString mlruns = MlflowFixture::write(dir.path());
    TestWorkspace t;
    QVERIFY(importVersions(t, mlruns, {QStringLiteral("2")}).ok());
    const ModelVersion frozen =
        *RegistryTable(WorkspaceAccess::database(t.ws())).version(MlflowFixture::Model, QStringLiteral("2")).value();
    // Someone edits the run's parameter in MLflow afterwards.
    MlflowFixture::put(QDir(mlruns).filePath(QStringLiteral("1/%1/params/max_depth").arg(MlflowFixture::Run2)), "12");
    const qint64 events = t.ws().eventCount().value();
    auto r = importVersions(t, mlruns, {QStringLiteral("2")});
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::Rule);
    QVERIFY2(r.error().message.contains(u"different evidence"), qPrintable(r.error().message));
    QCOMPARE(t.ws().eventCount().value(), events);
    const ModelVersion after =
        *RegistryTable(WorkspaceAccess::database(t.ws())).version(MlflowFixture::Model, QStringLiteral("2")).value();
    QCOMPARE(after.evidence[u"params"][u"max_depth"].toString(), QStringLiteral("6"));
    QCOMPARE(after.evidenceSha256, frozen.evidenceSha256);
}

void TestImport::badInputs_data()
{
    QTest::addColumn<QString>("file"); // relative to mlruns; empty: no change
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("message");
    const QString run2 = QStringLiteral("1/") + MlflowFixture::Run2;
    QTest::newRow("bad metric line") << run2 + QStringLiteral("/metrics/auroc")
                                     << QByteArray("1760200100000 0.83 0\n1760200200000 oops 1\n") << "2"
                                     << "/metrics/auroc line 2: the value \"oops\" is not a number";
    QTest::newRow("bad YAML") << run2 + QStringLiteral("/meta.yaml") << QByteArray("run_id: [unclosed\nstatus: 3\n")
                              << "2"
                              << "/meta.yaml, line 2";
    QTest::newRow("unknown run status") << run2 + QStringLiteral("/meta.yaml")
                                        << QByteArray("run_id: " + MlflowFixture::Run2.toUtf8() + "\nstatus: 42\n")
                                        << "2"
                                        << "unknown run status \"42\"";
    QTest::newRow("path traversal in the source")
        << QStringLiteral("models/sepsis-risk/version-2/meta.yaml")
        << QByteArray("current_stage: None\nrun_id: " + MlflowFixture::Run2.toUtf8() + "\nsource: runs:/" +
                      MlflowFixture::Run2.toUtf8() + "/../../../../../etc\nversion: 2\n")
        << "2"
        << "path traversal";
    QTest::newRow("version not a number") << QString() << QByteArray() << "latest"
                                          << "versions are numbers";
    QTest::newRow("no such version") << QString() << QByteArray() << "7"
                                     << "has no version 7";
    QTest::newRow("5 MB metadata") << run2 + QStringLiteral("/meta.yaml") << QByteArray(5 * 1024 * 1024 + 1, 'x') << "2"
                                   << "larger than 5 MB";
}

void TestImport::badInputs()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, content);
    QFETCH(QString, version);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString mlruns = MlflowFixture::write(dir.path());
    if (!file.isEmpty()) {
        MlflowFixture::put(QDir(mlruns).filePath(file), content);
    }
    TestWorkspace t;
    const qint64 events = t.ws().eventCount().value();
    auto r = importVersions(t, mlruns, {QStringLiteral("1"), version});
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
    if (!file.isEmpty() && !message.contains(u"path traversal") && !message.contains(u"unknown run")) {
        QVERIFY2(r.error().message.contains(QDir(mlruns).filePath(file)) || r.error().message.contains(file),
                 qPrintable(r.error().message));
    }
    // Nothing of the import is stored, not even version 1, which was fine.
    QCOMPARE(t.ws().eventCount().value(), events);
    QVERIFY(RegistryTable(WorkspaceAccess::database(t.ws())).models().value().isEmpty());
}

void TestImport::evidenceIsFrozen()
{
    QTemporaryDir dir;
    const QString mlruns = MlflowFixture::write(dir.path());
    TestWorkspace t;
    QVERIFY(importVersions(t, mlruns, {QStringLiteral("2")}).ok());
    t.close();
    QVERIFY(rawExec(t.path(), QStringLiteral("UPDATE model_version SET evidence_json = '{}'")).contains(u"frozen"));
    QVERIFY(rawExec(t.path(), QStringLiteral("DELETE FROM model_version")).contains(u"never deleted"));
    QVERIFY(rawExec(t.path(), QStringLiteral("DELETE FROM model_metric")).contains(u"append-only"));
    QVERIFY(t.reopen());
}

void TestImport::lifecycleStateMachine()
{
    using S = LifecycleState;
    const std::set<std::pair<S, S>> legal = {
        {S::Registered, S::UnderValidation}, {S::UnderValidation, S::Validated}, {S::Validated, S::Approved},
        {S::Approved, S::Production},        {S::Production, S::Superseded},     {S::Production, S::Retired},
        {S::Superseded, S::Retired},         {S::Registered, S::Withdrawn},      {S::UnderValidation, S::Withdrawn},
        {S::Validated, S::Withdrawn},        {S::Approved, S::Withdrawn},
    };
    int allowed = 0;
    for (S from : enumValues<LifecycleState>()) {
        for (S to : enumValues<LifecycleState>()) {
            const bool ok = Lifecycle::check(from, to).ok();
            QVERIFY2(ok == (legal.count({from, to}) == 1),
                     qPrintable(nameOf(from) + QStringLiteral(" -> ") + nameOf(to)));
            allowed += ok ? 1 : 0;
        }
        QCOMPARE(enumFromName<LifecycleState>(nameOf(from)), std::optional<S>(from));
    }
    QCOMPARE(allowed, 11);
    QVERIFY(Lifecycle::check(S::Production, S::Withdrawn).error().message.contains(u"superseded or retired"));
    QVERIFY(Lifecycle::check(S::Retired, S::Production).error().message.contains(u"final"));
}

void TestImport::describeModel()
{
    QTemporaryDir dir;
    const QString mlruns = MlflowFixture::write(dir.path());
    TestWorkspace t;
    QVERIFY(importVersions(t, mlruns, {QStringLiteral("1"), QStringLiteral("3")}).ok());
    // Version 3's parent is version 1, the one registered before it in this workspace.
    RegistryTable table(WorkspaceAccess::database(t.ws()));
    QCOMPARE(table.version(MlflowFixture::Model, QStringLiteral("3")).value()->parentLabel, QStringLiteral("1"));
    Model m;
    m.name = MlflowFixture::Model;
    m.intendedUse = QStringLiteral("Early warning of sepsis in adult inpatients");
    m.riskClass = QStringLiteral("IMDRF SaMD III");
    DescribeModelCommand noReason(m, QString());
    QCOMPARE(t.ws().execute(noReason).error().code, ErrorCode::Rule);
    DescribeModelCommand describe(m, QStringLiteral("Clinical evaluation plan CEP-4"));
    QVERIFY(t.ws().execute(describe).ok());
    const AuditEvent e = *t.ws().lastEvent().value();
    QCOMPARE(e.action, QStringLiteral("model.described"));
    QVERIFY(e.before.contains(R"("intended_use":"")"));
    QVERIFY(e.after.contains(R"("intended_use":"Early warning of sepsis in adult inpatients")"));
    QCOMPARE(e.reason, QStringLiteral("Clinical evaluation plan CEP-4"));
    // Only the fields given change; the same description again changes nothing.
    Model owner;
    owner.name = MlflowFixture::Model;
    owner.owner = QStringLiteral("qa-lead");
    DescribeModelCommand newOwner(owner, QStringLiteral("Ownership moved to QA per QD-12"));
    QVERIFY(t.ws().execute(newOwner).ok());
    const Model stored = *table.model(MlflowFixture::Model).value();
    QCOMPARE(stored.intendedUse, m.intendedUse);
    QCOMPARE(stored.riskClass, m.riskClass);
    QCOMPARE(stored.owner, QStringLiteral("qa-lead"));
    DescribeModelCommand again(owner, QStringLiteral("again"));
    QCOMPARE(t.ws().execute(again).error().code, ErrorCode::AlreadyExists);
    Model unknown;
    unknown.name = QStringLiteral("no-such-model");
    unknown.owner = QStringLiteral("x");
    DescribeModelCommand missing(unknown, QStringLiteral("r"));
    QCOMPARE(t.ws().execute(missing).error().code, ErrorCode::NotFound);
}

void TestImport::lifecycleCommand()
{
    QTemporaryDir dir;
    const QString mlruns = MlflowFixture::write(dir.path());
    TestWorkspace t;
    QVERIFY(t.addUser(QStringLiteral("ds"), {Role::DataScientist}));
    QVERIFY(t.addUser(QStringLiteral("qa"), {Role::QaOfficer}));
    QVERIFY(importVersions(t, mlruns, {QStringLiteral("2")}).ok());
    const auto move = [&t](LifecycleState to, const QString& reason = QStringLiteral("per SOP-ML-3")) {
        TransitionVersionCommand c(MlflowFixture::Model, QStringLiteral("2"), to, reason);
        return t.ws().execute(c);
    };
    QVERIFY(t.signInAs(QStringLiteral("ds")));
    QCOMPARE(move(LifecycleState::Production).error().code, ErrorCode::Rule); // registered -> production: illegal
    QCOMPARE(move(LifecycleState::UnderValidation, QString()).error().code, ErrorCode::Rule); // no reason
    QVERIFY(move(LifecycleState::UnderValidation).ok());
    QVERIFY(move(LifecycleState::Validated).ok());
    auto approve = move(LifecycleState::Approved);
    QCOMPARE(approve.error().code, ErrorCode::Forbidden); // a data scientist cannot approve
    QVERIFY(t.signInAs(QStringLiteral("qa")));
    QVERIFY(move(LifecycleState::Approved).ok());
    const AuditEvent e = *t.ws().lastEvent().value();
    QCOMPARE(e.action, QStringLiteral("model_version.transitioned"));
    QCOMPARE(e.before, QByteArray(R"({"state":"validated"})"));
    QCOMPARE(e.after, QByteArray(R"({"state":"approved"})"));
    QCOMPARE(e.reason, QStringLiteral("per SOP-ML-3"));
    // Production only through an implemented change request, even for a QA officer with an approved version; the
    // refusal says how.
    auto production = move(LifecycleState::Production);
    QCOMPARE(production.error().code, ErrorCode::Rule);
    QVERIFY2(production.error().message.contains(u"change request") &&
                 production.error().message.contains(u"cr create"),
             qPrintable(production.error().message));
    QCOMPARE(RegistryTable(WorkspaceAccess::database(t.ws()))
                 .version(MlflowFixture::Model, QStringLiteral("2"))
                 .value()
                 ->state,
             LifecycleState::Approved);
    QVERIFY(move(LifecycleState::Withdrawn).ok());
    QCOMPARE(move(LifecycleState::Approved).error().code, ErrorCode::Rule); // withdrawn is final
}

void TestImport::sqlStoreGivesTheSameEvidence()
{
    QTemporaryDir dir;
    const QString mlruns = MlflowFixture::write(dir.path());
    const QString db = MlflowFixture::writeSqlStore(dir.path(), mlruns);
    QFile dbFile(db);
    QVERIFY(dbFile.open(QIODevice::ReadOnly));
    const QByteArray dbBefore = QCryptographicHash::hash(dbFile.readAll(), QCryptographicHash::Sha256);
    dbFile.close();
    auto fileStore = MlflowFileStore::open(mlruns);
    auto sqlStore = MlflowSqlStore::open(db);
    QVERIFY2(sqlStore.ok(), qPrintable(sqlStore.ok() ? QString() : sqlStore.error().message));
    QCOMPARE(sqlStore.value()->versions(MlflowFixture::Model).value(),
             (QStringList {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}));
    for (const QString& label : {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}) {
        QJsonObject fromFiles = fileStore->read(MlflowFixture::Model, label).value().toJson(QStringLiteral("x"));
        QJsonObject fromSql = sqlStore.value()->read(MlflowFixture::Model, label).value().toJson(QStringLiteral("x"));
        QCOMPARE(fromSql[u"source"][u"kind"].toString(), QStringLiteral("mlflow-sql-store"));
        fromFiles.remove(QStringLiteral("source"));
        fromSql.remove(QStringLiteral("source"));
        // The file store writes source_type 4; the SQL store the name LOCAL. Everything else is the same evidence.
        QJsonObject runFiles = fromFiles[u"run"].toObject();
        QJsonObject runSql = fromSql[u"run"].toObject();
        runFiles.remove(QStringLiteral("source_type"));
        runSql.remove(QStringLiteral("source_type"));
        fromFiles[QStringLiteral("run")] = runFiles;
        fromSql[QStringLiteral("run")] = runSql;
        QCOMPARE(fromSql, fromFiles);
    }
    const auto v2 = sqlStore.value()->read(MlflowFixture::Model, QStringLiteral("2")).value();
    QCOMPARE(v2.run->metrics.value(QStringLiteral("loss")).at(1).special, QStringLiteral("nan"));
    sqlStore.value().reset();
    QVERIFY(dbFile.open(QIODevice::ReadOnly));
    QCOMPARE(QCryptographicHash::hash(dbFile.readAll(), QCryptographicHash::Sha256), dbBefore); // opened read-only
}

void TestImport::sqlStoreHostileAndUnusualFiles()
{
    const auto exec = [](const QString& db, const QStringList& statements) {
        const QString name = QStringLiteral("tamper-mlflow");
        {
            QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            c.setDatabaseName(db);
            QVERIFY(c.open());
            for (const QString& sql : statements) {
                QSqlQuery q(c);
                QVERIFY2(q.exec(sql), qPrintable(sql + u' ' + q.lastError().text()));
                while (q.next()) { }
            }
            c.close();
        }
        QSqlDatabase::removeDatabase(name);
    };
    const auto files = [](const QString& folder) {
        return QDir(folder).entryList(QDir::Files, QDir::Name);
    };
    // A WAL-mode store: reading it writes nothing beside it (no -shm, no -wal).
    {
        QTemporaryDir dir;
        const QString mlruns = MlflowFixture::write(dir.path());
        const QString db = MlflowFixture::writeSqlStore(dir.path(), mlruns);
        exec(db, {QStringLiteral("PRAGMA journal_mode=WAL")});
        const QStringList before = files(dir.path());
        auto store = MlflowSqlStore::open(db);
        QVERIFY2(store, store ? "" : qPrintable(store.error().message));
        QVERIFY(store.value()->read(MlflowFixture::Model, QStringLiteral("2")));
        QCOMPARE(files(dir.path()), before);
        store.value().reset();
        QCOMPARE(files(dir.path()), before);
    }
    // Without model_version_tags (documented as optional): read all the same.
    {
        QTemporaryDir dir;
        const QString mlruns = MlflowFixture::write(dir.path());
        const QString db = MlflowFixture::writeSqlStore(dir.path(), mlruns);
        exec(db, {QStringLiteral("DROP TABLE model_version_tags")});
        auto store = MlflowSqlStore::open(db);
        QVERIFY(store);
        auto v = store.value()->read(MlflowFixture::Model, QStringLiteral("2"));
        QVERIFY2(v, v ? "" : qPrintable(v.error().message));
        QVERIFY(v->version.tags.isEmpty());
    }
    // A column computed on read that would be a gigabyte: refused, not read.
    {
        QTemporaryDir dir;
        const QString mlruns = MlflowFixture::write(dir.path());
        const QString db = MlflowFixture::writeSqlStore(dir.path(), mlruns);
        exec(db,
             {QStringLiteral("ALTER TABLE params RENAME COLUMN value TO original"),
              QStringLiteral("ALTER TABLE params ADD COLUMN value TEXT GENERATED ALWAYS AS "
                             "(hex(zeroblob(20000000 + length(original)))) VIRTUAL")});
        auto store = MlflowSqlStore::open(db);
        QVERIFY(store);
        auto v = store.value()->read(MlflowFixture::Model, QStringLiteral("2"));
        QVERIFY(!v);
        QVERIFY2(v.error().message.contains(QStringLiteral("larger than 16 MiB")), qPrintable(v.error().message));
    }
}

void TestImport::sqlStoreRefusesOtherDatabases()
{
    CS_FILE_WORKSPACES_ONLY("a workspace file given as an MLflow database");
    QTemporaryDir dir;
    TestWorkspace t; // a Countersign workspace is an SQLite file, but not an MLflow database
    auto notMlflow = MlflowSqlStore::open(t.path());
    QVERIFY(!notMlflow.ok());
    QVERIFY2(notMlflow.error().message.contains(u"not an MLflow database"), qPrintable(notMlflow.error().message));
    QVERIFY(!MlflowSqlStore::open(dir.filePath(QStringLiteral("missing.db"))).ok());
}

namespace {
const QByteArray kDvcLock = R"(schema: '2.0'
stages:
  prepare:
    cmd: python src/prepare.py data/raw/admissions.csv
    deps:
    - path: data/raw/admissions.csv
      hash: md5
      md5: 8e1c3c6f2f0d4a6b9e7a1c2d3e4f5a6b
      size: 4820193
    - path: src/prepare.py
      hash: md5
      md5: 0f9e8d7c6b5a49382716150413121110
      size: 2214
    params:
      params.yaml:
        prepare.seed: 20260301
        prepare.split: 0.2
    outs:
    - path: data/prepared
      hash: md5
      md5: 5d41402abc4b2a76b9719d911017c592.dir
      size: 3900112
      nfiles: 2
  train:
    cmd:
    - python src/train.py
    - python src/evaluate.py
    deps:
    - path: data/prepared
      hash: md5
      md5: 5d41402abc4b2a76b9719d911017c592.dir
      size: 3900112
      nfiles: 2
    outs:
    - path: models/model.pkl
      hash: md5
      md5: 7215ee9c7d9dc229d2921a40e899ec5f
      size: 181224
)";
} // namespace

void TestImport::dvcLock_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("valid") << kDvcLock << QString();
    QTest::newRow("bad YAML") << QByteArray("schema: '2.0'\nstages:\n  train: [oops\n") << "dvc.lock, line 4";
    QTest::newRow("schema 1") << QByteArray("train:\n  cmd: x\n") << "unknown dvc.lock schema \"(none)\"";
    QTest::newRow("schema 3.0") << QByteArray("schema: '3.0'\nstages: {}\n") << "unknown dvc.lock schema \"3.0\"";
    QTest::newRow("no stages") << QByteArray("schema: '2.0'\n") << "has no stages";
    QTest::newRow("no cmd") << QByteArray("schema: '2.0'\nstages:\n  train:\n    deps: []\n")
                            << "stage train has no cmd";
    QTest::newRow("dep without hash") << QByteArray("schema: '2.0'\nstages:\n  train:\n    cmd: x\n    deps:\n    "
                                                    "- path: a.csv\n")
                                      << "stage train deps[0] (a.csv) has no md5";
    QTest::newRow("path traversal") << QByteArray(
                                           "schema: '2.0'\nstages:\n  train:\n    cmd: x\n    outs:\n    - path: "
                                           "../../etc/passwd\n      md5: ab\n")
                                    << "leaves the repository";
    QTest::newRow("absolute path") << QByteArray("schema: '2.0'\nstages:\n  train:\n    cmd: x\n    outs:\n    - path: "
                                                 "/etc/passwd\n      md5: ab\n")
                                   << "leaves the repository";
    // Hostile YAML (issue #12): an alias inside what it names crashed the reader; a 1.3 KB "billion laughs" was
    // expanded into gigabytes.
    QTest::newRow("alias containing itself")
        << QByteArray("schema: '2.0'\nstages:\n  train:\n    cmd: x\n    params:\n      model: &r\n        self: *r\n")
        << "line 6: an alias refers to a node that contains it";
    {
        QByteArray bomb("schema: '2.0'\nstages:\n  train:\n    cmd: x\n    params:\n      a0: &a0 [lol, lol, lol, lol, "
                        "lol, lol, lol, lol, lol, lol]\n");
        for (int level = 1; level <= 9; ++level) {
            bomb += QStringLiteral("      a%1: &a%1 [").arg(level).toUtf8();
            for (int k = 0; k < 10; ++k) {
                bomb += QStringLiteral("%1*a%2").arg(k == 0 ? QString() : QStringLiteral(", ")).arg(level - 1).toUtf8();
            }
            bomb += "]\n";
        }
        QVERIFY(bomb.size() < 1500);
        QTest::newRow("billion laughs") << bomb << "its aliases expand to more than 1000000 values";
    }
    QTest::newRow("deep nesting") << QByteArray("schema: '2.0'\nstages:\n  train:\n    cmd: x\n    params: ") +
            QByteArray(100, '[') + QByteArray(100, ']') + "\n"
                                  << "nested more than 64 levels deep";
    // Lineage paths and sizes that cannot be the repository's.
    for (const char* path : {"..\\\\..\\\\x", "~/x", "file:///etc/passwd", "C:/x"}) {
        QTest::newRow(path) << QByteArray("schema: '2.0'\nstages:\n  train:\n    cmd: x\n    outs:\n    - path: \"") +
                QByteArray(path) + "\"\n      md5: ab\n"
                            << "leaves the repository";
    }
    QTest::newRow("negative size") << QByteArray("schema: '2.0'\nstages:\n  train:\n    cmd: x\n    outs:\n    - "
                                                 "path: m.pkl\n      md5: ab\n      size: -5\n")
                                   << "0 or more";
    QTest::newRow("bad size") << QByteArray("schema: '2.0'\nstages:\n  train:\n    cmd: x\n    outs:\n    - path: "
                                            "m.pkl\n      md5: ab\n      size: big\n")
                              << "whole numbers";
}

void TestImport::artifactsOutsideTheStoreAreNotRead()
{
    // An artifact_uri with ".." that leaves the store was followed: files of the machine were digested as a
    // version's evidence (issue #12).
    QTemporaryDir dir;
    const QString mlruns = MlflowFixture::write(dir.filePath(QStringLiteral("store")));
    MlflowFixture::put(dir.filePath(QStringLiteral("outside/model/secret.txt")), "not the team's");
    const QString meta = mlruns + QStringLiteral("/1/") + MlflowFixture::Run2 + QStringLiteral("/meta.yaml");
    QFile f(meta);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray text = f.readAll();
    f.close();
    const QByteArray from =
        "artifact_uri: file://" + mlruns.toUtf8() + "/1/" + MlflowFixture::Run2.toUtf8() + "/artifacts";
    QVERIFY(text.contains(from));
    const QByteArray to =
        "artifact_uri: file://" + mlruns.toUtf8() + "/1/" + MlflowFixture::Run2.toUtf8() + "/../../../../outside";
    text.replace(from, to);
    MlflowFixture::put(meta, text);
    auto store = MlflowFileStore::open(mlruns);
    QVERIFY(store);
    auto evidence = store->read(MlflowFixture::Model, QStringLiteral("2"));
    QVERIFY2(evidence, evidence ? "" : qPrintable(evidence.error().message));
    QVERIFY(evidence->artifacts.isEmpty());
    QCOMPARE(evidence->unreadable.size(), 1);
    QVERIFY2(evidence->unreadable.first().second.contains(QStringLiteral("outside the MLflow store")),
             qPrintable(evidence->unreadable.first().second));
}

void TestImport::unreadableEntriesAreListed()
{
    // A device file, a folder link, a broken link and a FIFO were left out silently; each is listed with why.
    QTemporaryDir dir;
    const QString mlruns = MlflowFixture::write(dir.path());
    const QString model = mlruns + QStringLiteral("/1/") + MlflowFixture::Run2 + QStringLiteral("/artifacts/model");
    QVERIFY(QFile::link(QStringLiteral("/nonexistent/target"), model + QStringLiteral("/broken")));
    QVERIFY(QFile::link(mlruns + QStringLiteral("/1"), model + QStringLiteral("/folder-link")));
    QVERIFY(QFile::link(QStringLiteral("/dev/null"), model + QStringLiteral("/device-link")));
    QVERIFY(QProcess::execute(QStringLiteral("mkfifo"), {model + QStringLiteral("/fifo")}) == 0);
    auto store = MlflowFileStore::open(mlruns);
    QVERIFY(store);
    auto evidence = store->read(MlflowFixture::Model, QStringLiteral("2"));
    QVERIFY2(evidence, evidence ? "" : qPrintable(evidence.error().message));
    QCOMPARE(evidence->artifacts.size(), 3); // MLmodel, model.pkl, requirements.txt
    QMap<QString, QString> why;
    for (const auto& [uri, reason] : evidence->unreadable) {
        why.insert(QFileInfo(uri).fileName(), reason);
    }
    QVERIFY2(why.value(QStringLiteral("broken")).contains(QStringLiteral("broken symbolic link")),
             qPrintable(why.value(QStringLiteral("broken"))));
    QVERIFY(why.value(QStringLiteral("folder-link")).contains(QStringLiteral("link to a folder")));
    QVERIFY(!why.value(QStringLiteral("device-link")).isEmpty()); // leaves the folder, and is not a file
    QVERIFY(why.value(QStringLiteral("fifo")).contains(QStringLiteral("not a regular file")));
}

void TestImport::dvcLock()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, message);
    auto lock = DvcLock::parse(text, QStringLiteral("/repo/dvc.lock"));
    if (!message.isEmpty()) {
        QVERIFY(!lock.ok());
        QVERIFY2(lock.error().message.contains(message), qPrintable(lock.error().message));
        QVERIFY2(lock.error().message.contains(u"/repo/dvc.lock"), qPrintable(lock.error().message));
        return;
    }
    QVERIFY2(lock.ok(), qPrintable(lock.ok() ? QString() : lock.error().message));
    QCOMPARE(lock->stages.size(), 2);
    const DvcStage& prepare = lock->stages.at(0);
    QCOMPARE(prepare.name, QStringLiteral("prepare"));
    QCOMPARE(prepare.deps.size(), 2);
    QCOMPARE(prepare.deps.at(0).hash, QStringLiteral("8e1c3c6f2f0d4a6b9e7a1c2d3e4f5a6b"));
    QCOMPARE(prepare.deps.at(0).size, qint64(4820193));
    QCOMPARE(prepare.outs.at(0).nfiles, qint64(2));
    QCOMPARE(prepare.params[u"params.yaml"][u"prepare.seed"].toString(), QStringLiteral("20260301"));
    QCOMPARE(lock->stages.at(1).cmd, QStringLiteral("python src/train.py && python src/evaluate.py"));
}

void TestImport::dvcLineageAttaches()
{
    QTemporaryDir dir;
    const QString mlruns = MlflowFixture::write(dir.path());
    TestWorkspace t;
    const auto lock = DvcLock::parse(kDvcLock, QStringLiteral("dvc.lock")).value();
    AttachEvidenceCommand early(MlflowFixture::Model, QStringLiteral("2"), QStringLiteral("dvc-lock"),
                                QStringLiteral("dvc.lock"), lock.toJson());
    QCOMPARE(t.ws().execute(early).error().code, ErrorCode::NotFound); // the version is not imported yet
    QVERIFY(importVersions(t, mlruns, {QStringLiteral("2")}).ok());
    AttachEvidenceCommand attach(MlflowFixture::Model, QStringLiteral("2"), QStringLiteral("dvc-lock"),
                                 QStringLiteral("dvc.lock"), lock.toJson());
    QVERIFY(t.ws().execute(attach).ok());
    AttachEvidenceCommand again(MlflowFixture::Model, QStringLiteral("2"), QStringLiteral("dvc-lock"),
                                QStringLiteral("dvc.lock"), lock.toJson());
    auto r = t.ws().execute(again);
    QVERIFY(!r.ok() && r.error().message.contains(u"already attached"));
    QCOMPARE(r.error().code, ErrorCode::AlreadyExists);
    RegistryTable table(WorkspaceAccess::database(t.ws()));
    const auto attachments =
        table.attachments(table.version(MlflowFixture::Model, QStringLiteral("2")).value()->id).value();
    QCOMPARE(attachments.size(), 1);
    QCOMPARE(attachments.first().content[u"stages"][u"train"][u"outs"].toArray().first()[u"digest"].toString(),
             QStringLiteral("7215ee9c7d9dc229d2921a40e899ec5f"));
    QCOMPARE(t.ws().lastEvent().value()->action, QStringLiteral("model_version.evidence_attached"));
}

void TestImport::diffOfVersions()
{
    QTemporaryDir dir;
    const QString mlruns = MlflowFixture::write(dir.path());
    TestWorkspace t;
    QVERIFY(importVersions(t, mlruns, {QStringLiteral("1"), QStringLiteral("2")}).ok());
    RegistryTable table(WorkspaceAccess::database(t.ws()));
    const VersionDiff d = VersionDiff::between(*table.version(MlflowFixture::Model, QStringLiteral("1")).value(),
                                               *table.version(MlflowFixture::Model, QStringLiteral("2")).value());
    const auto find = [&d](const QString& section, const QString& key) -> std::optional<DiffEntry> {
        for (const DiffEntry& e : d.entries) {
            if (e.section == section && e.key == key) {
                return e;
            }
        }
        return std::nullopt;
    };
    QCOMPARE(find(QStringLiteral("params"), QStringLiteral("max_depth"))->before, QJsonValue(QStringLiteral("4")));
    QCOMPARE(find(QStringLiteral("params"), QStringLiteral("max_depth"))->after, QJsonValue(QStringLiteral("6")));
    QVERIFY(!find(QStringLiteral("params"), QStringLiteral("learning_rate"))); // unchanged
    QCOMPARE(find(QStringLiteral("metrics"), QStringLiteral("auroc"))->after.toDouble(), 0.88);
    QCOMPARE(find(QStringLiteral("metrics"), QStringLiteral("loss"))->before.toDouble(), 0.47);
    QCOMPARE(find(QStringLiteral("code"), QStringLiteral("commit"))->after.toString(), MlflowFixture::Commit2);
    QCOMPARE(find(QStringLiteral("registry"), QStringLiteral("stage"))->before.toString(), QStringLiteral("Archived"));
    QVERIFY(find(QStringLiteral("artifacts"), QStringLiteral("model.pkl")));
    QVERIFY(find(QStringLiteral("artifacts"), QStringLiteral("MLmodel"))); // names the run id
    QVERIFY(!find(QStringLiteral("artifacts"), QStringLiteral("requirements.txt"))); // identical file
    QVERIFY(d.section(QStringLiteral("inputs")).isEmpty()); // same locked validation set
    // A version compared with itself differs in nothing.
    const ModelVersion two = *table.version(MlflowFixture::Model, QStringLiteral("2")).value();
    QVERIFY(VersionDiff::between(two, two).entries.isEmpty());
}

void TestImport::structuralDiff()
{
    // A config parameter logged as JSON is compared key by key.
    ModelVersion a;
    ModelVersion b;
    a.evidence =
        QJsonObject {{QStringLiteral("params"),
                      QJsonObject {{QStringLiteral("config"),
                                    QStringLiteral(R"({"optimizer":{"lr":0.01,"name":"adam"},"layers":[64,32]})")},
                                   {QStringLiteral("seed"), QStringLiteral("7")}}}};
    b.evidence = QJsonObject {
        {QStringLiteral("params"),
         QJsonObject {{QStringLiteral("config"),
                       QStringLiteral(R"({"optimizer":{"lr":0.005,"name":"adam"},"layers":[64,32,16],"dropout":0.2})")},
                      {QStringLiteral("epochs"), QStringLiteral("30")}}}};
    const VersionDiff d = VersionDiff::between(a, b);
    QStringList lines;
    for (const DiffEntry& e : d.entries) {
        lines.append(nameOf(e.kind) + u' ' + e.key);
    }
    QCOMPARE(lines,
             (QStringList {QStringLiteral("added config.dropout"), QStringLiteral("added config.layers[2]"),
                           QStringLiteral("changed config.optimizer.lr"), QStringLiteral("added epochs"),
                           QStringLiteral("removed seed")}));
}

// A change under a key Qt 6.4's QJsonObject::value() cannot find in a parsed object (U+00C3 and 16 characters at
// or above U+D7FF, as a configuration key of invalid UTF-8 becomes) was not shown: both sides looked absent.
void TestImport::diffSeesEveryKey()
{
    const QString name = QStringLiteral("\u00c3") + QString(16, QChar(0xFFFD));
    const auto version = [&](const char* value) {
        ModelVersion v;
        v.evidence =
            QJsonObject {{QStringLiteral("params"),
                          QJsonObject {{QStringLiteral("config"),
                                        QStringLiteral(R"({"%1":%2,"depth":4})").arg(name, QLatin1String(value))}}}};
        return v;
    };
    const VersionDiff d = VersionDiff::between(version("1"), version("2"));
    QCOMPARE(d.entries.size(), 1);
    QCOMPARE(d.entries.first().kind, DiffEntry::Kind::Changed);
    QCOMPARE(d.entries.first().key, QStringLiteral("config.") + name);
    QCOMPARE(d.entries.first().after, QJsonValue(2));
}

// Both versions' dvc.lock files give a "data" difference by path (a file both stages name counted once); a version
// without one gives none. The difference reads back from its JSON (the frozen evidence) entry for entry.
void TestImport::diffOfLineageAndItsJson()
{
    const auto lock = [](const char* trainDigest) {
        const QJsonObject file {{QStringLiteral("path"), QStringLiteral("data/train.parquet")},
                                {QStringLiteral("hash"), QStringLiteral("md5")},
                                {QStringLiteral("digest"), QLatin1String(trainDigest)}};
        const QJsonObject raw {{QStringLiteral("path"), QStringLiteral("data/raw.parquet")},
                               {QStringLiteral("hash"), QStringLiteral("md5")},
                               {QStringLiteral("digest"), QStringLiteral("00112233445566778899aabbccddeeff")}};
        EvidenceAttachment a;
        a.kind = QStringLiteral("dvc-lock");
        a.content = QJsonObject {
            {QStringLiteral("stages"),
             QJsonObject {{QStringLiteral("prepare"),
                           QJsonObject {{QStringLiteral("deps"), QJsonArray {raw}},
                                        {QStringLiteral("outs"), QJsonArray {file}}}},
                          {QStringLiteral("train"), QJsonObject {{QStringLiteral("deps"), QJsonArray {file}}}}}}};
        return a;
    };
    VersionDiff d;
    d.addAttachments({lock("5b8e21c4a9d3f7e6b2c1d0e9f8a7b6c5")}, {lock("6c9f32d5b0e4a8f7c3d2e1f0a9b8c7d6")});
    QCOMPARE(d.entries.size(), 1);
    QCOMPARE(d.entries.first().section, QStringLiteral("data"));
    QCOMPARE(d.entries.first().key, QStringLiteral("data/train.parquet"));
    QCOMPARE(d.entries.first().before.toString(), QStringLiteral("md5:5b8e21c4a9d3f7e6b2c1d0e9f8a7b6c5"));
    QCOMPARE(d.entries.first().after.toString(), QStringLiteral("md5:6c9f32d5b0e4a8f7c3d2e1f0a9b8c7d6"));
    VersionDiff one;
    one.addAttachments({}, {lock("6c9f32d5b0e4a8f7c3d2e1f0a9b8c7d6")});
    QVERIFY(one.entries.isEmpty());

    d.entries.append({QStringLiteral("config"), QStringLiteral("train.yaml"), DiffEntry::Kind::Changed,
                      QJsonValue(QStringLiteral("a")), QJsonValue(QStringLiteral("b")),
                      QStringLiteral("@@ -1 +1 @@\n")});
    d.entries.append({QStringLiteral("params"), QStringLiteral("seed"), DiffEntry::Kind::Removed, QJsonValue(7),
                      QJsonValue(), QString()});
    d.entries.append({QStringLiteral("params"), QStringLiteral("epochs"), DiffEntry::Kind::Added, QJsonValue(),
                      QJsonValue(30), QString()});
    const VersionDiff back = VersionDiff::fromJson(d.toJson());
    QCOMPARE(back.entries.size(), d.entries.size());
    for (qsizetype i = 0; i < d.entries.size(); ++i) {
        const DiffEntry& e = d.entries.at(i);
        const DiffEntry& f = back.entries.at(i);
        QCOMPARE(f.section, e.section);
        QCOMPARE(f.key, e.key);
        QCOMPARE(f.kind, e.kind);
        QCOMPARE(f.before.isUndefined() ? QJsonValue() : f.before, e.before.isUndefined() ? QJsonValue() : e.before);
        QCOMPARE(f.after.isUndefined() ? QJsonValue() : f.after, e.after.isUndefined() ? QJsonValue() : e.after);
        QCOMPARE(f.lineDiff, e.lineDiff);
    }
    QCOMPARE(back.toJson(), d.toJson());
}

QTEST_GUILESS_MAIN(TestImport)
#include "TestImport.moc"
