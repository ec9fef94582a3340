// Long work (an evaluation, the three signed exports) cancelled at each of its steps in turn: every cancelled run
// returns Cancelled, leaves the audit trail as long as it was, stores no evidence and leaves no file, not even a
// temporary one, in the folder it was writing to; the run that is never cancelled reports every step in order and
// completes. Counts come from the store and the file system, not from what the work says of itself.
#include "AuditReport.h"
#include "DemoCopy.h"
#include "ExportPackage.h"
#include "PccpDocument.h"
#include "commands/ChangeRequestCommands.h"
#include "json/CanonicalJson.h"
#include "queries/ChangeRequestQuery.h"
#include "workspace/Workspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>

using namespace cs;
namespace Demo = cs::test::Demo;
using cs::test::DemoCopy;

namespace {

/// Runs `work` with a Progress that answers "stop" at its first report, then at its second, and so on, until a run
/// completes. After each cancelled run `unchanged` must hold. Returns the steps the completing run reported (each
/// done value) and their total, or an empty list after a failure (reported through QTest).
QList<qint64> cancelAtEveryStep(const std::function<Status(const Progress&)>& work,
                                const std::function<bool(QString*)>& unchanged, qint64* total)
{
    for (qint64 stopAt = 0; stopAt < 50; ++stopAt) {
        QList<qint64> done;
        const Status r = work([&done, stopAt, total](qint64 step, qint64 steps) {
            done.append(step);
            *total = steps;
            return done.size() <= stopAt;
        });
        if (r.ok()) {
            if (done.size() != stopAt) {
                qWarning("completed after %lld reports although asked to stop at report %lld", qlonglong(done.size()),
                         qlonglong(stopAt + 1));
                return {};
            }
            return done;
        }
        if (r.error().code != ErrorCode::Cancelled) {
            qWarning("stopping at report %lld: %s", qlonglong(stopAt + 1), qPrintable(r.error().message));
            return {};
        }
        if (done.size() != stopAt + 1) {
            qWarning("asked to stop at report %lld, it went on to %lld", qlonglong(stopAt + 1), qlonglong(done.size()));
            return {};
        }
        QString why;
        if (!unchanged(&why)) {
            qWarning("cancelled at report %lld: %s", qlonglong(stopAt + 1), qPrintable(why));
            return {};
        }
    }
    qWarning("never completed");
    return {};
}

QList<qint64> zeroTo(qint64 last)
{
    QList<qint64> steps;
    for (qint64 k = 0; k <= last; ++k) {
        steps.append(k);
    }
    return steps;
}

} // namespace

class TestCancellation : public QObject
{
    Q_OBJECT

private slots:
    void evaluation();
    void exports_data();
    void exports();

private:
    QTemporaryDir m_told;
};

void TestCancellation::evaluation()
{
    auto copy = DemoCopy::of(Demo::toldOnce(m_told));
    QVERIFY(copy);
    Workspace& ws = *copy->ws;
    // A new request for version 4, submitted: both locked sets, each against version 3 and the cleared version 1.
    const QString id =
        Demo::submittedRequest(ws, Demo::toldOnce(m_told), QStringLiteral("Cancelled evaluations leave nothing"));
    ChangeRequestQuery query(ws);
    const ChangeRequestContent c = query.find(id).value()->content;
    QCOMPARE(c.plan.datasets.size(), 2);
    QCOMPARE(c.cleared, QStringLiteral("1"));

    const qint64 events = ws.eventCount().value();
    const auto unchanged = [&](QString* why) {
        const qint64 now = ws.eventCount().value();
        const auto request = query.find(id).value();
        const bool evidence = !query.evidence(id, request->revision).value().isEmpty();
        *why = QStringLiteral("%1 events (was %2), state %3, evidence %4")
                   .arg(now)
                   .arg(events)
                   .arg(nameOf(request->state), evidence ? QStringLiteral("stored") : QStringLiteral("none"));
        return now == events && request->state == ChangeRequestState::Submitted && !evidence;
    };
    qint64 total = 0;
    QString sha;
    const QList<qint64> steps = cancelAtEveryStep(
        [&](const Progress& progress) {
            EvaluateChangeRequestCommand command(id);
            const Status r = ws.execute(command, progress);
            sha = command.evidenceSha256();
            return r;
        },
        unchanged, &total);
    // Two datasets, each against the baseline and the cleared version, then the PCCP gate and storing.
    QCOMPARE(total, 6);
    QCOMPARE(steps, zeroTo(6));
    const auto request = query.find(id).value();
    QCOMPARE(request->state, ChangeRequestState::Evaluated);
    const QJsonObject evidence = query.evidence(id, request->revision).value();
    QVERIFY(!evidence.isEmpty());
    // The SHA-256 the command reports is that of the evidence stored (its canonical JSON).
    QCOMPARE(
        QString::fromLatin1(
            QCryptographicHash::hash(CanonicalJson::serialize(evidence).value(), QCryptographicHash::Sha256).toHex()),
        sha);
    QCOMPARE(ws.eventCount().value(), events + 1);
    auto report = ws.verify();
    QVERIFY2(report.ok() && report->intact(), qPrintable(report.ok() ? report->summary() : report.error().message));
}

void TestCancellation::exports_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("signer");
    QTest::newRow("package") << QStringLiteral("package") << QStringLiteral("mlindqvist");
    QTest::newRow("audit report") << QStringLiteral("audit") << QStringLiteral("hbrandt");
    QTest::newRow("pccp") << QStringLiteral("pccp") << QStringLiteral("therrera");
}

void TestCancellation::exports()
{
    QFETCH(QString, kind);
    QFETCH(QString, signer);
    auto copy = DemoCopy::of(Demo::toldOnce(m_told));
    QVERIFY(copy && copy->as(signer));
    Workspace& ws = *copy->ws;
    QTemporaryDir out;
    const QString file = out.filePath(QStringLiteral("document.pdf"));
    const qint64 events = ws.eventCount().value();
    const auto unchanged = [&](QString* why) {
        const QStringList left =
            QDir(out.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
        const qint64 now = ws.eventCount().value();
        *why = QStringLiteral("%1 events (was %2), left in the folder: %3")
                   .arg(now)
                   .arg(events)
                   .arg(left.isEmpty() ? QStringLiteral("nothing") : left.join(u' '));
        return now == events && left.isEmpty();
    };
    const SigningCredentials credentials = Demo::credentials(Demo::toldOnce(m_told), signer);
    QString sha;
    qint64 total = 0;
    const QList<qint64> steps = cancelAtEveryStep(
        [&](const Progress& progress) -> Status {
            Result<reports::ExportedFile> exported = Error(ErrorCode::Internal, QString());
            if (kind == u"package") {
                reports::ExportPackageRequest request;
                request.requestId = QStringLiteral("CR-2026-0003");
                request.outPath = file;
                request.credentials = credentials;
                request.progress = progress;
                exported = reports::exportPackage(ws, request);
            } else if (kind == u"audit") {
                reports::AuditReportRequest request;
                request.outPath = file;
                request.credentials = credentials;
                request.progress = progress;
                exported = reports::exportAuditReport(ws, request);
            } else {
                reports::PccpExportRequest request;
                request.model = QStringLiteral("sepsis-risk");
                request.version = 1;
                request.outPath = file;
                request.credentials = credentials;
                request.progress = progress;
                exported = reports::exportPccp(ws, request);
            }
            if (!exported) {
                return exported.error();
            }
            sha = exported->sha256;
            return {};
        },
        unchanged, &total);
    // The checkpoint, the document's two long steps (the excerpt or the page count, then painting), signing.
    QCOMPARE(total, 4);
    QCOMPARE(steps, zeroTo(4));
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(written.readAll(), QCryptographicHash::Sha256).toHex()), sha);
    QVERIFY(ws.eventCount().value() > events); // the export's event, and for package and report a new checkpoint
    auto report = ws.verify();
    QVERIFY2(report.ok() && report->intact(), qPrintable(report.ok() ? report->summary() : report.error().message));
}

QTEST_MAIN(TestCancellation)
#include "TestCancellation.moc"
