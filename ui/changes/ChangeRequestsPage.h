#pragma once

#include "records/ChangeRequest.h"

#include <QJsonObject>
#include <QMap>
#include <QWidget>

class QComboBox;
class QCustomPlot;
class QDialog;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTextBrowser;

namespace cs::ui {

class WorkspaceController;

/// The change requests of the workspace (docs/change-requests.md). For the selected one: what it changes and why,
/// its pre-specified plan, the verdicts of its frozen evidence in words, its history with every signature, and the
/// validation charts of each dataset (ROC, calibration, subgroup differences), all drawn from the frozen evidence.
/// The buttons are the steps the signed-in person may take now; each runs its core command.
class ChangeRequestsPage : public QWidget
{
    Q_OBJECT
public:
    enum Column
    {
        IdColumn,
        StateColumn,
        ModelColumn,
        VersionsColumn,
        AuthorColumn,
        TitleColumn,
        ColumnCount,
    };
    ChangeRequestsPage(WorkspaceController* controller, QWidget* parent = nullptr);

    void refresh();
    /// Takes `action` on the selected request. A signed step opens its signing dialog (window-modal) and returns it;
    /// the others run at once (asking for a reason where one is needed) and return nullptr.
    QDialog* act(ChangeRequestAction action);
    /// Selects the request `id`; false when it is not listed.
    bool select(const QString& id);

    QTableWidget* table() const { return m_table; }
    QTextBrowser* detail() const { return m_detail; }
    QPushButton* button(ChangeRequestAction action) const { return m_buttons.value(action); }
    QTabWidget* tabs() const { return m_tabs; }
    QComboBox* dataset() const { return m_dataset; }
    QCustomPlot* rocChart() const { return m_roc; }
    QCustomPlot* calibrationChart() const { return m_calibration; }
    QCustomPlot* subgroupChart() const { return m_subgroups; }

private:
    void showRequest();
    void drawCharts();
    QString describe(const ChangeRequestRecord& r, const QJsonObject& shown) const;

    WorkspaceController* m_controller;
    QLabel* m_summary;
    QTableWidget* m_table;
    QMap<ChangeRequestAction, QPushButton*> m_buttons;
    QTabWidget* m_tabs;
    QTextBrowser* m_detail;
    QComboBox* m_dataset;
    QComboBox* m_metric;
    QLabel* m_chartNote;
    QCustomPlot* m_roc;
    QCustomPlot* m_calibration;
    QCustomPlot* m_subgroups;
    QList<ChangeRequestRecord> m_shown;
    QJsonObject m_json; ///< the selected request as ChangeRequestQuery::toJson gives it
};

} // namespace cs::ui
