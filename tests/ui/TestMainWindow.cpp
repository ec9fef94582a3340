// The real main window on the offscreen platform: opens the demo, finds the audit rows, filters, verifies, records a
// review, reports a damaged trail and bad files. With COUNTERSIGN_SCREENSHOT_DIR set it saves what it shows.
#include "AppSettings.h"
#include "DemoCopy.h"
#include "MainWindow.h"
#include "Mlflow3Fixture.h"
#include "MlflowFixture.h"
#include "PdfTools.h"
#include "Tamper.h"
#include "WorkspaceController.h"
#include "audit/AuditTrailModel.h"
#include "audit/AuditTrailPage.h"
#include "audit/VerificationBanner.h"
#include "audit/VerificationTask.h"
#include "changes/ChangeRequestActionDialog.h"
#include "changes/ChangeRequestsPage.h"
#include "changes/NewChangeRequestWizard.h"
#include "changes/ValidationView.h"
#include "commands/ChangeRequestCommands.h"
#include "commands/PccpCommands.h"
#include "commands/RecordAuditReviewCommand.h"
#include "commands/RegistryCommands.h"
#include "commands/SignRecordCommand.h"
#include "common/FileDialog.h"
#include "common/LongWork.h"
#include "common/MessageBox.h"
#include "config-countersign-tests.h"
#include "demo/DemoWorkspace.h"
#include "drift/DriftPage.h"
#include "identity/AdminDialogs.h"
#include "identity/SignInDialog.h"
#include "importers/MlflowFileStore.h"
#include "package/ExportDocumentDialog.h"
#include "package/VerifyPackageDialog.h"
#include "pccp/PccpEditor.h"
#include "pccp/PccpsPage.h"
#include "pki/Certificate.h"
#include "queries/AuditQuery.h"
#include "queries/ChangeRequestQuery.h"
#include "queries/DriftQuery.h"
#include "queries/PccpQuery.h"
#include "queries/RegistryQuery.h"
#include "registry/DatasetsPage.h"
#include "registry/ImportWizard.h"
#include "registry/ModelsPage.h"
#include "registry/VersionDiffDialog.h"
#include "registry/VersionDiffView.h"
#include "signing/SignDialog.h"
#include "signing/SignaturesPage.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QThread>
#include <QTimer>
#include <qcustomplot.h>

using namespace cs;
using namespace cs::ui;
using cs::test::tamper;
namespace Demo = cs::test::Demo;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void startsOnWelcomePage();
    void opensDemoOnAuditTrail();
    void filtersAndDetail();
    void verifiesIntact();
    void recordsReview();
    void showsBrokenTrail();
    void refusesBadFile();
    void newAndRecentWorkspaces();

    void signsFromTheSignDialog();
    void signInDialogLooksRight();
    void administration();
    void locksAfterInactivity();
    void modelsPage();
    void importWizardPredictions();
    void pccpDeterminationInTheWindow();
    void pccpsPageImportsAndSigns();
    void driftPageAlertsAndTheirRequests();
    void importWizardMlflowAndDvc();
    void versionDiffAndDatasets();
    void changeRequestsPage();
    void longWorkShowsProgressAndCancels();

private:
    void signInNext(const QString& username);
    void screenshot(QWidget* widget, const QString& name);
    bool runVerification(MainWindow& window);
    /// The demo story told once for the tests that change a demo of their own (each gets a copy).
    QString told();

    QTemporaryDir m_home;
    QTemporaryDir m_told;
};

QString TestMainWindow::told()
{
    return Demo::toldOnce(m_told);
}

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("XDG_DATA_HOME", QDir(m_home.path()).filePath(QStringLiteral("data")).toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", QDir(m_home.path()).filePath(QStringLiteral("config")).toLocal8Bit());
    QCoreApplication::setApplicationName(QStringLiteral("countersign-test"));
    QCoreApplication::setOrganizationName(QStringLiteral("countersign-test"));
    AppSettings().setValue(AppSettings::Key::RecentWorkspaces, QStringList()); // test-mode settings persist
    QFile::remove(DemoWorkspace::defaultPath());
    QFile::remove(DemoWorkspace::defaultPath() + QStringLiteral(".key"));
    QDir(DemoWorkspace::credentialsDir(DemoWorkspace::defaultPath())).removeRecursively();
    // An earlier run's sources are left on purpose: opening the demo must cope with them.
}

void TestMainWindow::signInNext(const QString& username)
{
    for (const auto& p : DemoWorkspace::cast()) {
        if (p.username == username) {
            SignInDialog::setNextCredentials(p.username, p.password);
        }
    }
}

void TestMainWindow::screenshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("COUNTERSIGN_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QDir().mkpath(dir);
        QCoreApplication::processEvents(); // let pending layouts (the status bar) settle before the picture
        QVERIFY(widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
    }
}

bool TestMainWindow::runVerification(MainWindow& window)
{
    QSignalSpy finished(window.auditPage()->verification(), &VerificationTask::finished);
    window.auditPage()->verify();
    return finished.wait(60000); // generous: CI machines can be busy
}

void TestMainWindow::startsOnWelcomePage()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window, 30000));
    QVERIFY(!window.controller()->hasWorkspace());
    QCOMPARE(window.windowTitle(), QStringLiteral("Countersign"));
    screenshot(&window, QStringLiteral("welcome"));
}

void TestMainWindow::opensDemoOnAuditTrail()
{
    MainWindow window;
    window.show();
    signInNext(QStringLiteral("hbrandt"));
    QVERIFY(window.openDemo());
    QVERIFY(QFile::exists(DemoWorkspace::defaultPath()));
    QVERIFY(window.windowTitle().contains(u"[demo]"));
    QCOMPARE(window.currentPage(), MainWindow::AuditPage);
    AuditTrailModel* model = window.auditPage()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const qint64 events = window.controller()->workspace()->eventCount().value();
    QVERIFY(events >= 10);
    QCOMPARE(model->rowCount(), int(events));
    // Actions by their names for people; the identifier stored in the trail is the tooltip.
    QCOMPARE(model->data(model->index(0, AuditTrailModel::ActionColumn)).toString(),
             QStringLiteral("Workspace created"));
    QCOMPARE(model->data(model->index(0, AuditTrailModel::ActionColumn), Qt::ToolTipRole).toString(),
             QStringLiteral("workspace.created"));
    // Every area of the product has a page, reachable from the keyboard.
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window, 30000));
    for (int page = 0; page < MainWindow::PageCount; ++page) {
        QTest::keyClick(&window, Qt::Key(Qt::Key_1 + page), Qt::ControlModifier);
        QCOMPARE(int(window.currentPage()), page);
    }
    QCOMPARE(window.currentPage(), MainWindow::SignaturesPage);
    screenshot(&window, QStringLiteral("placeholder-signatures"));
}

void TestMainWindow::filtersAndDetail()
{
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    signInNext(QStringLiteral("hbrandt"));
    QVERIFY(window.openDemo());
    AuditTrailPage* page = window.auditPage();
    auto* actor = page->findChildren<QComboBox*>().at(0);
    const int auditor = actor->findData(QStringLiteral("hbrandt"));
    QVERIFY(auditor > 0);
    actor->setCurrentIndex(auditor);
    qint64 byAuditor = 0;
    QVERIFY(AuditQuery(*window.controller()->workspace())
                .scan(1,
                      [&](const AuditEvent& e) {
                          byAuditor += e.actor == u"hbrandt" ? 1 : 0;
                          return true;
                      })
                .ok());
    QVERIFY(byAuditor >= 6); // sign-ins, password change, enrolment, two reviews, two signatures
    QCOMPARE(page->model()->rowCount(), int(byAuditor));
    actor->setCurrentIndex(0);
    auto* search = page->findChild<QLineEdit*>();
    search->setText(QStringLiteral("ISP-7"));
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 1, 30000);
    page->table()->setCurrentIndex(page->model()->index(0, 0));
    QVERIFY(page->findChildren<QLabel*>().size() > 0);
    bool shown = false;
    for (QLabel* label : page->findChildren<QLabel*>()) {
        shown = shown || label->text().contains(u"Information security policy ISP-7");
    }
    QVERIFY2(shown, "the detail pane shows the reason of the selected event");
    search->clear();
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), int(window.controller()->workspace()->eventCount().value()),
                              30000);
    page->table()->setCurrentIndex(page->model()->index(2, 0));
    screenshot(&window, QStringLiteral("audit-trail"));
}

void TestMainWindow::verifiesIntact()
{
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    signInNext(QStringLiteral("hbrandt"));
    QVERIFY(window.openDemo());
    QVERIFY(window.auditPage()->banner()->text().contains(u"Not verified"));
    QVERIFY(runVerification(window));
    QVERIFY2(window.auditPage()->banner()->text().contains(u"Audit trail intact"),
             qPrintable(window.auditPage()->banner()->text()));
    screenshot(&window, QStringLiteral("audit-verified"));

    // A verification whose page goes away while it runs, and one whose result arrived but not yet its thread's
    // end: both leave nothing behind (LeakSanitizer, in make test's ASan run, holds the threads to it).
    const QString path = window.controller()->workspace()->path();
    {
        cs::ui::VerificationTask running;
        running.start(path);
        QVERIFY(running.isRunning());
    }
    {
        cs::ui::VerificationTask done;
        QSignalSpy finished(&done, &cs::ui::VerificationTask::finished);
        done.start(path);
        QVERIFY(finished.wait(60000));
    }
}

void TestMainWindow::recordsReview()
{
    MainWindow window;
    window.show();
    signInNext(QStringLiteral("hbrandt"));
    QVERIFY(window.openDemo());
    const int before = window.auditPage()->model()->rowCount();
    const qint64 last = window.controller()->workspace()->eventCount().value();
    auto r = window.auditPage()->recordReview(1, last, QStringLiteral("GUI test review: no findings."));
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QCOMPARE(window.auditPage()->model()->rowCount(), before + 1);
    const auto event = window.auditPage()->model()->eventAt(before);
    QCOMPARE(event->action, QStringLiteral("audit.reviewed"));
    QVERIFY(event->after.contains("GUI test review"));
    auto bad = window.auditPage()->recordReview(5, 2, QStringLiteral("backwards"));
    QVERIFY(!bad.ok());
}

void TestMainWindow::showsBrokenTrail()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.countersign"));
    QVERIFY(QFile::copy(DemoWorkspace::defaultPath(), path));
    QVERIFY(QFile::copy(DemoWorkspace::defaultPath() + QStringLiteral(".key"), path + QStringLiteral(".key")));
    QCOMPARE(tamper(path, {QStringLiteral("UPDATE audit_event SET reason = 'approved by phone' WHERE seq = 3")}),
             QString());
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    signInNext(QStringLiteral("hbrandt"));
    QVERIFY(window.openWorkspace(path));
    QVERIFY(runVerification(window));
    const QString text = window.auditPage()->banner()->text();
    QVERIFY2(text.contains(u"BROKEN at event 3"), qPrintable(text));
    const auto show = window.auditPage()->banner()->findChildren<QPushButton*>();
    QPushButton* showEvent = nullptr;
    for (QPushButton* b : show) {
        if (b->text() == QStringLiteral("Show event 3")) {
            showEvent = b;
        }
    }
    QVERIFY(showEvent != nullptr && showEvent->isVisible());
    showEvent->click();
    QCOMPARE(window.auditPage()->table()->currentIndex().row(), 2);
    screenshot(&window, QStringLiteral("audit-broken"));
}

void TestMainWindow::refusesBadFile()
{
    MainWindow window;
    window.show();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!window.openWorkspace(QStringLiteral(COUNTERSIGN_TEST_DATA_DIR "/not-sqlite.countersign")));
    QVERIFY2(MessageBox::lastText().contains(u"not a Countersign workspace"), qPrintable(MessageBox::lastText()));
    QVERIFY(!window.controller()->hasWorkspace());
}

void TestMainWindow::newAndRecentWorkspaces()
{
    QTemporaryDir dir;
    MainWindow window;
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window, 30000));
    // File > New with the file chooser answered: the extension is added, the key file is made, the page opens.
    FileDialog::setNextFileName(dir.filePath(QStringLiteral("cardiology")));
    NewAccountDialog::setNextAccount({QStringLiteral("kwong"),
                                      QStringLiteral("Karen Wong"),
                                      QStringLiteral("karen.wong@example.org"),
                                      {Role::Administrator}},
                                     QStringLiteral("cardiology-admin-pass"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    QVERIFY(window.controller()->hasWorkspace());
    const QString path = dir.filePath(QStringLiteral("cardiology.countersign"));
    QCOMPARE(window.controller()->workspace()->path(), path);
    QVERIFY(QFile::exists(path + QStringLiteral(".key")));
    QVERIFY2(MessageBox::lastText().contains(u"Keep a backup of the key file"), qPrintable(MessageBox::lastText()));
    QCOMPARE(window.auditPage()->model()->rowCount(), 2); // the workspace and its administrator
    QCOMPARE(window.controller()->workspace()->session().actor, QStringLiteral("kwong"));
    QCOMPARE(AppSettings().recentWorkspaces().first(), path);
    // Close, then reopen it from the recent list.
    QTest::keyClick(&window, Qt::Key_W, Qt::ControlModifier);
    QVERIFY(!window.controller()->hasWorkspace());
    // Reopening asks for a sign-in: a wrong password opens nothing.
    SignInDialog::setNextCredentials(QStringLiteral("kwong"), QStringLiteral("not-the-password"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!window.openWorkspace(path));
    QVERIFY2(MessageBox::lastText().contains(u"not correct"), qPrintable(MessageBox::lastText()));
    QVERIFY(!window.controller()->hasWorkspace());
    SignInDialog::setNextCredentials(QStringLiteral("kwong"), QStringLiteral("cardiology-admin-pass"));
    QVERIFY(window.openWorkspace(AppSettings().recentWorkspaces().first()));
    QCOMPARE(window.controller()->workspace()->path(), path);
    // A recent entry whose file is gone is reported and dropped from the list.
    window.controller()->close();
    QVERIFY(QFile::remove(path));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!window.openWorkspace(path));
    QVERIFY(MessageBox::lastText().contains(u"does not exist"));
    QVERIFY(!AppSettings().recentWorkspaces().contains(path));
}

void TestMainWindow::signsFromTheSignDialog()
{
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    signInNext(QStringLiteral("hbrandt"));
    QVERIFY(window.openDemo());
    Workspace& ws = *window.controller()->workspace();
    auto r = window.auditPage()->recordReview(1, ws.eventCount().value(), QStringLiteral("GUI review to sign."));
    QVERIFY(r.ok());
    window.showPage(MainWindow::SignaturesPage);
    cs::ui::SignaturesPage* page = window.signaturesPage();
    QCOMPARE(page->table()->rowCount(), 14); // the demo's signatures
    for (const SignatureCheck& c : page->checks()) {
        QVERIFY2(c.valid, qPrintable(c.problem));
    }
    // Manifestation: printed name, local and UTC time, meaning.
    const auto auditor = page->table()->findItems(QStringLiteral("Helen Brandt"), Qt::MatchExactly);
    int row = -1; // the demo's audit review
    for (const QTableWidgetItem* item : auditor) {
        QCOMPARE(item->column(), int(cs::ui::SignaturesPage::SignerColumn));
        if (page->table()->item(item->row(), cs::ui::SignaturesPage::MeaningColumn)->text() == u"Reviewed") {
            row = item->row();
        }
    }
    QVERIFY(row >= 0);
    QVERIFY(page->table()->item(row, cs::ui::SignaturesPage::UtcTimeColumn)->text().endsWith(u" UTC"));
    page->table()->selectRow(1);
    screenshot(&window, QStringLiteral("signatures"));

    SignDialog dialog(ws, &window);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog, 30000));
    dialog.findChild<QLineEdit*>(QStringLiteral("reason"))->setText(QStringLiteral("Monthly review"));
    dialog.findChild<QLineEdit*>(QStringLiteral("username"))->setText(QStringLiteral("hbrandt"));
    dialog.findChild<QLineEdit*>(QStringLiteral("password"))->setText(QStringLiteral("demo-audit-pass"));
    dialog.findChild<QLineEdit*>(QStringLiteral("pkcs12"))
        ->setText(
            QDir(DemoWorkspace::credentialsDir(DemoWorkspace::defaultPath())).filePath(QStringLiteral("hbrandt.p12")));
    dialog.findChild<QLineEdit*>(QStringLiteral("passphrase"))->setText(QStringLiteral("wrong"));
    screenshot(&dialog, QStringLiteral("sign-dialog"));
    auto* sign = dialog.findChild<QPushButton*>(QStringLiteral("sign"));
    sign->click();
    QVERIFY(dialog.isVisible()); // refused: the message says why and the secrets are cleared
    QVERIFY(dialog.findChild<QLineEdit*>(QStringLiteral("password"))->text().isEmpty());
    bool said = false;
    for (QLabel* label : dialog.findChildren<QLabel*>()) {
        said = said || label->text().contains(u"wrong passphrase");
    }
    QVERIFY(said);
    dialog.findChild<QLineEdit*>(QStringLiteral("password"))->setText(QStringLiteral("demo-audit-pass"));
    dialog.findChild<QLineEdit*>(QStringLiteral("passphrase"))->setText(QStringLiteral("demo-p12-pass"));
    sign->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.signature().signer, QStringLiteral("hbrandt"));
    window.controller()->notifyChanged();
    QCOMPARE(page->table()->rowCount(), 15);
    QVERIFY(page->checks().last().valid);
}

void TestMainWindow::signInDialogLooksRight()
{
    signInNext(QStringLiteral("hbrandt"));
    MainWindow window;
    QVERIFY(window.openDemo());
    SignInDialog dialog(*window.controller()->workspace(), SignInDialog::Mode::SignIn);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog, 30000));
    screenshot(&dialog, QStringLiteral("sign-in"));
    SignInDialog locked(*window.controller()->workspace(), SignInDialog::Mode::Unlock);
    locked.show();
    QVERIFY(QTest::qWaitForWindowExposed(&locked, 30000));
    screenshot(&locked, QStringLiteral("unlock"));
}

void TestMainWindow::administration()
{
    MainWindow window;
    window.show();
    signInNext(QStringLiteral("praman"));
    QVERIFY(window.openDemo());
    UsersDialog users(window.controller(), &window);
    users.show();
    QVERIFY(QTest::qWaitForWindowExposed(&users, 30000));
    QCOMPARE(users.table()->rowCount(), 5);
    QVERIFY(users
                .addUser({QStringLiteral("nnew"),
                          QStringLiteral("Nina New"),
                          QStringLiteral("nina@example.org"),
                          {Role::DataScientist}},
                         QStringLiteral("first-password-nn"))
                .ok());
    QCOMPARE(users.table()->rowCount(), 6);
    ReasonPrompt::setNextReason(QStringLiteral("On leave; access suspended per HR-12"));
    QVERIFY(users.setStatus(QStringLiteral("nnew"), UserStatus::Locked).ok()); // the demo people stay usable
    const qint64 lastSeq = window.controller()->workspace()->eventCount().value();
    const AuditEvent last = AuditQuery(*window.controller()->workspace()).event(lastSeq).value();
    QCOMPARE(last.action, QStringLiteral("user.locked"));
    QCOMPARE(last.reason, QStringLiteral("On leave; access suspended per HR-12"));
    QCOMPARE(last.actor, QStringLiteral("praman"));
    ReasonPrompt::setNextReason(QStringLiteral("Also reviews audit trails (QD-2026-040)"));
    QVERIFY(users
                .updateUser(QStringLiteral("nnew"), QStringLiteral("Nina New"), QStringLiteral("nina@example.org"),
                            {Role::DataScientist, Role::Auditor})
                .ok());
    QVERIFY(users.table()->item(3, 3)->text().contains(u"Auditor"));
    users.table()->selectRow(1);
    screenshot(&users, QStringLiteral("users"));

    TrustStoreDialog trust(window.controller(), &window);
    trust.show();
    QVERIFY(QTest::qWaitForWindowExposed(&trust, 30000));
    QCOMPARE(trust.table()->rowCount(), 1);
    QVERIFY(trust.table()->item(0, 0)->text().contains(u"St. Elsewhere Demo Signing CA"));
    QVERIFY2(trust.table()->item(0, 3)->text().contains(u", 0 revoked"), qPrintable(trust.table()->item(0, 3)->text()));
    screenshot(&trust, QStringLiteral("trust-store"));
    // An auditor sees the same windows but the core refuses the change.
    window.controller()->close();
    signInNext(QStringLiteral("hbrandt"));
    QVERIFY(window.openDemo());
    UsersDialog refused(window.controller(), &window);
    ReasonPrompt::setNextReason(QStringLiteral("test"));
    auto r = refused.setStatus(QStringLiteral("nnew"), UserStatus::Active);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::Forbidden);
}

void TestMainWindow::locksAfterInactivity()
{
    MainWindow window;
    window.show();
    ManualClock clock(QDateTime::currentMSecsSinceEpoch());
    Workspace::Options options;
    options.clock = &clock;
    window.controller()->setWorkspaceOptions(options);
    signInNext(QStringLiteral("hbrandt"));
    QVERIFY(window.openDemo());
    Workspace& ws = *window.controller()->workspace();
    QCOMPARE(ws.inactivityLimitMs(), qint64(10 * 60 * 1000)); // the demo's setting (policy ISP-7)
    clock.advance(9 * 60 * 1000);
    window.checkIdle();
    QVERIFY(window.centralWidget()->isVisible());
    // Input counts as activity.
    QTest::keyClick(window.auditPage()->table(), Qt::Key_Down);
    clock.advance(9 * 60 * 1000);
    window.checkIdle();
    QVERIFY(!ws.isIdleLocked());
    // Ten minutes without input: the unlock dialog asks for the same person's password.
    clock.advance(10 * 60 * 1000 + 1);
    QVERIFY(ws.isIdleLocked());
    RecordAuditReviewCommand blocked(1, 2, QStringLiteral("while locked"));
    QCOMPARE(window.controller()->execute(blocked).error().code, ErrorCode::Unauthenticated);
    SignInDialog::setNextCredentials(QStringLiteral("hbrandt"), QStringLiteral("demo-audit-pass"));
    window.checkIdle();
    QVERIFY(window.controller()->hasWorkspace());
    QVERIFY(!ws.isIdleLocked());
    QVERIFY(window.centralWidget()->isVisible());
    // A wrong password at the lock screen signs out (the real dialog lets the person try again first).
    clock.advance(11 * 60 * 1000);
    SignInDialog::setNextCredentials(QStringLiteral("hbrandt"), QStringLiteral("not-it"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    window.checkIdle();
    QVERIFY(!window.controller()->hasWorkspace());
}

void TestMainWindow::modelsPage()
{
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    // The window fits a 1280-pixel screen: no page asks for more (a row of every change-request step once did).
    QVERIFY2(window.minimumSizeHint().width() <= 1280, qPrintable(QString::number(window.minimumSizeHint().width())));
    signInNext(QStringLiteral("dokafor"));
    QVERIFY(window.openDemo());
    cs::ui::ModelsPage* page = window.modelsPage();
    window.showPage(MainWindow::ModelsPage);
    // The demo's sepsis-risk model with its four versions.
    QCOMPARE(page->models()->count(), 1);
    QCOMPARE(page->versions()->rowCount(), 4);
    screenshot(&window, QStringLiteral("models-demo"));
    // Import two versions of another model from an MLflow store, as the data scientist.
    const QString model = QStringLiteral("sepsis-research");
    QTemporaryDir dir;
    auto store = MlflowFileStore::open(cs::test::MlflowFixture::write(dir.path(), model));
    QList<VersionImport> versions;
    for (const QString& label : {QStringLiteral("1"), QStringLiteral("2")}) {
        versions.append(
            ImportModelVersionsCommand::fromMlflow(store->read(model, label).value(), store->root()).value());
    }
    ImportModelVersionsCommand import(model, versions);
    QVERIFY(window.controller()->execute(import).ok());
    QCOMPARE(page->models()->count(), 2);
    const auto found = page->models()->findItems(model, Qt::MatchStartsWith);
    QCOMPARE(found.size(), 1);
    page->models()->setCurrentItem(found.first());
    QCOMPARE(page->versions()->rowCount(), 2);
    QCOMPARE(page->versions()->item(1, cs::ui::ModelsPage::StateColumn)->text(), QStringLiteral("Registered"));
    const QString html = page->detail()->toPlainText();
    QVERIFY2(html.contains(u"max_depth") && html.contains(u"Changed since version 1"), qPrintable(html));
    QVERIFY(html.contains(u"Data lineage attached (dvc.lock)"));
    // The checklist flags what is missing: no dvc.lock and no git evidence yet; the environment is recorded.
    RegistryQuery table(*window.controller()->workspace());
    const ModelVersion v2 = *table.version(model, QStringLiteral("2")).value();
    QMap<QString, bool> checklist;
    for (const auto& [item, ok] : cs::ui::ModelsPage::reproducibility(v2, {})) {
        checklist.insert(item, ok);
    }
    QVERIFY(checklist.value(QStringLiteral("Training code commit recorded")));
    QVERIFY(checklist.value(QStringLiteral("Software environment recorded (requirements or conda file)")));
    QVERIFY(!checklist.value(QStringLiteral("Data lineage attached (dvc.lock)")));
    screenshot(&window, QStringLiteral("models"));

    // An MLflow 3 store: each version is a logged model; its files, parameters and dataset-linked metrics show.
    const QString model3 = QStringLiteral("sepsis-risk-mlflow3");
    QTemporaryDir dir3;
    auto store3 = MlflowFileStore::open(cs::test::Mlflow3Fixture::write(dir3.path(), model3));
    QList<VersionImport> versions3;
    for (const QString& label : {QStringLiteral("2"), QStringLiteral("3")}) {
        versions3.append(
            ImportModelVersionsCommand::fromMlflow(store3->read(model3, label).value(), store3->root()).value());
    }
    ImportModelVersionsCommand import3(model3, versions3);
    QVERIFY(window.controller()->execute(import3).ok());
    const auto found3 = page->models()->findItems(model3, Qt::MatchStartsWith);
    QCOMPARE(found3.size(), 1);
    page->models()->setCurrentItem(found3.first());
    page->versions()->selectRow(0);
    const QString text3 = page->detail()->toPlainText();
    QVERIFY2(text3.contains(u"Logged model (MLflow 3)") && text3.contains(cs::test::Mlflow3Fixture::ModelB) &&
                 text3.contains(u"on icu-vitals-v3-test (digest cacab34a)") &&
                 text3.contains(u"5 file(s) of the logged model digested"),
             qPrintable(text3));
    const ModelVersion m2 = *table.version(model3, QStringLiteral("2")).value();
    for (const auto& [item, ok] : cs::ui::ModelsPage::reproducibility(m2, {})) {
        if (item == u"Model artifacts digested" || item == u"Every artifact readable" ||
            item.startsWith(u"Software environment")) {
            QVERIFY2(ok, qPrintable(item));
        }
    }
    page->versions()->selectRow(1);
    QVERIFY(page->detail()->toPlainText().contains(u"model params"));
    page->detail()->scrollToAnchor(QStringLiteral("logged-model"));
    screenshot(&window, QStringLiteral("models-mlflow3"));
}

void TestMainWindow::importWizardPredictions()
{
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    signInNext(QStringLiteral("dokafor"));
    QVERIFY(window.openDemo());
    Workspace* ws = window.controller()->workspace();
    // A new production window of version 3's scores, as a data scientist would pick it in the wizard.
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("ward-7-window.csv"));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("encounter_id,score_v3,sex,age_band,site\n");
    for (int i = 1; i <= 300; ++i) {
        f.write(
            QStringLiteral("PW-%1,%2,%3,60-74,north\n").arg(i).arg(0.001 * i).arg(QChar(i % 2 ? u'F' : u'M')).toUtf8());
    }
    f.close();
    ImportWizard* wizard = window.showImportWizard();
    QVERIFY(wizard);
    wizard->setSource(ImportWizard::PredictionFile, csv);
    screenshot(wizard, QStringLiteral("import-source"));
    wizard->next();
    QCOMPARE(wizard->currentId(), int(ImportWizard::PredictionsPage));
    auto* preview = wizard->findChild<QTableWidget*>(QStringLiteral("preview"));
    QCOMPARE(preview->columnCount(), 5);
    QCOMPARE(preview->rowCount(), 20);
    QCOMPARE(preview->item(0, 0)->text(), QStringLiteral("PW-1"));
    // The guesses: the ID column, no label column, sex/age/site as subgroups, score_v3 for version 3 only.
    QCOMPARE(wizard->findChild<QComboBox*>(QStringLiteral("idColumn"))->currentText(), QStringLiteral("encounter_id"));
    QCOMPARE(wizard->findChild<QComboBox*>(QStringLiteral("labelColumn"))->currentIndex(), 0);
    QCOMPARE(wizard->findChild<QComboBox*>(QStringLiteral("model"))->currentText(), QStringLiteral("sepsis-risk"));
    auto* score3 = wizard->findChild<QComboBox*>(QStringLiteral("score-3"));
    auto* score1 = wizard->findChild<QComboBox*>(QStringLiteral("score-1"));
    QVERIFY(score3 && score1);
    QCOMPARE(score3->currentText(), QStringLiteral("score_v3"));
    QCOMPARE(score1->currentIndex(), 0);
    auto* role = wizard->findChild<QComboBox*>(QStringLiteral("role"));
    role->setCurrentIndex(role->findData(QStringLiteral("production-window")));
    screenshot(wizard, QStringLiteral("import-predictions"));
    QSignalSpy imported(wizard, &ImportWizard::imported);
    wizard->accept();
    QCOMPARE(imported.size(), 1);
    QVERIFY2(imported.first().first().toString().contains(u"300 sample(s) added"),
             qPrintable(imported.first().first().toString()));
    const auto d = RegistryQuery(*ws).dataset(QStringLiteral("ward-7-window")).value();
    QVERIFY(d);
    QCOMPARE(d->sampleCount, 300);
    QCOMPARE(d->role, DatasetRole::ProductionWindow);
    QCOMPARE(d->groupColumns,
             (QStringList {QStringLiteral("sex"), QStringLiteral("age_band"), QStringLiteral("site")}));
    // The same file again: refused, the wizard stays open and says why.
    ImportWizard* again = window.showImportWizard();
    again->setSource(ImportWizard::PredictionFile, csv);
    again->next();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!again->runImport());
    QVERIFY2(MessageBox::lastText().contains(u"already in dataset ward-7-window"), qPrintable(MessageBox::lastText()));
    again->reject();
}

void TestMainWindow::importWizardMlflowAndDvc()
{
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    signInNext(QStringLiteral("dokafor"));
    QVERIFY(window.openDemo());
    RegistryQuery registry(*window.controller()->workspace());
    const QString model = QStringLiteral("sepsis-wizard");
    QTemporaryDir dir;
    const QString mlruns = cs::test::MlflowFixture::write(dir.path(), model);
    const QString db = cs::test::MlflowFixture::writeSqlStore(dir.path(), mlruns, model);
    // From the SQL store: every version is offered, checked; uncheck version 3 and import 1 and 2.
    ImportWizard* wizard = window.showImportWizard();
    wizard->setSource(ImportWizard::MlflowDatabase, db);
    wizard->next();
    QCOMPARE(wizard->currentId(), int(ImportWizard::MlflowPage));
    QCOMPARE(wizard->findChild<QComboBox*>(QStringLiteral("mlflowModel"))->currentText(), model);
    auto* versions = wizard->findChild<QListWidget*>(QStringLiteral("mlflowVersions"));
    QCOMPARE(versions->count(), 3);
    versions->item(2)->setCheckState(Qt::Unchecked);
    screenshot(wizard, QStringLiteral("import-mlflow"));
    wizard->accept();
    QCOMPARE(registry.versions(model).value().size(), qsizetype(2));
    // From the file store: versions 1 and 2 are marked as already there and left unchecked; version 3 comes in.
    wizard = window.showImportWizard();
    wizard->setSource(ImportWizard::MlflowStore, mlruns);
    wizard->next();
    wizard->findChild<QComboBox*>(QStringLiteral("mlflowModel"))
        ->setCurrentText(model); // the store may list other models first
    versions = wizard->findChild<QListWidget*>(QStringLiteral("mlflowVersions"));
    QCOMPARE(versions->item(0)->checkState(), Qt::Unchecked);
    QVERIFY(versions->item(0)->text().contains(u"already in the workspace"));
    QCOMPARE(versions->item(2)->checkState(), Qt::Checked);
    wizard->accept();
    QCOMPARE(registry.versions(model).value().size(), qsizetype(3));
    // A dvc.lock for version 2.
    const QString lock = dir.filePath(QStringLiteral("dvc.lock"));
    cs::test::MlflowFixture::put(lock,
                                 "schema: '2.0'\nstages:\n  train:\n    cmd: python train.py\n    deps:\n    - path: "
                                 "data/train.csv\n      md5: 8e1c3c6f2f0d4a6b9e7a1c2d3e4f5a6b\n      size: 4820193\n");
    wizard = window.showImportWizard();
    wizard->setSource(ImportWizard::DvcLockFile, lock);
    wizard->next();
    QCOMPARE(wizard->currentId(), int(ImportWizard::DvcPage));
    wizard->findChild<QComboBox*>(QStringLiteral("dvcModel"))->setCurrentText(model);
    wizard->findChild<QComboBox*>(QStringLiteral("dvcVersion"))->setCurrentText(QStringLiteral("2"));
    QSignalSpy imported(wizard, &ImportWizard::imported);
    wizard->accept();
    QCOMPARE(imported.size(), 1);
    QVERIFY2(imported.first().first().toString().contains(u"1 DVC stage(s)"),
             qPrintable(imported.first().first().toString()));
    const auto v2 = registry.version(model, QStringLiteral("2")).value();
    QCOMPARE(registry.versionAttachments(v2->id).value().size(), qsizetype(1));
}

void TestMainWindow::versionDiffAndDatasets()
{
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    signInNext(QStringLiteral("mlindqvist"));
    QVERIFY(window.openDemo());
    window.showPage(MainWindow::DatasetsPage);
    cs::ui::DatasetsPage* datasets = window.datasetsPage();
    QVERIFY(datasets->table()->rowCount() >= 2);
    const auto rows = datasets->table()->findItems(QStringLiteral("locked-validation-2026q3"), Qt::MatchExactly);
    QCOMPARE(rows.size(), 1);
    datasets->table()->selectRow(rows.first()->row());
    const QString text = datasets->detail()->toPlainText();
    QVERIFY2(text.contains(u"5,000 samples") && text.contains(u"locked-validation-contract") &&
                 text.contains(u"5 of 5 expectations met") && text.contains(u"sepsis-risk version 3"),
             qPrintable(text));
    screenshot(&window, QStringLiteral("datasets"));

    window.showPage(MainWindow::ModelsPage);
    cs::ui::ModelsPage* models = window.modelsPage();
    models->models()->setCurrentItem(
        models->models()->findItems(QStringLiteral("sepsis-risk"), Qt::MatchExactly).first());
    models->versions()->selectRow(3);
    // Version 4 is under validation; a move needs a reason and is refused when illegal.
    ReasonPrompt::setNextReason(QStringLiteral("VP-2026-07 passed for version 4 (report VR-2026-031)"));
    QVERIFY(models->moveSelected(LifecycleState::Validated));
    QCOMPARE(models->versions()->item(3, cs::ui::ModelsPage::StateColumn)->text(), QStringLiteral("Validated"));
    ReasonPrompt::setNextReason(QStringLiteral("out of order"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!models->moveSelected(LifecycleState::Retired));
    QVERIFY2(MessageBox::lastText().contains(u"validated"), qPrintable(MessageBox::lastText()));
    // Production only through an approved change request: the window says how.
    ReasonPrompt::setNextReason(QStringLiteral("straight to production"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!models->moveSelected(LifecycleState::Production));
    QVERIFY2(MessageBox::lastText().contains(u"change request"), qPrintable(MessageBox::lastText()));
    models->versions()->selectRow(3);
    VersionDiffDialog* dialog = models->compareSelected();
    QVERIFY(dialog);
    QCOMPARE(dialog->fromVersion()->currentData().toString(), QStringLiteral("3"));
    QVERIFY(dialog->fromVersion()->currentText().contains(u"Production"));
    QCOMPARE(dialog->toVersion()->currentData().toString(), QStringLiteral("4"));
    dialog->fromVersion()->setCurrentIndex(dialog->fromVersion()->findData(QStringLiteral("1")));
    QCOMPARE(dialog->diff().from, QStringLiteral("1"));
    // Each difference is a row; a YAML configuration key shows before and after, and its file's line diff.
    int yamlRow = -1;
    int fileRow = -1;
    for (int row = 0; row < dialog->table()->rowCount(); ++row) {
        const QString key = dialog->table()->item(row, VersionDiffView::KeyColumn)->text();
        if (key == u"config/train.yaml: model.max_depth") {
            yamlRow = row;
        } else if (key == u"config/train.yaml") {
            fileRow = row;
        }
    }
    QVERIFY(yamlRow >= 0 && fileRow >= 0);
    QCOMPARE(dialog->table()->item(yamlRow, VersionDiffView::BeforeColumn)->text(), QStringLiteral("4"));
    QCOMPARE(dialog->table()->item(yamlRow, VersionDiffView::AfterColumn)->text(), QStringLiteral("6"));
    dialog->table()->selectRow(fileRow);
    const QString lines = dialog->lineDiff()->toPlainText();
    QVERIFY2(lines.contains(u"\n-  max_depth: 4\n") && lines.contains(u"\n+  max_depth: 6\n"), qPrintable(lines));
    screenshot(dialog, QStringLiteral("version-diff"));
    dialog->close();
}

void TestMainWindow::pccpsPageImportsAndSigns()
{
    MainWindow window;
    window.resize(1280, 860);
    window.show();
    QTemporaryDir dir;
    const QString demo = dir.filePath(QStringLiteral("demo.countersign"));
    QVERIFY(Demo::copyWhole(told(), demo)); // a demo of its own
    signInNext(QStringLiteral("therrera"));
    QVERIFY(window.openWorkspace(demo));
    window.showPage(MainWindow::PccpPage);
    cs::ui::PccpsPage* page = window.pccpsPage();
    QCOMPARE(page->table()->rowCount(), 1); // the demo's PCCP, in force
    QCOMPARE(page->table()->item(0, cs::ui::PccpsPage::StatusColumn)->text(), QStringLiteral("in force"));
    QVERIFY(page->importButton()->isEnabled()); // regulatory affairs

    // A broken file is refused with its line and field; a revised one becomes version 2, awaiting signatures.
    QFile source(Demo::sepsisPccpFile());
    QVERIFY(source.open(QIODevice::ReadOnly));
    const QByteArray yaml = source.readAll();
    QFile good(dir.filePath(QStringLiteral("sepsis-risk-2027.yaml")));
    QVERIFY(good.open(QIODevice::WriteOnly));
    QVERIFY(yaml.contains("frequency: quarterly"));
    good.write(QByteArray(yaml).replace("frequency: quarterly", "frequency: monthly"));
    good.close();
    QFile broken(dir.filePath(QStringLiteral("broken.yaml")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write(QByteArray(yaml).replace("type: retraining", "type: rebuild"));
    broken.close();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!page->importFile(broken.fileName()));
    QVERIFY2(MessageBox::lastText().contains(u"broken.yaml, line ") &&
                 MessageBox::lastText().contains(u"modifications[0].type: expected one of"),
             qPrintable(MessageBox::lastText()));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(page->importFile(good.fileName()));
    QCOMPARE(page->table()->rowCount(), 2);
    QCOMPARE(page->table()->item(0, cs::ui::PccpsPage::StatusColumn)->text(), QStringLiteral("awaiting signatures"));
    QCOMPARE(page->table()->item(1, cs::ui::PccpsPage::StatusColumn)->text(), QStringLiteral("in force"));
    const QString detail = page->detail()->toPlainText();
    QVERIFY2(detail.contains(u"R3") && detail.contains(u"specificity: lower bound >= 0.8 (validation set); blocking") &&
                 detail.contains(u"Traceability"),
             qPrintable(detail));
    QVERIFY(page->signButton()->isEnabled());
    screenshot(&window, QStringLiteral("pccps"));

    // The author signs it through the sign dialog, which offers the PCCP's meanings.
    Workspace& ws = *window.controller()->workspace();
    SignDialog dialog(ws, &window);
    dialog.selectRecord(QStringLiteral("pccp"), QStringLiteral("sepsis-risk@2"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog, 30000));
    auto* meaning = dialog.findChildren<QComboBox*>().at(1);
    QCOMPARE(meaning->itemData(0).toString(), QStringLiteral("authored"));
    QCOMPARE(meaning->itemData(1).toString(), QStringLiteral("approved"));
    dialog.findChild<QLineEdit*>(QStringLiteral("username"))->setText(QStringLiteral("therrera"));
    dialog.findChild<QLineEdit*>(QStringLiteral("password"))->setText(QStringLiteral("demo-regulatory-pass"));
    dialog.findChild<QLineEdit*>(QStringLiteral("pkcs12"))
        ->setText(QDir(DemoWorkspace::credentialsDir(demo)).filePath(QStringLiteral("therrera.p12")));
    dialog.findChild<QLineEdit*>(QStringLiteral("passphrase"))->setText(QStringLiteral("demo-p12-pass"));
    screenshot(&dialog, QStringLiteral("sign-pccp"));
    dialog.findChild<QPushButton*>(QStringLiteral("sign"))->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.signature().recordType, QStringLiteral("pccp"));
    window.controller()->notifyChanged();
    QVERIFY2(page->table()->item(0, cs::ui::PccpsPage::SignaturesColumn)->text().contains(u"authored by therrera"),
             qPrintable(page->table()->item(0, cs::ui::PccpsPage::SignaturesColumn)->text()));

    // Export PDF…: the version as a signed document, recorded in the audit trail (test_package reads it with pdfsig
    // and pdftotext).
    page->table()->selectRow(0);
    QVERIFY(page->exportButton()->isEnabled());
    auto* exporting = page->exportDocument();
    QVERIFY(exporting);
    QVERIFY(QTest::qWaitForWindowExposed(exporting, 30000));
    const QString pdf = dir.filePath(QStringLiteral("pccp.pdf"));
    exporting->file()->setText(pdf);
    exporting->findChild<QLineEdit*>(QStringLiteral("username"))->setText(QStringLiteral("therrera"));
    exporting->findChild<QLineEdit*>(QStringLiteral("password"))->setText(QStringLiteral("demo-regulatory-pass"));
    exporting->findChild<QLineEdit*>(QStringLiteral("pkcs12"))
        ->setText(QDir(DemoWorkspace::credentialsDir(demo)).filePath(QStringLiteral("therrera.p12")));
    exporting->findChild<QLineEdit*>(QStringLiteral("passphrase"))->setText(QStringLiteral("demo-p12-pass"));
    screenshot(exporting, QStringLiteral("export-pccp"));
    QVERIFY2(exporting->attempt(), qPrintable(exporting->findChild<QLabel*>(QStringLiteral("message"))->text()));
    QFile written(pdf);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(written.readAll().startsWith("%PDF-1.4"));
    const AuditEvent exported = AuditQuery(ws).event(ws.eventCount().value()).value();
    QCOMPARE(exported.action, QStringLiteral("document.exported"));
    QCOMPARE(exported.entityId, QStringLiteral("sepsis-risk@2"));

    // New Version…: the form starts from the selected version; a rule whose bound is not a number is refused with
    // its field; corrected, it is saved as version 3.
    page->table()->selectRow(0);
    QVERIFY(page->newVersionButton()->isEnabled());
    cs::ui::PccpEditor* editor = page->newVersion();
    QVERIFY(editor);
    QVERIFY(QTest::qWaitForWindowExposed(editor, 30000));
    QCOMPARE(editor->modifications()->count(), 2);
    QCOMPARE(editor->rules()->rowCount(), 6); // M1's six acceptance criteria
    QCOMPARE(editor->monitoring()->rowCount(), 3); // D1 (PSI of lactate), D2 and D3 (performance)
    editor->titleEdit()->setText(QStringLiteral("PCCP, sepsis early-warning score, 2027 revision"));
    editor->addRule(editor->rules());
    editor->rules()->item(6, cs::ui::PccpEditor::BoundColumn)->setText(QStringLiteral("a lot"));
    screenshot(editor, QStringLiteral("pccp-editor"));
    editor->findChild<QTabWidget*>()->setCurrentIndex(1);
    screenshot(editor, QStringLiteral("pccp-editor-rules"));
    QVERIFY(!editor->save());
    QVERIFY2(editor->message()->text().contains(u"modifications[0].protocol.rules[6].bound"),
             qPrintable(editor->message()->text()));
    editor->rules()->item(6, cs::ui::PccpEditor::BoundColumn)->setText(QStringLiteral("0.7"));
    editor->rules()->item(6, cs::ui::PccpEditor::MinimumColumn)->setText(QStringLiteral("many"));
    QVERIFY(!editor->save()); // never read as 0
    QVERIFY2(editor->message()->text().contains(u"rules[6].min_positives"), qPrintable(editor->message()->text()));
    editor->rules()->item(6, cs::ui::PccpEditor::MinimumColumn)->setText(QString());
    editor->modifications()->setCurrentRow(1); // the other modification keeps what was typed in the first
    editor->modifications()->setCurrentRow(0);
    QCOMPARE(editor->rules()->rowCount(), 7);
    QVERIFY2(editor->save(), qPrintable(editor->message()->text()));
    QCOMPARE(editor->savedVersion(), 3);
    QCOMPARE(page->table()->rowCount(), 3);
    const auto saved = PccpQuery(ws).find(QStringLiteral("sepsis-risk"), 3).value();
    QVERIFY(saved.has_value());
    QCOMPARE(saved->pccp.content.title, QStringLiteral("PCCP, sepsis early-warning score, 2027 revision"));
    QCOMPARE(saved->pccp.content.modifications.first().rules.size(), 7);
    QCOMPARE(saved->pccp.content.modifications.first().rules.last().id, QStringLiteral("R9")); // R7, R8 are M2's
    QCOMPARE(saved->pccp.source, QStringLiteral("form"));
}

void TestMainWindow::driftPageAlertsAndTheirRequests()
{
    MainWindow window;
    window.resize(1280, 900);
    window.show();
    QTemporaryDir dir;
    const QString demo = dir.filePath(QStringLiteral("demo.countersign"));
    QVERIFY(Demo::copyWhole(told(), demo)); // a demo of its own
    signInNext(QStringLiteral("mlindqvist"));
    QVERIFY(window.openWorkspace(demo));
    // Ctrl+5 is the Drift page.
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window, 30000));
    QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);
    QCOMPARE(window.currentPage(), int(MainWindow::DriftPage));
    cs::ui::DriftPage* page = window.driftPage();

    // Six monthly windows on the timeline; the new lactate assay from the fourth raised DA-1 to DA-3.
    QCOMPARE(page->runs()->rowCount(), 6);
    QVERIFY2(page->summary()->text().contains(u"1 alert(s) waiting for review"), qPrintable(page->summary()->text()));
    QCOMPARE(page->runs()->item(0, cs::ui::DriftPage::AlertColumn)->text(), QStringLiteral("none"));
    QVERIFY(page->runs()->item(3, cs::ui::DriftPage::AlertColumn)->text().startsWith(u"DA-1"));
    QCOMPARE(page->alerts()->rowCount(), 3);
    // The open alert is selected first: the QA officer's task.
    QCOMPARE(page->alerts()->currentRow(), 2);
    QVERIFY(
        page->alerts()->item(2, cs::ui::DriftPage::AlertReasonsColumn)->text().contains(u"feature lactate drifted"));
    QVERIFY(page->acknowledgeButton()->isEnabled());
    QVERIFY(page->openRequestButton()->isEnabled());
    QVERIFY(!page->showRequestButton()->isEnabled());

    // The newest window: lactate drifted, its bins and ECDF drawn from the frozen run and the stored values.
    QVERIFY(page->selectWindow(page->runs()->item(5, 0)->text()));
    bool lactate = false;
    for (int row = 0; row < page->features()->rowCount(); ++row) {
        if (page->features()->item(row, cs::ui::DriftPage::FeatureNameColumn)->text() == u"lactate") {
            lactate = page->features()->item(row, cs::ui::DriftPage::DriftedFlagColumn)->text() == u"DRIFTED";
            QCOMPARE(page->features()->currentRow(), row); // the drifted feature is shown first
        }
    }
    QVERIFY(lactate);
    QCOMPARE(page->chart(cs::ui::DriftPage::DistributionChart)->plottableCount(), 2);
    QCOMPARE(page->chart(cs::ui::DriftPage::PsiChart)->plottableCount(), 2);
    screenshot(&window, QStringLiteral("drift"));
    page->charts()->setCurrentIndex(cs::ui::DriftPage::PsiChart);
    screenshot(&window, QStringLiteral("drift-psi"));
    page->charts()->setCurrentIndex(cs::ui::DriftPage::TimelineChart);
    QCOMPARE(page->chart(cs::ui::DriftPage::TimelineChart)->graphCount(), 2);
    screenshot(&window, QStringLiteral("drift-timeline"));
    // Performance over the labelled windows, read from each frozen run: sensitivity and specificity with their
    // intervals, and the largest sensitivity gap between age bands.
    page->charts()->setCurrentIndex(cs::ui::DriftPage::PerformanceChart);
    QCustomPlot* performance = page->chart(cs::ui::DriftPage::PerformanceChart);
    QCOMPARE(performance->graphCount(), 2);
    const QJsonObject newest = DriftQuery(*window.controller()->workspace())
                                   .run(QStringLiteral("DR-6"))
                                   .value()
                                   ->run.content[u"performance"]
                                   .toObject();
    QCOMPARE(performance->graph(0)->data()->at(5)->value, newest[u"metrics"][u"sensitivity"][u"value"].toDouble());
    QCOMPARE(performance->graph(1)->data()->at(5)->value, newest[u"metrics"][u"specificity"][u"value"].toDouble());
    auto* gaps = qobject_cast<QCPBars*>(page->chart(cs::ui::DriftPage::GapChart)->plottable(0));
    QVERIFY(gaps);
    double gap = -1;
    for (const QJsonValue& g : newest[u"subgroups"][0][u"largest_gaps"].toArray()) {
        gap = g[u"metric"].toString() == u"sensitivity" ? g[u"gap"].toDouble() : gap;
    }
    QCOMPARE(gaps->data()->at(5)->value, gap);
    screenshot(&window, QStringLiteral("drift-performance"));

    // The first alert opened the waiting change request: follow it there.
    QVERIFY(page->selectAlert(QStringLiteral("DA-1")));
    QVERIFY(page->showRequestButton()->isEnabled());
    QVERIFY(!page->acknowledgeButton()->isEnabled());
    page->showRequestButton()->click();
    QCOMPARE(window.currentPage(), int(MainWindow::ChangeRequestsPage));
    auto* requests = window.findChild<cs::ui::ChangeRequestsPage*>();
    QCOMPARE(requests->table()->item(requests->table()->currentRow(), 0)->text(), QStringLiteral("CR-2026-0004"));
    QVERIFY(requests->detail()->toPlainText().contains(u"DA-1"));

    // The open one is acknowledged with a reason and leaves the queue.
    window.showPage(MainWindow::DriftPage);
    QVERIFY(page->selectAlert(QStringLiteral("DA-3")));
    ReasonPrompt::setNextReason(QStringLiteral("Same assay shift; CR-2026-0004 answers it"));
    QVERIFY(page->acknowledge());
    QVERIFY2(page->summary()->text().contains(u"0 alert(s) waiting for review"), qPrintable(page->summary()->text()));
    QVERIFY(page->selectAlert(QStringLiteral("DA-3")));
    QVERIFY(page->alerts()->item(2, cs::ui::DriftPage::AlertDecisionColumn)->text().contains(u"mlindqvist"));
    QVERIFY(!page->acknowledgeButton()->isEnabled());
    screenshot(&window, QStringLiteral("drift-acknowledged"));
}

void TestMainWindow::pccpDeterminationInTheWindow()
{
    // The demo's sepsis PCCP is in force, and its waiting request was evaluated under modification M1.
    QTemporaryDir dir;
    const QString demo = dir.filePath(QStringLiteral("demo.countersign"));
    QVERIFY(Demo::copyWhole(told(), demo)); // a demo of its own
    const QString id = QStringLiteral("CR-2026-0004");
    MainWindow window;
    window.resize(1280, 860);
    window.show();
    signInNext(QStringLiteral("mlindqvist"));
    QVERIFY(window.openWorkspace(demo));
    window.showPage(MainWindow::ChangeRequestsPage);
    cs::ui::ChangeRequestsPage* page = window.changeRequestsPage();
    QVERIFY(page->select(id));
    const QString text = page->detail()->toPlainText();
    QVERIFY2(text.contains(u"Within modification M1 (Scheduled re-training on new encounters) of PCCP version 1 of "
                           u"sepsis-risk. Rules: 5 PASS, 1 FAIL; a blocking rule is not met: cannot be approved."),
             qPrintable(text));
    QVERIFY2(text.contains(QRegularExpression(
                 QStringLiteral("R3\\s+FAIL\\s+specificity: lower bound >= 0.8 \\(validation set\\); blocking"))),
             qPrintable(text.mid(text.indexOf(u"Rule"), 600)));
    // The QA officer is not offered an approval, and the list says why.
    QVERIFY(!page->button(ChangeRequestAction::Approve)->isEnabled());
    QVERIFY(page->button(ChangeRequestAction::Reject)->isEnabled());
    QVERIFY(page->button(ChangeRequestAction::Return)->isEnabled());
    const auto row = page->table()->findItems(id, Qt::MatchExactly);
    QCOMPARE(row.size(), 1);
    QVERIFY2(page->table()
                 ->item(row.first()->row(), cs::ui::ChangeRequestsPage::NextColumn)
                 ->text()
                 .contains(u"blocking PCCP rule R3 not met, cannot be approved"),
             qPrintable(page->table()->item(row.first()->row(), cs::ui::ChangeRequestsPage::NextColumn)->text()));
    screenshot(&window, QStringLiteral("change-request-pccp"));
    // The Validation tab starts with the same rules and verdicts, a table that can be copied.
    page->tabs()->setCurrentIndex(cs::ui::ChangeRequestsPage::ValidationTab);
    QTableWidget* rules = page->validation()->pccpRules();
    QVERIFY(rules->isVisible());
    QCOMPARE(rules->rowCount(), 6);
    QCOMPARE(rules->item(2, 0)->text(), QStringLiteral("R3"));
    QCOMPARE(rules->item(2, 1)->text(), QStringLiteral("FAIL"));
    QCOMPARE(rules->item(2, 2)->text(), QStringLiteral("specificity: lower bound >= 0.8 (validation set)"));
    QVERIFY2(rules->item(2, 4)->text().startsWith(u"locked-validation-2026q3: 0.7"),
             qPrintable(rules->item(2, 4)->text()));
    screenshot(&window, QStringLiteral("change-request-validation-pccp"));
    page->tabs()->setCurrentIndex(cs::ui::ChangeRequestsPage::SummaryTab);
    // The rejected version 2 fell outside the PCCP by its author's determination.
    QVERIFY(page->select(QStringLiteral("CR-2026-0002")));
    QVERIFY2(page->detail()->toPlainText().contains(u"Outside PCCP version 1 of sepsis-risk, by its author's "
                                                    u"determination: needs a new regulatory submission"),
             qPrintable(page->detail()->toPlainText()));

    // A new request chooses among the PCCP's modifications, or outside it.
    cs::ui::NewChangeRequestWizard wizard(window.controller(), QStringLiteral("sepsis-risk"), QStringLiteral("4"),
                                          &window);
    wizard.show();
    QStringList choices;
    for (int i = 0; i < wizard.pccpModification()->count(); ++i) {
        choices.append(wizard.pccpModification()->itemText(i));
    }
    QCOMPARE(choices,
             (QStringList {QStringLiteral("Choose: PCCP version 1 is in force"),
                           QStringLiteral("M1: Scheduled re-training on new encounters"),
                           QStringLiteral("M2: Laboratory inputs (lactate trend, new lactate assay)"),
                           QStringLiteral("Outside the PCCP (needs a new regulatory submission)")}));
    wizard.pccpModification()->setCurrentIndex(3);
    screenshot(&wizard, QStringLiteral("new-change-request-pccp"));
}

void TestMainWindow::changeRequestsPage()
{
    MainWindow window;
    window.resize(1280, 860);
    window.show();
    // A demo of its own: approving and implementing change it for good. Its waiting request fails the demo PCCP's
    // specificity floor (pccpDeterminationInTheWindow); here a revised PCCP is in force and it was evaluated again.
    QTemporaryDir dir;
    const QString demo = dir.filePath(QStringLiteral("demo.countersign"));
    QVERIFY(Demo::copyWhole(told(), demo)); // a demo of its own
    {
        auto opened = Workspace::open(demo, OpenMode::ReadWrite);
        QVERIFY(opened.ok());
        QCOMPARE(Demo::approvableRequest(*opened.value(), demo), QStringLiteral("CR-2026-0004"));
    }
    signInNext(QStringLiteral("mlindqvist"));
    QVERIFY(window.openWorkspace(demo));
    Workspace& ws = *window.controller()->workspace();
    window.showPage(MainWindow::ChangeRequestsPage);
    cs::ui::ChangeRequestsPage* page = window.changeRequestsPage();
    QCOMPARE(page->table()->rowCount(), 4);
    // The demo's waiting request: version 4 against version 3 in production, evaluated.
    const auto waiting = page->table()->findItems(QStringLiteral("Evaluated"), Qt::MatchExactly);
    QCOMPARE(waiting.size(), 1);
    const QString id = page->table()->item(waiting.first()->row(), cs::ui::ChangeRequestsPage::IdColumn)->text();
    QVERIFY(page->select(id));
    QCOMPARE(page->table()->item(waiting.first()->row(), cs::ui::ChangeRequestsPage::VersionsColumn)->text(),
             QStringLiteral("4 vs 3"));
    const QString text = page->detail()->toPlainText();
    QVERIFY2(text.contains(u"Sensitivity: ") && text.contains(u"McNemar p = ") && text.contains(u"Evidence SHA-256") &&
                 text.contains(u"Rollback plan") && text.contains(u"Revision 1 (locked): content ") &&
                 text.contains(u", evidence "),
             qPrintable(text));
    // The QA officer may approve, reject or return it; nothing else.
    QVERIFY(page->button(ChangeRequestAction::Approve)->isEnabled());
    QVERIFY(page->button(ChangeRequestAction::Reject)->isEnabled());
    QVERIFY(page->button(ChangeRequestAction::Return)->isEnabled());
    QVERIFY(!page->button(ChangeRequestAction::Submit)->isEnabled());
    QVERIFY(!page->button(ChangeRequestAction::Implement)->isEnabled());
    // What it waits for, from whom; and every signature shown as Part 11 asks (name, meaning, local time and UTC).
    const int waitingRow = waiting.first()->row();
    const QString next = page->table()->item(waitingRow, cs::ui::ChangeRequestsPage::NextColumn)->text();
    QVERIFY2(next.contains(u"approve or reject") && next.contains(u"QA officer other than dokafor"), qPrintable(next));
    QVERIFY2(text.contains(u"Signatures") && text.contains(u"authored") && text.contains(u"UTC") &&
                 text.contains(u"verifies") && text.contains(u"(dokafor, "),
             qPrintable(text));
    screenshot(&window, QStringLiteral("change-requests"));

    // Filters: the QA officer's own queue leaves out the finished ones; the text filter finds by any column.
    const auto visible = [&] {
        QStringList ids;
        for (int row = 0; row < page->table()->rowCount(); ++row) {
            if (!page->table()->isRowHidden(row)) {
                ids.append(page->table()->item(row, cs::ui::ChangeRequestsPage::IdColumn)->text());
            }
        }
        return ids;
    };
    const QString rejected =
        page->table()
            ->item(page->table()->findItems(QStringLiteral("Rejected"), Qt::MatchExactly).first()->row(),
                   cs::ui::ChangeRequestsPage::IdColumn)
            ->text();
    page->stateFilter()->setCurrentIndex(cs::ui::ChangeRequestsPage::WaitingForMe);
    QVERIFY(visible().contains(id) && !visible().contains(rejected));
    page->stateFilter()->setCurrentIndex(cs::ui::ChangeRequestsPage::FinishedRequests);
    QVERIFY(!visible().contains(id) && visible().contains(rejected));
    page->stateFilter()->setCurrentIndex(cs::ui::ChangeRequestsPage::AllRequests);
    page->textFilter()->setText(QStringLiteral("assay change"));
    QCOMPARE(visible(), QStringList {id});
    page->textFilter()->clear();
    QCOMPARE(visible().size(), 4);
    QVERIFY(page->select(id));

    // What changed: the version diff, key by key.
    page->tabs()->setCurrentIndex(cs::ui::ChangeRequestsPage::ChangesTab);
    QTableWidget* changed = page->changes()->table();
    bool trees = false;
    for (int row = 0; row < changed->rowCount(); ++row) {
        trees = trees ||
            (changed->item(row, VersionDiffView::KeyColumn)->text() == u"n_estimators" &&
             changed->item(row, VersionDiffView::BeforeColumn)->text() == u"500" &&
             changed->item(row, VersionDiffView::AfterColumn)->text() == u"600");
    }
    QVERIFY2(trees, "the diff shows n_estimators 500 -> 600");
    screenshot(&window, QStringLiteral("change-request-changes"));

    // The validation tables show the frozen numbers: the headline row of sensitivity, and confusion counts that
    // give the frozen rates back.
    const QJsonObject evidence = ChangeRequestQuery(ws).toJson(id).value()[u"evidence"].toObject();
    const QJsonObject validation = evidence[u"datasets"][0].toObject();
    page->tabs()->setCurrentIndex(cs::ui::ChangeRequestsPage::ValidationTab);
    QTableWidget* headline = page->validation()->headline();
    QCOMPARE(headline->item(1, 0)->text(), QStringLiteral("Sensitivity"));
    const QJsonObject sensitivity = validation[u"report"][u"candidate"][u"sensitivity"].toObject();
    QVERIFY2(headline->item(1, 2)->text().startsWith(
                 QString::number(sensitivity[u"value"].toDouble() * 100.0, 'f', 1) + QStringLiteral("% (") +
                 QString::number(sensitivity[u"ci_low"].toDouble() * 100.0, 'f', 1)),
             qPrintable(headline->item(1, 2)->text()));
    QCOMPARE(headline->item(1, 6)->text().section(u' ', 0, 0),
             validation[u"verdicts"][u"sensitivity"][u"verdict"].toString());
    QTableWidget* confusion = page->validation()->confusion();
    QCOMPARE(confusion->rowCount(), 4);
    const qint64 tp = confusion->item(2, 2)->text().section(u' ', 0, 0).toLongLong();
    const qint64 fn = confusion->item(2, 3)->text().section(u' ', 0, 0).toLongLong();
    QCOMPARE(tp + fn, validation[u"report"][u"positives"].toInteger());
    QCOMPARE(double(tp) / double(tp + fn), sensitivity[u"value"].toDouble());
    QVERIFY(page->validation()->subgroups()->rowCount() >= 4); // the age bands
    // Tables copy as tab-separated text with their headers.
    headline->selectAll();
    auto* copy = headline->findChild<QAction*>(QStringLiteral("copyCells"));
    QVERIFY(copy);
    copy->trigger();
    const QString copied = QApplication::clipboard()->text();
    QVERIFY2(copied.startsWith(u"Metric\t") && copied.contains(u"\nSensitivity\t"), qPrintable(copied));
    headline->clearSelection();
    QCOMPARE(page->dataset()->count(), 2);
    QCustomPlot* roc = page->rocChart();
    QCOMPARE(roc->graphCount(), 3); // baseline, candidate, chance
    const QJsonArray fpr = validation[u"report"][u"curves"][u"candidate"][u"roc"][u"fpr"].toArray();
    const QJsonArray tpr = validation[u"report"][u"curves"][u"candidate"][u"roc"][u"tpr"].toArray();
    QVERIFY(fpr.size() > 20);
    QCOMPARE(roc->graph(1)->data()->size(), int(fpr.size()));
    for (int i = 0; i < fpr.size(); i += 17) {
        QCOMPARE((roc->graph(1)->data()->constBegin() + i)->key, fpr.at(i).toDouble());
        QCOMPARE((roc->graph(1)->data()->constBegin() + i)->value, tpr.at(i).toDouble());
    }
    QVERIFY2(roc->graph(1)->name().contains(
                 QString::number(validation[u"report"][u"candidate"][u"auc"][u"value"].toDouble(), 'f', 3)),
             qPrintable(roc->graph(1)->name()));
    QCOMPARE(page->calibrationChart()->graphCount(), 3);
    QVERIFY(page->subgroupChart()->graph(0)->data()->size() >= 5); // all, four age bands, two sexes (some evaluable)
    screenshot(&window, QStringLiteral("change-request-charts"));
    // Compared with the originally cleared version 1 instead: the tables and the ROC chart show the evidence's
    // "against_cleared" numbers, version 1's at its own threshold.
    {
        QComboBox* comparator = page->validation()->comparator();
        QVERIFY(comparator->isVisibleTo(page));
        QCOMPARE(comparator->count(), 2);
        comparator->setCurrentIndex(comparator->findData(QStringLiteral("cleared")));
        const QJsonObject cleared = validation[u"against_cleared"].toObject();
        const QJsonObject v1 = cleared[u"report"][u"reference"][u"sensitivity"].toObject();
        QCOMPARE(headline->horizontalHeaderItem(1)->text(), QStringLiteral("Cleared v1 (CI)"));
        QVERIFY2(headline->item(1, 1)->text().startsWith(QString::number(v1[u"value"].toDouble() * 100.0, 'f', 1) +
                                                         QStringLiteral("% (")),
                 qPrintable(headline->item(1, 1)->text()));
        QVERIFY(v1[u"value"].toDouble() != validation[u"report"][u"reference"][u"sensitivity"][u"value"].toDouble());
        QCOMPARE(headline->item(1, 6)->text().section(u' ', 0, 0),
                 cleared[u"verdicts"][u"sensitivity"][u"verdict"].toString());
        QVERIFY2(roc->graph(0)->name().startsWith(u"Cleared v1"), qPrintable(roc->graph(0)->name()));
        screenshot(&window, QStringLiteral("change-request-against-cleared"));
        comparator->setCurrentIndex(comparator->findData(QStringLiteral("baseline")));
        QCOMPARE(headline->horizontalHeaderItem(1)->text(), QStringLiteral("Baseline v3 (CI)"));
    }
    QScrollBar* scroll = page->validation()->findChild<QScrollArea*>()->verticalScrollBar();
    scroll->setValue(scroll->maximum());
    screenshot(&window, QStringLiteral("change-request-tables"));
    scroll->setValue(0);

    const QString p12 = QDir(DemoWorkspace::credentialsDir(demo)).filePath(QStringLiteral("mlindqvist.p12"));
    ChangeRequestActionDialog* dialog = nullptr;
    const auto fill = [&](const QString& passphrase) {
        dialog->findChild<QLineEdit*>(QStringLiteral("reason"))->setText(QStringLiteral("All margins met"));
        dialog->findChild<QLineEdit*>(QStringLiteral("username"))->setText(QStringLiteral("mlindqvist"));
        dialog->findChild<QLineEdit*>(QStringLiteral("password"))->setText(QStringLiteral("demo-qa-pass"));
        dialog->findChild<QLineEdit*>(QStringLiteral("pkcs12"))->setText(p12);
        dialog->findChild<QLineEdit*>(QStringLiteral("passphrase"))->setText(passphrase);
    };

    // Submitting shows what the plan can show; a plan with a hopeless AUC margin needs the box ticked.
    ChangeRequestContent tight = ChangeRequestQuery(ws).find(id).value()->content;
    tight.title = QStringLiteral("Version 4 with a 0.1-point AUC margin");
    tight.plan.aucMargin = 0.001;
    tight.trigger = ChangeTrigger::PerformanceReview; // DA-1 is answered by the demo's request already
    tight.triggerReference = QStringLiteral("AUC margin study");
    CreateChangeRequestCommand create(tight);
    QVERIFY(window.controller()->execute(create).ok());
    QVERIFY(page->select(create.id()));
    QVERIFY(page->button(ChangeRequestAction::Submit)->isEnabled());
    dialog = qobject_cast<ChangeRequestActionDialog*>(page->act(ChangeRequestAction::Submit));
    QVERIFY(dialog);
    auto* accept = dialog->findChild<QCheckBox*>(QStringLiteral("acceptLowPower"));
    QVERIFY(accept->isVisible());
    QVERIFY2(accept->text().contains(u"locked-validation-2026q3: auc"), qPrintable(accept->text()));
    fill(QStringLiteral("demo-p12-pass"));
    screenshot(dialog, QStringLiteral("change-request-submit"));
    QVERIFY(!dialog->attempt());
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("message"))->text().contains(u"power is below 50%"));
    accept->setChecked(true);
    fill(QStringLiteral("demo-p12-pass"));
    QVERIFY(dialog->attempt());
    QCOMPARE(ChangeRequestQuery(ws).find(create.id()).value()->state, ChangeRequestState::Submitted);
    QVERIFY(page->select(id));

    // New Change Request… from version 4 on the Models page: the wizard starts filled in from the workspace.
    cs::ui::ModelsPage* models = window.modelsPage();
    window.showPage(MainWindow::ModelsPage);
    models->models()->setCurrentRow(0);
    const auto four = models->versions()->findItems(QStringLiteral("4"), Qt::MatchExactly);
    QVERIFY(!four.isEmpty());
    models->versions()->selectRow(four.first()->row());
    QVERIFY(models->newRequestButton()->isEnabled());
    models->newRequestButton()->click();
    auto* wizard = page->findChild<NewChangeRequestWizard*>();
    QVERIFY(wizard);
    QVERIFY(QTest::qWaitForWindowExposed(wizard, 30000));
    QCOMPARE(wizard->candidate()->currentData().toString(), QStringLiteral("4"));
    QVERIFY(wizard->findChild<QLabel*>(QStringLiteral("baseline"))->text().contains(u"version 3"));
    wizard->titleEdit()->setText(QStringLiteral("Version 4 again, with a wider alert review"));
    screenshot(wizard, QStringLiteral("new-change-request"));
    wizard->next();
    wizard->findChild<QPlainTextEdit*>(QStringLiteral("description"))->setPlainText(QStringLiteral("Same model."));
    wizard->next();
    QCOMPARE(wizard->currentId(), int(NewChangeRequestWizard::PlanPage));
    QCOMPARE(wizard->datasets()->count(), 2);
    QCOMPARE(wizard->datasets()->item(0)->checkState(), Qt::Checked);
    QCOMPARE(wizard->candidateThreshold()->value(), 0.07);
    QCOMPARE(wizard->baselineThreshold()->value(), 0.07);
    QCOMPARE(wizard->subgroups()->count(), 2);
    screenshot(wizard, QStringLiteral("new-change-request-plan"));
    wizard->next();
    const QString check = wizard->check()->text();
    QVERIFY2(check.contains(u"n 5000, 446 positives, 4554 negatives") && check.contains(u"Still to write") &&
                 check.contains(u"rationale"),
             qPrintable(check));
    screenshot(wizard, QStringLiteral("new-change-request-check"));
    wizard->accept();
    const QString drafted = wizard->createdId();
    QVERIFY(drafted.startsWith(u"CR-"));
    const auto stored = ChangeRequestQuery(ws).find(drafted).value();
    QCOMPARE(stored->state, ChangeRequestState::Draft);
    QCOMPARE(stored->content.baseline, QStringLiteral("3"));
    QCOMPARE(stored->content.title, QStringLiteral("Version 4 again, with a wider alert review"));
    QCOMPARE(stored->content.plan.candidateThreshold, 0.07);
    QCOMPARE(stored->content.plan.datasets.size(), 2);
    QCOMPARE(page->table()->item(page->table()->currentRow(), cs::ui::ChangeRequestsPage::IdColumn)->text(), drafted);
    // Its author edits the draft through the same wizard, saying what changed.
    QVERIFY(page->button(ChangeRequestAction::Edit)->isEnabled());
    wizard = qobject_cast<NewChangeRequestWizard*>(page->act(ChangeRequestAction::Edit));
    QVERIFY(wizard);
    QVERIFY(!wizard->candidate()->isEnabled());
    QCOMPARE(wizard->titleEdit()->text(), QStringLiteral("Version 4 again, with a wider alert review"));
    wizard->next();
    wizard->findChild<QPlainTextEdit*>(QStringLiteral("rationale"))->setPlainText(QStringLiteral("Alert review."));
    wizard->next();
    QCOMPARE(wizard->candidateThreshold()->value(), 0.07);
    wizard->next();
    QVERIFY(wizard->editReason()->isVisible());
    MessageBox::setNextAnswer(QMessageBox::Ok);
    wizard->accept(); // no reason: refused
    QVERIFY(wizard->isVisible());
    wizard->editReason()->setText(QStringLiteral("Rationale written"));
    wizard->accept();
    QCOMPARE(ChangeRequestQuery(ws).find(drafted).value()->content.rationale, QStringLiteral("Alert review."));
    QVERIFY(page->select(id));

    // Approve through the signing dialog: a wrong passphrase is refused and says why; then it is signed.
    dialog = qobject_cast<ChangeRequestActionDialog*>(page->act(ChangeRequestAction::Approve));
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog, 30000));
    fill(QStringLiteral("wrong"));
    screenshot(dialog, QStringLiteral("change-request-approve"));
    QVERIFY(!dialog->attempt());
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("message"))->text().contains(u"wrong passphrase"));
    QVERIFY(dialog->findChild<QLineEdit*>(QStringLiteral("password"))->text().isEmpty());
    fill(QStringLiteral("demo-p12-pass"));
    QVERIFY(dialog->attempt());
    QVERIFY(page->select(id));
    QCOMPARE(ChangeRequestQuery(ws).find(id).value()->state, ChangeRequestState::Approved);
    QVERIFY(page->button(ChangeRequestAction::Implement)->isEnabled());

    // Implemented: version 4 is in production, version 3 superseded.
    dialog = qobject_cast<ChangeRequestActionDialog*>(page->act(ChangeRequestAction::Implement));
    QVERIFY(dialog);
    fill(QStringLiteral("demo-p12-pass"));
    QVERIFY(dialog->attempt());
    QCOMPARE(ChangeRequestQuery(ws).find(id).value()->state, ChangeRequestState::Implemented);
    const auto versions = RegistryQuery(ws).versions(QStringLiteral("sepsis-risk")).value();
    QCOMPARE(versions.at(3).state, LifecycleState::Production);
    QCOMPARE(versions.at(2).state, LifecycleState::Superseded);
    QVERIFY(page->select(id));
    QVERIFY(page->detail()->toPlainText().contains(u"implemented"));
    QVERIFY(page->button(ChangeRequestAction::EmergencyRollback)->isEnabled());
    // Its change-control package, exported from the window and signed by the QA officer: a PDF on disk, its export
    // in the audit trail with the file's SHA-256 (test_package holds the file itself to pdfsig and pdftotext).
    QVERIFY(page->exportPackageButton()->isVisible());
    auto* exporting = page->exportPackage();
    QVERIFY(exporting);
    QVERIFY(QTest::qWaitForWindowExposed(exporting, 30000));
    const QString pdf = dir.filePath(QStringLiteral("package.pdf"));
    exporting->file()->setText(pdf);
    exporting->findChild<QLineEdit*>(QStringLiteral("username"))->setText(QStringLiteral("mlindqvist"));
    exporting->findChild<QLineEdit*>(QStringLiteral("password"))->setText(QStringLiteral("demo-qa-pass"));
    exporting->findChild<QLineEdit*>(QStringLiteral("pkcs12"))->setText(p12);
    exporting->findChild<QLineEdit*>(QStringLiteral("passphrase"))->setText(QStringLiteral("wrong"));
    screenshot(exporting, QStringLiteral("export-package"));
    QVERIFY(!exporting->attempt());
    QVERIFY(exporting->findChild<QLabel*>(QStringLiteral("message"))->text().contains(u"wrong passphrase"));
    QVERIFY(!QFile::exists(pdf));
    exporting->findChild<QLineEdit*>(QStringLiteral("password"))->setText(QStringLiteral("demo-qa-pass"));
    exporting->findChild<QLineEdit*>(QStringLiteral("passphrase"))->setText(QStringLiteral("demo-p12-pass"));
    QVERIFY(exporting->attempt());
    QFile written(pdf);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray pdfBytes = written.readAll();
    QVERIFY(pdfBytes.startsWith("%PDF-1.4"));
    const AuditEvent exportEvent = AuditQuery(ws).event(ws.eventCount().value()).value();
    QCOMPARE(exportEvent.action, QStringLiteral("document.exported"));
    QCOMPARE(QJsonDocument::fromJson(exportEvent.after)[u"sha256"].toString().toLatin1(),
             QCryptographicHash::hash(pdfBytes, QCryptographicHash::Sha256).toHex());
    // File > Verify a Package… on it: Poppler shows its pages, every check passes against this workspace, and Poppler's
    // own reading agrees.
    auto* verifying = window.showVerifyPackage(pdf);
    QVERIFY(verifying);
    QVERIFY(QTest::qWaitForWindowExposed(verifying, 30000));
    QVERIFY2(verifying->verification().valid(), qPrintable(verifying->verdict()));
    QCOMPARE(verifying->verification().checks.size(), 11); // the excerpt, the signer's certificate, the trail
    QCOMPARE(verifying->checks()->toPlainText().count(u"Passed"), 11);
    QVERIFY(verifying->verdict().startsWith(u"VALID"));
    QVERIFY(verifying->pageCount() >= 5);
    QVERIFY(!verifying->pageImage()->pixmap().isNull());
    QVERIFY(verifying->popplerReading().valid && verifying->popplerReading().wholeDocument);
    verifying->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(verifying));
    QTest::keyClick(verifying->focusWidget(), Qt::Key_PageDown); // the page view has the focus and turns the page
    QCOMPARE(verifying->currentPage(), 1);
    screenshot(verifying, QStringLiteral("verify-package"));
    // One byte changed in the signed range: both say so, in words.
    const QString changedPdf = dir.filePath(QStringLiteral("changed.pdf"));
    const QString changeProblem = cs::test::copyWithOneByteChanged(pdf, changedPdf);
    QVERIFY2(changeProblem.isEmpty(), qPrintable(changeProblem));
    QVERIFY(verifying->openFile(changedPdf));
    QVERIFY(!verifying->verification().valid());
    QVERIFY2(verifying->verdict().startsWith(u"NOT VALID: Signed bytes"), qPrintable(verifying->verdict()));
    QVERIFY(!verifying->popplerReading().valid);
    QVERIFY(verifying->checks()->toPlainText().contains(u"Signed bytes\nFAILED"));
    screenshot(verifying, QStringLiteral("verify-package-changed"));
    verifying->close();
    // Audit > Export Audit Report…: the whole trail, signed by the QA officer, then verified in the same dialog.
    auto* reporting = window.exportAuditReport();
    QVERIFY(reporting);
    QVERIFY(QTest::qWaitForWindowExposed(reporting, 30000));
    QVERIFY(!reporting->fromEnabled()->isChecked() && !reporting->from()->isEnabled());
    const QString reportPdf = dir.filePath(QStringLiteral("audit-report.pdf"));
    reporting->file()->setText(reportPdf);
    reporting->findChild<QLineEdit*>(QStringLiteral("username"))->setText(QStringLiteral("mlindqvist"));
    reporting->findChild<QLineEdit*>(QStringLiteral("password"))->setText(QStringLiteral("demo-qa-pass"));
    reporting->findChild<QLineEdit*>(QStringLiteral("pkcs12"))->setText(p12);
    reporting->findChild<QLineEdit*>(QStringLiteral("passphrase"))->setText(QStringLiteral("demo-p12-pass"));
    reporting->toEnabled()->setChecked(true);
    QVERIFY(reporting->to()->isEnabled());
    reporting->fromEnabled()->setChecked(true);
    reporting->from()->setDate(reporting->to()->date().addDays(1));
    screenshot(reporting, QStringLiteral("export-audit-report"));
    QVERIFY(!reporting->attempt()); // the last day before the first
    QVERIFY(reporting->findChild<QLabel*>(QStringLiteral("message"))->text().contains(u"before the first"));
    reporting->fromEnabled()->setChecked(false);
    reporting->toEnabled()->setChecked(false);
    reporting->findChild<QLineEdit*>(QStringLiteral("password"))->setText(QStringLiteral("demo-qa-pass"));
    reporting->findChild<QLineEdit*>(QStringLiteral("passphrase"))->setText(QStringLiteral("demo-p12-pass"));
    QVERIFY(reporting->attempt());
    QVERIFY(QFile::exists(reportPdf));
    const AuditEvent reportEvent = AuditQuery(ws).event(ws.eventCount().value()).value();
    QCOMPARE(QJsonDocument::fromJson(reportEvent.after)[u"kind"].toString(), QStringLiteral("audit-report"));
    verifying = window.showVerifyPackage(reportPdf);
    QVERIFY(QTest::qWaitForWindowExposed(verifying, 30000));
    QVERIFY2(verifying->verification().valid(), qPrintable(verifying->verdict()));
    QCOMPARE(verifying->verification().checks.size(), 9); // the document's, the checkpoint, workspace, export, signer
    QVERIFY(verifying->checks()->toPlainText().contains(u"Checkpoint"));
    screenshot(verifying, QStringLiteral("verify-audit-report"));
    verifying->close();
    // A rollback request from the window: version 3 back into production, approved and implemented like any other.
    QVERIFY(page->rollbackRequestButton()->isEnabled());
    wizard = page->requestRollback();
    QVERIFY(wizard);
    QCOMPARE(wizard->content().rollbackOf, id);
    QCOMPARE(wizard->content().candidate, QStringLiteral("3"));
    wizard->accept();
    const auto rollback = ChangeRequestQuery(ws).find(wizard->createdId()).value();
    QVERIFY(rollback);
    QCOMPARE(rollback->content.rollbackOf, id);
    QCOMPARE(rollback->content.baseline, QStringLiteral("4"));
    QCOMPARE(rollback->state, ChangeRequestState::Draft);
    QVERIFY(page->select(rollback->id));
    QVERIFY(!page->exportPackageButton()->isEnabled()); // a draft has no evidence to print
    // The window fits a 1280-pixel screen: no page asks for more (a row of every button once did).
    QVERIFY2(window.minimumSizeHint().width() <= 1280, qPrintable(QString::number(window.minimumSizeHint().width())));
}

void TestMainWindow::longWorkShowsProgressAndCancels()
{
    // A demo of its own with a request submitted and waiting for its evidence.
    QTemporaryDir dir;
    const QString demo = dir.filePath(QStringLiteral("demo.countersign"));
    QVERIFY(Demo::copyWhole(told(), demo));
    QString id;
    {
        auto opened = Workspace::open(demo, OpenMode::ReadWrite);
        QVERIFY(opened.ok());
        id = Demo::submittedRequest(*opened.value(), demo, QStringLiteral("Evaluated from the window"));
    }
    MainWindow window;
    window.show();
    signInNext(QStringLiteral("dokafor"));
    QVERIFY(window.openWorkspace(demo));
    cs::ui::WorkspaceController& controller = *window.controller();
    Workspace& ws = *controller.workspace();

    // Long work: the progress dialog comes up, window-modal, the controller is busy (no refresh or idle lock
    // mid-transaction) and Escape, the keyboard's Cancel, stops the work at its next step.
    bool shown = false; // the dialog itself lives only as long as the work
    bool busy = false;
    bool modal = false;
    QString label;
    QTimer probe;
    probe.setInterval(50);
    connect(&probe, &QTimer::timeout, this, [&] {
        auto* dialog = window.findChild<QProgressDialog*>();
        if (dialog != nullptr && dialog->isVisible() && !shown) {
            shown = true;
            busy = controller.isBusy();
            modal = dialog->windowModality() == Qt::WindowModal;
            label = dialog->labelText();
            screenshot(dialog, QStringLiteral("long-work-progress"));
            QTest::keyClick(dialog, Qt::Key_Escape);
        }
    });
    probe.start();
    qint64 reached = -1;
    const Status stopped = cs::ui::LongWork::run(
        &window, controller, QStringLiteral("Working through 100 steps"), [&reached](const Progress& progress) {
            for (qint64 k = 0; k <= 100; ++k) {
                if (!progress(k, 100)) {
                    return Status(Error(ErrorCode::Cancelled, QStringLiteral("cancelled")));
                }
                reached = k;
                QThread::msleep(20);
            }
            return Status();
        });
    probe.stop();
    QVERIFY(shown);
    QVERIFY(busy);
    QVERIFY(modal);
    QCOMPARE(label, QStringLiteral("Working through 100 steps"));
    QVERIFY(!stopped.ok());
    QCOMPARE(stopped.error().code, ErrorCode::Cancelled);
    QVERIFY2(reached >= 0 && reached < 100, qPrintable(QString::number(reached))); // stopped, not finished
    QVERIFY(!controller.isBusy());
    QVERIFY(window.findChild<QProgressDialog*>() == nullptr); // gone with the work

    // The page evaluates through the same path and the request is evaluated once.
    window.showPage(MainWindow::ChangeRequestsPage);
    cs::ui::ChangeRequestsPage* page = window.changeRequestsPage();
    QVERIFY(page->select(id));
    QVERIFY(page->button(ChangeRequestAction::Evaluate)->isEnabled());
    const qint64 before = ws.eventCount().value();
    QVERIFY(page->act(ChangeRequestAction::Evaluate) == nullptr);
    QCOMPARE(ws.eventCount().value(), before + 1);
    QCOMPARE(ChangeRequestQuery(ws).find(id).value()->state, ChangeRequestState::Evaluated);
    QVERIFY(!controller.isBusy());
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
