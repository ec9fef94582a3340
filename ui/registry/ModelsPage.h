#pragma once

#include "records/ModelRecords.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QToolButton;
class QListWidget;
class QTableWidget;
class QTextBrowser;

namespace cs::ui {

class WorkspaceController;

/// The models in the workspace, their versions with lifecycle state, and for the selected version its frozen
/// evidence (lineage, parameters, metrics, artifacts, attached data lineage), a reproducibility checklist that flags
/// what is missing, and what changed from the previous version.
class ModelsPage : public QWidget
{
    Q_OBJECT
public:
    enum Column
    {
        VersionColumn,
        StateColumn,
        CommitColumn,
        ImportedColumn,
        ColumnCount,
    };
    ModelsPage(WorkspaceController* controller, QWidget* parent = nullptr);

    void refresh();
    QListWidget* models() const { return m_models; }
    QTableWidget* versions() const { return m_versions; }
    QTextBrowser* detail() const { return m_detail; }
    class MetricHistoryChart* chart() const { return m_chart; }
    /// Opens the comparison of the selected version with the one before it (window-modal) and returns it.
    class VersionDiffDialog* compareSelected();
    /// Moves the selected version to `to`, asking for the reason. Returns whether the move was stored.
    bool moveSelected(LifecycleState to);
    QPushButton* newRequestButton() const { return m_newRequest; }

signals:
    /// New Change Request… for the selected version (the main window opens the wizard on the Change requests page).
    void changeRequestWanted(const QString& model, const QString& version);

public:
    /// The checklist shown for a version: each item and whether the evidence has it.
    static QList<std::pair<QString, bool>> reproducibility(const ModelVersion& version,
                                                           const QList<EvidenceAttachment>& attachments);

private:
    void showModel();
    void showVersion();
    /// The run's latest metrics, with the dataset of each value where MLflow 3 links them.
    static QString metricsHtml(const QJsonObject& evidence);
    /// The MLflow 3 logged model of a version: id, name, status, its parameters and metrics per dataset.
    static QString loggedModelHtml(const QJsonObject& evidence);

    WorkspaceController* m_controller;
    QLabel* m_summary;
    QListWidget* m_models;
    QTableWidget* m_versions;
    QTextBrowser* m_detail;
    QPushButton* m_compare;
    QPushButton* m_newRequest;
    QToolButton* m_move;
    class MetricHistoryChart* m_chart;
    QList<ModelVersion> m_shown;
};

} // namespace cs::ui
