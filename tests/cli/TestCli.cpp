// countersign-cli as a person or a script uses it: output, exit status (0 ok, 1 integrity failure, 2 error) and
// one-line errors on stderr. The checkpoint signature is checked independently with the openssl command.
#include "Tamper.h"
#include "config-countersign-tests.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cs::test;

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void version();
    void usageErrors_data();
    void usageErrors();
    void initRefusesToOverwrite();
    void logText();
    void logJson();
    void verifyIntact();
    void checkpointVerifiesWithOpenssl();
    void review();
    void verifyTampered();
    void unreadableWorkspace_data();
    void unreadableWorkspace();

private:
    Run cli(const QStringList& args);
    QTemporaryDir m_dir;
    QString m_demo;
};

Run TestCli::cli(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(COUNTERSIGN_CLI_PATH), args);
    p.waitForFinished(60000);
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

void TestCli::initTestCase()
{
    m_demo = m_dir.filePath(QStringLiteral("demo.countersign"));
    const Run r = cli({QStringLiteral("demo"), m_demo});
    QCOMPARE(r.exitCode, 0);
}

void TestCli::version()
{
    const Run r = cli({QStringLiteral("--version")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("countersign-cli " COUNTERSIGN_VERSION));
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no arguments") << QStringList();
    QTest::newRow("unknown command") << QStringList {QStringLiteral("sign-everything")};
    QTest::newRow("missing workspace") << QStringList {QStringLiteral("verify")};
    QTest::newRow("unknown option") << QStringList {QStringLiteral("log"), QStringLiteral("x"),
                                                    QStringLiteral("--colour")};
    QTest::newRow("bad --limit") << QStringList {QStringLiteral("log"), QStringLiteral("x"), QStringLiteral("--limit"),
                                                 QStringLiteral("many")};
    QTest::newRow("checkpoint without --out") << QStringList {QStringLiteral("checkpoint"), QStringLiteral("x")};
    QTest::newRow("review without --note") << QStringList {QStringLiteral("review"), QStringLiteral("x")};
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, args);
    const Run r = cli(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(!r.err.isEmpty(), "a usage error says what is wrong");
}

void TestCli::initRefusesToOverwrite()
{
    const QString path = m_dir.filePath(QStringLiteral("new.countersign"));
    Run r = cli({QStringLiteral("init"), path, QStringLiteral("--name"), QStringLiteral("Cardiology models")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("Verifier key: countersign/"));
    QVERIFY(QFile::exists(path + QStringLiteral(".key")));
    r = cli({QStringLiteral("init"), path});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("already exists"));
    QCOMPARE(r.err.count('\n'), 1);
}

void TestCli::logText()
{
    const Run r = cli({QStringLiteral("log"), m_demo});
    QCOMPARE(r.exitCode, 0);
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QVERIFY(lines.first().startsWith("SEQ"));
    QVERIFY(lines.at(1).contains("workspace.created"));
    QVERIFY(r.out.contains("Information security policy ISP-7"));
}

void TestCli::logJson()
{
    Run r = cli({QStringLiteral("log"), m_demo, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QJsonParseError error;
    const QJsonArray all = QJsonDocument::fromJson(r.out, &error).array();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(all.size() >= 10);
    const QJsonObject third = all.at(2).toObject();
    QCOMPARE(third.value(QStringLiteral("seq")).toInt(), 3);
    QCOMPARE(third.value(QStringLiteral("before")).toObject().value(QStringLiteral("value")).toInt(), 15);
    QCOMPARE(third.value(QStringLiteral("leaf_hash")).toString().size(), 64);
    QVERIFY(third.value(QStringLiteral("time")).toString().endsWith(u'Z'));

    r = cli({QStringLiteral("log"), m_demo, QStringLiteral("--json"), QStringLiteral("--from"), QStringLiteral("3"),
             QStringLiteral("--limit"), QStringLiteral("2")});
    const QJsonArray page = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(page.size(), 2);
    QCOMPARE(page.at(0).toObject().value(QStringLiteral("seq")).toInt(), 3);
    QCOMPARE(page.at(1).toObject().value(QStringLiteral("seq")).toInt(), 4);
}

void TestCli::verifyIntact()
{
    Run r = cli({QStringLiteral("verify"), m_demo});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("Audit trail intact"));
    QVERIFY(r.err.isEmpty());
    r = cli({QStringLiteral("verify"), m_demo, QStringLiteral("--json")});
    const QJsonObject report = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(report.value(QStringLiteral("intact")).toBool(), true);
    QCOMPARE(report.value(QStringLiteral("checkpoints_checked")).toInt(), 3);
}

void TestCli::checkpointVerifiesWithOpenssl()
{
    const QString path = m_dir.filePath(QStringLiteral("cp.countersign"));
    QCOMPARE(cli({QStringLiteral("demo"), path}).exitCode, 0);
    const QString file = m_dir.filePath(QStringLiteral("cp.txt"));
    Run r = cli({QStringLiteral("checkpoint"), path, QStringLiteral("--out"), file});
    QCOMPARE(r.exitCode, 0);
    r = cli({QStringLiteral("checkpoint"), path, QStringLiteral("--out"), file});
    QCOMPARE(r.exitCode, 2); // never overwrites a checkpoint file
    QCOMPARE(cli({QStringLiteral("verify"), path, QStringLiteral("--checkpoint"), file}).exitCode, 0);

    // Independent check of the C2SP note: its body, signed with Ed25519 by the workspace key, verifies in OpenSSL.
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    QVERIFY2(!openssl.isEmpty(), "openssl is installed by scripts/install-deps.sh");
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray note = f.readAll();
    const qsizetype split = note.lastIndexOf("\n\n");
    const QByteArray body = note.left(split + 1);
    const QByteArray sigLine = note.mid(split + 2).trimmed();
    const QByteArray blob = QByteArray::fromBase64(sigLine.mid(sigLine.lastIndexOf(' ') + 1));
    QCOMPARE(blob.size(), 68);
    QFile bodyFile(m_dir.filePath(QStringLiteral("body.txt")));
    QVERIFY(bodyFile.open(QIODevice::WriteOnly) && bodyFile.write(body) == body.size());
    bodyFile.close();
    QFile sigFile(m_dir.filePath(QStringLiteral("sig.bin")));
    QVERIFY(sigFile.open(QIODevice::WriteOnly) && sigFile.write(blob.mid(4)) == 64);
    sigFile.close();
    QProcess pub;
    pub.start(openssl,
              {QStringLiteral("pkey"), QStringLiteral("-in"), path + QStringLiteral(".key"), QStringLiteral("-pubout"),
               QStringLiteral("-out"), m_dir.filePath(QStringLiteral("pub.pem"))});
    QVERIFY(pub.waitForFinished() && pub.exitCode() == 0);
    QProcess verify;
    verify.start(openssl,
                 {QStringLiteral("pkeyutl"), QStringLiteral("-verify"), QStringLiteral("-pubin"),
                  QStringLiteral("-inkey"), m_dir.filePath(QStringLiteral("pub.pem")), QStringLiteral("-rawin"),
                  QStringLiteral("-in"), bodyFile.fileName(), QStringLiteral("-sigfile"), sigFile.fileName()});
    QVERIFY(verify.waitForFinished());
    QVERIFY2(verify.exitCode() == 0, verify.readAllStandardError().constData());
    QVERIFY(verify.readAllStandardOutput().contains("Signature Verified Successfully"));
}

void TestCli::review()
{
    const QString path = m_dir.filePath(QStringLiteral("review.countersign"));
    QCOMPARE(cli({QStringLiteral("demo"), path}).exitCode, 0);
    Run r =
        cli({QStringLiteral("review"), path, QStringLiteral("--note"), QStringLiteral("Monthly review: no findings.")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("Recorded review 3 of events"), r.out.constData());
    r = cli({QStringLiteral("review"), path, QStringLiteral("--note"), QStringLiteral("again"),
             QStringLiteral("--from"), QStringLiteral("1"), QStringLiteral("--to"), QStringLiteral("999")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("the trail holds events 1 to"));
    r = cli({QStringLiteral("log"), path, QStringLiteral("--json")});
    const QJsonObject event = QJsonDocument::fromJson(r.out).array().last().toObject();
    QCOMPARE(event.value(QStringLiteral("action")).toString(), QStringLiteral("audit.reviewed"));
    QCOMPARE(event.value(QStringLiteral("after")).toObject().value(QStringLiteral("finding")).toString(),
             QStringLiteral("Monthly review: no findings."));
}

void TestCli::verifyTampered()
{
    const QString path = m_dir.filePath(QStringLiteral("tampered.countersign"));
    QCOMPARE(cli({QStringLiteral("demo"), path}).exitCode, 0);
    QCOMPARE(tamper(path, {QStringLiteral("UPDATE audit_event SET actor = 'mallory' WHERE seq = 4")}), QString());
    const Run r = cli({QStringLiteral("verify"), path});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.startsWith("Audit trail BROKEN at event 4"), r.out.constData());
    QVERIFY(r.err.isEmpty());
}

void TestCli::unreadableWorkspace_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing") << QStringLiteral("/nonexistent/ws.countersign") << QStringLiteral("does not exist");
    QTest::newRow("text file") << QStringLiteral(COUNTERSIGN_TEST_DATA_DIR "/not-sqlite.countersign")
                               << QStringLiteral("not a Countersign workspace");
    QTest::newRow("foreign database") << QStringLiteral(COUNTERSIGN_TEST_DATA_DIR "/foreign.sqlite")
                                      << QStringLiteral("not a Countersign workspace");
}

void TestCli::unreadableWorkspace()
{
    QFETCH(QString, path);
    QFETCH(QString, message);
    for (const QString& command : {QStringLiteral("verify"), QStringLiteral("log")}) {
        const Run r = cli({command, path});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(message.toUtf8()) && r.err.contains(path.toUtf8()), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
    }
}

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
