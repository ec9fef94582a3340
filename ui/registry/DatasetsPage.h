#pragma once

#include "records/DatasetRecords.h"

#include <QWidget>

class QLabel;
class QTableWidget;
class QTextBrowser;

namespace cs::ui {

class WorkspaceController;

/// The datasets in the workspace: role, lock, samples, and for the selected one the files imported for it (with their
/// SHA-256), the versions with predictions on it, its subgroups, and its data contract (Great Expectations results).
class DatasetsPage : public QWidget
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        RoleColumn,
        LockedColumn,
        SamplesColumn,
        PredictionsColumn,
        ColumnCount,
    };
    DatasetsPage(WorkspaceController* controller, QWidget* parent = nullptr);

    void refresh();
    QTableWidget* table() const { return m_table; }
    QTextBrowser* detail() const { return m_detail; }

private:
    void showDataset();

    WorkspaceController* m_controller;
    QLabel* m_summary;
    QTableWidget* m_table;
    QTextBrowser* m_detail;
    QList<Dataset> m_shown;
};

} // namespace cs::ui
