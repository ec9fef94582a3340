#pragma once

#include <QMainWindow>

class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QTimer;

namespace cs {
class Workspace;
}

namespace cs::ui {

class AuditTrailPage;
class SignaturesPage;
class ModelsPage;
class ImportWizard;
class DatasetsPage;
class PccpsPage;
class DriftPage;
class ChangeRequestsPage;
class ExportDocumentDialog;
class VerifyPackageDialog;
class WelcomePage;
class WorkspaceController;

/// The main window: navigation on the left, one page per area, the workspace in the status bar. It wires menus to
/// pages and the controller; the work happens in those.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Page
    {
        ModelsPage,
        ChangeRequestsPage,
        PccpPage,
        DatasetsPage,
        DriftPage,
        AuditPage,
        SignaturesPage,
        PageCount,
    };

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    WorkspaceController* controller() const { return m_controller; }
    AuditTrailPage* auditPage() const { return m_auditPage; }
    cs::ui::SignaturesPage* signaturesPage() const { return m_signaturesPage; }
    cs::ui::ModelsPage* modelsPage() const { return m_modelsPage; }
    cs::ui::DatasetsPage* datasetsPage() const { return m_datasetsPage; }
    cs::ui::PccpsPage* pccpsPage() const { return m_pccpsPage; }
    cs::ui::DriftPage* driftPage() const { return m_driftPage; }
    cs::ui::ChangeRequestsPage* changeRequestsPage() const { return m_changeRequestsPage; }
    void showPage(Page page);
    /// File > Import: opens the import wizard (window-modal) and returns it.
    cs::ui::ImportWizard* showImportWizard();
    Page currentPage() const;
    /// File > Verify a Package…: the verification dialog (non-modal) on `path`, against the open workspace if any.
    cs::ui::VerifyPackageDialog* showVerifyPackage(const QString& path);
    /// Audit > Export Audit Report…: the signing dialog (window-modal); the saved file is named in the status bar.
    cs::ui::ExportDocumentDialog* exportAuditReport();

    /// Opens `path`, reporting a failure in a message box. Returns whether it opened.
    bool openWorkspace(const QString& path);
    /// File > Connect to Team Workspace…
    void connectToTeamWorkspace();
    bool openDemo();

    /// Locks the session now if it has been idle for the workspace's inactivity period (the timer calls this).
    void checkIdle();

protected:
    void closeEvent(QCloseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildMenus();
    void newWorkspace();
    void chooseWorkspace();
    void fillRecentMenu();
    void updateForWorkspace();
    void updateStatus();
    void about();
    /// Settings > Language: saves the choice, which the window shows from its next start.
    void chooseLanguage(const QString& code);
    bool authenticate(Workspace& workspace);

    WorkspaceController* m_controller;
    QListWidget* m_navigation;
    QStackedWidget* m_pages;
    WelcomePage* m_welcome;
    AuditTrailPage* m_auditPage;
    cs::ui::SignaturesPage* m_signaturesPage;
    cs::ui::ModelsPage* m_modelsPage;
    cs::ui::DatasetsPage* m_datasetsPage;
    cs::ui::PccpsPage* m_pccpsPage;
    cs::ui::DriftPage* m_driftPage;
    cs::ui::ChangeRequestsPage* m_changeRequestsPage;
    QMenu* m_recentMenu = nullptr;
    QList<QAction*> m_workspaceActions;
    QLabel* m_statusWorkspace;
    QLabel* m_statusEvents;
    QLabel* m_statusHead;
    QLabel* m_statusUser;
    QTimer* m_idleTimer;
    bool m_locking = false;
};

} // namespace cs::ui
