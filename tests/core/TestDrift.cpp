// Drift monitoring (issue #16, docs/drift.md): feature columns stored with a dataset, drift runs from stored data
// equal number for number to `stats drift` on the source CSVs, alerts raised on breaches, their review queue
// (acknowledged with a reason by QA, or answered by a change request opened from them), and nothing about an alert
// deletable. Runs on copies of one demo workspace, with windows written by the test.
#include "DemoCopy.h"
#include "Tamper.h"
#include "commands/ChangeRequestCommands.h"
#include "commands/DriftCommands.h"
#include "commands/PredictionCommands.h"
#include "demo/DemoWorkspace.h"
#include "json/CanonicalJson.h"
#include "queries/ChangeRequestQuery.h"
#include "queries/DriftQuery.h"
#include "stats/ComparisonReport.h"
#include "stats/DriftFile.h"
#include "stats/DriftJson.h"
#include "store/DatasetTables.h"
#include "store/DriftTables.h"
#include "workspace/WorkspaceAccess.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <random>

using namespace cs;
using namespace cs::test;

namespace {
const QString kModel = QStringLiteral("sepsis-risk");
const QStringList kFeatures = {QStringLiteral("lactate"), QStringLiteral("heart_rate"), QStringLiteral("sex"),
                               QStringLiteral("temperature")};

/// Patients with four features and a version-3 score: lactate log-normal (shifted by `lactateShift` on the log
/// scale, as after an assay change), heart rate and temperature normal, sex F/M; about 2% of lactate values missing.
/// Returns the number of missing lactate values.
qint64 writeWindow(const QString& path, int rows, double lactateShift, quint64 seed, const char* prefix,
                   const char* sexValues = "FM")
{
    std::mt19937_64 rng(seed);
    auto uniform = [&] {
        return double(rng() >> 11) * 0x1.0p-53;
    };
    auto normal = [&] {
        const double u = std::max(uniform(), 1e-300);
        return std::sqrt(-2 * std::log(u)) * std::cos(2 * M_PI * uniform());
    };
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        qFatal("cannot write %s", qPrintable(path));
    }
    qint64 missing = 0;
    f.write("encounter_id,score_v3,lactate,heart_rate,sex,temperature\n");
    for (int i = 0; i < rows; ++i) {
        const double lactate = std::exp(0.3 + lactateShift + 0.4 * normal());
        const double hr = 88 + 14 * normal();
        const char sex = sexValues[uniform() < 0.48 ? 0 : 1];
        const double temp = 37.2 + 0.6 * normal();
        const double score = 1 / (1 + std::exp(-(-2 + 0.5 * lactate + 0.01 * (hr - 88))));
        const bool gap = uniform() < 0.02;
        missing += gap ? 1 : 0;
        f.write(QStringLiteral("%1-%2,%3,%4,%5,%6,%7\n")
                    .arg(QLatin1String(prefix))
                    .arg(i, 6, 10, QLatin1Char('0'))
                    .arg(score, 0, 'f', 6)
                    .arg(gap ? QString() : QString::number(lactate, 'f', 3))
                    .arg(hr, 0, 'f', 1)
                    .arg(QChar::fromLatin1(sex))
                    .arg(temp, 0, 'f', 2)
                    .toUtf8());
    }
    return missing;
}

PredictionImportRequest importOf(const QString& dataset, const QString& file, DatasetRole role,
                                 const QStringList& features = kFeatures)
{
    PredictionImportRequest r;
    r.dataset = dataset;
    r.file = file;
    r.role = role;
    r.mapping.idColumn = QStringLiteral("encounter_id");
    r.mapping.scores = {{kModel, QStringLiteral("3"), QStringLiteral("score_v3")}};
    r.mapping.features = features;
    return r;
}

DriftRunRequest runOf(const QString& window, const QString& reference = QStringLiteral("reference"))
{
    DriftRunRequest r;
    r.model = kModel;
    r.window = window;
    r.reference = reference;
    return r;
}
} // namespace

class TestDrift : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void featuresAreStoredTypedAndChecked();
    void featureImportRefusals();
    void runEqualsStatsDriftOnTheFiles();
    void runRefusals();
    void alertLifecycle();
    void pccpMonitoringRuleRaisesAnAlert();
    void performanceOnALabelledWindow();

private:
    /// A demo copy with the reference and the three windows imported by the data scientist.
    std::unique_ptr<DemoCopy> withWindows();
    QString file(const char* name) const { return m_dir.filePath(QLatin1String(name)); }

    QTemporaryDir m_dir;
    QString m_demo;
    qint64 m_missingLactate = 0;
};

void TestDrift::initTestCase()
{
    m_demo = m_dir.filePath(QStringLiteral("demo.countersign"));
    QVERIFY(DemoWorkspace::create(m_demo, QDateTime::currentMSecsSinceEpoch()).ok());
    m_missingLactate = writeWindow(file("reference.csv"), 3000, 0, 1, "R");
    writeWindow(file("steady.csv"), 2000, 0, 2, "S");
    writeWindow(file("shifted.csv"), 2000, 0.35, 3, "T");
    writeWindow(file("shifted-again.csv"), 2000, 0.4, 4, "U");
    writeWindow(file("coded-sex.csv"), 500, 0, 5, "V", "01"); // sex written as 0/1: numeric
}

std::unique_ptr<DemoCopy> TestDrift::withWindows()
{
    auto c = DemoCopy::of(m_demo);
    if (!c->as(QStringLiteral("dokafor"))) {
        qFatal("dokafor cannot sign in");
    }
    for (const auto& [name, path, role] :
         {std::tuple {QStringLiteral("reference"), file("reference.csv"), DatasetRole::DriftReference},
          std::tuple {QStringLiteral("steady"), file("steady.csv"), DatasetRole::ProductionWindow},
          std::tuple {QStringLiteral("shifted"), file("shifted.csv"), DatasetRole::ProductionWindow},
          std::tuple {QStringLiteral("shifted-again"), file("shifted-again.csv"), DatasetRole::ProductionWindow}}) {
        ImportPredictionsCommand import(importOf(name, path, role));
        if (auto r = c->ws->execute(import); !r) {
            qFatal("%s", qPrintable(r.error().message));
        }
    }
    return c;
}

void TestDrift::featuresAreStoredTypedAndChecked()
{
    auto c = withWindows();
    Database& db = WorkspaceAccess::database(*c->ws);
    auto reference = DatasetTable(db).dataset(QStringLiteral("reference")).value();
    QVERIFY(reference.has_value());
    const QList<DatasetFeature> features = FeatureTable(db).features(reference->id).value();
    QCOMPARE(features.size(), 4);
    QCOMPARE(features[0].name, QStringLiteral("lactate"));
    QVERIFY(features[0].numeric);
    QCOMPARE(features[0].missing, m_missingLactate);
    QVERIFY(m_missingLactate > 20); // the fixture has gaps to count
    QCOMPARE(features[2].name, QStringLiteral("sex"));
    QVERIFY(!features[2].numeric);
    QCOMPARE(QSet<QString>(features[2].categories.begin(), features[2].categories.end()),
             QSet<QString>({QStringLiteral("F"), QStringLiteral("M")}));

    // The values as written: row 0 of the file is row 0 of the dataset.
    QFile csv(file("reference.csv"));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    csv.readLine();
    const QList<QByteArray> first = csv.readLine().trimmed().split(',');
    const std::vector<double> heartRate = FeatureTable(db).values(features[1]).value();
    QCOMPARE(qint64(heartRate.size()), qint64(3000));
    QCOMPARE(heartRate[0], first[3].toDouble());
    const std::vector<double> sex = FeatureTable(db).values(features[2]).value();
    QCOMPARE(features[2].categories.at(qsizetype(sex[0])), QString::fromLatin1(first[4]));

    // verify recomputes each feature's digest; a value changed in the file is found.
    auto clean = c->ws->verify();
    QVERIFY(clean.ok());
    QVERIFY2(clean->findings.isEmpty(), qPrintable(clean->findings.isEmpty() ? QString() : clean->findings[0].message));
    c->ws.reset();
    QCOMPARE(tamper(c->path,
                    {QStringLiteral("UPDATE feature_chunk SET vals = zeroblob(length(vals)) WHERE feature_id = "
                                    "(SELECT id FROM dataset_feature WHERE name = 'lactate' LIMIT 1)")}),
             QString());
    auto reopened = Workspace::open(c->path, OpenMode::ReadOnly);
    QVERIFY(reopened.ok());
    auto report = reopened.value()->verify();
    QVERIFY(report.ok());
    bool found = false;
    for (const auto& f : report->findings) {
        found = found || f.message.contains(QStringLiteral("feature lactate"));
    }
    QVERIFY(found);
}

void TestDrift::featureImportRefusals()
{
    auto c = DemoCopy::of(m_demo);
    QVERIFY(c->as(QStringLiteral("dokafor")));
    const qint64 before = c->ws->eventCount().value();
    Database& db = WorkspaceAccess::database(*c->ws);
    struct Case
    {
        QStringList features;
        QString expected;
    };
    const QList<Case> cases = {
        {{QStringLiteral("lactate"), QStringLiteral("creatinine")}, QStringLiteral("no column \"creatinine\"")},
        {{QStringLiteral("score_v3")}, QStringLiteral("not a feature")},
        {{QStringLiteral("encounter_id")}, QStringLiteral("not a feature")},
        {{QStringLiteral("sex"), QStringLiteral("sex")}, QStringLiteral("named twice")},
    };
    for (const Case& k : cases) {
        ImportPredictionsCommand import(
            importOf(QStringLiteral("refused"), file("reference.csv"), DatasetRole::DriftReference, k.features));
        auto r = c->ws->execute(import);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(k.expected), qPrintable(r.error().message));
        QVERIFY(r.error().message.contains(QStringLiteral("reference.csv")));
    }
    // A categorical value that looks like a direct identifier: refused with its row and column.
    {
        QFile f(file("with-email.csv"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("encounter_id,score_v3,contact\nE-1,0.5,ward-3\nE-2,0.4,jane.doe@example.org\n");
        f.close();
        PredictionImportRequest request = importOf(QStringLiteral("refused"), file("with-email.csv"),
                                                   DatasetRole::DriftReference, {QStringLiteral("contact")});
        ImportPredictionsCommand import(request);
        auto r = c->ws->execute(import);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QStringLiteral("row 2")) &&
                     r.error().message.contains(QStringLiteral("contact")),
                 qPrintable(r.error().message));
    }
    QVERIFY(!DatasetTable(db).dataset(QStringLiteral("refused")).value().has_value());
    QCOMPARE(c->ws->eventCount().value(), before);

    // Features come with the file that creates the dataset.
    ImportPredictionsCommand plain(
        importOf(QStringLiteral("late"), file("steady.csv"), DatasetRole::ProductionWindow, {}));
    QVERIFY(c->ws->execute(plain).ok());
    PredictionImportRequest again = importOf(QStringLiteral("late"), file("steady.csv"), DatasetRole::ProductionWindow);
    again.mapping.scores = {{kModel, QStringLiteral("4"), QStringLiteral("score_v3")}};
    ImportPredictionsCommand late(again);
    auto r = c->ws->execute(late);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(QStringLiteral("features are stored with the file that creates")),
             qPrintable(r.error().message));
}

void TestDrift::runEqualsStatsDriftOnTheFiles()
{
    auto c = withWindows();
    RunDriftCommand run(runOf(QStringLiteral("shifted")));
    const Status ran = c->ws->execute(run);
    QVERIFY2(ran.ok(), qPrintable(ran.ok() ? QString() : ran.error().message));
    const QJsonObject content = run.run().content;
    QCOMPARE(run.run().contentSha256, CanonicalJson::sha256Hex(content).value());

    // `stats drift` on the two source files, over the same columns (so Holm's family is the same).
    stats::DriftRequest request;
    request.reference = file("reference.csv");
    request.current = file("shifted.csv");
    request.columns = kFeatures;
    auto fromFiles = stats::driftFromFiles(request);
    QVERIFY(fromFiles.ok());
    const QJsonArray features = content[u"features"].toArray();
    QCOMPARE(features.size(), qsizetype(fromFiles->size()));
    int compared = 0;
    for (size_t k = 0; k < fromFiles->size(); ++k) {
        const stats::ColumnDrift& expected = fromFiles->at(k);
        const QJsonObject wanted = stats::driftJson(expected);
        const QJsonObject got = features[qsizetype(k)].toObject();
        for (auto it = wanted.begin(); it != wanted.end(); ++it) {
            QVERIFY2(got.value(it.key()) == it.value(),
                     qPrintable(QStringLiteral("%1.%2: run %3, files %4")
                                    .arg(expected.name, it.key(), got.value(it.key()).toVariant().toString(),
                                         it.value().toVariant().toString())));
            ++compared;
        }
        QCOMPARE(got[u"holm_p_value"], stats::jsonNumber(expected.holmPValue));
        QCOMPARE(got[u"psi_bins"].toArray(), stats::psiBinsJson(expected));
    }
    QVERIFY(compared >= 4 * 12);
    // The scores: the same numbers as the score column of the files.
    request.columns = {QStringLiteral("score_v3")};
    auto scores = stats::driftFromFiles(request);
    QVERIFY(scores.ok());
    QJsonObject prediction = content[u"prediction"].toObject();
    QJsonObject wanted = stats::driftJson(scores->front());
    wanted.remove(QStringLiteral("name"));
    for (auto it = wanted.begin(); it != wanted.end(); ++it) {
        QCOMPARE(prediction.value(it.key()), it.value());
    }
    // Lactate moved; the others did not.
    QVERIFY(features[0][u"drifted"].toBool());
    QCOMPARE(content[u"drifted_features"].toInteger(), qint64(1));
    QVERIFY(run.alert().has_value());
}

void TestDrift::runRefusals()
{
    auto c = withWindows();
    // Import the numeric-sex window and one without features as the data scientist.
    ImportPredictionsCommand coded(
        importOf(QStringLiteral("coded"), file("coded-sex.csv"), DatasetRole::ProductionWindow));
    QVERIFY(c->ws->execute(coded).ok());
    ImportPredictionsCommand partial(importOf(QStringLiteral("partial"), file("steady.csv"),
                                              DatasetRole::ProductionWindow, {QStringLiteral("lactate")}));
    QVERIFY(c->ws->execute(partial).ok());
    const qint64 before = c->ws->eventCount().value();
    struct Case
    {
        DriftRunRequest request;
        QString expected;
    };
    const QList<Case> cases = {
        {runOf(QStringLiteral("reference"), QStringLiteral("steady")), QStringLiteral("a production window")},
        {runOf(QStringLiteral("steady"), QStringLiteral("shifted")), QStringLiteral("is a production window")},
        {runOf(QStringLiteral("partial")), QStringLiteral("has no feature heart_rate")},
        {runOf(QStringLiteral("coded")), QStringLiteral("feature sex is categorical in reference but numeric")},
        {runOf(QStringLiteral("steady"), QStringLiteral("locked-validation-2026q3")),
         QStringLiteral("has no features")},
        {runOf(QStringLiteral("nowhere")), QStringLiteral("no dataset nowhere")},
    };
    for (const Case& k : cases) {
        RunDriftCommand run(k.request);
        auto r = c->ws->execute(run);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(k.expected), qPrintable(r.error().message));
    }
    DriftRunRequest bins = runOf(QStringLiteral("steady"));
    bins.bins = 1;
    RunDriftCommand badBins(bins);
    QVERIFY(!c->ws->execute(badBins).ok());
    QCOMPARE(c->ws->eventCount().value(), before);
}

void TestDrift::alertLifecycle()
{
    auto c = withWindows();
    // The demo's own alerts (DA-1 answered, DA-2 acknowledged, DA-3 open) stay as they are.
    const qint64 demoAlerts = DriftQuery(*c->ws).alerts().value().size();
    const qint64 demoOpen = DriftQuery(*c->ws).alerts(true).value().size();
    RunDriftCommand steady(runOf(QStringLiteral("steady")));
    QVERIFY(c->ws->execute(steady).ok());
    QVERIFY(!steady.alert().has_value());
    QCOMPARE(steady.run().content[u"drifted_features"].toInteger(), qint64(0));

    RunDriftCommand shifted(runOf(QStringLiteral("shifted")));
    QVERIFY(c->ws->execute(shifted).ok());
    QVERIFY(shifted.alert().has_value());
    const qint64 first = shifted.alert()->id;
    const QJsonArray reasons = shifted.alert()->reasons;
    QVERIFY(std::any_of(reasons.begin(), reasons.end(),
                        [](const QJsonValue& r) { return r[u"feature"].toString() == u"lactate"; }));
    QCOMPARE(DriftQuery(*c->ws).alerts(true).value().size(), demoOpen + 1);

    // Only a QA officer acknowledges, with a reason, once.
    AcknowledgeAlertCommand byScientist(first, QStringLiteral("expected"));
    auto refused = c->ws->execute(byScientist);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::Forbidden);
    QVERIFY(c->as(QStringLiteral("mlindqvist")));
    AcknowledgeAlertCommand noReason(first, QStringLiteral("  "));
    QVERIFY(!c->ws->execute(noReason).ok());
    AcknowledgeAlertCommand ack(first, QStringLiteral("Lab confirmed the assay change; recalibration planned"));
    QVERIFY(c->ws->execute(ack).ok());
    AcknowledgeAlertCommand twice(first, QStringLiteral("again"));
    auto again = c->ws->execute(twice);
    QVERIFY(!again.ok());
    QVERIFY2(again.error().message.contains(QStringLiteral("already acknowledged")), qPrintable(again.error().message));
    QCOMPARE(DriftQuery(*c->ws).alerts(true).value().size(), demoOpen);

    // A change request answers the next alert: opened from it, in the same transaction, and linked both ways.
    QVERIFY(c->as(QStringLiteral("dokafor")));
    RunDriftCommand later(runOf(QStringLiteral("shifted-again")));
    QVERIFY(c->ws->execute(later).ok());
    QVERIFY(later.alert().has_value());
    const qint64 second = later.alert()->id;
    ChangeRequestContent content;
    content.model = kModel;
    content.candidate = QStringLiteral("4");
    content.title = QStringLiteral("Recalibrate for the new lactate assay");
    content.trigger = ChangeTrigger::DriftAlert;
    for (const QString& reference :
         {QStringLiteral("DA-%1").arg(first), QStringLiteral("DA-999"), QStringLiteral("lactate")}) {
        content.triggerReference = reference;
        const qint64 before = c->ws->eventCount().value();
        CreateChangeRequestCommand create(content);
        QVERIFY2(!c->ws->execute(create).ok(), qPrintable(reference));
        QCOMPARE(c->ws->eventCount().value(), before); // the request was not stored either
    }
    content.triggerReference = QStringLiteral("da-%1").arg(second);
    CreateChangeRequestCommand create(content);
    auto created = c->ws->execute(create);
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
    const auto request = ChangeRequestQuery(*c->ws).find(create.id()).value();
    QCOMPARE(request->content.triggerReference, QStringLiteral("DA-%1").arg(second));
    const QList<AlertView> all = DriftQuery(*c->ws).alerts().value();
    QCOMPARE(all.size(), demoAlerts + 2);
    QCOMPARE(all[demoAlerts].status, QStringLiteral("acknowledged"));
    QCOMPARE(all[demoAlerts + 1].status, QStringLiteral("change-request"));
    QCOMPARE(all[demoAlerts + 1].decisions.first().changeRequest, create.id());
    // The alert a request answers is fixed.
    ChangeRequestContent edited = request->content;
    edited.triggerReference = QStringLiteral("DA-%1").arg(first);
    EditChangeRequestCommand edit(create.id(), edited, QStringLiteral("other alert"));
    QVERIFY(!c->ws->execute(edit).ok());

    // Nothing about an alert can be deleted or changed, even with the file at hand and the triggers in place.
    c->ws.reset();
    QVERIFY(!rawExec(c->path, QStringLiteral("DELETE FROM drift_alert_decision")).isEmpty());
    QVERIFY(!rawExec(c->path, QStringLiteral("DELETE FROM drift_alert")).isEmpty());
    QVERIFY(!rawExec(c->path, QStringLiteral("UPDATE drift_run SET content_json = '{}'")).isEmpty());
    // And with the triggers dropped, verify finds the altered run.
    QCOMPARE(tamper(c->path,
                    {QStringLiteral("UPDATE drift_run SET content_json = '{}' WHERE id = %1").arg(shifted.run().id)}),
             QString());
    auto reopened = Workspace::open(c->path, OpenMode::ReadOnly);
    QVERIFY(reopened.ok());
    auto report = reopened.value()->verify();
    QVERIFY(report.ok());
    QVERIFY(!report->findings.isEmpty());
}

void TestDrift::pccpMonitoringRuleRaisesAnAlert()
{
    auto c = withWindows(); // the demo's PCCP is in force: monitoring rule D1, PSI of lactate < 0.2 (advisory)
    QVERIFY(c->as(QStringLiteral("dokafor")));
    RunDriftCommand steady(runOf(QStringLiteral("steady")));
    QVERIFY(c->ws->execute(steady).ok());
    QCOMPARE(steady.run().content[u"monitoring"][0][u"verdict"].toString(), QStringLiteral("pass"));
    QVERIFY(!steady.alert().has_value());
    RunDriftCommand shifted(runOf(QStringLiteral("shifted")));
    QVERIFY(c->ws->execute(shifted).ok());
    const QJsonObject d1 = shifted.run().content[u"monitoring"][0].toObject();
    QCOMPARE(d1[u"id"].toString(), QStringLiteral("D1"));
    QCOMPARE(d1[u"verdict"].toString(), QStringLiteral("fail"));
    // The rule read the run's own PSI of lactate.
    QCOMPARE(d1[u"value"], shifted.run().content[u"features"][0][u"psi"]);
    QVERIFY(d1[u"value"].toDouble() >= 0.2);
    QVERIFY(shifted.alert().has_value());
    const QJsonArray reasons = shifted.alert()->reasons;
    QVERIFY(std::any_of(reasons.begin(), reasons.end(),
                        [](const QJsonValue& r) { return r[u"kind"].toString() == u"pccp-rule"; }));
    QCOMPARE(shifted.run().content[u"pccp"][u"reference"].toString(), QStringLiteral("sepsis-risk@1"));
}

void TestDrift::performanceOnALabelledWindow()
{
    // The demo's fourth month, the first with the new lactate assay, is labelled: its run froze version 3's performance
    // at the threshold CR-2026-0003 released it at. Every number is recomputed here from the window's CSV: counts at
    // the threshold, Wilson's interval from its formula, the AUC as the share of (positive, negative) pairs ranked
    // right (ties one half), and each age band's sensitivity.
    auto c = DemoCopy::of(m_demo);
    const auto view = DriftQuery(*c->ws).run(QStringLiteral("DR-4")).value();
    QVERIFY(view.has_value());
    const QJsonObject p = view->run.content[u"performance"].toObject();
    QCOMPARE(p[u"threshold"].toDouble(), 0.07);
    QCOMPARE(p[u"threshold_from"].toString(), QStringLiteral("CR-2026-0003"));
    QFile csv(DemoWorkspace::sourcesDir(m_demo) + QStringLiteral("/monitoring/window-4.csv"));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> header = csv.readLine().trimmed().split(',');
    const qsizetype scoreAt = header.indexOf("score_v3");
    const qsizetype labelAt = header.indexOf("sepsis_within_48h");
    const qsizetype bandAt = header.indexOf("age_band");
    QVERIFY(scoreAt >= 0 && labelAt >= 0 && bandAt >= 0);
    std::vector<double> positives;
    std::vector<double> negatives;
    QMap<QString, std::pair<qint64, qint64>> bands; // positives, true positives
    qint64 tp = 0;
    qint64 tn = 0;
    while (!csv.atEnd()) {
        const QList<QByteArray> cells = csv.readLine().trimmed().split(',');
        const double score = cells.at(scoreAt).toDouble();
        const bool positive = cells.at(labelAt) == "1";
        const bool flagged = score >= 0.07;
        (positive ? positives : negatives).push_back(score);
        tp += positive && flagged ? 1 : 0;
        tn += !positive && !flagged ? 1 : 0;
        if (positive) {
            auto& band = bands[QString::fromLatin1(cells.at(bandAt))];
            ++band.first;
            band.second += flagged ? 1 : 0;
        }
    }
    const double n1 = double(positives.size());
    const double n0 = double(negatives.size());
    QCOMPARE(p[u"positives"].toInteger(), qint64(positives.size()));
    QCOMPARE(p[u"negatives"].toInteger(), qint64(negatives.size()));
    const auto wilson = [](double k, double n, double sign) {
        const double z = 1.959963984540054;
        const double q = k / n;
        return (q + z * z / (2 * n) + sign * z * std::sqrt(q * (1 - q) / n + z * z / (4 * n * n))) / (1 + z * z / n);
    };
    const QJsonObject m = p[u"metrics"].toObject();
    const auto close = [](double a, double b) {
        return std::abs(a - b) < 1e-12;
    };
    QVERIFY(close(m[u"sensitivity"][u"value"].toDouble(), double(tp) / n1));
    QVERIFY(close(m[u"sensitivity"][u"ci_low"].toDouble(), wilson(double(tp), n1, -1)));
    QVERIFY(close(m[u"sensitivity"][u"ci_high"].toDouble(), wilson(double(tp), n1, +1)));
    QVERIFY(close(m[u"specificity"][u"value"].toDouble(), double(tn) / n0));
    QVERIFY(close(m[u"specificity"][u"ci_low"].toDouble(), wilson(double(tn), n0, -1)));
    double ranked = 0;
    for (const double pos : positives) {
        for (const double neg : negatives) {
            ranked += pos > neg ? 1.0 : pos == neg ? 0.5 : 0.0;
        }
    }
    QVERIFY(close(m[u"auc"][u"value"].toDouble(), ranked / (n1 * n0)));
    // Each age band's sensitivity, and the largest gap between the bands with at least 20 positives.
    const QJsonObject ages = p[u"subgroups"][0].toObject();
    QCOMPARE(ages[u"column"].toString(), QStringLiteral("age_band"));
    QCOMPARE(ages[u"groups"].toArray().size(), bands.size());
    double highest = -1;
    double lowest = 2;
    for (const QJsonValue& g : ages[u"groups"].toArray()) {
        const auto [k, hits] = bands.value(g[u"group"].toString());
        QCOMPARE(g[u"positives"].toInteger(), k);
        QVERIFY(close(g[u"metrics"][u"sensitivity"][u"value"].toDouble(), double(hits) / double(k)));
        if (k >= 20) {
            highest = std::max(highest, double(hits) / double(k));
            lowest = std::min(lowest, double(hits) / double(k));
        }
    }
    bool gapFound = false;
    for (const QJsonValue& gap : ages[u"largest_gaps"].toArray()) {
        if (gap[u"metric"].toString() == u"sensitivity") {
            gapFound = true;
            QVERIFY(close(gap[u"gap"].toDouble(), highest - lowest));
        }
    }
    QVERIFY(gapFound);

    // The PCCP's performance monitoring rules read those numbers: D2 (specificity >= 0.70, a point value) and D3
    // (sensitivity's lower bound >= 0.45), each verdict as the bound decides it.
    for (const QJsonValue& rule : view->run.content[u"monitoring"].toArray()) {
        if (rule[u"id"].toString() == u"D2") {
            QCOMPARE(rule[u"value"].toDouble(), double(tn) / n0);
            QCOMPARE(rule[u"verdict"].toString(),
                     double(tn) / n0 >= 0.70 ? QStringLiteral("pass") : QStringLiteral("fail"));
        }
        if (rule[u"id"].toString() == u"D3") {
            const double low = wilson(double(tp), n1, -1);
            QVERIFY(close(rule[u"value"].toDouble(), low));
            QCOMPARE(rule[u"verdict"].toString(), low >= 0.45 ? QStringLiteral("pass") : QStringLiteral("fail"));
        }
    }

    // At a threshold given for the run, and with subgroups counted from 60 positives, the same window reads again;
    // a negative minimum is refused. A window without labels has no performance, and its rules are not evaluable.
    QVERIFY(c->as(QStringLiteral("dokafor")));
    DriftRunRequest request = runOf(view->run.window, view->run.reference);
    request.threshold = 0.2;
    request.minimumPositives = 60;
    RunDriftCommand again(request);
    QVERIFY(c->ws->execute(again).ok());
    const QJsonObject higher = again.run().content[u"performance"].toObject();
    QCOMPARE(higher[u"threshold_from"].toString(), QStringLiteral("given"));
    QVERIFY(higher[u"metrics"][u"sensitivity"][u"value"].toDouble() < m[u"sensitivity"][u"value"].toDouble());
    QCOMPARE(higher[u"subgroups"][0][u"min_positives"].toInteger(), 60);
    request.minimumPositives = -1;
    RunDriftCommand refused(request);
    QVERIFY(c->ws->execute(refused).error().message.contains(u"cannot be negative"));
    auto unlabelled = withWindows();
    QVERIFY(unlabelled->as(QStringLiteral("dokafor")));
    RunDriftCommand steady(runOf(QStringLiteral("steady")));
    QVERIFY(unlabelled->ws->execute(steady).ok());
    QVERIFY(steady.run().content[u"performance"].isNull());
    for (const QJsonValue& rule : steady.run().content[u"monitoring"].toArray()) {
        if (rule[u"id"].toString() == u"D2") {
            QCOMPARE(rule[u"verdict"].toString(), QStringLiteral("not-evaluable"));
            QVERIFY2(rule[u"note"].toString().contains(u"has no labels"), qPrintable(rule[u"note"].toString()));
        }
    }
}

QTEST_GUILESS_MAIN(TestDrift)
#include "TestDrift.moc"
