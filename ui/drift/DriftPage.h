#pragma once

#include "queries/DriftQuery.h"

#include <QWidget>

class QCustomPlot;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace cs::ui {

class WorkspaceController;

/// Drift monitoring (docs/drift.md): the production windows on a timeline with what each run found; for the selected
/// run its feature table (method, score, threshold, PSI, drifted) and charts (the reference and window distribution
/// of the selected feature as the run's PSI bins and, for a numeric feature, their ECDFs; PSI by feature; the
/// selected feature's PSI and the scores' drift over the windows); and the alert queue, where a QA officer
/// acknowledges an alert with a reason or a change request is opened from it. Every number is the run's frozen one.
class DriftPage : public QWidget
{
    Q_OBJECT
public:
    enum RunColumn
    {
        WindowColumn,
        ReferenceColumn,
        VersionColumn,
        DriftedColumn,
        AlertColumn,
        RecordedColumn,
        RunColumnCount,
    };
    enum FeatureColumn
    {
        FeatureNameColumn,
        TypeColumn,
        MethodColumn,
        ScoreColumn,
        ThresholdColumn,
        PsiColumn,
        DriftedFlagColumn,
        FeatureColumnCount,
    };
    enum AlertColumnIndex
    {
        AlertIdColumn,
        AlertWindowColumn,
        AlertStatusColumn,
        AlertReasonsColumn,
        AlertDecisionColumn,
        AlertColumnCount,
    };
    enum Chart
    {
        DistributionChart,
        PsiChart,
        TimelineChart,
        PerformanceChart, ///< sensitivity and specificity over the labelled windows, with their intervals
        GapChart, ///< the largest subgroup gap in sensitivity over the labelled windows
    };
    DriftPage(WorkspaceController* controller, QWidget* parent = nullptr);

    void refresh();
    /// Runs drift on `window` against `reference` (the version in production) and selects the new run.
    bool runDrift(const QString& model, const QString& window, const QString& reference);
    /// Acknowledges the selected alert with `reason` (asked for when empty).
    bool acknowledge(const QString& reason = QString());
    /// Selects the run of `window`; false when there is none.
    bool selectWindow(const QString& window);
    /// Selects alert "DA-N" in the queue; false when it is not listed.
    bool selectAlert(const QString& label);

    QTableWidget* runs() const { return m_runs; }
    QTableWidget* features() const { return m_features; }
    QTableWidget* alerts() const { return m_alerts; }
    QTabWidget* charts() const { return m_charts; }
    QCustomPlot* chart(Chart which) const;
    QPushButton* runButton() const { return m_run; }
    QPushButton* acknowledgeButton() const { return m_acknowledge; }
    QPushButton* openRequestButton() const { return m_openRequest; }
    QPushButton* showRequestButton() const { return m_showRequest; }
    QLabel* summary() const { return m_summary; }

signals:
    /// A change request should be opened from alert `alert` ("DA-N") of `model`.
    void changeRequestWanted(const QString& model, const QString& alert);
    /// Change request `id` should be shown.
    void changeRequestShown(const QString& id);

private:
    void showRun();
    void showAlert();
    void drawDistribution();
    void drawPsi();
    void drawTimeline();
    void drawPerformance();
    void askToRun();
    const DriftRunView* selectedRun() const;
    const AlertView* selectedAlert() const;
    QString selectedFeature() const;

    WorkspaceController* m_controller;
    QLabel* m_summary;
    QTableWidget* m_runs;
    QTableWidget* m_features;
    QTableWidget* m_alerts;
    QTabWidget* m_charts;
    QCustomPlot* m_distribution;
    QCustomPlot* m_ecdf;
    QCustomPlot* m_psi;
    QCustomPlot* m_timeline;
    QLabel* m_timelineNote;
    QCustomPlot* m_performance;
    QCustomPlot* m_gaps;
    QPushButton* m_run;
    QPushButton* m_acknowledge;
    QPushButton* m_openRequest;
    QPushButton* m_showRequest;
    QList<DriftRunView> m_shownRuns;
    QList<AlertView> m_shownAlerts;
};

} // namespace cs::ui
