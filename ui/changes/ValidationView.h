#pragma once

#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QCustomPlot;
class QLabel;
class QTableWidget;

namespace cs::ui {

/// A change request's Validation tab, per dataset of its frozen evidence: the headline table of both versions and
/// their paired differences with the verdict at each margin, the two confusion matrices, the subgroup table of one
/// column and metric, and the charts (ROC curves, calibration, the subgroup forest plot). Tables and charts show
/// the evidence's numbers (core's EvidenceTables and ValidationCharts), never recomputed; tables can be copied. When
/// the request names the originally cleared version, a choice shows the candidate against it instead of the baseline.
class ValidationView : public QWidget
{
    Q_OBJECT
public:
    explicit ValidationView(QWidget* parent = nullptr);

    /// Shows the evidence of `request` (ChangeRequestQuery::toJson); an empty object clears the view.
    void show(const QJsonObject& request);

    QComboBox* dataset() const { return m_dataset; }
    QComboBox* metric() const { return m_metric; }
    QComboBox* column() const { return m_column; }
    /// "baseline" or "cleared"; shown only when the evidence compares with the originally cleared version too.
    QComboBox* comparator() const { return m_comparator; }
    QTableWidget* headline() const { return m_headline; }
    /// The PCCP's acceptance rules with their frozen verdicts (hidden when no PCCP modification applies).
    QTableWidget* pccpRules() const { return m_pccpRules; }
    QTableWidget* confusion() const { return m_confusion; }
    QTableWidget* subgroups() const { return m_subgroupTable; }
    QCustomPlot* rocChart() const { return m_roc; }
    QCustomPlot* calibrationChart() const { return m_calibration; }
    QCustomPlot* subgroupChart() const { return m_subgroups; }

private:
    void draw();

    QComboBox* m_dataset;
    QComboBox* m_column;
    QComboBox* m_metric;
    QComboBox* m_comparator;
    QLabel* m_comparatorLabel;
    QLabel* m_note;
    QLabel* m_pccp;
    QTableWidget* m_pccpRules;
    QTableWidget* m_headline;
    QTableWidget* m_confusion;
    QTableWidget* m_subgroupTable;
    QCustomPlot* m_roc;
    QCustomPlot* m_calibration;
    QCustomPlot* m_subgroups;
    QJsonObject m_request;
};

} // namespace cs::ui
