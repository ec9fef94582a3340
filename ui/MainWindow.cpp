#include "MainWindow.h"

#include "AppSettings.h"
#include "WorkspaceController.h"
#include "audit/AuditTrailPage.h"
#include "changes/ChangeRequestsPage.h"
#include "changes/NewChangeRequestWizard.h"
#include "common/ConnectTeamDialog.h"
#include "common/FileDialog.h"
#include "common/KeyboardConventions.h"
#include "common/MessageBox.h"
#include "drift/DriftPage.h"
#include "identity/AdminDialogs.h"
#include "identity/SignInDialog.h"
#include "package/ExportDocumentDialog.h"
#include "package/VerifyPackageDialog.h"
#include "pages/PlaceholderPage.h"
#include "pages/WelcomePage.h"
#include "pccp/PccpsPage.h"
#include "queries/PeopleQuery.h"
#include "registry/DatasetsPage.h"
#include "registry/ImportWizard.h"
#include "registry/ModelsPage.h"
#include "signing/SignDialog.h"
#include "signing/SignaturesPage.h"
#include "util/Languages.h"
#include "workspace/WorkspaceLocation.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>

namespace cs::ui {

namespace {
struct PageInfo
{
    const char* title;
    const char* description;
};

// What each area will hold; pages other than the audit trail say so until their release arrives.
const PageInfo kPages[MainWindow::PageCount] = {
    {QT_TRANSLATE_NOOP("cs::ui::MainWindow", "Models"),
     QT_TRANSLATE_NOOP("cs::ui::MainWindow",
                       "Each model and its versions, brought in from MLflow, DVC and git with their whole lineage "
                       "frozen as evidence: training code commit, data digests, parameters, metrics and the "
                       "lifecycle state from registration to production.")},
    {QT_TRANSLATE_NOOP("cs::ui::MainWindow", "Change requests"),
     QT_TRANSLATE_NOOP("cs::ui::MainWindow",
                       "Requests to promote a candidate version: what changed, its validation against the production "
                       "model on the locked validation set, the PCCP gate results, the risk-benefit analysis, the "
                       "rollback plan and the signatures that approve or reject it.")},
    {QT_TRANSLATE_NOOP("cs::ui::MainWindow", "PCCPs"),
     QT_TRANSLATE_NOOP("cs::ui::MainWindow",
                       "Predetermined Change Control Plans: the modifications a model may undergo, the protocol and "
                       "the pre-specified acceptance criteria every candidate version is checked against "
                       "automatically.")},
    {QT_TRANSLATE_NOOP("cs::ui::MainWindow", "Datasets"),
     QT_TRANSLATE_NOOP("cs::ui::MainWindow",
                       "Locked validation sets, challenge sets and drift windows, each identified by its SHA-256 "
                       "digest, with its schema and data-contract evidence.")},
    {QT_TRANSLATE_NOOP("cs::ui::MainWindow", "Drift"),
     QT_TRANSLATE_NOOP("cs::ui::MainWindow",
                       "Reference and production windows compared feature by feature and across patient subgroups; a "
                       "breached threshold raises an alert that can open a change request.")},
    {QT_TRANSLATE_NOOP("cs::ui::MainWindow", "Audit trail"), ""},
    {QT_TRANSLATE_NOOP("cs::ui::MainWindow", "Signatures"),
     QT_TRANSLATE_NOOP("cs::ui::MainWindow",
                       "Electronic signatures bound to the exact version of a record with the signer's X.509 "
                       "certificate, each showing the printed name, the date and time and its meaning, with its "
                       "verification status.")},
};
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_controller(new WorkspaceController(this))
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_welcome(new WelcomePage(this))
    , m_auditPage(new AuditTrailPage(m_controller, this))
    , m_signaturesPage(new cs::ui::SignaturesPage(m_controller, this))
    , m_modelsPage(new cs::ui::ModelsPage(m_controller, this))
    , m_datasetsPage(new cs::ui::DatasetsPage(m_controller, this))
    , m_pccpsPage(new cs::ui::PccpsPage(m_controller, this))
    , m_driftPage(new cs::ui::DriftPage(m_controller, this))
    , m_changeRequestsPage(new cs::ui::ChangeRequestsPage(m_controller, this))
    , m_statusWorkspace(new QLabel(this))
    , m_statusEvents(new QLabel(this))
    , m_statusHead(new QLabel(this))
    , m_statusUser(new QLabel(this))
    , m_idleTimer(new QTimer(this))
{
    KeyboardConventions::install();
    setObjectName(QStringLiteral("mainWindow"));
    for (int i = 0; i < PageCount; ++i) {
        auto* item = new QListWidgetItem(tr(kPages[i].title), m_navigation);
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(tr(kPages[i].title)).arg(i + 1));
        if (i == AuditPage) {
            m_pages->addWidget(m_auditPage);
        } else if (i == SignaturesPage) {
            m_pages->addWidget(m_signaturesPage);
        } else if (i == ModelsPage) {
            m_pages->addWidget(m_modelsPage);
        } else if (i == DatasetsPage) {
            m_pages->addWidget(m_datasetsPage);
        } else if (i == ChangeRequestsPage) {
            m_pages->addWidget(m_changeRequestsPage);
        } else if (i == PccpPage) {
            m_pages->addWidget(m_pccpsPage);
        } else if (i == DriftPage) {
            m_pages->addWidget(m_driftPage);
        } else {
            m_pages->addWidget(new PlaceholderPage(tr(kPages[i].title), tr(kPages[i].description), m_pages));
        }
    }
    m_pages->addWidget(m_welcome);
    m_navigation->setAccessibleName(tr("Pages"));
    m_navigation->setFixedWidth(m_navigation->sizeHintForColumn(0) + 48);
    m_navigation->setSpacing(2);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_statusHead->setToolTip(tr("Chain hash of the latest audit event"));
    // The path gives way to the user, event count and chain head, which must stay readable.
    m_statusWorkspace->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    statusBar()->addWidget(m_statusWorkspace, 1);
    statusBar()->addPermanentWidget(m_statusUser);
    statusBar()->addPermanentWidget(m_statusEvents);
    statusBar()->addPermanentWidget(m_statusHead);

    buildMenus();
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, [this](int row) {
        if (row >= 0 && m_controller->hasWorkspace()) {
            m_pages->setCurrentIndex(row);
        }
    });
    connect(m_controller, &WorkspaceController::workspaceChanged, this, &MainWindow::updateForWorkspace);
    connect(m_controller, &WorkspaceController::contentChanged, this, &MainWindow::updateStatus);
    connect(m_modelsPage, &cs::ui::ModelsPage::changeRequestWanted, this,
            [this](const QString& model, const QString& version) {
                showPage(ChangeRequestsPage);
                m_changeRequestsPage->newRequest(model, version);
            });
    connect(m_welcome, &WelcomePage::newRequested, this, &MainWindow::newWorkspace);
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::chooseWorkspace);
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::openDemo);
    connect(m_welcome, &WelcomePage::recentRequested, this, &MainWindow::openWorkspace);

    m_controller->setAuthenticator([this](Workspace& ws) { return authenticate(ws); });
    connect(m_pccpsPage, &cs::ui::PccpsPage::signRequested, this, [this](const QString& type, const QString& id) {
        if (Workspace* ws = m_controller->workspace()) {
            SignDialog dialog(*ws, this);
            dialog.selectRecord(type, id);
            if (dialog.exec() == QDialog::Accepted) {
                m_controller->notifyChanged();
            }
        }
    });
    // An alert answered by a change request: the request's wizard, its trigger the alert; and back again.
    connect(m_driftPage, &cs::ui::DriftPage::changeRequestWanted, this,
            [this](const QString& model, const QString& alert) {
                showPage(ChangeRequestsPage);
                if (auto* wizard = m_changeRequestsPage->newRequest(model)) {
                    wizard->setTrigger(ChangeTrigger::DriftAlert, alert);
                }
            });
    connect(m_driftPage, &cs::ui::DriftPage::changeRequestShown, this, [this](const QString& id) {
        showPage(ChangeRequestsPage);
        m_changeRequestsPage->select(id);
    });
    connect(m_signaturesPage, &cs::ui::SignaturesPage::signRequested, this, [this] {
        if (Workspace* ws = m_controller->workspace()) {
            SignDialog dialog(*ws, this);
            if (dialog.exec() == QDialog::Accepted) {
                m_controller->notifyChanged();
            }
        }
    });
    // Inactivity lock (21 CFR 11.10(d)): input counts as activity; the timer locks an idle session.
    qApp->installEventFilter(this);
    m_idleTimer->setInterval(5000);
    connect(m_idleTimer, &QTimer::timeout, this, &MainWindow::checkIdle);
    m_idleTimer->start();

    // A team workspace changes under the window as other people work: it looks again when it comes to the front,
    // and every 20 seconds while it is in front (one count of the trail; the pages refresh only when it grew).
    const auto lookAgain = [this] {
        const Workspace* ws = m_controller->workspace();
        if (ws != nullptr && ws->isServer() && isActiveWindow()) {
            m_controller->checkForOthersChanges();
        }
    };
    connect(qApp, &QGuiApplication::applicationStateChanged, this, [lookAgain](Qt::ApplicationState state) {
        if (state == Qt::ApplicationActive) {
            lookAgain();
        }
    });
    auto* teamTimer = new QTimer(this);
    teamTimer->setInterval(20000);
    connect(teamTimer, &QTimer::timeout, this, lookAgain);
    teamTimer->start();

    AppSettings settings;
    if (!restoreGeometry(settings.value(AppSettings::Key::MainWindowGeometry).toByteArray())) {
        resize(1280, 800);
    }
    updateForWorkspace();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Workspace…"), QKeySequence::New, this, &MainWindow::newWorkspace);
    file->addAction(tr("&Open Workspace…"), QKeySequence::Open, this, &MainWindow::chooseWorkspace);
    file->addAction(tr("Connect to &Team Workspace…"), this, &MainWindow::connectToTeamWorkspace);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    file->addAction(tr("Open &Demo Workspace"), this, &MainWindow::openDemo);
    file->addSeparator();
    m_workspaceActions.append(
        file->addAction(tr("&Import…"), QKeySequence(Qt::CTRL | Qt::Key_I), this, [this] { showImportWizard(); }));
    file->addAction(tr("&Verify a Package…"), this, [this] {
        const QString path = cs::ui::FileDialog::openFileName(this, tr("Verify a Package"), tr("PDF files (*.pdf)"));
        if (!path.isEmpty()) {
            showVerifyPackage(path);
        }
    });
    file->addSeparator();
    m_workspaceActions.append(file->addAction(tr("&Close Workspace"), QKeySequence(Qt::CTRL | Qt::Key_W), m_controller,
                                              &WorkspaceController::close));
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu* audit = menuBar()->addMenu(tr("&Audit"));
    m_workspaceActions.append(audit->addAction(tr("&Verify Audit Trail"), QKeySequence(Qt::Key_F5), this, [this] {
        showPage(AuditPage);
        m_auditPage->verify();
    }));
    m_workspaceActions.append(audit->addAction(tr("Record &Review…"), QKeySequence(Qt::CTRL | Qt::Key_R), this, [this] {
        showPage(AuditPage);
        m_auditPage->requestReview();
    }));
    m_workspaceActions.append(audit->addAction(tr("Write &Checkpoint…"), this, [this] {
        showPage(AuditPage);
        m_auditPage->writeCheckpoint();
    }));
    m_workspaceActions.append(audit->addAction(tr("&Find Events"), QKeySequence::Find, this, [this] {
        showPage(AuditPage);
        m_auditPage->focusSearch();
    }));
    audit->addSeparator();
    m_workspaceActions.append(audit->addAction(tr("Export Audit &Report…"), this, [this] { exportAuditReport(); }));

    QMenu* account = menuBar()->addMenu(tr("A&ccount"));
    m_workspaceActions.append(account->addAction(tr("&Sign a Record…"), this, [this] {
        showPage(SignaturesPage);
        emit m_signaturesPage->signRequested();
    }));
    m_workspaceActions.append(account->addAction(tr("&Enroll Signing Certificate…"), this, [this] {
        EnrollDialog dialog(m_controller, this);
        dialog.exec();
    }));
    m_workspaceActions.append(account->addAction(tr("&Change Password…"), this, [this] {
        if (Workspace* ws = m_controller->workspace()) {
            if (ChangePasswordDialog::run(this, *ws, tr("Choose a new password."))) {
                m_controller->notifyChanged();
            }
        }
    }));
    account->addSeparator();
    m_workspaceActions.append(account->addAction(tr("Sign &Out"), this, [this] { m_controller->close(); }));
    account->addSeparator();
    m_workspaceActions.append(account->addAction(tr("&Users…"), this, [this] {
        UsersDialog dialog(m_controller, this);
        dialog.exec();
    }));
    m_workspaceActions.append(account->addAction(tr("&Trust Store…"), this, [this] {
        TrustStoreDialog dialog(m_controller, this);
        dialog.exec();
    }));

    QMenu* go = menuBar()->addMenu(tr("&Go"));
    for (int i = 0; i < PageCount; ++i) {
        m_workspaceActions.append(go->addAction(tr(kPages[i].title), QKeySequence(Qt::CTRL | (Qt::Key_1 + i)), this,
                                                [this, i] { showPage(static_cast<Page>(i)); }));
    }

    QMenu* settings = menuBar()->addMenu(tr("&Settings"));
    QMenu* language = settings->addMenu(tr("&Language"));
    auto* languages = new QActionGroup(language);
    const QString chosen = AppSettings().value(AppSettings::Key::Language).toString();
    // "System" names the language it means now, so that a person can tell what choosing it would do.
    QAction* system =
        language->addAction(tr("Follow the &System (%1)").arg(Languages::nativeName(Languages::resolve(QString()))));
    system->setData(QString());
    language->addSeparator();
    QList<QAction*> choices {system};
    for (const Languages::Language& l : Languages::available()) {
        QAction* action = language->addAction(l.nativeName);
        action->setData(l.code);
        choices.append(action);
    }
    for (QAction* action : choices) {
        action->setCheckable(true);
        action->setChecked(action->data().toString() == chosen);
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, action] { chooseLanguage(action->data().toString()); });
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Countersign"), this, &MainWindow::about);
}

void MainWindow::showPage(Page page)
{
    if (!m_controller->hasWorkspace()) {
        return;
    }
    m_navigation->setCurrentRow(page);
    m_pages->setCurrentIndex(page);
}

MainWindow::Page MainWindow::currentPage() const
{
    return static_cast<Page>(m_pages->currentIndex());
}

bool MainWindow::authenticate(Workspace& ws)
{
    auto needsAdministrator = ws.needsFirstAdministrator();
    if (needsAdministrator && needsAdministrator.value() && !ws.isReadOnly()) {
        NewAccount account;
        SecretBytes password;
        if (!NewAccountDialog::askAdministrator(this,
                                                tr("%1 has no user accounts yet (it was created before sign-in "
                                                   "existed). Create its administrator account.")
                                                    .arg(ws.path()),
                                                account, password)) {
            return false;
        }
        if (auto r = ws.createFirstAdministrator(account, password); !r) {
            MessageBox::critical(this, tr("Cannot create the administrator"), r.error().message);
            return false;
        }
        return true;
    }
    if (!SignInDialog::run(this, ws, SignInDialog::Mode::SignIn)) {
        return false;
    }
    if (auto user = ws.currentUser(); user && user->hasRole(Role::Administrator)) {
        // The visible alert of a lockout (11.300(d)): administrators see locked accounts as they sign in.
        QStringList locked;
        for (const User& u : PeopleQuery(ws).users().value_or({})) {
            if (u.status == UserStatus::Locked) {
                locked.append(u.displayName());
            }
        }
        if (!locked.isEmpty()) {
            MessageBox::information(this, tr("Locked accounts"),
                                    tr("These accounts are locked after failed sign-ins:\n%1\n\nCheck with each "
                                       "person, then unlock the account in Account > Users with a reason.")
                                        .arg(locked.join(u'\n')));
        }
    }
    if (ws.session().passwordChangeRequired) {
        auto user = ws.currentUser();
        const QString why = user && user->mustChangePassword
            ? tr("An administrator set your password. Choose your own before you continue.")
            : tr("Your password has expired. Choose a new one before you continue.");
        if (!ChangePasswordDialog::run(this, ws, why)) {
            ws.signOut();
            return false;
        }
    }
    return true;
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::Wheel:
        if (Workspace* ws = m_controller->workspace(); ws && !m_locking && !ws->isIdleLocked()) {
            ws->touch();
        }
        break;
    default:
        break;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::checkIdle()
{
    Workspace* ws = m_controller->workspace();
    if (ws == nullptr || m_locking || m_controller->isBusy() || !ws->isIdleLocked()) {
        return;
    }
    m_locking = true;
    // Hide what was on screen while locked.
    centralWidget()->setVisible(false);
    const bool unlocked = SignInDialog::run(this, *ws, SignInDialog::Mode::Unlock);
    centralWidget()->setVisible(true);
    m_locking = false;
    if (!unlocked) {
        m_controller->close();
    }
}

bool MainWindow::openWorkspace(const QString& path)
{
    if (auto r = m_controller->open(path); !r) {
        if (r.error().code == ErrorCode::Cancelled) {
            return false;
        }
        MessageBox::critical(this, tr("Cannot open workspace"), r.error().message);
        if (r.error().code == ErrorCode::NotFound && !WorkspaceLocation::isServer(path)) {
            AppSettings().removeRecentWorkspace(QFileInfo(path).absoluteFilePath());
            m_welcome->refreshRecent();
        }
        return false;
    }
    return true;
}

ImportWizard* MainWindow::showImportWizard()
{
    auto* wizard = new ImportWizard(m_controller, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ImportWizard::imported, this,
            [this](const QString& summary) { statusBar()->showMessage(summary, 15000); });
    wizard->open();
    return wizard;
}

VerifyPackageDialog* MainWindow::showVerifyPackage(const QString& path)
{
    auto* dialog = new VerifyPackageDialog(m_controller, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->openFile(path);
    dialog->show();
    return dialog;
}

ExportDocumentDialog* MainWindow::exportAuditReport()
{
    auto* dialog = new ExportDocumentDialog(m_controller, ExportDocumentDialog::Kind::AuditReport, QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { statusBar()->showMessage(dialog->result(), 30000); });
    dialog->show();
    return dialog;
}

bool MainWindow::openDemo()
{
    if (auto r = m_controller->openDemo(); !r) {
        if (r.error().code == ErrorCode::Cancelled) {
            return false;
        }
        MessageBox::critical(this, tr("Cannot open the demo workspace"), r.error().message);
        return false;
    }
    return true;
}

void MainWindow::newWorkspace()
{
    QString path =
        FileDialog::saveFileName(this, tr("New workspace"), QString(), tr("Countersign workspaces (*.countersign)"));
    if (path.isEmpty()) {
        return;
    }
    if (!path.endsWith(QStringLiteral(".countersign"))) {
        path += QStringLiteral(".countersign");
    }
    NewAccount account;
    SecretBytes password;
    if (!NewAccountDialog::askAdministrator(this,
                                            tr("You are the administrator of the new workspace: you add the people "
                                               "who work in it and manage its trust store."),
                                            account, password)) {
        return;
    }
    if (auto r = m_controller->create(path, QFileInfo(path).completeBaseName(), account, password); !r) {
        MessageBox::critical(this, tr("Cannot create workspace"), r.error().message);
        return;
    }
    MessageBox::information(this, tr("Workspace created"),
                            tr("The workspace was created with its signing key in\n%1\n\nKeep a backup of the key "
                               "file: audit-trail checkpoints cannot be signed without it.")
                                .arg(m_controller->workspace()->keyFilePath()));
}

void MainWindow::chooseWorkspace()
{
    const QString path = FileDialog::openFileName(this, tr("Open workspace"),
                                                  tr("Countersign workspaces (*.countersign);;All files (*)"));
    if (!path.isEmpty()) {
        openWorkspace(path);
    }
}

void MainWindow::connectToTeamWorkspace()
{
    ConnectTeamDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted) {
        openWorkspace(dialog.uri());
    }
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = AppSettings().recentWorkspaces();
    for (const QString& path : recent) {
        m_recentMenu->addAction(path, this, [this, path] { openWorkspace(path); });
    }
    if (recent.isEmpty()) {
        m_recentMenu->addAction(tr("No recent workspaces"))->setEnabled(false);
    }
}

void MainWindow::updateForWorkspace()
{
    const Workspace* ws = m_controller->workspace();
    for (QAction* action : std::as_const(m_workspaceActions)) {
        action->setEnabled(ws != nullptr);
    }
    m_navigation->setEnabled(ws != nullptr);
    if (ws == nullptr) {
        setWindowTitle(tr("Countersign"));
        m_navigation->clearSelection();
        m_welcome->refreshRecent();
        m_pages->setCurrentWidget(m_welcome);
    } else {
        QString title = ws->name().isEmpty() ? QFileInfo(ws->path()).fileName() : ws->name();
        if (ws->isDemo()) {
            title += tr(" [demo]");
        }
        if (ws->isReadOnly()) {
            title += tr(" [read-only]");
        }
        setWindowTitle(tr("%1 — Countersign").arg(title));
        showPage(AuditPage);
    }
    updateStatus();
}

void MainWindow::updateStatus()
{
    Workspace* ws = m_controller->workspace();
    if (ws == nullptr) {
        m_statusUser->clear();
        m_statusWorkspace->setText(tr("No workspace open"));
        m_statusEvents->clear();
        m_statusHead->clear();
        return;
    }
    m_statusWorkspace->setText(ws->path() + (ws->isReadOnly() ? tr("  (read-only)") : QString()));
    auto user = ws->currentUser();
    m_statusUser->setText(user ? tr("Signed in as %1").arg(user->displayName()) : QString());
    m_statusEvents->setText(tr("%1 events").arg(QLocale().toString(ws->eventCount().value_or(0))));
    auto last = ws->lastEvent();
    m_statusHead->setText(last && last.value()
                              ? tr("chain head %1…").arg(QString::fromLatin1(last.value()->chainHash.toHex().left(12)))
                              : QString());
}

void MainWindow::about()
{
    MessageBox::information(this, tr("About Countersign"),
                            tr("Countersign %1\n\nQuality assurance and change control for clinical "
                               "machine-learning models: review, e-sign and document every change, with a "
                               "tamper-evident audit trail.")
                                .arg(QApplication::applicationVersion()));
}

void MainWindow::chooseLanguage(const QString& code)
{
    AppSettings().setValue(AppSettings::Key::Language, code);
    const QString next = Languages::resolve(code);
    if (next == Languages::current()) {
        return;
    }
    MessageBox::information(this, tr("Language"),
                            tr("Countersign will be in %1 the next time it starts. Records already written, signed "
                               "or hashed keep the language they were written in.")
                                .arg(Languages::nativeName(next)));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    AppSettings settings;
    settings.setValue(AppSettings::Key::MainWindowGeometry, saveGeometry());
    QMainWindow::closeEvent(event);
}

} // namespace cs::ui
