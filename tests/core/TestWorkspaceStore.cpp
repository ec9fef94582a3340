// The workspace store: how it opens, what it refuses and how, the append-only triggers, migrations.
#include "PgServer.h"
#include "Tamper.h"
#include "TestWorkspace.h"
#include "commands/RecordAuditReviewCommand.h"
#include "config-countersign-tests.h"
#include "crypto/Sha256.h"
#include "store/AuditEventTable.h"
#include "store/Migrator.h"
#include "workspace/WorkspaceAccess.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cs;
using namespace cs::test;

class TestWorkspaceStore : public QObject
{
    Q_OBJECT
private slots:
    void createsWithDurablePragmas();
    void createLeavesNothingOnFailure();
    void refusesToOverwrite();
    void badFiles_data();
    void badFiles();
    void foreignDatabaseIsNotModified();
    void lockedByAnotherWriter();
    void readOnlyFile();
    void damagedFile();
    void newerSchemaIsRefusedUnchanged();
    void appendOnlyTriggers_data();
    void appendOnlyTriggers();
    void migrationUpgradesAndIsAudited();
    void upgradesRealVersion1Workspace();
    void failedMigrationChangesNothing();

private:
    static QByteArray fileDigest(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? Sha256::hash(f.readAll()).value() : QByteArray();
    }
    /// The file's bytes, or on a server the superuser's view of every row of the tables a schema upgrade writes.
    static QByteArray storeDigest(const QString& path)
    {
        if (!TestWorkspace::onServer()) {
            return fileDigest(path);
        }
        QString rows;
        const bool ok = PgServer::shared().psql(
            PgServer::databaseOf(path),
            QStringLiteral("SELECT (SELECT string_agg(s::text, ',' ORDER BY version) FROM schema_version s), "
                           "(SELECT count(*) FROM audit_event), (SELECT max(seq) FROM audit_event), "
                           "(SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = 'public')"),
            nullptr, &rows);
        return ok ? Sha256::hash(rows.toUtf8()).value() : QByteArray();
    }
};

void TestWorkspaceStore::createsWithDurablePragmas()
{
    TestWorkspace t;
    QCOMPARE(t.ws().schemaVersion(), Schema::latestVersion());
    QCOMPARE(t.ws().eventCount().value(), qint64(2)); // workspace.created, user.created
    CS_FILE_WORKSPACES_ONLY("SQLite's pragmas (a server's durability is its own configuration)");
    QSqlQuery q(WorkspaceAccess::database(t.ws()).connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
    QCOMPARE(q.value(0).toInt(), 2); // FULL
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(QFile::exists(t.ws().keyFilePath()));
    QCOMPARE(QFile(t.ws().keyFilePath()).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
             QFileDevice::Permissions());
}

void TestWorkspaceStore::createLeavesNothingOnFailure()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing-folder/ws.countersign"));
    auto ws = Workspace::create(
        path,
        {QStringLiteral("admin"), QStringLiteral("A Admin"), QStringLiteral("a@example.org"), {Role::Administrator}},
        TestWorkspace::secret(QStringLiteral("long-enough-password")), {});
    QVERIFY(!ws.ok());
    QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), QStringList());
}

void TestWorkspaceStore::refusesToOverwrite()
{
    TestWorkspace t;
    auto again = Workspace::create(
        t.path(),
        {QStringLiteral("admin"), QStringLiteral("A Admin"), QStringLiteral("a@example.org"), {Role::Administrator}},
        TestWorkspace::secret(QStringLiteral("long-enough-password")), {});
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, ErrorCode::AlreadyExists);
}

void TestWorkspaceStore::badFiles_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    const QString data = QStringLiteral(COUNTERSIGN_TEST_DATA_DIR);
    QTest::newRow("missing") << data + QStringLiteral("/no-such.countersign") << int(ErrorCode::NotFound)
                             << QStringLiteral("does not exist");
    QTest::newRow("folder") << data << int(ErrorCode::NotAWorkspace) << QStringLiteral("is a folder");
    QTest::newRow("text file") << data + QStringLiteral("/not-sqlite.countersign") << int(ErrorCode::NotAWorkspace)
                               << QStringLiteral("not an SQLite database");
    QTest::newRow("other program's database")
        << data + QStringLiteral("/foreign.sqlite") << int(ErrorCode::NotAWorkspace)
        << QStringLiteral("an SQLite database but not a Countersign workspace");
    QTest::newRow("empty file") << data + QStringLiteral("/empty.countersign") << int(ErrorCode::NotAWorkspace)
                                << QStringLiteral("not a Countersign workspace");
}

void TestWorkspaceStore::badFiles()
{
    QFETCH(QString, path);
    QFETCH(int, code);
    QFETCH(QString, message);
    auto ws = Workspace::open(path, OpenMode::ReadOnly);
    QVERIFY(!ws.ok());
    QCOMPARE(int(ws.error().code), code);
    QVERIFY2(ws.error().message.contains(message), qPrintable(ws.error().message));
    QVERIFY2(ws.error().message.contains(path), "the error names the file");
}

void TestWorkspaceStore::foreignDatabaseIsNotModified()
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("foreign.sqlite"));
    QVERIFY(QFile::copy(QStringLiteral(COUNTERSIGN_TEST_DATA_DIR "/foreign.sqlite"), copy));
    QFile(copy).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray before = fileDigest(copy);
    auto ws = Workspace::open(copy, OpenMode::ReadWrite);
    QVERIFY(!ws.ok());
    QCOMPARE(ws.error().code, ErrorCode::NotAWorkspace);
    QCOMPARE(fileDigest(copy), before);
    QVERIFY(!QFile::exists(copy + QStringLiteral("-wal")));
}

void TestWorkspaceStore::lockedByAnotherWriter()
{
    CS_FILE_WORKSPACES_ONLY("SQLite's file lock (on a server writers wait for each other: test_server_workspace's "
                            "concurrentWriters)");
    TestWorkspace t;
    t.close();
    QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other-writer"));
    other.setDatabaseName(t.path());
    QVERIFY(other.open());
    {
        QSqlQuery q(other);
        QVERIFY(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
        auto ws = Workspace::open(t.path(), OpenMode::ReadWrite);
        QVERIFY(!ws.ok());
        QCOMPARE(ws.error().code, ErrorCode::Locked);
        QVERIFY2(ws.error().message.contains(u"locked by another program"), qPrintable(ws.error().message));
        // A reader (an auditor) still gets in while the writer holds the lock.
        auto reader = Workspace::open(t.path(), OpenMode::ReadOnly);
        QVERIFY2(reader.ok(), qPrintable(reader.ok() ? QString() : reader.error().message));
        QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
    }
    other.close();
    other = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("other-writer"));
    QVERIFY(t.reopen());
}

void TestWorkspaceStore::readOnlyFile()
{
    CS_FILE_WORKSPACES_ONLY("file permissions (on a server, the role's privileges: test_server_workspace's "
                            "privileges)");
    TestWorkspace t;
    t.close();
    QVERIFY(QFile(t.path()).setPermissions(QFileDevice::ReadOwner | QFileDevice::ReadGroup));
    auto ws = Workspace::open(t.path(), OpenMode::ReadWrite);
    QVERIFY(!ws.ok());
    QCOMPARE(ws.error().code, ErrorCode::ReadOnly);
    QVERIFY2(ws.error().message.contains(u"read-only"), qPrintable(ws.error().message));
    auto reader = Workspace::open(t.path(), OpenMode::ReadOnly);
    QVERIFY2(reader.ok(), qPrintable(reader.ok() ? QString() : reader.error().message));
    QVERIFY(reader.value()->verify().value().intact());
    QVERIFY(reader.value()->isReadOnly());
}

void TestWorkspaceStore::damagedFile()
{
    CS_FILE_WORKSPACES_ONLY("bytes scribbled over the file's pages (a server keeps its own pages)");
    TestWorkspace t;
    QVERIFY(t.addEvents(300)); // enough pages that the damage lands inside the tables, not the header
    t.close();
    QFile f(t.path());
    QVERIFY(f.open(QIODevice::ReadWrite));
    const qint64 size = f.size();
    QVERIFY(size > 8 * 4096);
    // Scribble over the interior of a few b-tree pages (keeping page 1, the header, intact).
    for (qint64 page = 3; page * 4096 < size; page += 3) {
        f.seek(page * 4096 + 16);
        f.write(QByteArray(64, '\xA5'));
    }
    f.close();
    auto ws = Workspace::open(t.path(), OpenMode::ReadOnly);
    QVERIFY(!ws.ok());
    QCOMPARE(ws.error().code, ErrorCode::Corrupt);
    QVERIFY2(ws.error().message.contains(u"damaged"), qPrintable(ws.error().message));
}

void TestWorkspaceStore::newerSchemaIsRefusedUnchanged()
{
    TestWorkspace t;
    t.close();
    QCOMPARE(tamper(t.path(), {QStringLiteral("INSERT INTO schema_version VALUES (99, 0, 'from the future')")}),
             QString());
    QFile::remove(t.path() + QStringLiteral("-wal"));
    QFile::remove(t.path() + QStringLiteral("-shm"));
    const QByteArray before = storeDigest(t.path());
    QVERIFY(!before.isEmpty());
    auto ws = Workspace::open(t.path(), OpenMode::ReadWrite);
    QVERIFY(!ws.ok());
    QCOMPARE(ws.error().code, ErrorCode::NewerSchema);
    QVERIFY2(ws.error().message.contains(u"schema 99") && ws.error().message.contains(u"not changed"),
             qPrintable(ws.error().message));
    QCOMPARE(storeDigest(t.path()), before);
}

void TestWorkspaceStore::appendOnlyTriggers_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("update event") << QStringLiteral("UPDATE audit_event SET actor = 'mallory' WHERE seq = 1");
    QTest::newRow("delete event") << QStringLiteral("DELETE FROM audit_event WHERE seq = 2");
    QTest::newRow("delete all events") << QStringLiteral("DELETE FROM audit_event");
    QTest::newRow("update checkpoint") << QStringLiteral("UPDATE audit_checkpoint SET tree_size = 1");
    QTest::newRow("delete checkpoint") << QStringLiteral("DELETE FROM audit_checkpoint");
    QTest::newRow("update review") << QStringLiteral("UPDATE audit_review SET finding = 'nothing'");
    QTest::newRow("update identity") << QStringLiteral(
        "UPDATE workspace_meta SET value = 'x' WHERE key = 'public_key'");
    QTest::newRow("delete schema version") << QStringLiteral("DELETE FROM schema_version");
}

void TestWorkspaceStore::appendOnlyTriggers()
{
    QFETCH(QString, sql);
    TestWorkspace t;
    QVERIFY(t.addEvents(3));
    QVERIFY(!t.checkpoint().isEmpty());
    auto range = std::pair<qint64, qint64> {1, 2};
    RecordAuditReviewCommand review(range.first, range.second, QStringLiteral("ok"));
    QVERIFY(t.ws().execute(review).ok());
    t.close();
    const QString error = rawExec(t.path(), sql);
    QVERIFY2(error.contains(u"append-only"), qPrintable(error));
    QVERIFY(t.reopen(OpenMode::ReadOnly));
    QVERIFY(t.ws().verify().value().intact());
}

namespace {
Workspace::Options withMigrations(TestWorkspace& t, const QList<Migration>& migrations)
{
    Workspace::Options o = t.options();
    o.migrations = &migrations;
    return o;
}

QList<Migration> withExtraVersion(const QString& extraSql)
{
    QList<Migration> list = Schema::migrations();
    list.append(
        {list.last().version + 1, QStringLiteral("test migration"), [extraSql] { return QStringList {extraSql}; }, {}});
    return list;
}
} // namespace

void TestWorkspaceStore::migrationUpgradesAndIsAudited()
{
    TestWorkspace t;
    QVERIFY(t.addEvents(2));
    t.close();
    const QList<Migration> migrations =
        withExtraVersion(QStringLiteral("CREATE TABLE test_extra (id INTEGER PRIMARY KEY)"));
    auto readOnly = Workspace::open(t.path(), OpenMode::ReadOnly, withMigrations(t, migrations));
    QVERIFY(!readOnly.ok());
    QCOMPARE(readOnly.error().code, ErrorCode::ReadOnly);

    auto ws = Workspace::open(t.path(), OpenMode::ReadWrite, withMigrations(t, migrations));
    QVERIFY2(ws.ok(), qPrintable(ws.ok() ? QString() : ws.error().message));
    QCOMPARE(ws.value()->schemaVersion(), migrations.last().version);
    QCOMPARE(Migrator::currentVersion(WorkspaceAccess::database(*ws.value())).value(), migrations.last().version);
    auto last = ws.value()->lastEvent().value();
    QVERIFY(last.has_value());
    QCOMPARE(last->action, QStringLiteral("workspace.schema_upgraded"));
    QCOMPARE(last->actor, QStringLiteral("system"));
    QCOMPARE(last->before, QStringLiteral(R"({"schema_version":%1})").arg(Schema::latestVersion()).toUtf8());
    QVERIFY(!last->reason.isEmpty());
    QVERIFY(ws.value()->verify().value().intact());
    // The build that knows only schema 1 now refuses the upgraded file.
    ws.value().reset();
    auto old = Workspace::open(t.path(), OpenMode::ReadOnly);
    QCOMPARE(old.error().code, ErrorCode::NewerSchema);
}

void TestWorkspaceStore::upgradesRealVersion1Workspace()
{
    // A workspace written by the release before accounts existed (schema 1).
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.countersign"));
    QVERIFY(QFile::copy(QStringLiteral(COUNTERSIGN_TEST_DATA_DIR "/v1-demo.countersign"), path));
    QVERIFY(QFile::copy(QStringLiteral(COUNTERSIGN_TEST_DATA_DIR "/v1-demo.countersign.key"),
                        path + QStringLiteral(".key")));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QFile::setPermissions(path + QStringLiteral(".key"), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    Workspace::Options options; // the real clock: the upgrade happens after the old events
    options.passwordParameters.log2N = 10;
    auto readOnly = Workspace::open(path, OpenMode::ReadOnly, options);
    QCOMPARE(readOnly.error().code, ErrorCode::ReadOnly);
    auto ws = Workspace::open(path, OpenMode::ReadWrite, options);
    QVERIFY2(ws.ok(), qPrintable(ws.ok() ? QString() : ws.error().message));
    QCOMPARE(ws.value()->schemaVersion(), Schema::latestVersion());
    const AuditEvent upgrade = *ws.value()->lastEvent().value();
    QCOMPARE(upgrade.seq, qint64(12)); // after the 11 events of the old demo
    QCOMPARE(upgrade.action, QStringLiteral("workspace.schema_upgraded"));
    QCOMPARE(upgrade.actor, SystemActor);
    QCOMPARE(upgrade.before, QByteArray(R"({"schema_version":1})"));
    auto report = ws.value()->verify().value();
    QVERIFY2(report.intact(), qPrintable(report.summary()));
    QCOMPARE(report.checkpointsChecked, 3);
    QVERIFY(Schema::missingAppendOnlyTriggers(WorkspaceAccess::database(*ws.value())).value().isEmpty());
    // Nobody can change anything until the first administrator exists.
    QVERIFY(ws.value()->needsFirstAdministrator().value());
    RecordAuditReviewCommand review(1, 12, QStringLiteral("after the upgrade"));
    QCOMPARE(ws.value()->execute(review).error().code, ErrorCode::Unauthenticated);
    const NewAccount admin {QStringLiteral("praman"),
                            QStringLiteral("Priya Raman"),
                            QStringLiteral("p@example.org"),
                            {Role::Administrator, Role::Auditor}};
    QVERIFY(ws.value()->createFirstAdministrator(admin, TestWorkspace::secret(QStringLiteral("a-long-password"))).ok());
    QCOMPARE(ws.value()->session().actor, QStringLiteral("praman"));
    QVERIFY(!ws.value()->needsFirstAdministrator().value());
    QCOMPARE(ws.value()
                 ->createFirstAdministrator(admin, TestWorkspace::secret(QStringLiteral("a-long-password")))
                 .error()
                 .code,
             ErrorCode::Rule);
    QVERIFY(ws.value()->execute(review).ok());
    QVERIFY(ws.value()->verify().value().intact());
}

void TestWorkspaceStore::failedMigrationChangesNothing()
{
    TestWorkspace t;
    t.close();
    const QList<Migration> migrations = withExtraVersion(QStringLiteral("CREATE TABLE broken ("));
    auto ws = Workspace::open(t.path(), OpenMode::ReadWrite, withMigrations(t, migrations));
    QVERIFY(!ws.ok());
    QVERIFY(t.reopen(OpenMode::ReadOnly));
    QCOMPARE(t.ws().schemaVersion(), Schema::latestVersion());
    QCOMPARE(t.ws().eventCount().value(), qint64(2)); // workspace.created, user.created
}

QTEST_GUILESS_MAIN(TestWorkspaceStore)
#include "TestWorkspaceStore.moc"
