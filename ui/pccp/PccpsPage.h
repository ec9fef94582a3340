#pragma once

#include "pccp/PccpRecord.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace cs::ui {

class ExportDocumentDialog;
class PccpEditor;
class WorkspaceController;

/// Every version of every model's PCCP (docs/pccp.md): its status (in force, awaiting signatures, superseded, never
/// approved) and signatures, and for the selected one its modifications with their acceptance rules in words, the
/// monitoring rules and the generated traceability table. Regulatory affairs import a version from YAML
/// (`pccp import`); its author and then a QA officer sign it (`pccp sign`) through the sign dialog.
class PccpsPage : public QWidget
{
    Q_OBJECT
public:
    enum Column
    {
        ModelColumn,
        VersionColumn,
        StatusColumn,
        SavedColumn,
        SignaturesColumn,
        TitleColumn,
        ColumnCount,
    };
    PccpsPage(WorkspaceController* controller, QWidget* parent = nullptr);

    void refresh();
    /// Saves FILE.yaml as the next version of its model's PCCP; on a problem, shows it (file, line and field).
    bool importFile(const QString& path);
    QTableWidget* table() const { return m_table; }
    QTextBrowser* detail() const { return m_detail; }
    QPushButton* importButton() const { return m_import; }
    QPushButton* signButton() const { return m_sign; }
    QPushButton* exportButton() const { return m_export; }
    QPushButton* newVersionButton() const { return m_newVersion; }
    /// New Version…: the form (window-modal) on the selected version's content, or an empty PCCP when there is none;
    /// nullptr when the signed-in person may not write PCCPs.
    PccpEditor* newVersion();
    /// Export PDF… on the selected version: the signing dialog (window-modal); nullptr when nothing is selected.
    ExportDocumentDialog* exportDocument();

signals:
    /// The selected version should be signed (`pccp`, "MODEL@VERSION").
    void signRequested(const QString& type, const QString& id);

private:
    void showSelected();

    WorkspaceController* m_controller;
    QLabel* m_summary;
    QTableWidget* m_table;
    QTextBrowser* m_detail;
    QPushButton* m_import;
    QPushButton* m_sign;
    QPushButton* m_export;
    QPushButton* m_newVersion;
    QList<PccpStanding> m_shown;
};

} // namespace cs::ui
