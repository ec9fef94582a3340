#pragma once

#include "records/ChangeRequest.h"

#include <QJsonObject>
#include <QMap>
#include <QWidget>

class QComboBox;
class QCustomPlot;
class QDialog;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTextBrowser;

namespace cs::ui {

class ExportDocumentDialog;
class NewChangeRequestWizard;
class ValidationView;
class VersionDiffView;
class WorkspaceController;

/// The change requests of the workspace (docs/change-requests.md): the list, with what each waits for and from
/// whom, filtered by text and by state; and for the selected request its Summary (what it changes and why, the
/// verdicts in words, the plan, the history and every signature), What changed (the version diff the approval
/// pins) and Validation (tables and charts of the frozen evidence). The buttons are the steps the signed-in person
/// may take now; each runs its core command.
class ChangeRequestsPage : public QWidget
{
    Q_OBJECT
public:
    enum Column
    {
        IdColumn,
        ModelColumn,
        VersionsColumn,
        StateColumn,
        TriggerColumn,
        AuthorColumn,
        AgeColumn,
        NextColumn,
        TitleColumn,
        ColumnCount,
    };
    /// The list's state filter, in the order of its entries.
    enum Filter
    {
        AllRequests,
        WaitingForMe,
        OpenRequests,
        FinishedRequests,
    };
    enum Tab
    {
        SummaryTab,
        ChangesTab,
        ValidationTab,
    };
    ChangeRequestsPage(WorkspaceController* controller, QWidget* parent = nullptr);

    void refresh();
    /// Takes `action` on the selected request. Edit opens the wizard on it and a signed step its signing dialog
    /// (window-modal), and returns it; the others run at once (asking for a reason where one is needed) and return
    /// nullptr.
    QDialog* act(ChangeRequestAction action);
    /// Opens New Change Request… (window-modal), on `model` and `candidate` when given, and returns it; the new
    /// draft is selected when it closes.
    NewChangeRequestWizard* newRequest(const QString& model = QString(), const QString& candidate = QString());
    QPushButton* newRequestButton() const { return m_new; }
    /// Rollback Request… on the selected implemented request: the wizard, filled in to put its rollback version back
    /// into production (window-modal); nullptr when the selection is not implemented.
    NewChangeRequestWizard* requestRollback();
    QPushButton* rollbackRequestButton() const { return m_rollbackRequest; }
    /// Export Package… on the selected request once it has evidence: the signing dialog (window-modal); nullptr when
    /// not available.
    ExportDocumentDialog* exportPackage();
    QPushButton* exportPackageButton() const { return m_exportPackage; }
    /// Selects the request `id`; false when it is not listed (or filtered out).
    bool select(const QString& id);

    QTableWidget* table() const { return m_table; }
    QLineEdit* textFilter() const { return m_text; }
    QComboBox* stateFilter() const { return m_state; }
    QTextBrowser* detail() const { return m_detail; }
    QPushButton* button(ChangeRequestAction action) const { return m_buttons.value(action); }
    QTabWidget* tabs() const { return m_tabs; }
    VersionDiffView* changes() const { return m_changes; }
    ValidationView* validation() const { return m_validation; }
    QComboBox* dataset() const;
    QCustomPlot* rocChart() const;
    QCustomPlot* calibrationChart() const;
    QCustomPlot* subgroupChart() const;

private:
    void showRequest();
    void applyFilter();
    void showAvailableOnly();
    void showChanges(const ChangeRequestRecord& r);

    WorkspaceController* m_controller;
    QLabel* m_summary;
    QLineEdit* m_text;
    QComboBox* m_state;
    QTableWidget* m_table;
    QPushButton* m_new;
    QPushButton* m_rollbackRequest;
    QPushButton* m_exportPackage;
    QMap<ChangeRequestAction, QPushButton*> m_buttons;
    QTabWidget* m_tabs;
    QTextBrowser* m_detail;
    VersionDiffView* m_changes;
    ValidationView* m_validation;
    QList<ChangeRequestRecord> m_shown;
    QList<bool> m_mine; ///< per listed request: the signed-in person may act on it now
    QJsonObject m_json; ///< the selected request as ChangeRequestQuery::toJson gives it
};

} // namespace cs::ui
