#pragma once

#include "records/ModelRecords.h"

#include <QWidget>

class QComboBox;
class QCustomPlot;
class QLabel;

namespace cs::ui {

class WorkspaceController;

/// The logged history of one metric (chosen in a list) for every version of a model, step by step, with the selected
/// version drawn strongest. Points that are NaN or infinite are not drawn and are counted under the chart.
class MetricHistoryChart : public QWidget
{
    Q_OBJECT
public:
    explicit MetricHistoryChart(WorkspaceController* controller, QWidget* parent = nullptr);

    /// Shows `versions` (of one model), highlighting `selected`.
    void setVersions(const QList<ModelVersion>& versions, const QString& selected);
    QComboBox* metric() const { return m_metric; }
    QCustomPlot* plot() const { return m_plot; }
    /// Points drawn per version label for the current metric (for tests and the accessible description).
    const QMap<QString, int>& pointsDrawn() const { return m_points; }

private:
    void draw();

    WorkspaceController* m_controller;
    QComboBox* m_metric;
    QLabel* m_note;
    QCustomPlot* m_plot;
    QList<ModelVersion> m_versions;
    QString m_selected;
    QMap<QString, int> m_points;
};

} // namespace cs::ui
