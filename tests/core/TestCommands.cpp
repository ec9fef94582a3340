// Commands: each change and its audit event are stored together or not at all; the rules they enforce.
#include "TestWorkspace.h"
#include "commands/ChangeSettingCommand.h"
#include "commands/CommandContext.h"
#include "commands/RecordAuditReviewCommand.h"
#include "demo/DemoWorkspace.h"
#include "queries/AuditQuery.h"
#include "signing/SignatureVerifier.h"
#include "store/AuditEventTable.h"
#include "store/ChangeRequestTables.h"
#include "store/DatasetTables.h"
#include "store/RecordTables.h"
#include "store/RegistryTables.h"
#include "workspace/WorkspaceAccess.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace cs;
using namespace cs::test;

namespace {
/// Writes a setting and then fails: the write must not survive.
class FailingCommand final : public Command
{
public:
    explicit FailingCommand(bool recordFirst)
        : m_recordFirst(recordFirst)
    { }
    QString description() const override { return QStringLiteral("fail halfway"); }
    std::optional<Action> requiredAction() const override { return Action::ChangeSettings; }
    Status apply(CommandContext& ctx) override
    {
        if (auto r = SettingTable(ctx.database())
                         .upsert(ctx.write(), QStringLiteral("organisation.name"), R"({"value":"x"})", ctx.nowMs(),
                                 ctx.session().actor);
            !r) {
            return r;
        }
        if (m_recordFirst) {
            AuditRecord record {AuditAction::SettingChanged,
                                ChangeKind::Update,
                                QStringLiteral("setting"),
                                QStringLiteral("organisation.name"),
                                QJsonObject {},
                                QJsonObject {},
                                QStringLiteral("r")};
            if (auto e = ctx.record(record); !e) {
                return e.error();
            }
        }
        return Error(ErrorCode::Io, QStringLiteral("disk unplugged"));
    }

private:
    bool m_recordFirst;
};

/// Writes a setting but records no audit event: must be refused.
class SilentCommand final : public Command
{
public:
    QString description() const override { return QStringLiteral("change without a trace"); }
    std::optional<Action> requiredAction() const override { return Action::ChangeSettings; }
    Status apply(CommandContext& ctx) override
    {
        return SettingTable(ctx.database())
            .upsert(ctx.write(), QStringLiteral("organisation.name"), R"({"value":"x"})", ctx.nowMs(),
                    ctx.session().actor);
    }
};
} // namespace

class TestCommands : public QObject
{
    Q_OBJECT
private slots:
    void failedCommandLeavesNothing_data();
    void failedCommandLeavesNothing();
    void commandWithoutAuditEventIsRefused();
    void updateNeedsReason();
    void settingRules_data();
    void settingRules();
    void settingChangeIsRecorded();
    void reviewRules();
    void checkpointIsReusedUntilSomethingHappens();
    void readOnlyWorkspaceRefusesChanges();
    void demoWorkspace();

private:
    static qint64 settingRows(Workspace& ws)
    {
        return SettingTable(WorkspaceAccess::database(ws)).all().value().size();
    }
};

void TestCommands::failedCommandLeavesNothing_data()
{
    QTest::addColumn<bool>("recordFirst");
    QTest::newRow("fails before its event") << false;
    QTest::newRow("fails after its event") << true;
}

void TestCommands::failedCommandLeavesNothing()
{
    QFETCH(bool, recordFirst);
    TestWorkspace t;
    FailingCommand command(recordFirst);
    auto r = t.ws().execute(command);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().message, QStringLiteral("disk unplugged"));
    QCOMPARE(t.ws().eventCount().value(), qint64(2)); // workspace.created, user.created
    QCOMPARE(settingRows(t.ws()), qint64(0));
    QVERIFY(t.addEvents(1)); // and the workspace is usable afterwards
}

void TestCommands::commandWithoutAuditEventIsRefused()
{
    TestWorkspace t;
    SilentCommand command;
    auto r = t.ws().execute(command);
    QVERIFY(!r.ok());
    QVERIFY(r.error().message.contains(u"recorded no audit event"));
    QCOMPARE(settingRows(t.ws()), qint64(0));
}

void TestCommands::updateNeedsReason()
{
    TestWorkspace t;
    ChangeSettingCommand command(SettingKey::InactivityLockMinutes, 10, QStringLiteral("   "));
    auto r = t.ws().execute(command);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::Rule);
    QVERIFY2(r.error().message.contains(u"reason is required"), qPrintable(r.error().message));
    QCOMPARE(t.ws().eventCount().value(), qint64(2));
    QCOMPARE(settingRows(t.ws()), qint64(0));
}

void TestCommands::settingRules_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown key") << QStringLiteral("security.backdoor") << QStringLiteral("1")
                                 << QStringLiteral("no setting called security.backdoor");
    QTest::newRow("not a number") << SettingKey::InactivityLockMinutes << QStringLiteral("ten")
                                  << QStringLiteral("whole number");
    QTest::newRow("below range") << SettingKey::InactivityLockMinutes << QStringLiteral("0")
                                 << QStringLiteral("between 1 and 240");
    QTest::newRow("above range") << SettingKey::MaxFailedLogins << QStringLiteral("11")
                                 << QStringLiteral("between 3 and 10");
    QTest::newRow("too long") << SettingKey::OrganisationName << QString(201, u'x') << QStringLiteral("at most 200");
}

void TestCommands::settingRules()
{
    QFETCH(QString, key);
    QFETCH(QString, text);
    QFETCH(QString, message);
    auto value = WorkspaceSettings::parse(key, text);
    QVERIFY(!value.ok());
    QVERIFY2(value.error().message.contains(message), qPrintable(value.error().message));
    QVERIFY2(value.error().message.contains(key), "the error names the setting");
}

void TestCommands::settingChangeIsRecorded()
{
    TestWorkspace t;
    ChangeSettingCommand command(SettingKey::InactivityLockMinutes, 10, QStringLiteral("Policy ISP-7"));
    QVERIFY(t.ws().execute(command).ok());
    QCOMPARE(t.ws().settings().value().integer(SettingKey::InactivityLockMinutes), 10);
    const AuditEvent e = *t.ws().lastEvent().value();
    QCOMPARE(e.seq, qint64(3));
    QCOMPARE(e.action, QStringLiteral("setting.changed"));
    QCOMPARE(e.change, ChangeKind::Update);
    QCOMPARE(e.actor, QStringLiteral("tester"));
    QCOMPARE(e.before, QByteArray(R"({"value":15})"));
    QCOMPARE(e.after, QByteArray(R"({"value":10})"));
    QCOMPARE(e.reason, QStringLiteral("Policy ISP-7"));
    QCOMPARE(e.timeMs, t.clock().nowMs());
    ChangeSettingCommand same(SettingKey::InactivityLockMinutes, 10, QStringLiteral("again"));
    auto r = t.ws().execute(same);
    QVERIFY(!r.ok());
    QVERIFY(r.error().message.contains(u"already"));
}

void TestCommands::reviewRules()
{
    TestWorkspace t;
    QVERIFY(t.addEvents(3)); // events 1..5
    RecordAuditReviewCommand empty(1, 5, QStringLiteral("  "));
    QVERIFY(!t.ws().execute(empty).ok());
    RecordAuditReviewCommand beyond(1, 9, QStringLiteral("fine"));
    auto r = t.ws().execute(beyond);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(u"events 1 to 5"), qPrintable(r.error().message));

    auto range = AuditQuery(t.ws()).unreviewed();
    QVERIFY(range.ok());
    QCOMPARE(range.value(), (std::optional(std::pair<qint64, qint64> {1, 5})));
    RecordAuditReviewCommand review(1, 5, QStringLiteral("All changes documented."));
    QVERIFY(t.ws().execute(review).ok());
    QCOMPARE(review.review().reviewer, QStringLiteral("tester"));
    QCOMPARE(review.review().chainHead, AuditEventTable(WorkspaceAccess::database(t.ws())).at(5).value().chainHash);
    QCOMPARE(t.ws().lastEvent().value()->action, QStringLiteral("audit.reviewed"));
    // The review's own event (6) is next in line for the following review.
    QCOMPARE(AuditQuery(t.ws()).unreviewed().value(), (std::optional(std::pair<qint64, qint64> {6, 6})));
    // Without a range, the command takes the unreviewed events inside its own transaction: each time the review
    // event before it, which no review covers yet.
    RecordAuditReviewCommand next(QStringLiteral("Only the review itself."));
    QVERIFY(t.ws().execute(next).ok());
    QCOMPARE(next.review().fromSeq, qint64(6));
    QCOMPARE(next.review().toSeq, qint64(6));
    RecordAuditReviewCommand again(QStringLiteral("Only the review itself, again."));
    QVERIFY(t.ws().execute(again).ok());
    QCOMPARE(again.review().fromSeq, qint64(7));
    QCOMPARE(again.review().toSeq, qint64(7));
}

void TestCommands::checkpointIsReusedUntilSomethingHappens()
{
    TestWorkspace t;
    QVERIFY(t.addEvents(1));
    auto first = t.ws().writeCheckpoint();
    QVERIFY(first.ok());
    QCOMPARE(first->size, qint64(3));
    auto again = t.ws().writeCheckpoint();
    QCOMPARE(again->id, first->id);
    QCOMPARE(t.ws().eventCount().value(), qint64(4));
    QVERIFY(t.addEvents(1));
    auto next = t.ws().writeCheckpoint();
    QVERIFY(next->id != first->id);
    QCOMPARE(next->size, qint64(5));
}

void TestCommands::readOnlyWorkspaceRefusesChanges()
{
    TestWorkspace t;
    QVERIFY(t.reopen(OpenMode::ReadOnly));
    ChangeSettingCommand command(SettingKey::InactivityLockMinutes, 10, QStringLiteral("r"));
    auto r = t.ws().execute(command);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::ReadOnly);
}

void TestCommands::demoWorkspace()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.countersign"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(DemoWorkspace::create(path, now).ok());
    auto ws = Workspace::open(path, OpenMode::ReadOnly);
    QVERIFY(ws.ok());
    QVERIFY(ws.value()->isDemo());
    auto report = ws.value()->verify();
    QVERIFY2(report->intact(), qPrintable(report->summary()));
    QSet<QString> actions, actors;
    qint64 previous = 0;
    QVERIFY(AuditEventTable(WorkspaceAccess::database(*ws.value()))
                .scan(1,
                      [&](const AuditEvent& e) {
                          actions.insert(e.action);
                          actors.insert(e.actor);
                          if (e.timeMs < previous || e.timeMs > now) {
                              return false;
                          }
                          previous = e.timeMs;
                          return true;
                      })
                .ok());
    QStringList expected = QStringList {QStringLiteral("workspace.created"),
                                        QStringLiteral("user.created"),
                                        QStringLiteral("setting.changed"),
                                        QStringLiteral("trust.ca_added"),
                                        QStringLiteral("trust.crl_added"),
                                        QStringLiteral("user.signed_in"),
                                        QStringLiteral("user.password_changed"),
                                        QStringLiteral("certificate.enrolled"),
                                        QStringLiteral("audit.reviewed"),
                                        QStringLiteral("signature.created"),
                                        QStringLiteral("audit.checkpoint_created"),
                                        QStringLiteral("model.registered"),
                                        QStringLiteral("model_version.imported"),
                                        QStringLiteral("model_version.evidence_attached"),
                                        QStringLiteral("model_version.transitioned"),
                                        QStringLiteral("dataset.created"),
                                        QStringLiteral("dataset.file_imported"),
                                        QStringLiteral("prediction_set.imported"),
                                        QStringLiteral("dataset.evidence_attached"),
                                        QStringLiteral("model.described"),
                                        QStringLiteral("change_request.created"),
                                        QStringLiteral("change_request.moved"),
                                        QStringLiteral("drift.run"),
                                        QStringLiteral("drift.alert-raised"),
                                        QStringLiteral("drift.alert-decided"),
                                        QStringLiteral("pccp.saved")};
    QStringList seen(actions.begin(), actions.end());
    expected.sort();
    seen.sort();
    QCOMPARE(seen, expected);
    QCOMPARE(actors.size(), 5); // every person of the cast did something
    auto signatures = SignatureVerifier::verifyAll(WorkspaceAccess::database(*ws.value()), ws.value()->id());
    QVERIFY(signatures.ok());
    // Three on the audit-trail reviews; four requests authored; CR-2026-0001 and -0003 approved and released;
    // CR-2026-0002 rejected; the PCCP authored and approved.
    QCOMPARE(signatures->size(), 14);
    for (const SignatureCheck& c : signatures.value()) {
        QVERIFY2(c.valid, qPrintable(c.problem));
    }
    QVERIFY(QFile::exists(QDir(DemoWorkspace::credentialsDir(path)).filePath(QStringLiteral("hbrandt.p12"))));
    QCOMPARE(report->checkpointsChecked, 3);
    QCOMPARE(ReviewTable(WorkspaceAccess::database(*ws.value())).all().value().size(), qsizetype(2));

    // The sepsis-risk model came in through the importers: four versions, with git and DVC evidence, and both
    // datasets with every version's predictions. The change requests put version 1 into production, rejected version
    // 2, replaced version 1 with version 3, and left version 4's request waiting for a QA decision.
    RegistryTable registry(WorkspaceAccess::database(*ws.value()));
    const auto versions = registry.versions(QStringLiteral("sepsis-risk")).value();
    QCOMPARE(versions.size(), 4);
    QCOMPARE(versions[0].state, LifecycleState::Superseded);
    QCOMPARE(versions[1].state, LifecycleState::Withdrawn);
    QCOMPARE(versions[2].state, LifecycleState::Production);
    QCOMPARE(versions[3].state, LifecycleState::UnderValidation);
    ChangeRequestTable requests(WorkspaceAccess::database(*ws.value()));
    QStringList states; // oldest first
    for (const ChangeRequestRecord& r : requests.all().value()) {
        states.prepend(r.content.candidate + u' ' + nameOf(r.state));
    }
    QCOMPARE(states,
             QStringList({QStringLiteral("1 closed"), QStringLiteral("2 rejected"), QStringLiteral("3 implemented"),
                          QStringLiteral("4 evaluated")}));
    // MLflow records no parent: each version's parent is the one registered before it.
    QCOMPARE(versions[0].parentLabel, QString());
    QCOMPARE(versions[1].parentLabel, QStringLiteral("1"));
    QCOMPARE(versions[2].parentLabel, QStringLiteral("2"));
    const auto described = registry.model(QStringLiteral("sepsis-risk")).value();
    QVERIFY(described && described->intendedUse.startsWith(u"Early warning of sepsis"));
    QCOMPARE(described->deviceClass, QStringLiteral("IIa (EU MDR Rule 11)"));
    QCOMPARE(described->owner, QStringLiteral("mlindqvist"));
    QCOMPARE(registry.attachments(versions[2].id).value().size(), qsizetype(2)); // git commit and dvc.lock
    DatasetTable datasets(WorkspaceAccess::database(*ws.value()));
    const auto validation = datasets.dataset(QStringLiteral("locked-validation-2026q3")).value();
    QVERIFY(validation && validation->locked);
    QCOMPARE(validation->sampleCount, 5000);
    QCOMPARE(datasets.predictionSets(validation->id).value().size(), qsizetype(4));
    QCOMPARE(datasets.attachments(validation->id).value().size(), qsizetype(1));
    QCOMPARE(datasets.dataset(QStringLiteral("challenge-2026q3")).value()->sampleCount, 1200);
    // Labels as stored agree with the file, counted here by hand.
    QFile csv(QDir(DemoWorkspace::sourcesDir(path)).filePath(QStringLiteral("data/locked-validation-2026q3.csv")));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    int positivesInFile = 0;
    for (const QByteArray& line : csv.readAll().split('\n').mid(1)) {
        positivesInFile += line.split(',').value(1) == "1";
    }
    int positivesStored = 0;
    QVERIFY(datasets
                .forEachSample(validation->id,
                               [&](qint64, std::string_view, std::optional<QString> label, std::string_view) {
                                   positivesStored += label == QStringLiteral("1");
                                   return true;
                               })
                .ok());
    QVERIFY(positivesInFile > 300);
    QCOMPARE(positivesStored, positivesInFile);
    QVERIFY(!DemoWorkspace::create(path, now).ok()); // never overwrites
}

QTEST_GUILESS_MAIN(TestCommands)
#include "TestCommands.moc"
