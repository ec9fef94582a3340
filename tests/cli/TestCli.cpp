// countersign-cli as a person or a script uses it: output, exit status (0 ok, 1 integrity failure, 2 error,
// 3 refused) and one-line errors on stderr. Passwords go in on stdin through --password-fd 0. The checkpoint and
// electronic signatures are checked independently with the openssl command.
#include "DemoCopy.h"
#include "Mlflow3Fixture.h"
#include "MlflowFixture.h"
#include "Tamper.h"
#include "config-countersign-tests.h"
#include "workspace/Workspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

#include <csignal>

using namespace cs;
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
    void terminalNeverGetsControlCharacters();
    void usageErrors_data();
    void usageErrors();
    void groupHelp();
    void speaksTheEnvironmentsLanguage();
    void interruptStoresNothing();
    void initRefusesToOverwrite();
    void logText();
    void logJson();
    void statsOnStoredPredictions_data();
    void statsOnStoredPredictions();
    void statsOnStoredPredictionsRefuses_data();
    void statsOnStoredPredictionsRefuses();
    void hashFailureIsAnError();
    void verifyIntact();
    void checkpointVerifiesWithOpenssl();
    void review();
    void verifyTampered();
    void unreadableWorkspace_data();
    void unreadableWorkspace();
    void signAndVerifyWithOpenssl();
    void accountsAndLockout();
    void changesNeedSignIn();
    void importsFromMlflow();
    void importsFromMlflow3();
    void changeRequests();
    void pccpCheck();
    void pccpStoredSignedAndGating();

private:
    /// Runs countersign-cli in `locale` (LC_ALL and LANG; LANGUAGE unset): C.UTF-8, English, unless a test asks.
    Run cli(const QStringList& args, const QByteArray& input = {}, const QString& locale = QStringLiteral("C.UTF-8"));
    QString demoCopy(const QString& name);
    QTemporaryDir m_dir;
    QString m_demo;
};

Run TestCli::cli(const QStringList& args, const QByteArray& input, const QString& locale)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("LANGUAGE"));
    env.insert(QStringLiteral("LC_ALL"), locale);
    env.insert(QStringLiteral("LANG"), locale);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(COUNTERSIGN_CLI_PATH), args);
    p.waitForStarted();
    p.write(input);
    p.closeWriteChannel();
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

void TestCli::speaksTheEnvironmentsLanguage()
{
    const QString de = QStringLiteral("de_DE.UTF-8");
    const QString fr = QStringLiteral("fr_FR.UTF-8");
    // Help, results and errors follow the environment's language, like every command-line tool's.
    const Run hilfe = cli({QStringLiteral("--help")}, {}, de);
    QCOMPARE(hilfe.exitCode, 0);
    QVERIFY2(hilfe.out.startsWith("Aufruf: countersign-cli BEFEHL [OPTIONEN]"), hilfe.out.left(300).constData());
    const Run aide = cli({QStringLiteral("--help")}, {}, fr);
    QVERIFY2(aide.out.startsWith("Usage : countersign-cli COMMANDE [OPTIONS]"), aide.out.left(300).constData());
    const Run verbHelp = cli({QStringLiteral("cr"), QStringLiteral("evaluate"), QStringLiteral("--help")}, {}, de);
    QVERIFY2(verbHelp.out.contains("Die Validierungsnachweise eines eingereichten Antrags"), verbHelp.out.constData());
    const Run geprueft = cli({QStringLiteral("verify"), m_demo}, {}, de);
    QCOMPARE(geprueft.exitCode, 0);
    QVERIFY2(geprueft.out.contains("Signaturen: alle 14 verifizieren."), geprueft.out.constData());
    const Run verifie = cli({QStringLiteral("verify"), m_demo}, {}, fr);
    QVERIFY2(verifie.out.contains("Signatures : les 14 se vérifient toutes."), verifie.out.constData());
    const Run table = cli({QStringLiteral("signatures"), m_demo}, {}, de);
    QVERIFY2(table.out.startsWith("ID   DATENSATZ         BEDEUTUNG SIGNIERT VON"), table.out.left(200).constData());
    // Errors in the language too, with the same exit status.
    const Run unknown = cli({QStringLiteral("frobnicate")}, {}, de);
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains("unbekannter Befehl \"frobnicate\""), unknown.err.constData());
    const Run inconnu = cli({QStringLiteral("frobnicate")}, {}, fr);
    QVERIFY2(inconnu.err.contains("commande inconnue « frobnicate »"), inconnu.err.constData());
    // What scripts read is the same in every language, byte for byte.
    for (const QStringList& args : {QStringList {QStringLiteral("verify"), m_demo, QStringLiteral("--json")},
                                    QStringList {QStringLiteral("signatures"), m_demo, QStringLiteral("--json")},
                                    QStringList {QStringLiteral("cr"), QStringLiteral("show"), m_demo,
                                                 QStringLiteral("CR-2026-0003"), QStringLiteral("--json")},
                                    QStringList {QStringLiteral("log"), m_demo, QStringLiteral("--json")}}) {
        const Run english = cli(args);
        QCOMPARE(english.exitCode, 0);
        QVERIFY(!english.out.isEmpty());
        QCOMPARE(cli(args, {}, de).out, english.out);
        QCOMPARE(cli(args, {}, fr).out, english.out);
    }
}

void TestCli::interruptStoresNothing()
{
    // Ctrl-C once cr evaluate listens for it (here while it waits for the password on its descriptor): it stops with
    // exit status 130 and the trail is as long as it was. When it listens is read from the kernel (the SIGINT bit of
    // the process's caught signals), not guessed with a sleep.
    const QString path = demoCopy(QStringLiteral("interrupt"));
    const auto events = [this, &path] {
        return QJsonDocument::fromJson(cli({QStringLiteral("log"), path, QStringLiteral("--json")}).out).array().size();
    };
    const qsizetype before = events();
    QVERIFY(before > 100);
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(COUNTERSIGN_CLI_PATH),
            {QStringLiteral("cr"), QStringLiteral("evaluate"), path, QStringLiteral("CR-2026-0004"),
             QStringLiteral("--user"), QStringLiteral("dokafor"), QStringLiteral("--password-fd"),
             QStringLiteral("0")});
    QVERIFY(p.waitForStarted());
    const auto listening = [&p] {
        QFile status(QStringLiteral("/proc/%1/status").arg(p.processId()));
        if (!status.open(QIODevice::ReadOnly)) {
            return false;
        }
        for (const QByteArray& line : status.readAll().split('\n')) {
            if (line.startsWith("SigCgt:")) {
                return (line.mid(7).trimmed().toULongLong(nullptr, 16) & (1ULL << (SIGINT - 1))) != 0;
            }
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(listening(), 30000);
    QCOMPARE(::kill(pid_t(p.processId()), SIGINT), 0);
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    const QByteArray err = p.readAllStandardError();
    QCOMPARE(p.exitCode(), 130);
    QVERIFY2(err.contains("interrupted; nothing was stored"), err.constData());
    QCOMPARE(events(), before);
}

void TestCli::groupHelp()
{
    // A command with verbs lists them on --help, whether the CLI runs it or the documents helper it execs.
    for (const char* group : {"cr", "package", "drift"}) {
        const Run r = cli({QString::fromLatin1(group), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QByteArray(QByteArray("Usage: countersign-cli ") + group + " VERB")),
                 r.out.constData());
        QVERIFY2(r.out.contains("Verbs: "), r.out.constData());
    }
    QVERIFY(cli({QStringLiteral("package"), QStringLiteral("--help")}).out.contains("export, verify"));
}

void TestCli::initRefusesToOverwrite()
{
    const QString path = m_dir.filePath(QStringLiteral("new.countersign"));
    const QStringList admin = {QStringLiteral("--admin"),       QStringLiteral("kwong"),
                               QStringLiteral("--full-name"),   QStringLiteral("Karen Wong"),
                               QStringLiteral("--email"),       QStringLiteral("karen.wong@example.org"),
                               QStringLiteral("--password-fd"), QStringLiteral("0")};
    Run r =
        cli(QStringList {QStringLiteral("init"), path, QStringLiteral("--name"), QStringLiteral("Cardiology models")} +
                admin,
            "a-long-enough-pass\n");
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("Verifier key: countersign/"));
    QVERIFY(QFile::exists(path + QStringLiteral(".key")));
    r = cli(QStringList {QStringLiteral("init"), path} + admin, "a-long-enough-pass\n");
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

void TestCli::statsOnStoredPredictions_data()
{
    // The same options on the stored predictions (WORKSPACE --dataset) and on the file they were imported from.
    QTest::addColumn<QString>("dataset");
    QTest::addColumn<QStringList>("options");
    const QString validation = QStringLiteral("locked-validation-2026q3");
    QTest::newRow("2 against 3") << validation << QStringList {};
    QTest::newRow("by age band") << validation << QStringList {QStringLiteral("--group"), QStringLiteral("age_band")};
    QTest::newRow("thresholds, alpha, margin") << validation
                                               << QStringList {QStringLiteral("--threshold-reference"),
                                                               QStringLiteral("0.35"),
                                                               QStringLiteral("--threshold-candidate"),
                                                               QStringLiteral("0.6"),
                                                               QStringLiteral("--alpha"),
                                                               QStringLiteral("0.1"),
                                                               QStringLiteral("--margin"),
                                                               QStringLiteral("0.02")};
    QTest::newRow("challenge set by site")
        << QStringLiteral("challenge-2026q3") << QStringList {QStringLiteral("--group"), QStringLiteral("site")};
}

void TestCli::statsOnStoredPredictions()
{
    QFETCH(QString, dataset);
    QFETCH(QStringList, options);
    // Reading needs no account: no --user, no password.
    const Run stored =
        cli(QStringList {QStringLiteral("stats"), QStringLiteral("compare"), m_demo, QStringLiteral("--dataset"),
                         dataset, QStringLiteral("--reference-version"), QStringLiteral("2"),
                         QStringLiteral("--candidate-version"), QStringLiteral("3"), QStringLiteral("--json")} +
            options);
    QVERIFY2(stored.exitCode == 0, stored.err.constData());
    const QString file = QFileInfo(m_demo).dir().filePath(QStringLiteral("demo-sources/data/%1.csv").arg(dataset));
    QVERIFY2(QFileInfo::exists(file), qPrintable(file));
    const Run csv =
        cli(QStringList {QStringLiteral("stats"), QStringLiteral("compare"), file, QStringLiteral("--label"),
                         QStringLiteral("sepsis_within_48h"), QStringLiteral("--reference"), QStringLiteral("score_v2"),
                         QStringLiteral("--candidate"), QStringLiteral("score_v3"), QStringLiteral("--json")} +
            options);
    QVERIFY2(csv.exitCode == 0, csv.err.constData());
    // Number for number: the same JSON, byte for byte.
    QCOMPARE(stored.out, csv.out);
    QVERIFY(stored.out.contains("\"mcnemar\""));
}

void TestCli::statsOnStoredPredictionsRefuses_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("expected");
    const QString v = QStringLiteral("locked-validation-2026q3");
    QTest::newRow("no such dataset") << QStringList {QStringLiteral("--dataset"), QStringLiteral("nope")}
                                     << QStringLiteral("there is no dataset \"nope\" in this workspace");
    QTest::newRow("no such model") << QStringList {QStringLiteral("--dataset"), v, QStringLiteral("--model"),
                                                   QStringLiteral("other-model")}
                                   << QStringLiteral("version 2 of model \"other-model\" has no predictions");
    QTest::newRow("not a group column") << QStringList {QStringLiteral("--dataset"), v, QStringLiteral("--group"),
                                                        QStringLiteral("ward")}
                                        << QStringLiteral(
                                               "has no subgroup column \"ward\" (it has sex, age_band, site)");
    QTest::newRow("file options with a workspace")
        << QStringList {QStringLiteral("--dataset"), v, QStringLiteral("--label"), QStringLiteral("x")}
        << QStringLiteral("give FILE.csv with --label COL");
}

void TestCli::statsOnStoredPredictionsRefuses()
{
    QFETCH(QStringList, options);
    QFETCH(QString, expected);
    const Run r =
        cli(QStringList {QStringLiteral("stats"), QStringLiteral("compare"), m_demo,
                         QStringLiteral("--reference-version"), QStringLiteral("2"),
                         QStringLiteral("--candidate-version"), QStringLiteral("3"), QStringLiteral("--json")} +
            options);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(expected.toUtf8()), r.err.constData());
}

void TestCli::hashFailureIsAnError()
{
    // An OpenSSL configuration that loads only the null provider: no SHA-256 anywhere. Countersign must say so and
    // stop, not abort (it once called std::abort() when it could not make a digest context).
    const QString conf = m_dir.filePath(QStringLiteral("null-provider.cnf"));
    QFile f(conf);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("openssl_conf = openssl_init\n[openssl_init]\nproviders = provider_sect\n[provider_sect]\n"
            "null = null_sect\n[null_sect]\nactivate = 1\n");
    f.close();
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("OPENSSL_CONF"), conf);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(COUNTERSIGN_CLI_PATH), {QStringLiteral("verify"), m_demo});
    QVERIFY(p.waitForFinished(60000));
    const QByteArray err = p.readAllStandardError();
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QVERIFY2(p.exitCode() != 0, err.constData());
    QVERIFY2(err.contains("SHA-256 is not available from OpenSSL"), err.constData());
}

void TestCli::logJson()
{
    Run r = cli({QStringLiteral("log"), m_demo, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QJsonParseError error;
    const QJsonArray all = QJsonDocument::fromJson(r.out, &error).array();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(all.size() >= 10);
    // Event 4: the inactivity lock changed from its default of 15 minutes (1 and 2 create the workspace and its
    // administrator, 3 names the organisation).
    const QJsonObject third = all.at(3).toObject();
    QCOMPARE(third.value(QStringLiteral("seq")).toInt(), 4);
    QCOMPARE(third.value(QStringLiteral("before")).toObject().value(QStringLiteral("value")).toInt(), 15);
    QCOMPARE(third.value(QStringLiteral("leaf_hash")).toString().size(), 64);
    QVERIFY(third.value(QStringLiteral("time")).toString().endsWith(u'Z'));
    // An outside verifier recomputes every leaf and chain hash from the export alone.
    QProcess verifier;
    verifier.start(QStringLiteral("/usr/bin/python3"),
                   {QStringLiteral(COUNTERSIGN_SOURCE_DIR "/tests/reference/audit_chain_reference.py")});
    verifier.write(r.out);
    verifier.closeWriteChannel();
    QVERIFY(verifier.waitForFinished(60000));
    const QByteArray verdict = verifier.readAllStandardOutput();
    QVERIFY2(verifier.exitCode() == 0, verdict.constData());
    QVERIFY2(verdict.startsWith(QByteArray(QByteArray::number(all.size()) + " events verified")), verdict.constData());

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
    const QStringList signIn = {QStringLiteral("--user"), QStringLiteral("hbrandt"), QStringLiteral("--password-fd"),
                                QStringLiteral("0")};
    Run r = cli(QStringList {QStringLiteral("checkpoint"), path, QStringLiteral("--out"), file} + signIn,
                "demo-audit-pass\n");
    QCOMPARE(r.exitCode, 0);
    const QByteArray verifierKey = r.out.mid(r.out.indexOf("Verifier key: ") + 14).trimmed();
    QVERIFY2(verifierKey.startsWith("countersign/"), r.out.constData());
    r = cli(QStringList {QStringLiteral("checkpoint"), path, QStringLiteral("--out"), file} + signIn,
            "demo-audit-pass\n");
    QCOMPARE(r.exitCode, 2); // never overwrites a checkpoint file
    QCOMPARE(cli({QStringLiteral("verify"), path, QStringLiteral("--checkpoint"), file}).exitCode, 0);

    // Under umask 077 the exported file is the person's alone (it was 0644 whatever the umask).
    {
        const QString secret = m_dir.filePath(QStringLiteral("cp-private.txt"));
        QProcess sh;
        sh.start(QStringLiteral("sh"),
                 {QStringLiteral("-c"),
                  QStringLiteral("umask 077; exec \"$0\" checkpoint \"$1\" --out \"$2\" --user hbrandt "
                                 "--password-fd 0"),
                  QStringLiteral(COUNTERSIGN_CLI_PATH), path, secret});
        sh.write("demo-audit-pass\n");
        sh.closeWriteChannel();
        QVERIFY(sh.waitForFinished(60000));
        QVERIFY2(sh.exitCode() == 0, sh.readAllStandardError().constData());
        const QFileDevice::Permissions p = QFileInfo(secret).permissions();
        QVERIFY(p.testFlag(QFileDevice::ReadOwner));
        QVERIFY(!(
            p & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther)));
    }

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

    // The user guide's recipe with standard tools only (docs/user-guide.md): the exported trail against the checkpoint
    // file, by a script that shares no code with Countersign; an event changed in the export is named.
    const QByteArray trail = cli({QStringLiteral("log"), path, QStringLiteral("--json")}).out;
    const auto outside = [&](const QByteArray& events, QByteArray* said) {
        QProcess script;
        script.start(QStringLiteral("/usr/bin/python3"),
                     {QStringLiteral(COUNTERSIGN_SOURCE_DIR "/tests/reference/verify_checkpoint.py"), file,
                      QString::fromUtf8(verifierKey)});
        script.write(events);
        script.closeWriteChannel();
        script.waitForFinished(60000);
        *said = script.readAllStandardOutput() + script.readAllStandardError();
        return script.exitCode();
    };
    QByteArray said;
    QCOMPARE(outside(trail, &said), 0);
    QVERIFY2(said.startsWith("checkpoint of "), said.constData());
    QJsonArray events = QJsonDocument::fromJson(trail).array();
    QJsonObject second = events.at(1).toObject();
    second.insert(QStringLiteral("actor"), QStringLiteral("someone-else"));
    events.replace(1, second);
    QCOMPARE(outside(QJsonDocument(events).toJson(), &said), 1);
    QVERIFY2(said.startsWith("event 2: its content no longer hashes"), said.constData());
}

void TestCli::review()
{
    const QString path = m_dir.filePath(QStringLiteral("review.countersign"));
    QCOMPARE(cli({QStringLiteral("demo"), path}).exitCode, 0);
    const QStringList signIn = {QStringLiteral("--user"), QStringLiteral("hbrandt"), QStringLiteral("--password-fd"),
                                QStringLiteral("0")};
    Run r = cli(QStringList {QStringLiteral("review"), path, QStringLiteral("--note"),
                             QStringLiteral("Monthly review: no findings.")} +
                    signIn,
                "demo-audit-pass\n");
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("Recorded review 3 of events"), r.out.constData());
    QVERIFY2(r.out.contains("by hbrandt"), r.out.constData());
    r = cli(QStringList {QStringLiteral("review"), path, QStringLiteral("--note"), QStringLiteral("again"),
                         QStringLiteral("--from"), QStringLiteral("1"), QStringLiteral("--to"), QStringLiteral("999")} +
                signIn,
            "demo-audit-pass\n");
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("the trail holds events 1 to"));
    r = cli({QStringLiteral("log"), path, QStringLiteral("--json")});
    // The refused review left only its sign-in behind; the last review is the first one.
    const QJsonArray events = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(events.last().toObject().value(QStringLiteral("action")).toString(), QStringLiteral("user.signed_in"));
    const QJsonObject event = events.at(events.size() - 2).toObject();
    QCOMPARE(event.value(QStringLiteral("action")).toString(), QStringLiteral("audit.reviewed"));
    QCOMPARE(event.value(QStringLiteral("actor")).toString(), QStringLiteral("hbrandt"));
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

QString TestCli::demoCopy(const QString& name)
{
    // The demo command tells the story once; each test gets a copy of it, its folders beside it under its own name.
    const QString told = m_dir.filePath(QStringLiteral("told.countersign"));
    if (!QFile::exists(told)) {
        const Run r = cli({QStringLiteral("demo"), told});
        if (r.exitCode != 0) {
            qFatal("countersign-cli demo: %s", r.err.constData());
        }
    }
    const QString path = m_dir.filePath(name + QStringLiteral(".countersign"));
    if (!QFile::exists(path) && !Demo::copyWhole(told, path)) {
        qFatal("cannot copy the demo to %s", qPrintable(path));
    }
    return path;
}

void TestCli::signAndVerifyWithOpenssl()
{
    const QString path = demoCopy(QStringLiteral("sign"));
    const QString credentials = m_dir.filePath(QStringLiteral("sign-credentials"));
    const qsizetype before =
        QJsonDocument::fromJson(cli({QStringLiteral("signatures"), path, QStringLiteral("--json")}).out).array().size();
    QVERIFY(before > 0); // the demo's own signatures
    const QString number = QString::number(before + 1);
    Run r =
        cli({QStringLiteral("review"), path, QStringLiteral("--note"), QStringLiteral("Checked the trail."),
             QStringLiteral("--user"), QStringLiteral("hbrandt"), QStringLiteral("--password-fd"), QStringLiteral("0")},
            "demo-audit-pass\n");
    QCOMPARE(r.exitCode, 0);
    // Password and passphrase on the same descriptor, one line each.
    const QStringList sign = {QStringLiteral("sign"),
                              path,
                              QStringLiteral("--record"),
                              QStringLiteral("audit-review:3"),
                              QStringLiteral("--meaning"),
                              QStringLiteral("reviewed"),
                              QStringLiteral("--user"),
                              QStringLiteral("hbrandt"),
                              QStringLiteral("--pkcs12"),
                              credentials + QStringLiteral("/hbrandt.p12"),
                              QStringLiteral("--reason"),
                              QStringLiteral("Monthly review"),
                              QStringLiteral("--password-fd"),
                              QStringLiteral("0"),
                              QStringLiteral("--passphrase-fd"),
                              QStringLiteral("0")};
    r = cli(sign, "demo-audit-pass\nwrong-passphrase\n");
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("wrong passphrase"), r.err.constData());
    r = cli(sign, "demo-audit-pass\ndemo-p12-pass\n");
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(
        r.out.contains(
            QStringLiteral("Signature %1: Helen Brandt signed audit-review:3 as \"reviewed\"").arg(number).toUtf8()),
        r.out.constData());
    // An auditor cannot approve (the policy allows QA officers only).
    r = cli({QStringLiteral("sign"), path, QStringLiteral("--record"), QStringLiteral("audit-review:3"),
             QStringLiteral("--meaning"), QStringLiteral("approved"), QStringLiteral("--user"),
             QStringLiteral("hbrandt"), QStringLiteral("--pkcs12"), credentials + QStringLiteral("/hbrandt.p12"),
             QStringLiteral("--password-fd"), QStringLiteral("0"), QStringLiteral("--passphrase-fd"),
             QStringLiteral("0")},
            "demo-audit-pass\ndemo-p12-pass\n");
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("only a QA officer"), r.err.constData());

    r = cli({QStringLiteral("signatures"), path, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray list = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(list.size(), before + 1);
    const QJsonObject last = list.last().toObject();
    QCOMPARE(last.value(QStringLiteral("printed_name")).toString(), QStringLiteral("Helen Brandt"));
    QCOMPARE(last.value(QStringLiteral("meaning")).toString(), QStringLiteral("reviewed"));
    QVERIFY(last.value(QStringLiteral("valid")).toBool());

    const QString out = m_dir.filePath(QStringLiteral("exported"));
    r = cli({QStringLiteral("signature"), QStringLiteral("export"), path, number, QStringLiteral("--out"), out});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    QVERIFY2(!openssl.isEmpty(), "openssl is installed by scripts/install-deps.sh");
    const QStringList verifyArgs = {QStringLiteral("cms"),
                                    QStringLiteral("-verify"),
                                    QStringLiteral("-binary"),
                                    QStringLiteral("-inform"),
                                    QStringLiteral("DER"),
                                    QStringLiteral("-in"),
                                    out + QStringLiteral("/signature.p7s"),
                                    QStringLiteral("-content"),
                                    out + QStringLiteral("/manifest.json"),
                                    QStringLiteral("-CAfile"),
                                    credentials + QStringLiteral("/ca.pem"),
                                    QStringLiteral("-out"),
                                    QStringLiteral("/dev/null")};
    QProcess verify;
    verify.start(openssl, verifyArgs);
    QVERIFY(verify.waitForFinished());
    QVERIFY2(verify.exitCode() == 0, verify.readAllStandardError().constData());
    QFile manifest(out + QStringLiteral("/manifest.json"));
    QVERIFY(manifest.open(QIODevice::ReadOnly));
    const QByteArray signedBytes = manifest.readAll();
    const QJsonObject m = QJsonDocument::fromJson(signedBytes).object();
    QCOMPARE(m.value(QStringLiteral("signer")).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("Helen Brandt"));
    QCOMPARE(m.value(QStringLiteral("record")).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("3"));
    manifest.close();

    // A manifest changed by one byte no longer verifies in OpenSSL either.
    QByteArray bytes = signedBytes;
    bytes.replace("Helen Brandt", "Helen Brandy");
    QVERIFY(manifest.open(QIODevice::WriteOnly | QIODevice::Truncate));
    manifest.write(bytes);
    manifest.close();
    QProcess tampered;
    tampered.start(openssl, verifyArgs);
    QVERIFY(tampered.waitForFinished());
    QVERIFY(tampered.exitCode() != 0);

    // The signed review edited behind Countersign's back: `verify` fails, naming the record.
    QCOMPARE(tamper(path, {QStringLiteral("UPDATE audit_review SET finding = 'Nothing checked.' WHERE id = 3")}),
             QString());
    r = cli({QStringLiteral("verify"), path});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains("audit-review 3 was changed after it was signed"), r.out.constData());
}

void TestCli::accountsAndLockout()
{
    const QString path = demoCopy(QStringLiteral("accounts"));
    const QString x = m_dir.filePath(QStringLiteral("never-written.txt"));
    const QStringList asAdmin = {QStringLiteral("--user"), QStringLiteral("praman"), QStringLiteral("--password-fd"),
                                 QStringLiteral("0")};
    Run r =
        cli(QStringList {QStringLiteral("user"), QStringLiteral("add"), path, QStringLiteral("--username"),
                         QStringLiteral("jdoe"), QStringLiteral("--full-name"), QStringLiteral("Jane Doe"),
                         QStringLiteral("--email"), QStringLiteral("jane.doe@example.org"), QStringLiteral("--roles"),
                         QStringLiteral("data-scientist"), QStringLiteral("--new-password-fd"), QStringLiteral("0")} +
                asAdmin,
            "demo-admin-pass\nfirst-password-jd\n");
    QVERIFY2(r.exitCode == 0, r.err.constData());
    // The password the administrator chose must be changed before anything else.
    const QStringList asJane = {QStringLiteral("--user"), QStringLiteral("jdoe"), QStringLiteral("--password-fd"),
                                QStringLiteral("0")};
    const QStringList checkpoint = {QStringLiteral("checkpoint"), path, QStringLiteral("--out"), x};
    r = cli(checkpoint + asJane, "first-password-jd\n");
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("must be changed first"), r.err.constData());
    r = cli(QStringList {QStringLiteral("user"), QStringLiteral("passwd"), path, QStringLiteral("--new-password-fd"),
                         QStringLiteral("0")} +
                asJane,
            // One line each, as the help says: the password that signed in is the current one for the change.
            "first-password-jd\nsecond-password-jd\n");
    QVERIFY2(r.exitCode == 0, r.err.constData());
    // A data scientist may not write checkpoints (authority matrix, checked by the core).
    r = cli(checkpoint + asJane, "second-password-jd\n");
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("may not write checkpoint"), r.err.constData());
    // Five wrong passwords lock the account.
    for (int i = 1; i <= 5; ++i) {
        r = cli(checkpoint + asJane, "guess\n");
        QCOMPARE(r.exitCode, 3);
    }
    QVERIFY2(r.err.contains("is now locked after 5 failed attempts"), r.err.constData());
    r = cli(checkpoint + asJane, "second-password-jd\n");
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("locked"), r.err.constData());
    r = cli({QStringLiteral("user"), QStringLiteral("list"), path, QStringLiteral("--json")});
    bool locked = false;
    for (const QJsonValue& u : QJsonDocument::fromJson(r.out).array()) {
        locked = locked ||
            (u.toObject().value(QStringLiteral("username")).toString() == u"jdoe" &&
             u.toObject().value(QStringLiteral("status")).toString() == u"locked");
    }
    QVERIFY(locked);
    // Only an administrator unlocks, with a reason.
    r = cli(QStringList {QStringLiteral("user"), QStringLiteral("unlock"), path, QStringLiteral("jdoe")} + asAdmin,
            "demo-admin-pass\n");
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("--reason"));
    r = cli(QStringList {QStringLiteral("user"), QStringLiteral("unlock"), path, QStringLiteral("jdoe"),
                         QStringLiteral("--reason"), QStringLiteral("Identity confirmed by phone, ticket 4411")} +
                asAdmin,
            "demo-admin-pass\n");
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({QStringLiteral("log"), path, QStringLiteral("--json")});
    const QJsonArray events = QJsonDocument::fromJson(r.out).array();
    QStringList tail;
    for (qsizetype i = events.size() - 8; i < events.size(); ++i) {
        tail.append(events.at(i).toObject().value(QStringLiteral("action")).toString());
    }
    QCOMPARE(tail.count(QStringLiteral("user.sign_in_failed")), 5);
    QVERIFY(tail.contains(QStringLiteral("user.locked")));
    QCOMPARE(tail.last(), QStringLiteral("user.unlocked"));
    QCOMPARE(events.last().toObject().value(QStringLiteral("actor")).toString(), QStringLiteral("praman"));
    QVERIFY(!QFile::exists(x));
    // Roles change with a reason; removing the last administrator is refused.
    r = cli(QStringList {QStringLiteral("user"), QStringLiteral("update"), path, QStringLiteral("jdoe"),
                         QStringLiteral("--roles"), QStringLiteral("data-scientist,regulatory-affairs"),
                         QStringLiteral("--reason"), QStringLiteral("Moved to the RA team (HR-2291)")} +
                asAdmin,
            "demo-admin-pass\n");
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli(QStringList {QStringLiteral("user"), QStringLiteral("update"), path, QStringLiteral("praman"),
                         QStringLiteral("--roles"), QStringLiteral("auditor"), QStringLiteral("--reason"),
                         QStringLiteral("x")} +
                asAdmin,
            "demo-admin-pass\n");
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("last active administrator"), r.err.constData());
}

void TestCli::changesNeedSignIn()
{
    const QString path = demoCopy(QStringLiteral("sign-in"));
    Run r = cli({QStringLiteral("review"), path, QStringLiteral("--note"), QStringLiteral("x")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("--user USER is required"), r.err.constData());
    r = cli({QStringLiteral("review"), path, QStringLiteral("--note"), QStringLiteral("x"), QStringLiteral("--user"),
             QStringLiteral("nobody"), QStringLiteral("--password-fd"), QStringLiteral("0")},
            "whatever\n");
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("user ID or password is not correct"), r.err.constData());
}

void TestCli::changeRequests()
{
    const QString path = demoCopy(QStringLiteral("cr"));
    const QString credentials = m_dir.filePath(QStringLiteral("cr-credentials"));
    {
        // Requests for version 4 at its threshold meet the specificity floor of a revised PCCP (the demo's own fails
        // them: test_pccp and pccpStoredSignedAndGating below).
        auto ws = Workspace::open(path, OpenMode::ReadWrite);
        QVERIFY(ws.ok());
        QCOMPARE(Demo::relaxSpecificityFloor(*ws.value(), path), 2);
    }
    const auto as = [](const QString& user) {
        return QStringList {QStringLiteral("--user"), user, QStringLiteral("--password-fd"), QStringLiteral("0")};
    };
    QTemporaryFile description;
    QVERIFY(description.open());
    description.write("Version 4 is re-trained on 2026 Q3 admissions.\n");
    description.close();
    const QStringList content = {QStringLiteral("--title"),
                                 QStringLiteral("Replace version 3 with version 4"),
                                 QStringLiteral("--trigger"),
                                 QStringLiteral("scheduled-retraining"),
                                 QStringLiteral("--description-file"),
                                 description.fileName(),
                                 QStringLiteral("--rationale"),
                                 QStringLiteral("Assay change"),
                                 QStringLiteral("--class"),
                                 QStringLiteral("minor"),
                                 QStringLiteral("--class-reason"),
                                 QStringLiteral("Re-training only"),
                                 QStringLiteral("--benefits"),
                                 QStringLiteral("Earlier detection"),
                                 QStringLiteral("--risks"),
                                 QStringLiteral("Alert load; bias by age band"),
                                 QStringLiteral("--mitigations"),
                                 QStringLiteral("Subgroup verdicts"),
                                 QStringLiteral("--residual-risk"),
                                 QStringLiteral("Acceptable"),
                                 QStringLiteral("--rollback-criteria"),
                                 QStringLiteral("Sensitivity below 0.8"),
                                 QStringLiteral("--validation"),
                                 QStringLiteral("locked-validation-2026q3"),
                                 QStringLiteral("--challenge"),
                                 QStringLiteral("challenge-2026q3"),
                                 QStringLiteral("--threshold"),
                                 QStringLiteral("0.07"),
                                 QStringLiteral("--subgroup"),
                                 QStringLiteral("age_band"),
                                 QStringLiteral("--pccp-modification"),
                                 QStringLiteral("M1")};
    const auto signatureCount = [&] {
        return QJsonDocument::fromJson(cli({QStringLiteral("signatures"), path, QStringLiteral("--json")}).out)
            .array()
            .size();
    };
    const qsizetype signaturesBefore = signatureCount();
    const QStringList key = {QStringLiteral("--passphrase-fd"), QStringLiteral("0"), QStringLiteral("--pkcs12")};
    // The QA officer rejects the demo's waiting request (version 4 against 3); its author opens a new one.
    QString waiting;
    for (const QString& line :
         QString::fromUtf8(cli({QStringLiteral("cr"), QStringLiteral("list"), path}).out).split(u'\n')) {
        if (line.contains(u" evaluated ")) {
            waiting = line.section(u' ', 0, 0);
        }
    }
    QVERIFY(waiting.startsWith(u"CR-"));
    // The list says what each open request waits for and from whom; finished ones are left out with --open.
    const QByteArray open = cli({QStringLiteral("cr"), QStringLiteral("list"), path, QStringLiteral("--open")}).out;
    QVERIFY2(open.contains(QByteArray(waiting.toUtf8() + "  evaluated")) &&
                 open.contains("next: reject or return: blocking PCCP rule R3 not met, cannot be approved (QA officer "
                               "other than dokafor)") &&
                 !open.contains(" rejected ") && !open.contains(" closed "),
             open.constData());
    // --tables prints the Validation tab's tables: the frozen numbers, rounded for reading.
    {
        const QByteArray shown =
            cli({QStringLiteral("cr"), QStringLiteral("show"), path, waiting, QStringLiteral("--tables")}).out;
        const QJsonObject frozen =
            QJsonDocument::fromJson(
                cli({QStringLiteral("cr"), QStringLiteral("show"), path, waiting, QStringLiteral("--json")}).out)
                .object();
        const QJsonObject set = frozen[u"evidence"][u"datasets"][0].toObject();
        const QJsonObject c = set[u"report"][u"candidate"].toObject();
        const QByteArray row = "\nSensitivity\t" +
            QString::number(set[u"report"][u"reference"][u"sensitivity"][u"value"].toDouble() * 100.0, 'f', 1)
                .toUtf8() +
            "% (";
        QVERIFY2(shown.contains(row), shown.constData());
        const QJsonObject confusion = c[u"confusion"].toObject();
        QVERIFY2(shown.contains(QByteArray("\tPositive\t" + QByteArray::number(confusion[u"tp"].toInteger()) +
                                           " (TP)\t" + QByteArray::number(confusion[u"fn"].toInteger()) + " (FN)")),
                 shown.constData());
        QCOMPARE(double(confusion[u"tp"].toInteger()) /
                     double(confusion[u"tp"].toInteger() + confusion[u"fn"].toInteger()),
                 c[u"sensitivity"][u"value"].toDouble());
        // The demo's request also compares with the originally cleared version 1, at its own threshold: its tables
        // follow, with version 1's numbers from the evidence's "against_cleared".
        const QJsonObject cleared = set[u"against_cleared"].toObject();
        const QByteArray clearedRow = "\nSensitivity\t" +
            QString::number(cleared[u"report"][u"reference"][u"sensitivity"][u"value"].toDouble() * 100.0, 'f', 1)
                .toUtf8() +
            "% (";
        QVERIFY2(shown.contains("(validation), against Cleared v1\nMetric\tCleared v1 (CI)") &&
                     shown.contains(clearedRow),
                 shown.constData());
        const QByteArray text = cli({QStringLiteral("cr"), QStringLiteral("show"), path, waiting}).out;
        QVERIFY2(text.contains("against version 3 and the originally cleared version 1") &&
                     (text.contains("non-inferior to the originally cleared version") ||
                      text.contains("superior to the originally cleared version")),
                 text.constData());
    }
    // --cleared names a version the workspace must hold, and --cleared-threshold needs it.
    {
        Run bad = cli(QStringList {QStringLiteral("cr"), QStringLiteral("create"), path, QStringLiteral("--model"),
                                   QStringLiteral("sepsis-risk"), QStringLiteral("--candidate"), QStringLiteral("4"),
                                   QStringLiteral("--cleared"), QStringLiteral("none"),
                                   QStringLiteral("--cleared-threshold"), QStringLiteral("0.1")} +
                          as(QStringLiteral("dokafor")),
                      "demo-science-pass\n");
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains("--cleared-threshold: the request names no originally cleared version"),
                 bad.err.constData());
    }
    Run r =
        cli(QStringList {QStringLiteral("cr"), QStringLiteral("reject"), path, waiting} +
                as(QStringLiteral("mlindqvist")) + key + QStringList {credentials + QStringLiteral("/mlindqvist.p12")},
            "demo-qa-pass\ndemo-p12-pass\n");
    QCOMPARE(r.exitCode, 2); // a rejection needs a reason
    QVERIFY2(r.err.contains("--reason TEXT is required"), r.err.constData());
    r = cli(QStringList {QStringLiteral("cr"), QStringLiteral("reject"), path, waiting, QStringLiteral("--reason"),
                         QStringLiteral("Plan the over-75 subgroup first")} +
                as(QStringLiteral("mlindqvist")) + key + QStringList {credentials + QStringLiteral("/mlindqvist.p12")},
            "demo-qa-pass\ndemo-p12-pass\n");
    QVERIFY2(r.exitCode == 0 && r.out.contains(QByteArray("Rejected " + waiting.toUtf8())), r.err.constData());
    // A plan that would fail more often than not with two equal versions is refused at submission, unless accepted.
    r = cli(QStringList {QStringLiteral("cr"), QStringLiteral("create"), path, QStringLiteral("--model"),
                         QStringLiteral("sepsis-risk"), QStringLiteral("--candidate"), QStringLiteral("4"),
                         QStringLiteral("--margin-auc"), QStringLiteral("0.001")} +
                content + as(QStringLiteral("dokafor")),
            "demo-science-pass\n");
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString tight = QString::fromUtf8(r.out).section(u' ', 1, 1);
    const QStringList submitTight = QStringList {QStringLiteral("cr"), QStringLiteral("submit"), path, tight} +
        as(QStringLiteral("dokafor")) + key + QStringList {credentials + QStringLiteral("/dokafor.p12")};
    r = cli(submitTight, "demo-science-pass\ndemo-p12-pass\n");
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("power below 50%") && r.err.contains("locked-validation-2026q3: auc") &&
                 !r.err.contains("sensitivity"),
             r.err.constData());
    QVERIFY2(r.out.contains("n 5000, 446 positives, 4554 negatives"), r.out.constData());
    r = cli(submitTight + QStringList {QStringLiteral("--accept-low-power")}, "demo-science-pass\ndemo-p12-pass\n");
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({QStringLiteral("cr"), QStringLiteral("show"), path, tight, QStringLiteral("--json")});
    QVERIFY2(QJsonDocument::fromJson(r.out)[u"moves"][0][u"reason"].toString().contains(u"low power accepted for"),
             r.out.constData());
    r = cli(QStringList {QStringLiteral("cr"), QStringLiteral("create"), path, QStringLiteral("--model"),
                         QStringLiteral("sepsis-risk"), QStringLiteral("--candidate"), QStringLiteral("4")} +
                content + as(QStringLiteral("dokafor")),
            "demo-science-pass\n");
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString id = QString::fromUtf8(r.out).section(u' ', 1, 1);
    QVERIFY2(id.startsWith(u"CR-"), r.out.constData());
    // An auditor may not open one.
    r = cli(QStringList {QStringLiteral("cr"), QStringLiteral("create"), path, QStringLiteral("--model"),
                         QStringLiteral("sepsis-risk"), QStringLiteral("--candidate"), QStringLiteral("4")} +
                content + as(QStringLiteral("hbrandt")),
            "demo-audit-pass\n");
    QCOMPARE(r.exitCode, 3);
    // Submitted with the author's signature; then the QA officer returns it, and the author revises it.
    const QStringList submit = {QStringLiteral("cr"),
                                QStringLiteral("submit"),
                                path,
                                id,
                                QStringLiteral("--pkcs12"),
                                credentials + QStringLiteral("/dokafor.p12"),
                                QStringLiteral("--passphrase-fd"),
                                QStringLiteral("0")};
    r = cli(submit + as(QStringLiteral("dokafor")), "demo-science-pass\ndemo-p12-pass\n");
    QVERIFY2(r.exitCode == 0 && r.out.contains("signed it as authored"), r.err.constData());
    r = cli(submit + as(QStringLiteral("dokafor")), "demo-science-pass\ndemo-p12-pass\n");
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("\"submit\" is not possible on a change request that is submitted"), r.err.constData());
    r = cli(QStringList {QStringLiteral("cr"), QStringLiteral("return"), path, id, QStringLiteral("--reason"),
                         QStringLiteral("Add the over-75 subgroup")} +
                as(QStringLiteral("mlindqvist")),
            "demo-qa-pass\n");
    QVERIFY2(r.exitCode == 0 && r.out.contains("is now returned"), r.err.constData());
    // An edit that changes nothing is refused; the draft took its plan from the model's last request (20 positives).
    const auto edit = [&](const QString& positives) {
        return cli(QStringList {QStringLiteral("cr"), QStringLiteral("edit"), path, id,
                                QStringLiteral("--min-positives"), positives, QStringLiteral("--reason"),
                                QStringLiteral("More positives")} +
                       as(QStringLiteral("dokafor")),
                   "demo-science-pass\n");
    };
    r = edit(QStringLiteral("20"));
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(QByteArray("the edit changes nothing in revision 1 of " + id.toUtf8())), r.err.constData());
    r = edit(QStringLiteral("25"));
    QVERIFY2(r.exitCode == 0 && r.out.contains("revision 2"), r.err.constData());
    r = cli({QStringLiteral("cr"), QStringLiteral("show"), path, id, QStringLiteral("--json")});
    const QJsonObject shown = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(shown[u"state"].toString(), QStringLiteral("draft"));
    QCOMPARE(shown[u"revision"].toInt(), 2);
    QCOMPARE(shown[u"content"][u"baseline"].toString(), QStringLiteral("3"));
    QCOMPARE(shown[u"content"][u"description"].toString(),
             QStringLiteral("Version 4 is re-trained on 2026 Q3 admissions."));
    QCOMPARE(shown[u"content"][u"plan"][u"min_positives"].toInt(), 25);
    QCOMPARE(shown[u"moves"].toArray().size(), 3);
    QVERIFY(shown[u"moves"][0][u"signature"].toInteger() > 0);
    // Both revisions are kept, and what the edit changed is shown field by field.
    const QJsonArray revisions = shown[u"revisions"].toArray();
    QCOMPARE(revisions.size(), 2);
    QCOMPARE(revisions[0][u"locked"].toBool(), true);
    QCOMPARE(revisions[0][u"changes"].toArray().size(), 0);
    QCOMPARE(revisions[1][u"locked"].toBool(), false);
    QVERIFY(revisions[0][u"plan_sha256"].toString() != revisions[1][u"plan_sha256"].toString());
    QCOMPARE(revisions[1][u"changes"].toArray(),
             (QJsonArray {QJsonObject {{QStringLiteral("field"), QStringLiteral("plan.min_positives")},
                                       {QStringLiteral("before"), QStringLiteral("20")},
                                       {QStringLiteral("after"), QStringLiteral("25")}}}));
    r = cli({QStringLiteral("cr"), QStringLiteral("show"), path, id});
    QVERIFY2(r.out.contains("revision 1 (locked): content ") &&
                 r.out.contains("changed plan.min_positives: \"20\" -> \"25\""),
             r.out.constData());
    // Revision 2 submitted and evaluated: the evidence is frozen with its digest and shown.
    r = cli(submit + as(QStringLiteral("dokafor")), "demo-science-pass\ndemo-p12-pass\n");
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli(QStringList {QStringLiteral("cr"), QStringLiteral("evaluate"), path, id} + as(QStringLiteral("therrera")),
            "demo-regulatory-pass\n");
    QVERIFY2(r.exitCode == 0 && r.out.contains("evidence SHA-256"), r.err.constData());
    r = cli({QStringLiteral("cr"), QStringLiteral("show"), path, id, QStringLiteral("--json")});
    const QJsonObject evaluated = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(evaluated[u"state"].toString(), QStringLiteral("evaluated"));
    QCOMPARE(evaluated[u"evidence"][u"datasets"].toArray().size(), 2);
    QCOMPARE(evaluated[u"evidence"][u"revision"].toInt(), 2);
    QVERIFY(evaluated[u"evidence"][u"datasets"][0][u"report"][u"delong"][u"p_value"].isDouble());
    r = cli({QStringLiteral("cr"), QStringLiteral("list"), path});
    QVERIFY2(r.out.contains(QByteArray(id.toUtf8() + "  evaluated")) && r.out.contains("sepsis-risk 4 vs 3"),
             r.out.constData());
    r = cli({QStringLiteral("cr"), QStringLiteral("show"), path, id});
    QVERIFY2(r.out.contains("Sensitivity: ") && r.out.contains("McNemar p = "), r.out.constData());

    // Nobody approves their own request; the QA officer approves, and the deployment gate still fails until the
    // request is implemented.
    const QStringList approve = {QStringLiteral("cr"),       QStringLiteral("approve"),        path, id,
                                 QStringLiteral("--reason"), QStringLiteral("All margins met")};
    r = cli(approve + as(QStringLiteral("dokafor")) + key + QStringList {credentials + QStringLiteral("/dokafor.p12")},
            "demo-science-pass\ndemo-p12-pass\n");
    QCOMPARE(r.exitCode, 3);
    r = cli(approve + as(QStringLiteral("mlindqvist")) + key +
                QStringList {credentials + QStringLiteral("/mlindqvist.p12")},
            "demo-qa-pass\ndemo-p12-pass\n");
    QVERIFY2(r.exitCode == 0 && r.out.contains(QByteArray("Approved " + id.toUtf8())), r.err.constData());
    const QStringList gate = {QStringLiteral("gate"), path, QStringLiteral("sepsis-risk"), QStringLiteral("--version"),
                              QStringLiteral("4")};
    r = cli(gate);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.startsWith("FAIL: "), r.out.constData());
    r = cli(QStringList {QStringLiteral("cr"), QStringLiteral("implement"), path, id} +
                as(QStringLiteral("mlindqvist")) + key + QStringList {credentials + QStringLiteral("/mlindqvist.p12")},
            "demo-qa-pass\ndemo-p12-pass\n");
    QVERIFY2(r.exitCode == 0 && r.out.contains("in production"), r.err.constData());

    // The gate passes for the file the pipeline is about to deploy, digested here independently, and fails for any
    // other file.
    QFile artifact(path.chopped(int(sizeof(".countersign") - 1)) +
                   QStringLiteral("-sources/mlruns/1/e4a8c2f6b0d94e1a7c3f5b9d1e7a2c6b/artifacts/model/model.pkl"));
    QVERIFY2(artifact.open(QIODevice::ReadOnly), qPrintable(artifact.fileName()));
    const QString digest =
        QString::fromLatin1(QCryptographicHash::hash(artifact.readAll(), QCryptographicHash::Sha256).toHex());
    r = cli(gate + QStringList {QStringLiteral("--artifact-sha256"), digest, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.out.constData());
    const QJsonObject passed = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(passed[u"pass"].toBool(), true);
    QCOMPARE(passed[u"change_request"].toString(), id);
    QCOMPARE(passed[u"artifact"].toString(), QStringLiteral("model.pkl"));
    r = cli(gate + QStringList {QStringLiteral("--artifact-sha256"), QString(64, u'a')});
    QCOMPARE(r.exitCode, 1);
    r = cli({QStringLiteral("gate"), path, QStringLiteral("sepsis-risk"), QStringLiteral("--version"),
             QStringLiteral("3")});
    QCOMPARE(r.exitCode, 1); // superseded

    // The approval is a CMS signature that OpenSSL verifies over the exported manifest, which names the evidence.
    const QJsonArray signatures =
        QJsonDocument::fromJson(cli({QStringLiteral("signatures"), path, QStringLiteral("--json")}).out).array();
    QCOMPARE(signatures.size(), signaturesBefore + 6); // reject, the tight plan, submit twice, approve, implement
    QString approval;
    for (const QJsonValue& s : signatures) {
        if (s[u"meaning"].toString() == u"approved") {
            approval = QString::number(s[u"id"].toInteger());
        }
    }
    QVERIFY(!approval.isEmpty());
    const QString out = m_dir.filePath(QStringLiteral("cr-approval"));
    r = cli({QStringLiteral("signature"), QStringLiteral("export"), path, approval, QStringLiteral("--out"), out});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QProcess verify;
    verify.start(QStandardPaths::findExecutable(QStringLiteral("openssl")),
                 {QStringLiteral("cms"), QStringLiteral("-verify"), QStringLiteral("-binary"),
                  QStringLiteral("-inform"), QStringLiteral("DER"), QStringLiteral("-in"),
                  out + QStringLiteral("/signature.p7s"), QStringLiteral("-content"),
                  out + QStringLiteral("/manifest.json"), QStringLiteral("-CAfile"),
                  credentials + QStringLiteral("/ca.pem"), QStringLiteral("-out"), QStringLiteral("/dev/null")});
    QVERIFY(verify.waitForFinished());
    QVERIFY2(verify.exitCode() == 0, verify.readAllStandardError().constData());
    QFile manifest(out + QStringLiteral("/manifest.json"));
    QVERIFY(manifest.open(QIODevice::ReadOnly));
    const QJsonObject record = QJsonDocument::fromJson(manifest.readAll()).object()[u"record"].toObject();
    QVERIFY2(record[u"id"].toString().startsWith(id + u'@'), qPrintable(record[u"id"].toString()));

    r = cli({QStringLiteral("verify"), path});
    QVERIFY2(r.exitCode == 0 &&
                 r.out.contains(QStringLiteral("Signatures: all %1 verify").arg(signatures.size()).toUtf8()),
             r.out.constData());
}

void TestCli::importsFromMlflow3()
{
    // An mlflow.db written by MLflow 3: every version's model files are digested from its logged model.
    const QString path = demoCopy(QStringLiteral("import-mlflow3"));
    const QString model = QStringLiteral("sepsis-mlflow3");
    const QString source = m_dir.filePath(QStringLiteral("mlflow3-source"));
    const QString db = Mlflow3Fixture::writeSqlStore(source, Mlflow3Fixture::write(source, model), model);
    Run r = cli({QStringLiteral("import"), QStringLiteral("mlflow"), path, QStringLiteral("--db"), db,
                 QStringLiteral("--model"), model, QStringLiteral("--all"), QStringLiteral("--user"),
                 QStringLiteral("dokafor"), QStringLiteral("--password-fd"), QStringLiteral("0")},
                "demo-science-pass\n");
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("Imported version(s) 1, 2, 3 of sepsis-mlflow3"), r.out.constData());
    QVERIFY2(!r.out.contains("not read"), r.out.constData());
    r = cli({QStringLiteral("versions"), path, model, QStringLiteral("--json")});
    const QJsonArray versions = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(versions.size(), 3);
    QCOMPARE(versions.at(1)[u"evidence"][u"logged_model"][u"id"].toString(), Mlflow3Fixture::ModelB);
    QCOMPARE(versions.at(1)[u"evidence"][u"artifacts"][u"files"].toArray().size(), 5);
    r = cli({QStringLiteral("diff"), path, model, QStringLiteral("2"), QStringLiteral("3")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("model params") && r.out.contains("1.0 -> 2.0"), r.out.constData());
    QVERIFY2(r.out.contains("test_log_loss [icu-vitals-v3-test cacab34a]"), r.out.constData());
    r = cli({QStringLiteral("diff"), path, model, QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("--json")});
    bool loggedModelId = false;
    for (const QJsonValue& e : QJsonDocument::fromJson(r.out).object()[u"differences"].toArray()) {
        loggedModelId = loggedModelId ||
            (e[u"section"].toString() == u"logged model" && e[u"key"].toString() == u"id" &&
             e[u"after"].toString() == Mlflow3Fixture::ModelC);
    }
    QVERIFY2(loggedModelId, r.out.constData());
}

void TestCli::importsFromMlflow()
{
    const QString path = demoCopy(QStringLiteral("import"));
    const QString mlruns =
        MlflowFixture::write(m_dir.filePath(QStringLiteral("mlflow-source")), QStringLiteral("sepsis-research"));
    const QStringList asScientist = {QStringLiteral("--user"), QStringLiteral("dokafor"),
                                     QStringLiteral("--password-fd"), QStringLiteral("0")};
    const QStringList import = {QStringLiteral("import"),
                                QStringLiteral("mlflow"),
                                path,
                                QStringLiteral("--store"),
                                mlruns,
                                QStringLiteral("--model"),
                                QStringLiteral("sepsis-research"),
                                QStringLiteral("--all")};
    Run r = cli(import + asScientist, "demo-science-pass\n");
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("Imported version(s) 1, 2, 3 of sepsis-research"), r.out.constData());
    QVERIFY2(r.out.contains("version 3: not read: s3://"), r.out.constData());
    r = cli(import + asScientist, "demo-science-pass\n");
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("Nothing new"), r.out.constData());
    r = cli({QStringLiteral("versions"), path, QStringLiteral("sepsis-research"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray versions = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(versions.size(), 3);
    QCOMPARE(versions.at(1)[u"code_commit"].toString(), MlflowFixture::Commit2);
    QCOMPARE(versions.at(1)[u"evidence"][u"params"][u"max_depth"].toString(), QStringLiteral("6"));
    r = cli(QStringList {QStringLiteral("transition"), path, QStringLiteral("sepsis-research"), QStringLiteral("2"),
                         QStringLiteral("--to"), QStringLiteral("under-validation"), QStringLiteral("--reason"),
                         QStringLiteral("Validation protocol VP-7 started")} +
                asScientist,
            "demo-science-pass\n");
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({QStringLiteral("models"), path});
    QVERIFY2(r.out.contains("sepsis-research: 1 registered, 2 under-validation, 3 registered"), r.out.constData());
    r = cli(
        {QStringLiteral("diff"), path, QStringLiteral("sepsis-research"), QStringLiteral("1"), QStringLiteral("2")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("~ max_depth: 4 -> 6"), r.out.constData());
    QVERIFY2(r.out.contains("~ auroc: 0.84 -> 0.88"), r.out.constData());
    // The data lineage of version 2 from its dvc.lock.
    const QString lock = m_dir.filePath(QStringLiteral("mlflow-source/dvc.lock"));
    MlflowFixture::put(lock,
                       "schema: '2.0'\nstages:\n  train:\n    cmd: python train.py\n    deps:\n    - path: "
                       "data/train.csv\n      md5: 8e1c3c6f2f0d4a6b9e7a1c2d3e4f5a6b\n      size: 4820193\n");
    r = cli(QStringList {QStringLiteral("import"), QStringLiteral("dvc"), path, QStringLiteral("--version"),
                         QStringLiteral("sepsis-research:2"), QStringLiteral("--lock"), lock} +
                asScientist,
            "demo-science-pass\n");
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("Attached the data lineage of 1 DVC stage(s) to sepsis-research:2"), r.out.constData());
    MlflowFixture::put(lock, "schema: '1.0'\n");
    r = cli(QStringList {QStringLiteral("import"), QStringLiteral("dvc"), path, QStringLiteral("--version"),
                         QStringLiteral("sepsis-research:2"), QStringLiteral("--lock"), lock} +
                asScientist,
            "demo-science-pass\n");
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("unknown dvc.lock schema \"1.0\""), r.err.constData());
    // The training code: a git repository with two commits, attached to versions 1 and 2 with their config.
    const QString repo = m_dir.filePath(QStringLiteral("mlflow-source/training"));
    const auto git = [&repo](const QStringList& args) {
        QProcess p;
        p.setWorkingDirectory(repo);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char* v : {"GIT_AUTHOR_NAME", "GIT_COMMITTER_NAME"}) {
            env.insert(QLatin1String(v), QStringLiteral("Daniel Okafor"));
        }
        for (const char* v : {"GIT_AUTHOR_EMAIL", "GIT_COMMITTER_EMAIL"}) {
            env.insert(QLatin1String(v), QStringLiteral("dokafor@example.org"));
        }
        p.setProcessEnvironment(env);
        p.start(QStringLiteral("git"), args);
        p.waitForFinished();
        return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    };
    QDir().mkpath(repo);
    git({QStringLiteral("init"), QStringLiteral("-q")});
    MlflowFixture::put(repo + QStringLiteral("/train.yaml"), "max_depth: 4\nseed: 7\n");
    git({QStringLiteral("add"), QStringLiteral(".")});
    git({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("Baseline")});
    const QString first = git({QStringLiteral("rev-parse"), QStringLiteral("HEAD")});
    MlflowFixture::put(repo + QStringLiteral("/train.yaml"), "max_depth: 6\nseed: 7\n");
    git({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-am"), QStringLiteral("Deeper trees")});
    const QString second = git({QStringLiteral("rev-parse"), QStringLiteral("HEAD")});
    for (const auto& [label, commit] :
         {std::pair {QStringLiteral("1"), first}, std::pair {QStringLiteral("2"), second}}) {
        r = cli(QStringList {QStringLiteral("import"), QStringLiteral("git"), path, QStringLiteral("--version"),
                             QStringLiteral("sepsis-research:") + label, QStringLiteral("--repo"), repo,
                             QStringLiteral("--commit"), commit, QStringLiteral("--config"),
                             QStringLiteral("train.yaml")} +
                    asScientist,
                "demo-science-pass\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }
    r = cli(
        {QStringLiteral("diff"), path, QStringLiteral("sepsis-research"), QStringLiteral("1"), QStringLiteral("2")});
    QVERIFY2(r.out.contains("~ summary: Baseline -> Deeper trees"), r.out.constData());
    QVERIFY2(r.out.contains("-max_depth: 4\n+max_depth: 6\n"), r.out.constData());
    QVERIFY2(r.out.contains("~ train.yaml: max_depth: 4 -> 6"), r.out.constData());
    // The MLflow fixture's commits are not in this repository: said plainly.
    r = cli({QStringLiteral("diff"), path, QStringLiteral("sepsis-research"), QStringLiteral("1"), QStringLiteral("2"),
             QStringLiteral("--repo"), repo});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("is not in the repository"), r.err.constData());
    // The same versions from an MLflow SQL store, into another workspace.
    const QString other = demoCopy(QStringLiteral("import-db"));
    const QString db = MlflowFixture::writeSqlStore(m_dir.filePath(QStringLiteral("mlflow-source")), mlruns,
                                                    QStringLiteral("sepsis-research"));
    r = cli(QStringList {QStringLiteral("import"), QStringLiteral("mlflow"), other, QStringLiteral("--db"), db,
                         QStringLiteral("--model"), QStringLiteral("sepsis-research"), QStringLiteral("--version"),
                         QStringLiteral("2")} +
                asScientist,
            "demo-science-pass\n");
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({QStringLiteral("versions"), other, QStringLiteral("sepsis-research"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(r.out).array().first()[u"evidence"][u"params"],
             versions.at(1)[u"evidence"][u"params"]);
    // What the model is for, recorded with a reason.
    r = cli(QStringList {QStringLiteral("model"), QStringLiteral("describe"), path, QStringLiteral("sepsis-research"),
                         QStringLiteral("--intended-use"), QStringLiteral("Research only; not for clinical use"),
                         QStringLiteral("--risk-class"), QStringLiteral("none (research)"), QStringLiteral("--reason"),
                         QStringLiteral("Research protocol RP-9")} +
                asScientist,
            "demo-science-pass\n");
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({QStringLiteral("models"), path, QStringLiteral("--json")});
    QVERIFY2(r.out.contains("\"intended_use\": \"Research only; not for clinical use\""), r.out.constData());
    // Per-sample predictions of versions 1 and 2 on a new locked validation set.
    const QString csv = m_dir.filePath(QStringLiteral("mlflow-source/research-validation.csv"));
    MlflowFixture::put(csv, "id,y,p1,p2,sex\nR1,0,0.1,0.2,F\nR2,1,0.8,0.9,M\nR3,0,0.3,0.1,F\n");
    const QStringList predictions = {QStringLiteral("import"),
                                     QStringLiteral("predictions"),
                                     path,
                                     QStringLiteral("--dataset"),
                                     QStringLiteral("research-vs"),
                                     QStringLiteral("--file"),
                                     csv,
                                     QStringLiteral("--id"),
                                     QStringLiteral("id"),
                                     QStringLiteral("--label"),
                                     QStringLiteral("y"),
                                     QStringLiteral("--score"),
                                     QStringLiteral("sepsis-research:1=p1"),
                                     QStringLiteral("--score"),
                                     QStringLiteral("sepsis-research:2=p2"),
                                     QStringLiteral("--group"),
                                     QStringLiteral("sex"),
                                     QStringLiteral("--role"),
                                     QStringLiteral("validation")};
    r = cli(predictions + asScientist, "demo-science-pass\n");
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("Created dataset research-vs: 3 row(s) read, 3 sample(s) added"), r.out.constData());
    QVERIFY2(r.out.contains("predictions of sepsis-research/2 stored"), r.out.constData());
    r = cli({QStringLiteral("datasets"), path});
    QVERIFY2(r.out.contains("research-vs: validation, locked, 3 samples; predictions of sepsis-research/1, "
                            "sepsis-research/2"),
             r.out.constData());
    // A file with a phone number in it is refused (exit 3), naming the line and column but not the value.
    MlflowFixture::put(csv, "id,y,p1,p2,sex\nR1,0,0.1,0.2,555-123-4567\n");
    r = cli(predictions + asScientist, "demo-science-pass\n");
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(
        r.err.contains("row 1 (line 2), column \"sex\": a value looks like a direct identifier (rule: phone numbers)"),
        r.err.constData());
    QVERIFY(!r.err.contains("555-123-4567"));
    // An auditor may not import.
    r = cli(QStringList {QStringLiteral("import"), QStringLiteral("mlflow"), path, QStringLiteral("--store"), mlruns,
                         QStringLiteral("--model"), QStringLiteral("sepsis-research"), QStringLiteral("--version"),
                         QStringLiteral("1"), QStringLiteral("--user"), QStringLiteral("hbrandt"),
                         QStringLiteral("--password-fd"), QStringLiteral("0")},
            "demo-audit-pass\n");
    QCOMPARE(r.exitCode, 3);
}

void TestCli::terminalNeverGetsControlCharacters()
{
    // Escape sequences in a file's header reached the terminal raw through stderr (issue #12): they are shown
    // escaped, never acted on.
    const QString file = m_dir.filePath(QStringLiteral("hostile.csv"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("id,\x1b[2J\x1b[31mevil,ref,cand\nA,1,0.5,0.5\n");
    }
    const Run r = cli({QStringLiteral("stats"), QStringLiteral("compare"), file, QStringLiteral("--label"),
                       QStringLiteral("outcome"), QStringLiteral("--reference"), QStringLiteral("ref"),
                       QStringLiteral("--candidate"), QStringLiteral("cand")});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(!r.err.contains('\x1b'), r.err.constData());
    QVERIFY2(r.err.contains("\\u001b[2J\\u001b[31mevil"), r.err.constData());
}

// pccp check: the sepsis PCCP as Countersign reads it, its JSON, and a broken copy refused with the line and field.
void TestCli::pccpCheck()
{
    const QString file = Demo::sepsisPccpFile();
    Run r = cli({QStringLiteral("pccp"), QStringLiteral("check"), file});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("R4   sensitivity: lower bound of the difference from production > -0.1 (validation set, "
                            "every age_band with at least 30 positives); blocking") &&
                 r.out.contains("D1   PSI of lactate: value < 0.2 (production windows); advisory") &&
                 r.out.contains("M2    performance-evaluation  described  R7, R8"),
             r.out.constData());
    r = cli({QStringLiteral("pccp"), QStringLiteral("check"), file, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject json = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(json[u"traceability"].toArray().size(), 8);
    QCOMPARE(json[u"modifications"][0][u"protocol"][u"rules"].toArray().size(), 6);

    QFile source(file);
    QVERIFY(source.open(QIODevice::ReadOnly));
    QByteArray text = source.readAll();
    QVERIFY(text.contains("bound: -0.05, severity: blocking}"));
    text.replace("bound: -0.05, severity: blocking}", "bound: \"-0.05\", severity: blocking}");
    text.replace("    rationale: Lactate carries", "    rationle: Lactate carries");
    const QString broken = m_dir.filePath(QStringLiteral("broken-pccp.yaml"));
    QFile out(broken);
    QVERIFY(out.open(QIODevice::WriteOnly) && out.write(text) == text.size());
    out.close();
    r = cli({QStringLiteral("pccp"), QStringLiteral("check"), broken});
    QCOMPARE(r.exitCode, 2); // bad input
    QVERIFY2(r.err.contains(QByteArray(broken.toUtf8() +
                                       ", line 25: modifications[0].protocol.rules[0].bound: "
                                       "expected a number")) &&
                 r.err.contains(", line 49: modifications[1].rationle: unknown field") &&
                 r.err.contains("modifications[1].rationale: expected a text"),
             r.err.constData());
    r = cli({QStringLiteral("pccp"), QStringLiteral("check"), m_dir.filePath(QStringLiteral("missing.yaml"))});
    QVERIFY2(r.exitCode != 0 && r.err.contains("missing.yaml"), r.err.constData());
}

void TestCli::pccpStoredSignedAndGating()
{
    const QString path = demoCopy(QStringLiteral("pccp"));
    const QString credentials = m_dir.filePath(QStringLiteral("pccp-credentials"));
    const QString file = Demo::sepsisPccpFile();
    const auto as = [](const char* user) {
        return QStringList {QStringLiteral("--user"), QLatin1String(user), QStringLiteral("--password-fd"),
                            QStringLiteral("0")};
    };
    const auto signing = [&](const char* user) {
        return as(user) +
            QStringList {QStringLiteral("--pkcs12"), credentials + u'/' + QLatin1String(user) + QStringLiteral(".p12"),
                         QStringLiteral("--passphrase-fd"), QStringLiteral("0")};
    };
    // The demo's PCCP is in force, signed by its author and a QA officer.
    Run r = cli({QStringLiteral("pccp"), QStringLiteral("list"), path});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("sepsis-risk     1        in force") && r.out.contains("authored therrera") &&
                 r.out.contains("approved mlindqvist"),
             r.out.constData());

    // The demo's waiting request was evaluated under M1: its evidence froze each rule's verdict, and the blocking
    // failure of the specificity floor refuses approval.
    const QString id = QStringLiteral("CR-2026-0004");
    r = cli({QStringLiteral("cr"), QStringLiteral("show"), path, id});
    QVERIFY2(r.out.contains("PCCP: Within modification M1 (Scheduled re-training on new encounters) of PCCP version 1 "
                            "of sepsis-risk. Rules: 5 PASS, 1 FAIL; a blocking rule is not met"),
             r.out.constData());
    QVERIFY2(r.out.contains("R3   FAIL           specificity: lower bound >= 0.8 (validation set); blocking"),
             r.out.constData());
    r = cli({QStringLiteral("cr"), QStringLiteral("show"), path, id, QStringLiteral("--tables")});
    QVERIFY2(r.out.contains("PCCP acceptance rules\nRule\tVerdict\tAcceptance criterion\tSeverity\tRead at\n") &&
                 r.out.contains("\nR3\tFAIL\tspecificity: lower bound >= 0.8 (validation set)\tblocking\t"
                                "locked-validation-2026q3: 0.7"),
             r.out.constData());
    r = cli({QStringLiteral("cr"), QStringLiteral("show"), path, id, QStringLiteral("--json")});
    const QJsonObject pccp = QJsonDocument::fromJson(r.out).object()[u"evidence"][u"pccp"].toObject();
    r = cli({QStringLiteral("pccp"), QStringLiteral("show"), path, QStringLiteral("sepsis-risk"),
             QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject shown = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(shown[u"status"].toString(), QStringLiteral("in-force"));
    QCOMPARE(shown[u"signatures"].toArray().size(), 2);
    QCOMPARE(shown[u"content"][u"modifications"].toArray().size(), 2);
    QCOMPARE(shown[u"traceability"].toArray().size(), 8);
    QCOMPARE(pccp[u"determination"].toString(), QStringLiteral("within"));
    QCOMPARE(pccp[u"content_sha256"].toString(), shown[u"content_sha256"].toString());
    QCOMPARE(pccp[u"rules"].toArray().size(), 6);
    r = cli(QStringList {QStringLiteral("cr"), QStringLiteral("approve"), path, id, QStringLiteral("--reason"),
                         QStringLiteral("fine")} +
                signing("mlindqvist"),
            "demo-qa-pass\ndemo-p12-pass\n");
    QCOMPARE(r.exitCode, 3);
    // The list of rules stays on lines of its own.
    QVERIFY2(r.err.contains("cannot be approved: blocking acceptance rules of PCCP version 1 are not met:\n  - R3 "),
             r.err.constData());

    // Regulatory affairs revise the PCCP (a specificity floor of 0.70) and import it; a QA officer may not.
    QFile source(file);
    QVERIFY(source.open(QIODevice::ReadOnly));
    const QByteArray text = source.readAll();
    QVERIFY(text.contains("bound: 0.80"));
    const QString revised = m_dir.filePath(QStringLiteral("sepsis-risk-revised.yaml"));
    QFile out(revised);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(QByteArray(text).replace("bound: 0.80", "bound: 0.70"));
    out.close();
    r = cli(QStringList {QStringLiteral("pccp"), QStringLiteral("import"), path, revised} + as("mlindqvist"),
            "demo-qa-pass\n");
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("may not write pccp"), r.err.constData());
    r = cli(QStringList {QStringLiteral("pccp"), QStringLiteral("import"), path, file} + as("therrera"),
            "demo-regulatory-pass\n");
    QCOMPARE(r.exitCode, 3); // the version in force already says this
    QVERIFY2(r.err.contains("version 1 of the PCCP of sepsis-risk already says"), r.err.constData());
    r = cli(QStringList {QStringLiteral("pccp"), QStringLiteral("import"), path, revised} + as("therrera"),
            "demo-regulatory-pass\n");
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.startsWith("Saved version 2 of the PCCP of sepsis-risk"), r.out.constData());
    // A broken file is refused with its line and field, before anyone signs in.
    QTemporaryDir bad;
    QFile broken(bad.filePath(QStringLiteral("broken.yaml")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write(QByteArray(text).replace("bound: 0.80", "bound: high"));
    broken.close();
    r = cli(QStringList {QStringLiteral("pccp"), QStringLiteral("import"), path, broken.fileName()} + as("therrera"),
            "demo-regulatory-pass\n");
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("broken.yaml, line ") && r.err.contains(".bound: expected a number"), r.err.constData());

    // The QA officer cannot approve before the author signs; then both sign, version 2 is in force and version 1 is
    // superseded.
    const QStringList signV2 = {QStringLiteral("pccp"),        QStringLiteral("sign"),      path,
                                QStringLiteral("sepsis-risk"), QStringLiteral("--version"), QStringLiteral("2"),
                                QStringLiteral("--meaning")};
    r = cli(signV2 + QStringList {QStringLiteral("approved")} + signing("mlindqvist"), "demo-qa-pass\ndemo-p12-pass\n");
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("not signed as \"authored\" yet"), r.err.constData());
    r = cli(signV2 + QStringList {QStringLiteral("authored")} + signing("therrera"),
            "demo-regulatory-pass\ndemo-p12-pass\n");
    QVERIFY2(r.exitCode == 0 && r.out.contains("now awaiting signatures"), r.err.constData());
    r = cli(signV2 + QStringList {QStringLiteral("approved")} + signing("mlindqvist"), "demo-qa-pass\ndemo-p12-pass\n");
    QVERIFY2(r.exitCode == 0 && r.out.contains("now in force"), r.err.constData());
    r = cli({QStringLiteral("pccp"), QStringLiteral("list"), path});
    QVERIFY2(r.out.contains("sepsis-risk     2        in force") &&
                 r.out.contains("sepsis-risk     1        superseded"),
             r.out.constData());
    r = cli({QStringLiteral("verify"), path});
    QVERIFY2(r.exitCode == 0, r.out.constData());

    // The package of the request prints the determination frozen with its evidence (under version 1): the statement,
    // the PCCP's digest and each rule with its verdict.
    const QString pdf = m_dir.filePath(QStringLiteral("pccp-package.pdf"));
    r = cli(QStringList {QStringLiteral("package"), QStringLiteral("export"), path, id, QStringLiteral("--out"), pdf} +
                signing("mlindqvist"),
            "demo-qa-pass\ndemo-p12-pass\n");
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY(pdftotext.waitForFinished(60000));
    const QString printed = QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
    QVERIFY2(printed.contains(u"6. Regulatory determination (PCCP) Within modification M1 (Scheduled re-training on "
                              u"new encounters) of PCCP version 1 of sepsis-risk."),
             qPrintable(printed.left(2000)));
    QVERIFY(printed.contains(pccp[u"content_sha256"].toString()));
    const QJsonObject r3 = pccp[u"rules"][2].toObject();
    QVERIFY(printed.contains(QStringLiteral("R3 specificity: lower bound >= 0.8 (validation set); blocking FAIL "
                                            "locked-validation-2026q3: %1 (other end %2) FAIL")
                                 .arg(r3[u"readings"][0][u"value"].toDouble(), 0, 'f', 4)
                                 .arg(r3[u"readings"][0][u"other_end"].toDouble(), 0, 'f', 4)));

    // Returned, revised and evaluated again under version 2, every blocking rule is met and the QA officer approves.
    r = cli(QStringList {QStringLiteral("cr"), QStringLiteral("return"), path, id, QStringLiteral("--reason"),
                         QStringLiteral("evaluate under PCCP version 2")} +
                as("mlindqvist"),
            "demo-qa-pass\n");
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli(QStringList {QStringLiteral("cr"), QStringLiteral("edit"), path, id, QStringLiteral("--rationale"),
                         QStringLiteral("Drift alert DA-1; PCCP version 2 in force"), QStringLiteral("--reason"),
                         QStringLiteral("PCCP version 2")} +
                as("dokafor"),
            "demo-science-pass\n");
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli(QStringList {QStringLiteral("cr"), QStringLiteral("submit"), path, id} + signing("dokafor"),
            "demo-science-pass\ndemo-p12-pass\n");
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli(QStringList {QStringLiteral("cr"), QStringLiteral("evaluate"), path, id} + as("dokafor"),
            "demo-science-pass\n");
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({QStringLiteral("cr"), QStringLiteral("show"), path, id});
    QVERIFY2(r.out.contains("of PCCP version 2 of sepsis-risk. Rules: 6 PASS; every blocking rule is met."),
             r.out.constData());
    r = cli(QStringList {QStringLiteral("cr"), QStringLiteral("approve"), path, id, QStringLiteral("--reason"),
                         QStringLiteral("Every blocking rule of PCCP version 2 met")} +
                signing("mlindqvist"),
            "demo-qa-pass\ndemo-p12-pass\n");
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
