// Team workspaces on PostgreSQL (issue #17): the same records, trail, seals and verification as a file workspace,
// on a server this test starts for itself (tests/support/PgServer).
#include "PgServer.h"
#include "TestWorkspace.h"
#include "audit/VerificationReport.h"
#include "commands/ChangeSettingCommand.h"
#include "config-countersign-tests.h"
#include "demo/DemoWorkspace.h"
#include "settings/WorkspaceSettings.h"
#include "store/ServerOpener.h"
#include "workspace/WorkspaceAccess.h"

#include <QDateTime>
#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace cs;
using namespace cs::test;

class TestServerWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void recordsAndTrailVerify();
    void displayNameDropsThePassword();
    void theWholeDemoVerifies();
    void writerMayNotChangeTheTrail();
    void tamperingOutsideCountersignIsFound();
    void teamsCannotReadEachOther();
    void concurrentWritersKeepOneChain();
    void killedClientLeavesNothingPartial();
    void serverRestartIsAClearErrorThenWorkResumes();
    void remoteServersAreVerifiedOverTls();
    void namedConnectionsFromAServiceFile();

private:
    /// A team workspace as its writer role sees it, with the test's own account signed in.
    std::unique_ptr<TestWorkspace> teamWorkspace(QString* team);
    /// Verifies the workspace at `uri` from a fresh read-only connection; the report's summary on failure.
    static VerificationReport verifyAt(const QString& uri);
    /// The server of the TLS tests (started by the first), with a team "secure"; empty when it cannot start.
    PgServer* tlsServer(QString* why);
    /// `secure`'s owner at the TLS server's address, with `query` after "?".
    QString secureUri(const QString& query) const;
    std::unique_ptr<PgServer> m_server;
    std::unique_ptr<PgServer> m_tls;
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
    QCOMPARE(ServerOpener::displayName(
                 QStringLiteral("postgresql://qa:s3cret@db.example.org:5432/team?sslmode=verify-full")),
             QStringLiteral("postgresql://qa@db.example.org:5432/team?sslmode=verify-full"));
    QCOMPARE(ServerOpener::displayName(QStringLiteral("postgresql:///team?host=/run/pg&password=s3cret&port=5433")),
             QStringLiteral("postgresql:///team?host=/run/pg&port=5433"));
}

std::unique_ptr<TestWorkspace> TestServerWorkspace::teamWorkspace(QString* team)
{
    *team = newTeam();
    if (team->isEmpty()) {
        return {};
    }
    // Created by the owner role, which grants the writer; then worked in as the writer, as people do.
    auto t = std::make_unique<TestWorkspace>(m_server->ownerUri(*team), PgServer::writerOf(*team));
    // Writers in other processes run on the real clock: keep the password from expiring under them.
    ChangeSettingCommand never(SettingKey::PasswordMaxAgeDays, 0, QStringLiteral("team test on the real clock"));
    if (!t->ws().execute(never)) {
        return {};
    }
    return t;
}

VerificationReport TestServerWorkspace::verifyAt(const QString& uri)
{
    auto ws = Workspace::open(uri, OpenMode::ReadOnly);
    if (!ws) {
        qWarning("open: %s", qPrintable(ws.error().message));
        return {};
    }
    auto report = ws.value()->verify();
    if (!report) {
        qWarning("verify: %s", qPrintable(report.error().message));
        return {};
    }
    return report.value();
}

void TestServerWorkspace::theWholeDemoVerifies()
{
    // The demo tells the product's whole story (imports, predictions, change requests, signatures, PCCP, drift):
    // told into a team workspace, it verifies as it does in a file.
    const QString team = newTeam();
    QVERIFY(!team.isEmpty());
    QTemporaryDir folder;
    qputenv("COUNTERSIGN_TEAM_KEYS", QFile::encodeName(folder.filePath(QStringLiteral("team-keys"))));
    auto told = DemoWorkspace::create(m_server->ownerUri(team), QDateTime::currentMSecsSinceEpoch(),
                                      folder.filePath(QStringLiteral("demo")));
    QVERIFY2(told, told ? "" : qPrintable(told.error().message));
    const VerificationReport report = verifyAt(m_server->ownerUri(team));
    QVERIFY2(report.intact(), qPrintable(report.summary()));
    QVERIFY(report.eventCount > 100);
    QCOMPARE(report.checkpointsChecked, 3);
    // A third person verifies it from the CLI, as a file: the trail, the checkpoints and all 14 signatures.
    QProcess cli;
    cli.start(QStringLiteral(COUNTERSIGN_CLI_PATH), {QStringLiteral("verify"), m_server->ownerUri(team)});
    QVERIFY(cli.waitForFinished(120000));
    const QString printed = QString::fromUtf8(cli.readAllStandardOutput() + cli.readAllStandardError());
    QVERIFY2(cli.exitCode() == 0, qPrintable(printed));
    QVERIFY2(printed.contains(QStringLiteral("Audit trail intact")), qPrintable(printed));
    QVERIFY2(printed.contains(QStringLiteral("Signatures: all 14 verify")), qPrintable(printed));
    QVERIFY2(!printed.contains(PgServer::passwordOf(PgServer::ownerOf(team))), "the password is printed");

    // Migrated to a file, from there to another team's server, and back to a file: every step verifies, and the two
    // files are the same rows (sqlite3's dump, an independent reader).
    const QString fileA = folder.filePath(QStringLiteral("a.countersign"));
    const QString fileC = folder.filePath(QStringLiteral("c.countersign"));
    const QString other = newTeam();
    QVERIFY(!other.isEmpty());
    const auto run = [](const QStringList& args, QString* text) {
        QProcess p;
        p.start(QStringLiteral(COUNTERSIGN_CLI_PATH), args);
        p.waitForFinished(300000);
        *text = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    };
    QString said;
    QCOMPARE(run({QStringLiteral("migrate"), m_server->ownerUri(team), QStringLiteral("--to"), fileA}, &said), 0);
    QVERIFY2(said.contains(QStringLiteral("both verify")), qPrintable(said));
    QCOMPARE(run({QStringLiteral("migrate"), fileA, QStringLiteral("--to"), m_server->ownerUri(other)}, &said), 0);
    // A database that already holds a workspace is refused, and left as it was.
    QCOMPARE(run({QStringLiteral("migrate"), fileA, QStringLiteral("--to"), m_server->ownerUri(other)}, &said), 2);
    QVERIFY2(said.contains(QStringLiteral("already holds")), qPrintable(said));
    QCOMPARE(run({QStringLiteral("verify"), m_server->ownerUri(other)}, &said), 0);
    QVERIFY2(said.contains(QStringLiteral("Signatures: all 14 verify")), qPrintable(said));
    QCOMPARE(run({QStringLiteral("migrate"), m_server->ownerUri(other), QStringLiteral("--to"), fileC}, &said), 0);
    QCOMPARE(run({QStringLiteral("verify"), fileC}, &said), 0);
    QVERIFY2(said.contains(QStringLiteral("Signatures: all 14 verify")), qPrintable(said));
    const auto dump = [](const QString& file) {
        QProcess p;
        p.start(QStringLiteral("sqlite3"), {QStringLiteral("-readonly"), file, QStringLiteral(".dump")});
        p.waitForFinished(120000);
        return p.readAllStandardOutput();
    };
    const QByteArray a = dump(fileA);
    QVERIFY(a.contains("CREATE TABLE audit_event"));
    QVERIFY(a == dump(fileC));
}

void TestServerWorkspace::writerMayNotChangeTheTrail()
{
    QString team;
    auto t = teamWorkspace(&team);
    QVERIFY(t);
    QVERIFY(t->addEvents(3));
    // The role people connect as: the server itself refuses, whatever Countersign does.
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("writer"));
    db.setConnectOptions(QStringLiteral("host=%1 port=5432").arg(m_server->socketFolder()));
    db.setDatabaseName(team);
    db.setUserName(PgServer::writerOf(team));
    db.setPassword(PgServer::passwordOf(PgServer::writerOf(team)));
    QVERIFY2(db.open(), qPrintable(db.lastError().text()));
    {
        QSqlQuery q(db);
        for (const char* sql : {"UPDATE audit_event SET reason = 'edited' WHERE seq = 2", "DELETE FROM audit_event",
                                "DELETE FROM record_seal", "TRUNCATE audit_event", "UPDATE signature SET cms = ''",
                                "DROP TABLE audit_event", "ALTER TABLE audit_event DISABLE TRIGGER ALL"}) {
            QVERIFY2(!q.exec(QString::fromLatin1(sql)), sql);
            QVERIFY2(q.lastError().nativeErrorCode() == u"42501" || q.lastError().nativeErrorCode() == u"42809",
                     qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(sql), q.lastError().text())));
        }
        // And it may read, which is all the CLI's verify needs.
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_event")) && q.next());
        QVERIFY(q.value(0).toLongLong() >= 4);
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("writer"));
    const VerificationReport report = verifyAt(m_server->writerUri(team));
    QVERIFY2(report.intact(), qPrintable(report.summary()));
}

void TestServerWorkspace::tamperingOutsideCountersignIsFound()
{
    QString team;
    auto t = teamWorkspace(&team);
    QVERIFY(t);
    QVERIFY(t->addUser(QStringLiteral("qa"), {Role::QaOfficer}));
    t->close();
    // A database administrator edits a record behind Countersign's back (triggers off: the superuser can).
    QString why;
    QVERIFY2(m_server->psql(team,
                            QStringLiteral("SET session_replication_role = replica; "
                                           "UPDATE user_account SET roles = 'administrator' WHERE username = 'qa'"),
                            &why),
             qPrintable(why));
    const VerificationReport report = verifyAt(m_server->writerUri(team));
    QVERIFY(!report.intact());
    QVERIFY2(report.summary().contains(QStringLiteral("user_account \"qa\"")), qPrintable(report.summary()));
}

void TestServerWorkspace::teamsCannotReadEachOther()
{
    QString a;
    QString b;
    auto ta = teamWorkspace(&a);
    auto tb = teamWorkspace(&b);
    QVERIFY(ta && tb);
    // Team A's writer, on team B's database: refused at the door.
    const QString crossed = m_server->uri(b, PgServer::writerOf(a), PgServer::passwordOf(PgServer::writerOf(a)));
    auto ws = Workspace::open(crossed, OpenMode::ReadOnly);
    QVERIFY(!ws);
    QVERIFY2(ws.error().message.contains(QStringLiteral("permission denied")), qPrintable(ws.error().message));
    QVERIFY2(!ws.error().message.contains(PgServer::passwordOf(PgServer::writerOf(a))), "the password is shown");
    // Each team's own writer reads its own.
    QVERIFY(verifyAt(m_server->writerUri(a)).intact());
    QVERIFY(verifyAt(m_server->writerUri(b)).intact());
}

void TestServerWorkspace::concurrentWritersKeepOneChain()
{
    QString team;
    auto t = teamWorkspace(&team);
    QVERIFY(t);
    constexpr int kWriters = 8;
    constexpr int kChanges = 500;
    QList<QProcess*> writers;
    for (int w = 0; w < kWriters; ++w) {
        auto* p = new QProcess(this);
        p->start(QStringLiteral(COUNTERSIGN_CRASH_WRITER_PATH),
                 {m_server->writerUri(team), QString::number(kChanges), QStringLiteral("writer-%1").arg(w)});
        QVERIFY2(p->waitForStarted(), qPrintable(p->errorString()));
        writers.append(p);
    }
    QSet<QString> acknowledged;
    for (QProcess* p : writers) {
        QVERIFY(p->waitForFinished(600000));
        const QByteArray errors = p->readAllStandardError();
        QVERIFY2(p->exitCode() == 0, errors.constData());
        for (const QByteArray& line : p->readAllStandardOutput().split('\n')) {
            if (!line.isEmpty()) {
                acknowledged.insert(QString::fromUtf8(line).replace(u' ', QStringLiteral(" change ")));
            }
        }
        delete p;
    }
    QCOMPARE(acknowledged.size(), kWriters * kChanges);
    // Every acknowledged change is in the trail, once; the sequence has no gap.
    QString reasons;
    QString why;
    QVERIFY2(m_server->psql(team, QStringLiteral("SELECT reason FROM audit_event WHERE reason LIKE 'writer-%'"), &why,
                            &reasons),
             qPrintable(why));
    const QStringList stored = reasons.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(stored.size(), kWriters * kChanges);
    QCOMPARE(QSet<QString>(stored.cbegin(), stored.cend()), acknowledged);
    QString gaps;
    QVERIFY(m_server->psql(team, QStringLiteral("SELECT max(seq) - count(*) FROM audit_event"), &why, &gaps));
    QCOMPARE(gaps, QStringLiteral("0"));
    const VerificationReport report = verifyAt(m_server->writerUri(team));
    QVERIFY2(report.intact(), qPrintable(report.summary()));
    QVERIFY(report.eventCount >= kWriters * kChanges);
}

void TestServerWorkspace::killedClientLeavesNothingPartial()
{
    QString team;
    auto t = teamWorkspace(&team);
    QVERIFY(t);
    const int kills = std::max(1,
                               qEnvironmentVariableIntValue("COUNTERSIGN_SERVER_KILLS") > 0
                                   ? qEnvironmentVariableIntValue("COUNTERSIGN_SERVER_KILLS")
                                   : 200);
    QRandomGenerator random(20261206); // fixed seed: a failure can be replayed
    qint64 acknowledged = 0;
    int killsWhileWriting = 0;
    for (int i = 0; i < kills; ++i) {
        QProcess writer;
        writer.start(QStringLiteral(COUNTERSIGN_CRASH_WRITER_PATH), {m_server->writerUri(team)});
        QVERIFY2(writer.waitForStarted(), qPrintable(writer.errorString()));
        if (i % 2 == 1) {
            QVERIFY2(writer.waitForReadyRead(30000), "the writer acknowledged nothing within 30 s");
        }
        QTest::qWait(static_cast<int>(random.bounded(2, 60)));
        writer.kill(); // SIGKILL: the server sees the connection drop mid-transaction
        QVERIFY(writer.waitForFinished());
        bool wrote = false;
        for (const QByteArray& line : writer.readAllStandardOutput().split('\n')) {
            if (!line.isEmpty()) {
                acknowledged = std::max(acknowledged, line.toLongLong());
                wrote = true;
            }
        }
        killsWhileWriting += wrote ? 1 : 0;
        const QByteArray errors = writer.readAllStandardError();
        QVERIFY2(errors.isEmpty(), errors.constData());
        // The next change waits for the dead client's lock only as long as the server takes to notice.
        const VerificationReport report = verifyAt(m_server->writerUri(team));
        QVERIFY2(report.intact(), qPrintable(QStringLiteral("after kill %1: %2").arg(i).arg(report.summary())));
        QVERIFY2(report.lastSeq >= acknowledged,
                 qPrintable(QStringLiteral("after kill %1: event %2 acknowledged, trail ends at %3")
                                .arg(i)
                                .arg(acknowledged)
                                .arg(report.lastSeq)));
        QCOMPARE(report.eventCount, report.lastSeq);
    }
    qInfo("%d kills, %d after the writer acknowledged events, %lld events acknowledged and present", kills,
          killsWhileWriting, static_cast<long long>(acknowledged));
    QVERIFY(killsWhileWriting >= kills / 2);
}

void TestServerWorkspace::serverRestartIsAClearErrorThenWorkResumes()
{
    QString team;
    auto t = teamWorkspace(&team);
    QVERIFY(t);
    t->close();
    QVERIFY(t->reopen()); // as the owner, signed in
    QVERIFY(t->addEvents(2));
    QString why;
    QVERIFY2(m_server->restart(&why), qPrintable(why));
    // The open workspace's connection is gone: the next change says so and saves nothing.
    ChangeSettingCommand change(SettingKey::AuditReviewIntervalDays, 45, QStringLiteral("after the restart"));
    auto r = t->ws().execute(change);
    QVERIFY(!r);
    QVERIFY2(r.error().message.contains(QStringLiteral("connection to the server was lost")) ||
                 r.error().message.contains(QStringLiteral("connection to the server is closed")),
             qPrintable(r.error().message));
    QVERIFY2(r.error().message.contains(QStringLiteral("econnect")), qPrintable(r.error().message));
    // Reconnecting (what File > Reconnect and every CLI command do) resumes the work.
    QVERIFY(t->reopen());
    ChangeSettingCommand again(SettingKey::AuditReviewIntervalDays, 45, QStringLiteral("after reconnecting"));
    QVERIFY(t->ws().execute(again));
    const VerificationReport report = verifyAt(m_server->writerUri(team));
    QVERIFY2(report.intact(), qPrintable(report.summary()));
}

PgServer* TestServerWorkspace::tlsServer(QString* why)
{
    if (!m_tls) {
        auto server = std::make_unique<PgServer>();
        server->enableTls();
        if (!server->start(why) || !server->createTeam(QStringLiteral("secure"), why)) {
            return nullptr;
        }
        m_tls = std::move(server);
    }
    return m_tls.get();
}

QString TestServerWorkspace::secureUri(const QString& query) const
{
    const QString owner = PgServer::ownerOf(QStringLiteral("secure"));
    return QStringLiteral("postgresql://%1:%2@%3:%4/secure?%5")
        .arg(owner, PgServer::passwordOf(owner), PgServer::TlsHost)
        .arg(m_tls->port())
        .arg(query);
}

void TestServerWorkspace::remoteServersAreVerifiedOverTls()
{
    QString why;
    PgServer* server = tlsServer(&why);
    QVERIFY2(server, qPrintable(why));
    const QString ca = QStringLiteral("sslrootcert=") + server->tlsCaFile();

    // No sslmode in the URI and a host that is not this machine's name: Countersign asks libpq for verify-full. The
    // server's CA lets the connection in, and it is encrypted (the server's own view, pg_stat_ssl).
    TestWorkspace t(secureUri(ca));
    QVERIFY(t.addEvents(3));
    QSqlQuery q(WorkspaceAccess::database(t.ws()).connection());
    QVERIFY(q.exec(QStringLiteral("SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()")) && q.next());
    QVERIFY(q.value(0).toBool());
    QVERIFY2(q.value(1).toString().startsWith(u"TLSv1."), qPrintable(q.value(1).toString()));
    q.finish();
    const VerificationReport report = verifyAt(secureUri(ca));
    QVERIFY2(report.intact(), qPrintable(report.summary()));

    const auto refusal = [](const QString& uri) {
        auto ws = Workspace::open(uri, OpenMode::ReadOnly);
        return ws ? QStringLiteral("opened") : ws.error().message;
    };
    const QString password = PgServer::passwordOf(PgServer::ownerOf(QStringLiteral("secure")));
    // A certificate from a CA the client does not trust: refused, the URI named without its password.
    QString said = refusal(secureUri(QStringLiteral("sslrootcert=") + server->otherCaFile()));
    QVERIFY2(said.contains(u"certificate verify failed") && said.contains(u"cannot connect to postgresql://") &&
                 !said.contains(password),
             qPrintable(said));
    // The right CA, but the certificate is for another name than the one asked for.
    const QString owner = PgServer::ownerOf(QStringLiteral("secure"));
    said = refusal(QStringLiteral("postgresql://%1:%2@db.example.org:%3/secure?hostaddr=%4&%5")
                       .arg(owner, password)
                       .arg(server->port())
                       .arg(PgServer::TlsHost, ca));
    QVERIFY2(said.contains(u"does not match host name \"db.example.org\""), qPrintable(said));
    // No CA at all: verify-full needs one, and says where it looked.
    qputenv("PGSSLROOTCERT", QFile::encodeName(QDir::temp().filePath(QStringLiteral("no-such-root.crt"))));
    said = refusal(secureUri(QStringLiteral("connect_timeout=10")));
    qunsetenv("PGSSLROOTCERT");
    QVERIFY2(said.contains(u"root certificate file") && said.contains(u"does not exist"), qPrintable(said));
    // Whoever turns TLS off explicitly is turned away by this server.
    said = refusal(secureUri(QStringLiteral("sslmode=disable")));
    QVERIFY2(said.contains(u"no encryption"), qPrintable(said));
}

void TestServerWorkspace::namedConnectionsFromAServiceFile()
{
    QString why;
    PgServer* server = tlsServer(&why);
    QVERIFY2(server, qPrintable(why));
    // The connection details in a PostgreSQL service file and the password in a password file, as a team's IT
    // department hands them out: Countersign is given only the name.
    QTemporaryDir dir;
    const QString owner = PgServer::ownerOf(QStringLiteral("secure"));
    const QString services = dir.filePath(QStringLiteral("pg_service.conf"));
    const QString passwords = dir.filePath(QStringLiteral("pgpass"));
    {
        QFile f(services);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QString common = QStringLiteral("host=%1\nport=%2\ndbname=secure\nuser=%3\n")
                                   .arg(PgServer::TlsHost)
                                   .arg(server->port())
                                   .arg(owner);
        f.write(QStringLiteral("# the QA team's workspace\n[qa-team]\n%1sslrootcert=%2\n\n"
                               "[wrong-ca]\n%1sslrootcert=%3\n\n"
                               "[encrypted-only]\n%1sslmode=require\n")
                    .arg(common, server->tlsCaFile(), server->otherCaFile())
                    .toUtf8());
        QFile p(passwords);
        QVERIFY(p.open(QIODevice::WriteOnly));
        p.write(QStringLiteral("%1:%2:secure:%3:%4\n")
                    .arg(PgServer::TlsHost)
                    .arg(server->port())
                    .arg(owner, PgServer::passwordOf(owner))
                    .toUtf8());
        p.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner); // libpq ignores it otherwise
    }
    qputenv("PGSERVICEFILE", QFile::encodeName(services));
    qputenv("PGPASSFILE", QFile::encodeName(passwords));
    const auto restore = qScopeGuard([] {
        qunsetenv("PGSERVICEFILE");
        qunsetenv("PGPASSFILE");
    });
    // secure holds a workspace when the TLS test ran first; a service run on its own makes one.
    if (!Workspace::open(QStringLiteral("postgresql:///?service=qa-team"), OpenMode::ReadOnly)) {
        TestWorkspace made(secureUri(QStringLiteral("sslrootcert=") + server->tlsCaFile()));
    }
    auto ws = Workspace::open(QStringLiteral("postgresql:///?service=qa-team"), OpenMode::ReadOnly);
    QVERIFY2(ws, ws ? "" : qPrintable(ws.error().message));
    QVERIFY(ws.value()->verify().value().intact());
    ws.value().reset();
    // The service names a remote host and no sslmode: verify-full applies, so a CA that did not issue the server's
    // certificate is refused (libpq's own default, "prefer", would not have looked).
    ws = Workspace::open(QStringLiteral("postgresql:///?service=wrong-ca"), OpenMode::ReadOnly);
    QVERIFY(!ws);
    QVERIFY2(ws.error().message.contains(u"certificate verify failed"), qPrintable(ws.error().message));
    // A mode the service chose is its own: "require" encrypts without checking the certificate.
    ws = Workspace::open(QStringLiteral("postgresql:///?service=encrypted-only"), OpenMode::ReadOnly);
    QVERIFY2(ws, ws ? "" : qPrintable(ws.error().message));
    ws.value().reset();
    // The CLI takes the name wherever it takes a workspace.
    QProcess cli;
    cli.start(QStringLiteral(COUNTERSIGN_CLI_PATH),
              {QStringLiteral("verify"), QStringLiteral("postgresql:///?service=qa-team")});
    QVERIFY(cli.waitForFinished(120000));
    const QString printed = QString::fromUtf8(cli.readAllStandardOutput() + cli.readAllStandardError());
    QVERIFY2(cli.exitCode() == 0 && printed.contains(QStringLiteral("Audit trail intact")), qPrintable(printed));
}

QTEST_GUILESS_MAIN(TestServerWorkspace)
#include "TestServerWorkspace.moc"
