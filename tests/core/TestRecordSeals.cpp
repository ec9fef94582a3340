// Sealed records (issue #12, item 1): every record a command writes is sealed by its audit event. verify names a row
// edited, added or deleted outside Countersign although every event is intact, and the decisions that rest on a
// record refuse one that no longer matches.
#include "Tamper.h"
#include "TestWorkspace.h"
#include "commands/ChangeSettingCommand.h"
#include "commands/CommandContext.h"
#include "commands/PredictionCommands.h"
#include "commands/RegistryCommands.h"
#include "config-countersign-tests.h"
#include "demo/DemoWorkspace.h"
#include "queries/SignatureQuery.h"
#include "store/RecordSeals.h"
#include "store/RecordTables.h"
#include "store/RegistryTables.h"
#include "workspace/WorkspaceAccess.h"

#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cs;
using namespace cs::test;

class TestRecordSeals : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void demoIsIntact();
    void everyTableHasAPlace();
    void verifyFindsEditedRecords_data();
    void verifyFindsEditedRecords();
    void aForgedSealBreaksItsEvent();
    void digestsMatchAnOutsideRecomputation();
    void rolesEditedOutsideAreRefused();
    void lockoutSettingEditedOutsideIsRefused();
    void versionStateEditedOutsideIsRefused();
    void datasetUnlockedOutsideIsRefused();
    void trustStoreEditedOutsideIsRefused();
    void writesAfterTheLastEventAreRefused();

private:
    /// A fresh copy of the demo workspace (and its key) in `dir`; returns its path.
    QString demoCopy(QTemporaryDir& dir) const;
    static VerificationReport verifyAt(const QString& path);

    QTemporaryDir m_dir;
    QString m_demo;
};

void TestRecordSeals::initTestCase()
{
    m_demo = m_dir.filePath(QStringLiteral("demo.countersign"));
    const auto r = DemoWorkspace::create(m_demo, QDateTime::currentMSecsSinceEpoch());
    QVERIFY2(r.ok(), r ? "" : qPrintable(r.error().message));
}

QString TestRecordSeals::demoCopy(QTemporaryDir& dir) const
{
    const QString path = dir.filePath(QStringLiteral("copy.countersign"));
    QFile::copy(m_demo, path);
    QFile::copy(m_demo + QStringLiteral(".key"), path + QStringLiteral(".key"));
    return path;
}

VerificationReport TestRecordSeals::verifyAt(const QString& path)
{
    auto ws = Workspace::open(path, OpenMode::ReadOnly);
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

void TestRecordSeals::demoIsIntact()
{
    const VerificationReport report = verifyAt(m_demo);
    QVERIFY2(report.intact(), qPrintable(report.summary()));
    QVERIFY(report.eventCount > 0);
}

void TestRecordSeals::everyTableHasAPlace()
{
    // A table that is neither a sealed record nor listed as unsealed could be written without a seal: a command that
    // writes one fails, and this test names it before that happens.
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tables"));
    db.setDatabaseName(m_demo);
    QVERIFY(db.open());
    QStringList homeless;
    {
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")));
        while (q.next()) {
            const QString table = q.value(0).toString();
            if (!RecordSeals::kindOf(table) && !RecordSeals::unsealedTables().contains(table)) {
                homeless.append(table);
            }
        }
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("tables"));
    QVERIFY2(homeless.isEmpty(), qPrintable(homeless.join(u", ")));
}

void TestRecordSeals::verifyFindsEditedRecords_data()
{
    QTest::addColumn<QStringList>("sql");
    QTest::addColumn<bool>("keepTriggers"); ///< true: the edit needs no trigger removed
    QTest::addColumn<QString>("named"); ///< what the finding must name
    const auto row = [](const char* name, const QStringList& sql, bool keep, const char* named) {
        QTest::newRow(name) << sql << keep << QString::fromUtf8(named);
    };
    // Without removing any trigger.
    row("a withdrawn version shown in production",
        {QStringLiteral("UPDATE model_version SET state = 'production' WHERE state = 'withdrawn'")}, true,
        "model_version \"2\"");
    row("a data scientist given the QA role",
        {QStringLiteral("UPDATE user_account SET roles = 'data-scientist,qa-officer' WHERE username = 'dokafor'")},
        true, "user_account \"dokafor\"");
    row("lockout raised to 1000 attempts",
        {QStringLiteral("INSERT OR REPLACE INTO setting VALUES ('security.max_failed_logins', '{\"value\":1000}', "
                        "0, 'praman')")},
        true, "setting \"security.max_failed_logins\"");
    // With the append-only triggers dropped and put back.
    row("a signature deleted", {QStringLiteral("DELETE FROM signature WHERE id = 1")}, false, "signature \"1\"");
    row("the CRL that revoked a signer deleted", {QStringLiteral("DELETE FROM trust_crl")}, false, "trust_crl \"1\"");
    row("a lifecycle move deleted", {QStringLiteral("DELETE FROM lifecycle_transition WHERE id = 2")}, false,
        "lifecycle_transition \"2\"");
    row("a lifecycle move's reason edited",
        {QStringLiteral("UPDATE lifecycle_transition SET reason = 'approved by phone' WHERE id = 2")}, false,
        "lifecycle_transition \"2\"");
    row("a version's evidence attachment deleted", {QStringLiteral("DELETE FROM version_attachment WHERE id = 1")},
        false, "version_attachment \"1\"");
    row("a dataset's data contract deleted", {QStringLiteral("DELETE FROM dataset_attachment")}, false,
        "dataset_attachment \"1\"");
    row("an enrolled certificate deleted", {QStringLiteral("DELETE FROM user_certificate WHERE id = 1")}, false,
        "user_certificate \"1\"");
    row("an audit review deleted", {QStringLiteral("DELETE FROM audit_review WHERE id = 1")}, false,
        "audit_review \"1\"");
    row("a stored checkpoint deleted", {QStringLiteral("DELETE FROM audit_checkpoint WHERE id = 1")}, false,
        "audit_checkpoint \"1\"");
    row("a metric value edited",
        {QStringLiteral("UPDATE model_metric SET value = value + 0.01 WHERE rowid = (SELECT min(rowid) FROM "
                        "model_metric)")},
        false, "model_metric \"");
    row("a metric step deleted",
        {QStringLiteral("DELETE FROM model_metric WHERE rowid = (SELECT max(rowid) FROM model_metric)")}, false,
        "model_metric \"");
    row("a locked dataset unlocked", {QStringLiteral("UPDATE dataset SET locked = 0 WHERE id = 1")}, false,
        "dataset \"1\"");
    row("an account added",
        {QStringLiteral("INSERT INTO user_account SELECT 'mallory', full_name, email, roles, "
                        "status, password_hash, password_changed_at_ms, must_change_password, "
                        "failed_attempts, created_at_ms, created_by FROM user_account WHERE "
                        "username = 'praman'")},
        true, "user_account \"mallory\"");
    row("a latest seal rewritten",
        {QStringLiteral("UPDATE record_head SET sha256 = randomblob(32) WHERE kind = 'model' AND key = 'sepsis-risk'")},
        true, "the latest seal kept for model \"sepsis-risk\"");
    row("a seal added for no event",
        {QStringLiteral("INSERT INTO record_seal VALUES (100000, 0, 'setting', 'organisation.name', NULL)")}, true,
        "belong to no event");
}

void TestRecordSeals::verifyFindsEditedRecords()
{
    QFETCH(QStringList, sql);
    QFETCH(bool, keepTriggers);
    QFETCH(QString, named);
    QTemporaryDir dir;
    const QString path = demoCopy(dir);
    if (keepTriggers) {
        for (const QString& statement : sql) {
            QCOMPARE(rawExec(path, statement), QString());
        }
    } else {
        QCOMPARE(tamper(path, sql), QString());
    }
    const VerificationReport report = verifyAt(path);
    QVERIFY2(!report.intact(), "the edit went unnoticed");
    bool found = false;
    for (const Finding& f : report.findings) {
        found = found || (f.kind == Finding::Kind::RecordAltered && f.message.contains(named));
    }
    QVERIFY2(found, qPrintable(report.summary() + QStringLiteral(" / ") + report.findings.first().message));
    // The events themselves are intact: only the record is named.
    for (const Finding& f : report.findings) {
        QCOMPARE(nameOf(f.kind), nameOf(Finding::Kind::RecordAltered));
    }
}

void TestRecordSeals::aForgedSealBreaksItsEvent()
{
    // Editing a row and adding a seal that matches the edit, to the latest event: the event no longer hashes.
    QTemporaryDir dir;
    const QString path = demoCopy(dir);
    QCOMPARE(rawExec(path,
                     QStringLiteral("UPDATE user_account SET roles = 'data-scientist,qa-officer' WHERE "
                                    "username = 'dokafor'")),
             QString());
    QByteArray digest;
    {
        auto ws = Workspace::open(path, OpenMode::ReadOnly);
        QVERIFY(ws);
        const SealedKind* kind = RecordSeals::kindOf(QStringLiteral("user_account"));
        auto d = RecordSeals::digest(WorkspaceAccess::database(*ws.value()), *kind,
                                     RecordKey::of(QStringLiteral("dokafor")));
        QVERIFY(d && d->has_value());
        digest = **d;
    }
    QCOMPARE(rawExec(path,
                     QStringLiteral("INSERT INTO record_seal SELECT max(seq), 99, 'user_account', 'dokafor', "
                                    "x'%1' FROM audit_event")
                         .arg(QString::fromLatin1(digest.toHex()))),
             QString());
    // And the latest seal kept for decisions, so that only the event can tell.
    QCOMPARE(rawExec(path,
                     QStringLiteral("INSERT OR REPLACE INTO record_head SELECT 'user_account', 'dokafor', "
                                    "max(seq), x'%1' FROM audit_event")
                         .arg(QString::fromLatin1(digest.toHex()))),
             QString());
    const VerificationReport report = verifyAt(path);
    QVERIFY(!report.intact());
    QCOMPARE(nameOf(report.findings.first().kind), nameOf(Finding::Kind::EventAltered));
    // And the account cannot act on it.
    auto ws = Workspace::open(path, OpenMode::ReadWrite);
    QVERIFY(ws);
    const auto& dokafor = DemoWorkspace::cast()[3];
    QCOMPARE(dokafor.username, QStringLiteral("dokafor"));
    auto signedIn = ws.value()->signIn(dokafor.username, TestWorkspace::secret(dokafor.password));
    QVERIFY(signedIn);
    TransitionVersionCommand move(QStringLiteral("sepsis-risk"), QStringLiteral("3"), LifecycleState::Validated,
                                  QStringLiteral("validation complete"));
    auto r = ws.value()->execute(move);
    QVERIFY(!r);
    QCOMPARE(nameOf(r.error().code), nameOf(ErrorCode::Integrity));
    QVERIFY2(r.error().message.contains(QStringLiteral("rests on audit event")), qPrintable(r.error().message));
}

void TestRecordSeals::digestsMatchAnOutsideRecomputation()
{
    // docs/audit-trail.md describes the digest; Python's sqlite3 and hashlib recompute every record's from the file
    // and compare it with the latest seal. Nothing of Countersign's is used on that side.
    QProcess python;
    python.start(QStringLiteral("python3"),
                 {QStringLiteral(COUNTERSIGN_SOURCE_DIR "/tests/reference/record_digests.py"), m_demo});
    QVERIFY(python.waitForFinished(60000));
    const QString out = QString::fromUtf8(python.readAllStandardOutput());
    QVERIFY2(python.exitCode() == 0, qPrintable(out + QString::fromUtf8(python.readAllStandardError())));
    QVERIFY2(out.contains(QStringLiteral(" records match their latest seals")), qPrintable(out));
    // It must be able to fail: one edited row.
    QTemporaryDir dir;
    const QString path = demoCopy(dir);
    QCOMPARE(rawExec(path, QStringLiteral("UPDATE model_version SET state = 'production' WHERE id = 2")), QString());
    python.start(QStringLiteral("python3"),
                 {QStringLiteral(COUNTERSIGN_SOURCE_DIR "/tests/reference/record_digests.py"), path});
    QVERIFY(python.waitForFinished(60000));
    QCOMPARE(python.exitCode(), 1);
    QVERIFY(QString::fromUtf8(python.readAllStandardOutput()).contains(QStringLiteral("model_version 2")));
}

void TestRecordSeals::rolesEditedOutsideAreRefused()
{
    TestWorkspace t;
    QVERIFY(t.addModelVersions(QStringLiteral("m"), {QStringLiteral("1")}));
    QVERIFY(t.addUser(QStringLiteral("dana"), {Role::DataScientist}));
    for (const LifecycleState to : {LifecycleState::UnderValidation, LifecycleState::Validated}) {
        TransitionVersionCommand move(QStringLiteral("m"), QStringLiteral("1"), to, QStringLiteral("validation step"));
        QVERIFY(t.ws().execute(move));
    }
    QVERIFY(t.signInAs(QStringLiteral("dana")));
    TransitionVersionCommand approve(QStringLiteral("m"), QStringLiteral("1"), LifecycleState::Approved,
                                     QStringLiteral("looks good"));
    auto before = t.ws().execute(approve);
    QVERIFY(!before);
    QCOMPARE(nameOf(before.error().code), nameOf(ErrorCode::Forbidden)); // a data scientist cannot approve
    t.close();
    QCOMPARE(editOutside(t.path(),
                         {QStringLiteral("UPDATE user_account SET roles = 'data-scientist,qa-officer' "
                                         "WHERE username = 'dana'")}),
             QString());
    QVERIFY(t.reopen());
    QVERIFY(t.signInAs(QStringLiteral("dana")));
    auto after = t.ws().execute(approve);
    QVERIFY(!after);
    QCOMPARE(nameOf(after.error().code), nameOf(ErrorCode::Integrity));
    QVERIFY2(after.error().message.contains(QStringLiteral("altered outside Countersign")) &&
                 after.error().message.contains(QStringLiteral("user_account \"dana\"")),
             qPrintable(after.error().message));
    auto version = RegistryTable(WorkspaceAccess::database(t.ws())).version(QStringLiteral("m"), QStringLiteral("1"));
    QVERIFY(version && version.value());
    QVERIFY(version.value()->state == LifecycleState::Validated); // not approved
}

void TestRecordSeals::lockoutSettingEditedOutsideIsRefused()
{
    TestWorkspace t;
    QVERIFY(t.addUser(QStringLiteral("dana"), {Role::DataScientist}));
    t.close();
    QCOMPARE(editOutside(t.path(),
                         {QStringLiteral("DELETE FROM setting WHERE key = 'security.max_failed_logins'"),
                          QStringLiteral("INSERT INTO setting VALUES ('security.max_failed_logins', "
                                         "'{\"value\":1000}', 0, 'tester')")}),
             QString());
    auto ws = Workspace::open(t.path(), OpenMode::ReadWrite, t.options());
    QVERIFY(ws);
    auto attempt =
        ws.value()->signIn(QStringLiteral("dana"), TestWorkspace::secret(QStringLiteral("wrong password 1")));
    QVERIFY(!attempt);
    QCOMPARE(nameOf(attempt.error().code), nameOf(ErrorCode::Integrity));
    QVERIFY2(attempt.error().message.contains(QStringLiteral("setting \"security.max_failed_logins\"")),
             qPrintable(attempt.error().message));
}

void TestRecordSeals::versionStateEditedOutsideIsRefused()
{
    TestWorkspace t;
    QVERIFY(t.addModelVersions(QStringLiteral("m"), {QStringLiteral("1")}));
    t.close();
    QCOMPARE(editOutside(t.path(), {QStringLiteral("UPDATE model_version SET state = 'approved'")}), QString());
    QVERIFY(t.reopen());
    TransitionVersionCommand release(QStringLiteral("m"), QStringLiteral("1"), LifecycleState::Withdrawn,
                                     QStringLiteral("withdraw"));
    auto r = t.ws().execute(release);
    QVERIFY(!r);
    QCOMPARE(nameOf(r.error().code), nameOf(ErrorCode::Integrity));
    QVERIFY2(r.error().message.contains(QStringLiteral("model_version \"1\"")), qPrintable(r.error().message));
}

void TestRecordSeals::datasetUnlockedOutsideIsRefused()
{
    TestWorkspace t;
    QVERIFY(t.addModelVersions(QStringLiteral("m"), {QStringLiteral("1"), QStringLiteral("2")}));
    const QString file = t.dirPath() + QStringLiteral("/v.csv");
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("id,label,score\nA,1,0.9\nB,0,0.2\n");
    }
    PredictionImportRequest request;
    request.dataset = QStringLiteral("validation");
    request.file = file;
    request.role = DatasetRole::Validation;
    request.mapping.idColumn = QStringLiteral("id");
    request.mapping.labelColumn = QStringLiteral("label");
    request.mapping.scores = {{QStringLiteral("m"), QStringLiteral("1"), QStringLiteral("score")}};
    ImportPredictionsCommand first(request);
    auto imported = t.ws().execute(first);
    QVERIFY2(imported.ok(), imported ? "" : qPrintable(imported.error().message));
    t.close();
    QCOMPARE(tamper(t.path(), {QStringLiteral("UPDATE dataset SET locked = 0")}), QString());
    QVERIFY(t.reopen());
    const QString more = t.dirPath() + QStringLiteral("/more.csv");
    {
        QFile f(more);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("id,label,score\nA,1,0.8\nB,0,0.3\n"); // version 2's predictions for the same samples
    }
    request.file = more;
    request.role.reset();
    request.mapping.scores = {{QStringLiteral("m"), QStringLiteral("2"), QStringLiteral("score")}};
    ImportPredictionsCommand second(request);
    auto r = t.ws().execute(second);
    QVERIFY(!r);
    QVERIFY2(r.error().message.contains(QStringLiteral("dataset \"1\"")), qPrintable(r.error().message));
    QCOMPARE(nameOf(r.error().code), nameOf(ErrorCode::Integrity));
}

void TestRecordSeals::trustStoreEditedOutsideIsRefused()
{
    QTemporaryDir dir;
    const QString path = demoCopy(dir);
    {
        auto ws = Workspace::open(path, OpenMode::ReadOnly);
        QVERIFY(ws);
        auto checks = SignatureQuery(*ws.value()).verifyAll();
        QVERIFY(checks && !checks->isEmpty());
        for (const auto& c : checks.value()) {
            QVERIFY2(c.valid, qPrintable(c.problem));
        }
    }
    QCOMPARE(tamper(path, {QStringLiteral("DELETE FROM trust_crl")}), QString());
    auto ws = Workspace::open(path, OpenMode::ReadOnly);
    QVERIFY(ws);
    auto checks = SignatureQuery(*ws.value()).verifyAll();
    QVERIFY(checks && !checks->isEmpty());
    for (const auto& c : checks.value()) {
        QVERIFY(!c.valid);
        QVERIFY2(c.problem.contains(QStringLiteral("trust_crl \"1\"")), qPrintable(c.problem));
    }
}

namespace {
/// A command that records its event and then writes a row: the row would be left unsealed.
class WritesAfterItsEvent final : public Command
{
public:
    QString description() const override { return QStringLiteral("write after the event"); }
    std::optional<Action> requiredAction() const override { return Action::ChangeSettings; }
    Status apply(CommandContext& ctx) override
    {
        AuditRecord record {AuditAction::SettingChanged,
                            ChangeKind::Update,
                            QStringLiteral("setting"),
                            QStringLiteral("organisation.name"),
                            QJsonObject {{QStringLiteral("value"), QString()}},
                            QJsonObject {{QStringLiteral("value"), QStringLiteral("Late")}},
                            QStringLiteral("testing")};
        if (auto e = ctx.record(record); !e) {
            return e.error();
        }
        return SettingTable(ctx.database())
            .upsert(ctx.write(), QStringLiteral("organisation.name"), QByteArray("{\"value\":\"Late\"}"), ctx.nowMs(),
                    ctx.session().actor);
    }
};
} // namespace

void TestRecordSeals::writesAfterTheLastEventAreRefused()
{
    TestWorkspace t;
    const qint64 events = t.ws().eventCount().value();
    WritesAfterItsEvent command;
    auto r = t.ws().execute(command);
    QVERIFY(!r);
    QCOMPARE(nameOf(r.error().code), nameOf(ErrorCode::Internal));
    QVERIFY2(r.error().message.contains(QStringLiteral("after its last audit event")), qPrintable(r.error().message));
    QCOMPARE(t.ws().eventCount().value(), events); // rolled back: neither the event nor the row
    auto verified = t.ws().verify();
    QVERIFY(verified && verified->intact());
}

QTEST_GUILESS_MAIN(TestRecordSeals)
#include "TestRecordSeals.moc"
