// Team workspaces on PostgreSQL (issue #17): the same records, trail, seals and verification as a file workspace,
// on a server this test starts for itself (tests/support/PgServer).
#include "PgServer.h"
#include "TestWorkspace.h"

#include "audit/VerificationReport.h"
#include "store/ServerOpener.h"

#include <QTest>

using namespace cs;
using namespace cs::test;

class TestServerWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void recordsAndTrailVerify();
    void displayNameDropsThePassword();

private:
    std::unique_ptr<PgServer> m_server;
    int m_teams = 0;
    /// A new team database with its owner and writer roles; its name.
    QString newTeam();
};

void TestServerWorkspace::initTestCase()
{
    m_server = std::make_unique<PgServer>();
    QString why;
    QVERIFY2(m_server->start(&why), qPrintable(why));
}

QString TestServerWorkspace::newTeam()
{
    const QString name = QStringLiteral("team_%1").arg(++m_teams);
    QString why;
    if (!m_server->createTeam(name, &why)) {
        qWarning("%s", qPrintable(why));
        return {};
    }
    return name;
}

void TestServerWorkspace::recordsAndTrailVerify()
{
    const QString team = newTeam();
    QVERIFY(!team.isEmpty());
    TestWorkspace t(m_server->ownerUri(team), PgServer::writerOf(team));
    QVERIFY(t.ws().isServer());
    QVERIFY(t.addEvents(5));
    QVERIFY(t.addUser(QStringLiteral("qa"), {Role::QaOfficer}));
    QVERIFY(t.addModelVersions(QStringLiteral("sepsis"), {QStringLiteral("1"), QStringLiteral("2")}));
    QVERIFY(!t.checkpoint().isEmpty());
    auto report = t.ws().verify();
    QVERIFY2(report, report ? "" : qPrintable(report.error().message));
    QVERIFY2(report->intact(), qPrintable(report->summary()));
    QVERIFY(report->eventCount > 8);
}

void TestServerWorkspace::displayNameDropsThePassword()
{
    QCOMPARE(ServerOpener::displayName(QStringLiteral("postgresql://qa:s3cret@db.example.org:5432/team?sslmode=verify-full")),
             QStringLiteral("postgresql://qa@db.example.org:5432/team?sslmode=verify-full"));
    QCOMPARE(ServerOpener::displayName(QStringLiteral("postgresql:///team?host=/run/pg&password=s3cret&port=5433")),
             QStringLiteral("postgresql:///team?host=/run/pg&port=5433"));
}

QTEST_GUILESS_MAIN(TestServerWorkspace)
#include "TestServerWorkspace.moc"
