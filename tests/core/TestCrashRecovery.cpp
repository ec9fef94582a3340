// Durability: a writer is killed with SIGKILL at random moments, at least 200 times. After every kill the file
// passes PRAGMA integrity_check (Workspace::open runs it), the chain verifies, and every event the writer reported
// as committed is present.
#include "TestWorkspace.h"
#include "commands/ChangeSettingCommand.h"
#include "config-countersign-tests.h"
#include "settings/WorkspaceSettings.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

using namespace cs;
using namespace cs::test;

class TestCrashRecovery : public QObject
{
    Q_OBJECT
private slots:
    void killedWriterLosesNothingAcknowledged();
};

void TestCrashRecovery::killedWriterLosesNothingAcknowledged()
{
    TestWorkspace t;
    // The writer runs on the real clock, two months after the test clock: keep its password from expiring.
    ChangeSettingCommand never(SettingKey::PasswordMaxAgeDays, 0, QStringLiteral("crash test on the real clock"));
    QVERIFY(t.ws().execute(never).ok());
    t.close();
    const int kills = qEnvironmentVariableIntValue("COUNTERSIGN_CRASH_KILLS") > 0
        ? qEnvironmentVariableIntValue("COUNTERSIGN_CRASH_KILLS")
        : 200;
    QRandomGenerator random(20261124); // fixed seed: a failure can be replayed
    qint64 acknowledged = 3;
    for (int i = 0; i < kills; ++i) {
        QProcess writer;
        writer.start(QStringLiteral(COUNTERSIGN_CRASH_WRITER_PATH), {t.path()});
        QVERIFY2(writer.waitForStarted(), qPrintable(writer.errorString()));
        QTest::qWait(static_cast<int>(random.bounded(5, 120)));
        writer.kill(); // SIGKILL
        QVERIFY(writer.waitForFinished());
        const QList<QByteArray> lines = writer.readAllStandardOutput().split('\n');
        for (const QByteArray& line : lines) {
            if (!line.isEmpty()) {
                acknowledged = std::max(acknowledged, line.toLongLong());
            }
        }
        const QByteArray errors = writer.readAllStandardError();
        QVERIFY2(errors.isEmpty(), errors.constData());

        auto ws = Workspace::open(t.path(), OpenMode::ReadOnly);
        QVERIFY2(ws.ok(),
                 qPrintable(QStringLiteral("after kill %1: %2").arg(i).arg(ws.ok() ? QString() : ws.error().message)));
        auto report = ws.value()->verify();
        QVERIFY(report.ok());
        QVERIFY2(report->intact(), qPrintable(QStringLiteral("after kill %1: %2").arg(i).arg(report->summary())));
        QVERIFY2(report->lastSeq >= acknowledged,
                 qPrintable(QStringLiteral("after kill %1: event %2 was acknowledged but the trail ends at %3")
                                .arg(i)
                                .arg(acknowledged)
                                .arg(report->lastSeq)));
        QCOMPARE(report->eventCount, report->lastSeq); // contiguous: every acknowledged event is there
    }
    qInfo("%d kills, %lld events acknowledged and present", kills, static_cast<long long>(acknowledged));
    QVERIFY2(acknowledged > kills, "the writer should have committed events between kills");
}

QTEST_GUILESS_MAIN(TestCrashRecovery)
#include "TestCrashRecovery.moc"
