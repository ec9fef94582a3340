// Two people in one team workspace from two windows at once (issue #17), on a PostgreSQL server of the test's own.
#include "MainWindow.h"
#include "PgServer.h"
#include "TestWorkspace.h"
#include "WorkspaceController.h"
#include "audit/AuditTrailModel.h"
#include "audit/AuditTrailPage.h"
#include "commands/ChangeSettingCommand.h"
#include "common/ConnectTeamDialog.h"
#include "settings/WorkspaceSettings.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>

using namespace cs;
using namespace cs::test;
using namespace cs::ui;

class TestTeamWindows : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void uriFromTheDialogsFields();
    void twoWindowsSeeEachOthersChanges();

private:
    static void screenshot(QWidget* widget, const QString& name);
    /// Makes `window` sign `username` in when it opens a workspace (no dialog).
    static void signInAs(MainWindow& window, const QString& username);
    std::unique_ptr<PgServer> m_server;
};

void TestTeamWindows::initTestCase()
{
    m_server = std::make_unique<PgServer>();
    QString why;
    QVERIFY2(m_server->start(&why), qPrintable(why));
    QVERIFY2(m_server->createTeam(QStringLiteral("qa_team"), &why), qPrintable(why));
}

void TestTeamWindows::screenshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("COUNTERSIGN_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QDir().mkpath(dir);
        QCoreApplication::processEvents();
        QVERIFY(widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
    }
}

void TestTeamWindows::signInAs(MainWindow& window, const QString& username)
{
    window.controller()->setAuthenticator([username](Workspace& ws) {
        return ws.signIn(username, TestWorkspace::secret(TestWorkspace::passwordOf(username))).ok();
    });
}

void TestTeamWindows::uriFromTheDialogsFields()
{
    QCOMPARE(
        ConnectTeamDialog::buildUri(QStringLiteral("db.example.org"), 5432, QStringLiteral("qa team"),
                                    QStringLiteral("mlindqvist"), QStringLiteral("p@ss:w/rd"),
                                    ConnectTeamDialog::Tls::VerifyFull),
        QStringLiteral("postgresql://mlindqvist:p%40ss%3Aw%2Frd@db.example.org:5432/qa%20team?sslmode=verify-full"));
    QCOMPARE(ConnectTeamDialog::buildUri(QStringLiteral("/run/postgresql"), 5433, QStringLiteral("qa"),
                                         QStringLiteral("qa"), QString(), ConnectTeamDialog::Tls::LocalSocket),
             QStringLiteral("postgresql://qa@/qa?host=%2Frun%2Fpostgresql&port=5433"));
}

void TestTeamWindows::twoWindowsSeeEachOthersChanges()
{
    const QString owner = m_server->ownerUri(QStringLiteral("qa_team"));
    const QString writer = m_server->writerUri(QStringLiteral("qa_team"));
    {
        TestWorkspace t(owner, PgServer::writerOf(QStringLiteral("qa_team")));
        ChangeSettingCommand never(SettingKey::PasswordMaxAgeDays, 0, QStringLiteral("team windows on the real clock"));
        QVERIFY(t.ws().execute(never));
        QVERIFY(t.addUser(QStringLiteral("qa"), {Role::QaOfficer}));
    }
    // The QA officer connects through File > Connect to Team Workspace…, pasting the URI her administrator sent.
    MainWindow qa;
    qa.resize(1280, 800);
    qa.show();
    signInAs(qa, QStringLiteral("qa"));
    QTimer::singleShot(0, this, [this, writer] {
        auto* dialog = qobject_cast<ConnectTeamDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto edits = dialog->findChildren<QLineEdit*>();
        edits.last()->setText(writer); // the URI field
        screenshot(dialog, QStringLiteral("connect-team"));
        dialog->accept();
    });
    qa.connectToTeamWorkspace();
    QVERIFY(qa.controller()->hasWorkspace());
    QVERIFY(qa.controller()->workspace()->isServer());
    QVERIFY2(!qa.windowTitle().contains(PgServer::passwordOf(PgServer::writerOf(QStringLiteral("qa_team")))),
             qPrintable(qa.windowTitle()));

    // The administrator works in the same workspace from another window.
    MainWindow admin;
    admin.show();
    signInAs(admin, TestWorkspace::Tester);
    QVERIFY(admin.openWorkspace(writer));
    // Her window catches up with his sign-in the next time it looks.
    QVERIFY(qa.controller()->checkForOthersChanges());
    QTRY_COMPARE_WITH_TIMEOUT(qa.auditPage()->model()->rowCount(), admin.auditPage()->model()->rowCount(), 30000);
    const int before = qa.auditPage()->model()->rowCount();
    ChangeSettingCommand change(SettingKey::AuditReviewIntervalDays, 14, QStringLiteral("fortnightly reviews"));
    QVERIFY(admin.controller()->execute(change));
    QCOMPARE(admin.auditPage()->model()->rowCount(), before + 1);

    // The QA officer's window notices when it comes to the front (or on its next look), without reopening.
    QCOMPARE(qa.auditPage()->model()->rowCount(), before);
    QVERIFY(qa.controller()->checkForOthersChanges());
    QTRY_COMPARE_WITH_TIMEOUT(qa.auditPage()->model()->rowCount(), before + 1, 30000);
    QVERIFY(!qa.controller()->checkForOthersChanges()); // nothing new: nothing refreshed
    screenshot(&qa, QStringLiteral("team-audit-trail"));
}

QTEST_MAIN(TestTeamWindows)
#include "TestTeamWindows.moc"
