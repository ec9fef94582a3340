// The git reader (libgit2) against the git command as an independent reference: commit details, files changed
// between commits, a file at a commit, and the line diff of a configuration file.
#include "importers/GitRepository.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cs;

class TestGit : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void commitDetails();
    void changedFiles();
    void fileAtCommit();
    void lineDiff();
    void refusals();
    void hostileConfigurationIsRefused();

private:
    QString git(const QStringList& args, const QByteArray& date = {});
    void write(const QString& file, const QByteArray& text);
    QTemporaryDir m_dir;
    QString m_repo;
    QStringList m_commits;
};

QString TestGit::git(const QStringList& args, const QByteArray& date)
{
    QProcess p;
    p.setWorkingDirectory(m_repo);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GIT_AUTHOR_NAME"), QStringLiteral("Daniel Okafor"));
    env.insert(QStringLiteral("GIT_AUTHOR_EMAIL"), QStringLiteral("daniel.okafor@st-elsewhere.example"));
    env.insert(QStringLiteral("GIT_COMMITTER_NAME"), QStringLiteral("Daniel Okafor"));
    env.insert(QStringLiteral("GIT_COMMITTER_EMAIL"), QStringLiteral("daniel.okafor@st-elsewhere.example"));
    if (!date.isEmpty()) {
        env.insert(QStringLiteral("GIT_AUTHOR_DATE"), QString::fromLatin1(date));
        env.insert(QStringLiteral("GIT_COMMITTER_DATE"), QString::fromLatin1(date));
    }
    env.insert(QStringLiteral("HOME"), m_dir.path()); // no user configuration
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("git"), args);
    if (!p.waitForFinished() || p.exitCode() != 0) {
        qFatal("git %s failed: %s", qPrintable(args.join(u' ')), p.readAllStandardError().constData());
    }
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

void TestGit::write(const QString& file, const QByteArray& text)
{
    QDir().mkpath(QFileInfo(QDir(m_repo).filePath(file)).path());
    QFile f(QDir(m_repo).filePath(file));
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text);
}

void TestGit::initTestCase()
{
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("git")).isEmpty(), "git is installed by install-deps.sh");
    m_repo = m_dir.filePath(QStringLiteral("training"));
    QDir().mkpath(m_repo);
    git({QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main")});
    write(QStringLiteral("train.py"), "print('train')\n");
    write(QStringLiteral("config/train.yaml"), "model:\n  max_depth: 4\n  learning_rate: 0.05\nseed: 7\n");
    git({QStringLiteral("add"), QStringLiteral(".")});
    git({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"),
         QStringLiteral("Baseline gradient boosting")},
        "2026-03-02T09:15:00+0100");
    m_commits.append(git({QStringLiteral("rev-parse"), QStringLiteral("HEAD")}));
    write(QStringLiteral("config/train.yaml"), "model:\n  max_depth: 6\n  learning_rate: 0.05\nseed: 7\n");
    write(QStringLiteral("features.py"), "FEATURES = ['lactate', 'heart_rate']\n");
    QVERIFY(QFile::rename(QDir(m_repo).filePath(QStringLiteral("train.py")),
                          QDir(m_repo).filePath(QStringLiteral("fit.py"))));
    git({QStringLiteral("add"), QStringLiteral("-A")});
    git({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"),
         QStringLiteral("Deeper trees, lactate feature\n\nValidated in VP-7.")},
        "2026-04-10T16:40:00-0400");
    m_commits.append(git({QStringLiteral("rev-parse"), QStringLiteral("HEAD")}));
}

void TestGit::commitDetails()
{
    auto repo = GitRepository::open(m_repo);
    QVERIFY(repo.ok());
    auto c = repo.value()->commit(m_commits.at(1).left(10)); // a short id works
    QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().message));
    const QStringList reference = git({QStringLiteral("log"), QStringLiteral("-1"),
                                       QStringLiteral("--format=%H%n%an%n%ae%n%at%n%s%n%P"), m_commits.at(1)})
                                      .split(u'\n');
    QCOMPARE(c->id, reference.at(0));
    QCOMPARE(c->authorName, reference.at(1));
    QCOMPARE(c->authorEmail, reference.at(2));
    QCOMPARE(c->timeMs, reference.at(3).toLongLong() * 1000);
    QCOMPARE(c->offsetMinutes, -240);
    QCOMPARE(c->summary, reference.at(4));
    QCOMPARE(c->parents, QStringList {reference.at(5)});
    QVERIFY(c->message.endsWith(u"Validated in VP-7."));
    QCOMPARE(repo.value()->commit(QStringLiteral("main"))->id, m_commits.at(1));
}

void TestGit::changedFiles()
{
    auto repo = GitRepository::open(m_repo);
    auto changes = repo.value()->changes(m_commits.at(0), m_commits.at(1));
    QVERIFY(changes.ok());
    QStringList ours;
    for (const GitFileChange& c : changes.value()) {
        ours.append(c.status.left(1).toUpper() + u' ' + c.newPath);
    }
    // git's own view, renames detected the same way.
    const QStringList theirs = git({QStringLiteral("diff"), QStringLiteral("--name-status"), QStringLiteral("-M"),
                                    m_commits.at(0), m_commits.at(1)})
                                   .split(u'\n');
    QStringList reference;
    for (const QString& line : theirs) {
        const QStringList parts = line.split(u'\t');
        reference.append(parts.first().left(1) + u' ' + parts.last());
    }
    ours.sort();
    reference.sort();
    QCOMPARE(ours, reference);
    QVERIFY(ours.contains(QStringLiteral("R fit.py")));
}

void TestGit::fileAtCommit()
{
    auto repo = GitRepository::open(m_repo);
    auto first = repo.value()->fileAt(m_commits.at(0), QStringLiteral("config/train.yaml"));
    QVERIFY(first.ok());
    QCOMPARE(QString::fromUtf8(first.value()),
             git({QStringLiteral("show"), m_commits.at(0) + QStringLiteral(":config/train.yaml")}) + u'\n');
    QCOMPARE(repo.value()->fileAt(m_commits.at(0), QStringLiteral("features.py")).error().code, ErrorCode::NotFound);
    QCOMPARE(repo.value()->fileAt(m_commits.at(0), QStringLiteral("config")).error().code, ErrorCode::InvalidArgument);
    QCOMPARE(repo.value()->fileAt(m_commits.at(0), QStringLiteral("../etc/passwd")).error().code,
             ErrorCode::InvalidArgument);
}

void TestGit::lineDiff()
{
    auto repo = GitRepository::open(m_repo);
    const QByteArray a = repo.value()->fileAt(m_commits.at(0), QStringLiteral("config/train.yaml")).value();
    const QByteArray b = repo.value()->fileAt(m_commits.at(1), QStringLiteral("config/train.yaml")).value();
    const QString diff = GitRepository::lineDiff(a, b, QStringLiteral("config/train.yaml")).value();
    QVERIFY2(diff.contains(u"\n-  max_depth: 4\n+  max_depth: 6\n"), qPrintable(diff));
    QVERIFY(diff.contains(u"@@ -1,4 +1,4 @@"));
    QVERIFY(GitRepository::lineDiff(a, a, QStringLiteral("x")).value().isEmpty());
}

void TestGit::refusals()
{
    QVERIFY(!GitRepository::open(m_dir.filePath(QStringLiteral("nowhere"))).ok());
    auto notRepo = GitRepository::open(m_dir.path());
    QVERIFY(!notRepo.ok());
    QVERIFY2(notRepo.error().message.contains(u"not a git repository"), qPrintable(notRepo.error().message));
    auto repo = GitRepository::open(m_repo);
    QCOMPARE(repo.value()->commit(QStringLiteral("0123456789abcdef0123")).error().code, ErrorCode::NotFound);
    QCOMPARE(repo.value()->commit(QStringLiteral("--all")).error().code, ErrorCode::InvalidArgument);
}

void TestGit::hostileConfigurationIsRefused()
{
    // A configuration with an alias inside what it names was stored at import and crashed every later diff of the
    // version (issue #12). The import now reads it with the one YAML reader and refuses it, naming file and line.
    write(QStringLiteral("config/loop.yaml"), "seed: 7\nmodel: &r\n  self: *r\n");
    git({QStringLiteral("add"), QStringLiteral(".")});
    git({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("A looping config")},
        "2026-05-01T10:00:00+0000");
    const QString commit = git({QStringLiteral("rev-parse"), QStringLiteral("HEAD")});
    auto repo = GitRepository::open(m_repo);
    QVERIFY(repo.ok());
    auto evidence = repo.value()->evidence(commit, {QStringLiteral("config/loop.yaml")});
    QVERIFY(!evidence.ok());
    QVERIFY2(evidence.error().message.contains(QStringLiteral("config/loop.yaml")) &&
                 evidence.error().message.contains(QStringLiteral("line 2")) &&
                 evidence.error().message.contains(QStringLiteral("contains it")),
             qPrintable(evidence.error().message));
    // The other configuration of the same commit is still read.
    QVERIFY(repo.value()->evidence(commit, {QStringLiteral("config/train.yaml")}).ok());
}

QTEST_GUILESS_MAIN(TestGit)
#include "TestGit.moc"
