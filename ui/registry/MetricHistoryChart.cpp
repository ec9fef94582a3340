#include "MetricHistoryChart.h"

#include "WorkspaceController.h"
#include "queries/RegistryQuery.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <qcustomplot.h>

namespace cs::ui {

namespace {
/// Colour-blind-safe colours (Okabe-Ito) for versions, in order.
const QList<QColor> kColours = {QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00), QColor(0x00, 0x9E, 0x73),
                                QColor(0xCC, 0x79, 0xA7), QColor(0x56, 0xB4, 0xE9), QColor(0xD5, 0x5E, 0x00)};
} // namespace

MetricHistoryChart::MetricHistoryChart(WorkspaceController* controller, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_metric(new QComboBox(this))
    , m_note(new QLabel(this))
    , m_plot(new QCustomPlot(this))
{
    m_metric->setObjectName(QStringLiteral("metric"));
    auto* top = new QHBoxLayout;
    auto* label = new QLabel(tr("Metric &history:"), this);
    label->setBuddy(m_metric);
    top->addWidget(label);
    top->addWidget(m_metric);
    top->addWidget(m_note, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_plot, 1);
    m_plot->setMinimumHeight(180);
    m_plot->xAxis->setLabel(tr("step"));
    // The legend sits right of the plot, where no line can run under it; steps are whole numbers.
    m_plot->legend->setVisible(true);
    m_plot->axisRect()->insetLayout()->take(m_plot->legend);
    auto* side = new QCPLayoutGrid;
    m_plot->plotLayout()->addElement(0, 1, side);
    m_plot->plotLayout()->setColumnStretchFactor(1, 0.001);
    side->addElement(0, 0, m_plot->legend);
    side->addElement(1, 0, new QCPLayoutElement(m_plot)); // keeps the legend at the top
    side->setRowStretchFactor(0, 0.001);
    m_plot->legend->setMargins(QMargins(6, 4, 6, 4));
    auto ticker = QSharedPointer<QCPAxisTickerFixed>::create();
    ticker->setTickStep(1.0);
    ticker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    m_plot->xAxis->setTicker(ticker);
    m_plot->setAccessibleName(tr("Metric history chart"));
    connect(m_metric, &QComboBox::currentTextChanged, this, &MetricHistoryChart::draw);
}

void MetricHistoryChart::setVersions(const QList<ModelVersion>& versions, const QString& selected)
{
    m_versions = versions;
    m_selected = selected;
    const QString current = m_metric->currentText();
    QStringList keys;
    for (const ModelVersion& v : versions) {
        for (const QString& k : v.evidence.value(QStringLiteral("metrics")).toObject().keys()) {
            if (!keys.contains(k)) {
                keys.append(k);
            }
        }
    }
    std::sort(keys.begin(), keys.end());
    const QSignalBlocker blocker(m_metric);
    m_metric->clear();
    m_metric->addItems(keys);
    const int keep = m_metric->findText(current);
    m_metric->setCurrentIndex(keep >= 0 ? keep : 0);
    draw();
}

void MetricHistoryChart::draw()
{
    m_plot->clearGraphs();
    m_points.clear();
    Workspace* ws = m_controller->workspace();
    const QString key = m_metric->currentText();
    if (ws == nullptr || key.isEmpty()) {
        m_note->setText(tr("No metrics recorded."));
        m_plot->replot();
        return;
    }
    RegistryQuery table(*ws);
    int skipped = 0;
    for (int i = 0; i < m_versions.size(); ++i) {
        const ModelVersion& v = m_versions.at(i);
        const QList<MetricPoint> history = table.metricHistory(v.id, key).value_or({});
        if (history.isEmpty()) {
            continue;
        }
        QList<double> x;
        QList<double> y;
        for (const MetricPoint& p : history) {
            if (!p.special.isEmpty()) {
                ++skipped;
                continue;
            }
            x.append(double(p.step));
            y.append(p.value);
        }
        QCPGraph* graph = m_plot->addGraph();
        graph->setName(tr("version %1").arg(v.label));
        const bool selected = v.label == m_selected;
        graph->setPen(
            QPen(kColours.at(i % kColours.size()), selected ? 3.0 : 1.5, selected ? Qt::SolidLine : Qt::DashLine));
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, selected ? 6 : 4));
        graph->setData(x, y, true);
        m_points.insert(v.label, int(x.size()));
    }
    m_plot->yAxis->setLabel(key);
    m_plot->rescaleAxes();
    m_plot->xAxis->scaleRange(1.05, m_plot->xAxis->range().center());
    m_plot->yAxis->scaleRange(1.1, m_plot->yAxis->range().center());
    m_note->setText(skipped > 0 ? tr("%n point(s) are NaN or infinite and not drawn.", nullptr, skipped) : QString());
    m_plot->replot();
}

} // namespace cs::ui
