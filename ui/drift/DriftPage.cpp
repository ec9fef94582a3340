#include "DriftPage.h"

#include "DriftTimeCharts.h"
#include "WorkspaceController.h"
#include "commands/DriftCommands.h"
#include "common/MessageBox.h"
#include "identity/AdminDialogs.h"
#include "identity/Authority.h"
#include "queries/RegistryQuery.h"
#include "util/UtcTime.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace cs::ui {

namespace {
using DriftTimeCharts::kReference;
using DriftTimeCharts::kWindow;
constexpr double kPsiGuide = 0.2; ///< the usual "significant shift" reading of PSI, drawn as a guide line

QString number(const QJsonValue& v, int digits = 4)
{
    return v.isDouble() ? QString::number(v.toDouble(), 'g', digits) : QStringLiteral("–");
}

QTableWidget* makeTable(int columns, const QStringList& headers, const QString& name, QWidget* parent)
{
    auto* t = new QTableWidget(0, columns, parent);
    t->setHorizontalHeaderLabels(headers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setAccessibleName(name);
    return t;
}

void setRow(QTableWidget* t, int row, const QStringList& cells, bool bold = false)
{
    for (int c = 0; c < cells.size(); ++c) {
        auto* item = new QTableWidgetItem(cells.at(c));
        if (bold) {
            QFont f = item->font();
            f.setBold(true);
            item->setFont(f);
        }
        t->setItem(row, c, item);
    }
}

QCustomPlot* makePlot(const QString& name, QWidget* parent)
{
    auto* plot = new QCustomPlot(parent);
    plot->setMinimumHeight(200);
    plot->setAccessibleName(name);
    plot->legend->setVisible(true);
    plot->legend->setFont(plot->font());
    return plot;
}

QJsonObject featureOf(const DriftRunView& v, const QString& feature)
{
    if (feature == u"score") {
        return v.run.content[u"prediction"].toObject();
    }
    for (const QJsonValue& f : v.run.content[u"features"].toArray()) {
        if (f[u"name"].toString() == feature) {
            return f.toObject();
        }
    }
    return {};
}

/// A PSI bin for an axis: "≤ 0.77", "0.77–0.92", "> 2.18", or the category itself.
QString binLabel(const QJsonObject& bin)
{
    const QJsonValue lower = bin[u"lower"];
    const QJsonValue upper = bin[u"upper"];
    if (!lower.isDouble() && !upper.isDouble()) {
        return bin[u"label"].toString();
    }
    if (!lower.isDouble()) {
        return QStringLiteral("≤ %1").arg(number(upper, 3));
    }
    if (!upper.isDouble()) {
        return QStringLiteral("> %1").arg(number(lower, 3));
    }
    return QStringLiteral("%1–%2").arg(number(lower, 3), number(upper, 3));
}

QString decisionText(const AlertView& a)
{
    QStringList parts;
    for (const AlertDecision& d : a.decisions) {
        parts.append(DriftPage::tr("%1 by %2: %3")
                         .arg(displayNameOf(d.action), d.by, d.changeRequest.isEmpty() ? d.reason : d.changeRequest));
    }
    return parts.join(QStringLiteral("; "));
}

QString statusText(const QString& status)
{
    if (status == u"open") {
        return DriftPage::tr("Open: waiting for review");
    }
    if (status == u"acknowledged") {
        return DriftPage::tr("Acknowledged");
    }
    return DriftPage::tr("Change request opened");
}
} // namespace

DriftPage::DriftPage(WorkspaceController* controller, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_summary(new QLabel(this))
    , m_runs(makeTable(RunColumnCount,
                       {tr("Window"), tr("Reference"), tr("Version"), tr("Drifted"), tr("Alert"), tr("Recorded")},
                       tr("Production windows"), this))
    , m_features(
          makeTable(FeatureColumnCount,
                    {tr("Feature"), tr("Type"), tr("Method"), tr("Score"), tr("Threshold"), tr("PSI"), tr("Drifted")},
                    tr("Features of the selected window"), this))
    , m_alerts(makeTable(AlertColumnCount, {tr("Alert"), tr("Window"), tr("Status"), tr("Why"), tr("Decision")},
                         tr("Drift alerts"), this))
    , m_charts(new QTabWidget(this))
    , m_distribution(makePlot(tr("Distribution of the selected feature"), this))
    , m_ecdf(makePlot(tr("Cumulative distribution of the selected feature"), this))
    , m_psi(makePlot(tr("PSI by feature"), this))
    , m_timeline(makePlot(tr("PSI over the windows"), this))
    , m_timelineNote(new QLabel(this))
    , m_performance(makePlot(tr("Performance over the labelled windows"), this))
    , m_gaps(makePlot(tr("Largest subgroup gap in sensitivity over the labelled windows"), this))
    , m_run(new QPushButton(tr("&Run Drift…"), this))
    , m_acknowledge(new QPushButton(tr("&Acknowledge…"), this))
    , m_openRequest(new QPushButton(tr("Open &Change Request…"), this))
    , m_showRequest(new QPushButton(tr("Show Change &Request"), this))
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>Drift</h2>"), this));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto* runButtons = new QHBoxLayout;
    m_run->setToolTip(tr("Compare a production window with a reference, feature by feature"));
    runButtons->addWidget(m_run);
    runButtons->addStretch(1);

    auto* distribution = new QWidget(this);
    auto* distributionLayout = new QHBoxLayout(distribution);
    distributionLayout->setContentsMargins(0, 0, 0, 0);
    distributionLayout->addWidget(m_distribution, 3);
    distributionLayout->addWidget(m_ecdf, 2);
    auto* timeline = new QWidget(this);
    auto* timelineLayout = new QVBoxLayout(timeline);
    timelineLayout->setContentsMargins(0, 0, 0, 0);
    timelineLayout->addWidget(m_timeline, 1);
    m_timelineNote->setWordWrap(true);
    timelineLayout->addWidget(m_timelineNote);
    m_charts->addTab(distribution, tr("&Distribution"));
    m_charts->addTab(m_psi, tr("&PSI by feature"));
    m_charts->addTab(timeline, tr("&Over time"));
    auto* performance = new QWidget(this);
    auto* performanceLayout = new QHBoxLayout(performance);
    performanceLayout->setContentsMargins(0, 0, 0, 0);
    performanceLayout->addWidget(m_performance, 3);
    performanceLayout->addWidget(m_gaps, 2);
    m_charts->addTab(performance, tr("Pe&rformance"));

    auto* alertButtons = new QHBoxLayout;
    m_acknowledge->setToolTip(tr("The alert needs no change now: record why (QA officer)"));
    m_openRequest->setToolTip(tr("Open a change request triggered by this alert"));
    m_showRequest->setToolTip(tr("Go to the change request opened from this alert"));
    alertButtons->addWidget(new QLabel(tr("<b>Alert queue</b>"), this));
    alertButtons->addStretch(1);
    alertButtons->addWidget(m_acknowledge);
    alertButtons->addWidget(m_openRequest);
    alertButtons->addWidget(m_showRequest);
    auto* alertBox = new QWidget(this);
    auto* alertLayout = new QVBoxLayout(alertBox);
    alertLayout->setContentsMargins(0, 0, 0, 0);
    alertLayout->addLayout(alertButtons);
    alertLayout->addWidget(m_alerts, 1);

    auto* top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(m_runs);
    top->addWidget(m_features);
    top->setStretchFactor(0, 1);
    top->setStretchFactor(1, 1);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(m_charts);
    split->addWidget(alertBox);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setStretchFactor(2, 1);
    split->setSizes({250, 380, 170});
    layout->addLayout(runButtons);
    layout->addWidget(split, 1);

    connect(m_runs, &QTableWidget::itemSelectionChanged, this, &DriftPage::showRun);
    connect(m_features, &QTableWidget::itemSelectionChanged, this, [this] {
        drawDistribution();
        drawTimeline();
    });
    connect(m_alerts, &QTableWidget::itemSelectionChanged, this, &DriftPage::showAlert);
    connect(m_run, &QPushButton::clicked, this, &DriftPage::askToRun);
    connect(m_acknowledge, &QPushButton::clicked, this, [this] { acknowledge(); });
    connect(m_openRequest, &QPushButton::clicked, this, [this] {
        if (const AlertView* a = selectedAlert()) {
            emit changeRequestWanted(a->alert.model, a->alert.label());
        }
    });
    connect(m_showRequest, &QPushButton::clicked, this, [this] {
        const AlertView* a = selectedAlert();
        if (a && !a->decisions.isEmpty() && !a->decisions.first().changeRequest.isEmpty()) {
            emit changeRequestShown(a->decisions.first().changeRequest);
        }
    });
    connect(controller, &WorkspaceController::workspaceChanged, this, &DriftPage::refresh);
    connect(controller, &WorkspaceController::contentChanged, this, &DriftPage::refresh);
}

QCustomPlot* DriftPage::chart(Chart which) const
{
    switch (which) {
    case DistributionChart:
        return m_distribution;
    case PsiChart:
        return m_psi;
    case TimelineChart:
        return m_timeline;
    case PerformanceChart:
        return m_performance;
    case GapChart:
        return m_gaps;
    }
    return nullptr;
}

void DriftPage::refresh()
{
    const int currentRun = m_runs->currentRow();
    const int currentAlert = m_alerts->currentRow();
    m_runs->setRowCount(0);
    m_alerts->setRowCount(0);
    m_features->setRowCount(0);
    m_shownRuns.clear();
    m_shownAlerts.clear();
    Workspace* ws = m_controller->workspace();
    if (ws == nullptr) {
        m_run->setEnabled(false);
        showAlert();
        return;
    }
    const auto user = ws->currentUser();
    m_run->setEnabled(!ws->isReadOnly() && user && Authority::allows(user->roles, Action::RunDrift));
    DriftQuery query(*ws);
    auto runs = query.runs();
    auto alerts = query.alerts();
    if (!runs || !alerts) {
        m_summary->setText(!runs ? runs.error().message : alerts.error().message);
        return;
    }
    m_shownRuns = runs.value();
    m_shownAlerts = alerts.value();
    const auto open =
        std::count_if(m_shownAlerts.begin(), m_shownAlerts.end(), [](const AlertView& a) { return a.open(); });
    if (m_shownRuns.isEmpty()) {
        m_summary->setText(tr("No drift run yet. Import a reference and production windows with their feature columns "
                              "(import predictions --feature), then Run Drift… on each window."));
    } else {
        m_summary->setText(tr("%n drift run(s) on production windows; %1 alert(s) waiting for review.", nullptr,
                              int(m_shownRuns.size()))
                               .arg(open));
    }
    m_runs->setRowCount(int(m_shownRuns.size()));
    for (int row = 0; row < m_shownRuns.size(); ++row) {
        const DriftRunView& v = m_shownRuns.at(row);
        const QJsonObject& c = v.run.content;
        setRow(m_runs, row,
               {v.run.window, v.run.reference, v.run.version,
                tr("%1 of %2").arg(c[u"drifted_features"].toInteger()).arg(c[u"compared_features"].toInteger()),
                v.alert ? v.alert->alert.label() + u' ' + (v.alert->open() ? tr("open") : tr("answered")) : tr("none"),
                UtcTime::formatMsString(v.run.createdAtMs).left(10)},
               v.alert && v.alert->open());
    }
    m_runs->resizeColumnsToContents();
    m_alerts->setRowCount(int(m_shownAlerts.size()));
    for (int row = 0; row < m_shownAlerts.size(); ++row) {
        const AlertView& a = m_shownAlerts.at(row);
        QStringList why;
        for (const QJsonValue& r : a.alert.reasons) {
            why.append(r[u"text"].toString());
        }
        setRow(m_alerts, row,
               {a.alert.label(), a.alert.window, statusText(a.status), why.join(QStringLiteral("; ")), decisionText(a)},
               a.open());
    }
    m_alerts->resizeColumnsToContents();
    m_alerts->setColumnWidth(AlertReasonsColumn, std::min(m_alerts->columnWidth(AlertReasonsColumn), 520));
    if (!m_shownRuns.isEmpty()) {
        m_runs->selectRow(currentRun >= 0 ? std::min(currentRun, int(m_shownRuns.size()) - 1)
                                          : int(m_shownRuns.size()) - 1);
    }
    if (!m_shownAlerts.isEmpty()) {
        // The first open alert, or the one selected before.
        int first = 0;
        for (int row = 0; row < m_shownAlerts.size(); ++row) {
            if (m_shownAlerts.at(row).open()) {
                first = row;
                break;
            }
        }
        m_alerts->selectRow(currentAlert >= 0 ? std::min(currentAlert, int(m_shownAlerts.size()) - 1) : first);
    }
    showAlert();
}

const DriftRunView* DriftPage::selectedRun() const
{
    const int row = m_runs->currentRow();
    return row >= 0 && row < m_shownRuns.size() ? &m_shownRuns.at(row) : nullptr;
}

const AlertView* DriftPage::selectedAlert() const
{
    const int row = m_alerts->currentRow();
    return row >= 0 && row < m_shownAlerts.size() ? &m_shownAlerts.at(row) : nullptr;
}

QString DriftPage::selectedFeature() const
{
    const int row = m_features->currentRow();
    const QTableWidgetItem* item = row >= 0 ? m_features->item(row, FeatureNameColumn) : nullptr;
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void DriftPage::showRun()
{
    const QString keep = selectedFeature();
    m_features->setRowCount(0);
    const DriftRunView* v = selectedRun();
    if (v == nullptr) {
        drawDistribution();
        drawPsi();
        drawTimeline();
        return;
    }
    QList<QJsonObject> rows;
    for (const QJsonValue& f : v->run.content[u"features"].toArray()) {
        rows.append(f.toObject());
    }
    if (v->run.content[u"prediction"].isObject()) {
        rows.append(v->run.content[u"prediction"].toObject());
    }
    m_features->setRowCount(int(rows.size()));
    int select = 0;
    for (int row = 0; row < rows.size(); ++row) {
        const QJsonObject& f = rows.at(row);
        const QString name = f[u"name"].toString();
        const bool drifted = f[u"drifted"].toBool();
        setRow(m_features, row,
               {name == u"score" ? tr("score of version %1").arg(v->run.version) : name, f[u"type"].toString(),
                f[u"method"].toString(), number(f[u"score"]), number(f[u"threshold"]), number(f[u"psi"], 3),
                drifted ? tr("DRIFTED") : tr("no")},
               drifted);
        m_features->item(row, FeatureNameColumn)->setData(Qt::UserRole, name);
        if (name == keep || (keep.isEmpty() && drifted && select == 0)) {
            select = row;
        }
    }
    m_features->resizeColumnsToContents();
    m_features->selectRow(select);
    drawPsi();
}

void DriftPage::drawDistribution()
{
    for (QCustomPlot* plot : {m_distribution, m_ecdf}) {
        plot->clearPlottables();
        plot->clearItems();
    }
    const DriftRunView* v = selectedRun();
    const QString feature = selectedFeature();
    const QJsonObject f = v ? featureOf(*v, feature) : QJsonObject();
    if (f.isEmpty()) {
        m_distribution->replot();
        m_ecdf->replot();
        return;
    }
    // The run's own PSI bins: the shares it computed PSI from, side by side.
    const QJsonArray bins = f[u"psi_bins"].toArray();
    double totals[2] = {0, 0};
    for (const QJsonValue& b : bins) {
        totals[0] += b[u"reference"].toDouble();
        totals[1] += b[u"current"].toDouble();
    }
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    QVector<double> x;
    QVector<double> shares[2];
    for (qsizetype i = 0; i < bins.size(); ++i) {
        x.append(double(i + 1));
        ticker->addTick(double(i + 1), binLabel(bins[i].toObject()));
        shares[0].append(totals[0] > 0 ? bins[i][u"reference"].toDouble() / totals[0] : 0);
        shares[1].append(totals[1] > 0 ? bins[i][u"current"].toDouble() / totals[1] : 0);
    }
    auto* group = new QCPBarsGroup(m_distribution);
    const QString names[2] = {tr("reference %1").arg(v->run.reference), tr("window %1").arg(v->run.window)};
    const QBrush brushes[2] = {QBrush(kReference.lighter(150)), QBrush(kWindow, Qt::BDiagPattern)};
    const QColor pens[2] = {kReference, kWindow.darker(130)};
    for (int k = 0; k < 2; ++k) {
        auto* bars = new QCPBars(m_distribution->xAxis, m_distribution->yAxis);
        bars->setName(names[k]);
        bars->setBrush(brushes[k]);
        bars->setPen(QPen(pens[k], 1.2));
        bars->setWidth(0.38);
        bars->setBarsGroup(group);
        bars->setData(x, shares[k]);
    }
    m_distribution->xAxis->setTicker(ticker);
    m_distribution->xAxis->setTickLabelRotation(bins.size() > 4 ? 35 : 0);
    m_distribution->xAxis->setLabel(tr("%1: PSI bins (reference deciles)").arg(f[u"name"].toString()));
    m_distribution->yAxis->setLabel(tr("share of values"));
    m_distribution->xAxis->setRange(0.4, double(bins.size()) + 0.6);
    double highest = 0;
    for (int k = 0; k < 2; ++k) {
        for (double share : shares[k]) {
            highest = std::max(highest, share);
        }
    }
    m_distribution->yAxis->setRange(0, highest * 1.15 + 0.01);
    m_distribution->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    m_distribution->replot();

    // ECDFs of a numeric feature, from the stored values of both datasets.
    Workspace* ws = m_controller->workspace();
    if (ws == nullptr || f[u"type"].toString() != u"numeric" || feature == u"score") {
        m_ecdf->xAxis->setLabel(tr("ECDF: numeric features only"));
        m_ecdf->replot();
        return;
    }
    DriftQuery query(*ws);
    const QString datasets[2] = {v->run.reference, v->run.window};
    const Qt::PenStyle styles[2] = {Qt::SolidLine, Qt::DashLine};
    for (int k = 0; k < 2; ++k) {
        auto values = query.featureValues(datasets[k], feature);
        if (!values || !values.value()) {
            continue;
        }
        std::vector<double> sorted;
        for (double d : values.value()->values) {
            if (!std::isnan(d)) {
                sorted.push_back(d);
            }
        }
        std::sort(sorted.begin(), sorted.end());
        QVector<double> ex;
        QVector<double> ey;
        for (size_t i = 0; i < sorted.size(); ++i) {
            ex.append(sorted[i]);
            ey.append(double(i + 1) / double(sorted.size()));
        }
        auto* graph = m_ecdf->addGraph();
        graph->setName(names[k]);
        graph->setPen(QPen(pens[k], 2, styles[k]));
        graph->setLineStyle(QCPGraph::lsStepLeft);
        graph->setData(ex, ey, true);
    }
    m_ecdf->xAxis->setLabel(feature);
    m_ecdf->yAxis->setLabel(tr("cumulative share"));
    m_ecdf->rescaleAxes();
    m_ecdf->yAxis->setRange(0, 1.02);
    m_ecdf->legend->setVisible(true);
    m_ecdf->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);
    m_ecdf->replot();
}

void DriftPage::drawPsi()
{
    m_psi->clearPlottables();
    m_psi->clearItems();
    const DriftRunView* v = selectedRun();
    if (v == nullptr) {
        m_psi->replot();
        return;
    }
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    QVector<double> x[2];
    QVector<double> y[2];
    int i = 0;
    for (const QJsonValue& f : v->run.content[u"features"].toArray()) {
        ++i;
        ticker->addTick(i, f[u"name"].toString());
        const int k = f[u"drifted"].toBool() ? 1 : 0;
        x[k].append(i);
        y[k].append(f[u"psi"].toDouble());
    }
    const QString names[2] = {tr("not drifted"), tr("drifted")};
    const QBrush brushes[2] = {QBrush(kReference.lighter(150)), QBrush(kWindow, Qt::BDiagPattern)};
    for (int k = 0; k < 2; ++k) {
        auto* bars = new QCPBars(m_psi->xAxis, m_psi->yAxis);
        bars->setName(names[k]);
        bars->setBrush(brushes[k]);
        bars->setPen(QPen(k == 0 ? kReference : kWindow.darker(130), 1.2));
        bars->setWidth(0.6);
        bars->setData(x[k], y[k]);
    }
    auto* guide = new QCPItemStraightLine(m_psi);
    guide->point1->setCoords(0, kPsiGuide);
    guide->point2->setCoords(1, kPsiGuide);
    guide->setPen(QPen(Qt::black, 1, Qt::DashLine));
    auto* label = new QCPItemText(m_psi);
    label->position->setCoords(0.6, kPsiGuide);
    label->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
    label->setText(tr("PSI %1").arg(kPsiGuide));
    m_psi->xAxis->setTicker(ticker);
    m_psi->xAxis->setTickLabelRotation(30);
    m_psi->xAxis->setRange(0.4, i + 0.6);
    m_psi->yAxis->setLabel(tr("population stability index"));
    m_psi->yAxis->rescale();
    m_psi->yAxis->setRange(0, std::max(m_psi->yAxis->range().upper * 1.1, kPsiGuide * 1.3));
    m_psi->replot();
}

void DriftPage::drawTimeline()
{
    m_timeline->clearPlottables();
    m_timeline->clearItems();
    const QString feature = selectedFeature();
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    QVector<double> x;
    QVector<double> featurePsi;
    QVector<double> scorePsi;
    for (int i = 0; i < m_shownRuns.size(); ++i) {
        const DriftRunView& v = m_shownRuns.at(i);
        x.append(i + 1);
        ticker->addTick(i + 1, DriftTimeCharts::tick(m_shownRuns, i));
        featurePsi.append(featureOf(v, feature)[u"psi"].toDouble(std::nan("")));
        scorePsi.append(v.run.content[u"prediction"][u"psi"].toDouble(std::nan("")));
        if (v.alert) {
            auto* mark = new QCPItemText(m_timeline);
            mark->position->setType(QCPItemPosition::ptPlotCoords);
            mark->position->setCoords(i + 1, featurePsi.last());
            mark->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
            mark->setText(v.alert->alert.label());
            mark->setPadding(QMargins(0, 0, 0, 6));
        }
    }
    if (!feature.isEmpty() && feature != u"score") {
        auto* g = m_timeline->addGraph();
        g->setName(tr("PSI of %1").arg(feature));
        g->setPen(QPen(kWindow, 2));
        g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 7));
        g->setData(x, featurePsi, true);
    }
    auto* s = m_timeline->addGraph();
    s->setName(tr("PSI of the scores"));
    s->setPen(QPen(kReference, 2, Qt::DashLine));
    s->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssSquare, 7));
    s->setData(x, scorePsi, true);
    auto* guide = new QCPItemStraightLine(m_timeline);
    guide->point1->setCoords(0, kPsiGuide);
    guide->point2->setCoords(1, kPsiGuide);
    guide->setPen(QPen(Qt::black, 1, Qt::DotLine));
    m_timeline->xAxis->setTicker(ticker);
    m_timeline->xAxis->setRange(0.5, double(m_shownRuns.size()) + 0.5);
    m_timeline->yAxis->setLabel(tr("population stability index"));
    m_timeline->yAxis->rescale();
    m_timeline->yAxis->setRange(0, std::max(m_timeline->yAxis->range().upper * 1.25, kPsiGuide * 1.3));
    m_timeline->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    m_timeline->replot();
    m_timelineNote->setText(tr("Alerts are marked at their window; the dotted line is PSI 0.2. Performance over the "
                               "labelled windows, with intervals and subgroup gaps, is on the Performance tab."));
    drawPerformance();
}

void DriftPage::drawPerformance()
{
    DriftTimeCharts::drawPerformance(m_performance, m_gaps, m_shownRuns);
}

void DriftPage::showAlert()
{
    const AlertView* a = selectedAlert();
    Workspace* ws = m_controller->workspace();
    bool review = false;
    bool request = false;
    if (ws != nullptr && !ws->isReadOnly()) {
        if (const auto user = ws->currentUser()) {
            review = Authority::allows(user->roles, Action::ReviewAlert);
            request = Authority::allows(user->roles, Action::CreateChangeRequest);
        }
    }
    m_acknowledge->setEnabled(a && a->open() && review);
    m_openRequest->setEnabled(a && a->open() && request);
    m_showRequest->setEnabled(a && !a->decisions.isEmpty() && !a->decisions.first().changeRequest.isEmpty());
}

bool DriftPage::acknowledge(const QString& given)
{
    const AlertView* a = selectedAlert();
    if (a == nullptr || !m_acknowledge->isEnabled()) {
        return false;
    }
    QString reason = given;
    if (reason.isEmpty() &&
        !ReasonPrompt::ask(this, tr("Acknowledge %1").arg(a->alert.label()),
                           tr("Why does this alert need no change now? (recorded in the audit trail)"), reason)) {
        return false;
    }
    AcknowledgeAlertCommand command(a->alert.id, reason);
    if (auto r = m_controller->execute(command); !r) {
        MessageBox::critical(this, tr("Acknowledge alert"), r.error().message);
        return false;
    }
    return true;
}

bool DriftPage::runDrift(const QString& model, const QString& window, const QString& reference)
{
    DriftRunRequest request;
    request.model = model;
    request.window = window;
    request.reference = reference;
    RunDriftCommand command(request);
    if (auto r = m_controller->execute(command); !r) {
        MessageBox::critical(this, tr("Run drift"), r.error().message);
        return false;
    }
    selectWindow(window);
    if (command.alert()) {
        MessageBox::information(this, tr("Run drift"),
                                tr("%1 breached a threshold and raised alert %2; it waits in the alert queue.")
                                    .arg(window, command.alert()->label()));
    }
    return true;
}

void DriftPage::askToRun()
{
    Workspace* ws = m_controller->workspace();
    if (ws == nullptr) {
        return;
    }
    RegistryQuery registry(*ws);
    auto models = registry.models();
    auto datasets = registry.datasets();
    if (!models || !datasets) {
        MessageBox::critical(this, tr("Run drift"), !models ? models.error().message : datasets.error().message);
        return;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Run Drift"));
    auto* form = new QFormLayout(&dialog);
    auto* model = new QComboBox(&dialog);
    auto* window = new QComboBox(&dialog);
    auto* reference = new QComboBox(&dialog);
    for (const Model& m : models.value()) {
        model->addItem(m.name);
    }
    for (const Dataset& d : datasets.value()) {
        (d.role == DatasetRole::ProductionWindow ? window : reference)->addItem(d.name);
    }
    window->setCurrentIndex(window->count() - 1);
    const int drift = reference->findText(QStringLiteral("drift-reference"), Qt::MatchStartsWith);
    reference->setCurrentIndex(std::max(drift, 0));
    form->addRow(tr("&Model:"), model);
    form->addRow(tr("&Window:"), window);
    form->addRow(tr("&Reference:"), reference);
    form->addRow(new QLabel(tr("The version in production gives the scores compared; the engine and defaults are "
                               "those of stats drift."),
                            &dialog));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Run"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() == QDialog::Accepted) {
        runDrift(model->currentText(), window->currentText(), reference->currentText());
    }
}

bool DriftPage::selectWindow(const QString& window)
{
    for (int row = 0; row < m_shownRuns.size(); ++row) {
        if (m_shownRuns.at(row).run.window == window) {
            m_runs->selectRow(row);
            return true;
        }
    }
    return false;
}

bool DriftPage::selectAlert(const QString& label)
{
    for (int row = 0; row < m_shownAlerts.size(); ++row) {
        if (m_shownAlerts.at(row).alert.label().compare(label, Qt::CaseInsensitive) == 0) {
            m_alerts->selectRow(row);
            return true;
        }
    }
    return false;
}

} // namespace cs::ui
