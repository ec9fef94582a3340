#include "ValidationCharts.h"

#include <QJsonArray>
#include <qcustomplot.h>

namespace cs::reports::ValidationCharts {

namespace {
const QColor kBaseline(0xE6, 0x9F, 0x00); // Okabe-Ito orange
const QColor kCandidate(0x00, 0x72, 0xB2); // Okabe-Ito blue
const QColor kMargin(0xD5, 0x5E, 0x00); // Okabe-Ito vermillion

QVector<double> numbers(const QJsonValue& array)
{
    QVector<double> out;
    for (const QJsonValue& v : array.toArray()) {
        out.append(v.toDouble());
    }
    return out;
}

void reset(QCustomPlot* plot)
{
    // The legend sits under the plot, where it can hide no point of any curve (drawSubgroups takes it out).
    if (plot->legend->layout() != plot->plotLayout()) {
        if (plot->legend->layout() == plot->axisRect()->insetLayout()) {
            plot->axisRect()->insetLayout()->take(plot->legend);
        }
        plot->plotLayout()->addElement(1, 0, plot->legend);
        plot->plotLayout()->setRowStretchFactor(1, 0.001);
        plot->legend->setMargins(QMargins(6, 3, 6, 3));
    }
    plot->clearPlottables();
    plot->clearItems();
    plot->legend->setVisible(true);
    plot->legend->setFont(plot->font());
    plot->legend->setBrush(QBrush(QColor(255, 255, 255, 230)));
    plot->xAxis->setTicker(QSharedPointer<QCPAxisTicker>::create());
    plot->yAxis->setTicker(QSharedPointer<QCPAxisTicker>::create());
}

void addDiagonal(QCustomPlot* plot, const QString& name)
{
    QCPGraph* g = plot->addGraph();
    g->setName(name);
    g->setData({0.0, 1.0}, {0.0, 1.0}, true);
    g->setPen(QPen(Qt::gray, 1, Qt::DotLine));
}

QCPGraph* addSeries(QCustomPlot* plot, const QString& name, const QColor& colour, bool candidate)
{
    QCPGraph* g = plot->addGraph();
    g->setName(name);
    g->setPen(QPen(colour, candidate ? 2.2 : 2.0, candidate ? Qt::SolidLine : Qt::DashLine));
    return g;
}

void unitAxes(QCustomPlot* plot, const QString& x, const QString& y)
{
    plot->xAxis->setLabel(x);
    plot->yAxis->setLabel(y);
    plot->xAxis->setRange(0, 1);
    plot->yAxis->setRange(0, 1);
}
} // namespace

void drawRoc(QCustomPlot* plot, const QJsonObject& dataset, const QString& baseline, const QString& candidate)
{
    reset(plot);
    const QJsonObject report = dataset[u"report"].toObject();
    const QJsonObject curves = report[u"curves"].toObject();
    const struct
    {
        const char* key;
        const char* side;
        QString name;
        QColor colour;
        bool candidate;
    } series[] = {{"reference", "reference", baseline, kBaseline, false},
                  {"candidate", "candidate", candidate, kCandidate, true}};
    for (const auto& s : series) {
        const QJsonObject roc = curves[QLatin1String(s.key)][u"roc"].toObject();
        if (roc.isEmpty()) {
            continue;
        }
        QCPGraph* g = addSeries(plot, QString(), s.colour, s.candidate);
        g->setName(QObject::tr("%1 (AUC %2)")
                       .arg(s.name)
                       .arg(report[QLatin1String(s.side)][u"auc"][u"value"].toDouble(), 0, 'f', 3));
        // A ROC curve is a path, not a function of the false-positive rate: keep the points in their order.
        g->setData(numbers(roc[u"fpr"]), numbers(roc[u"tpr"]), true);
    }
    addDiagonal(plot, QObject::tr("Chance"));
    unitAxes(plot, QObject::tr("1 − specificity (false-positive rate)"), QObject::tr("Sensitivity"));
    plot->replot();
}

void drawCalibration(QCustomPlot* plot, const QJsonObject& dataset, const QString& baseline, const QString& candidate)
{
    reset(plot);
    const QJsonObject curves = dataset[u"report"][u"curves"].toObject();
    const struct
    {
        const char* key;
        QString name;
        QColor colour;
        bool candidate;
        QCPScatterStyle::ScatterShape shape;
    } series[] = {{"reference", baseline, kBaseline, false, QCPScatterStyle::ssSquare},
                  {"candidate", candidate, kCandidate, true, QCPScatterStyle::ssDisc}};
    for (const auto& s : series) {
        const QJsonObject calibration = curves[QLatin1String(s.key)][u"calibration"].toObject();
        if (calibration.isEmpty()) {
            continue;
        }
        QVector<double> x;
        QVector<double> y;
        for (const QJsonValue& bin : calibration[u"bins"].toArray()) {
            if (bin[u"n"].toInteger() > 0) {
                x.append(bin[u"mean_predicted"].toDouble());
                y.append(bin[u"observed"].toDouble());
            }
        }
        QCPGraph* g =
            addSeries(plot, QObject::tr("%1 (ECE %2)").arg(s.name).arg(calibration[u"ece"].toDouble(), 0, 'f', 3),
                      s.colour, s.candidate);
        g->setScatterStyle(QCPScatterStyle(s.shape, s.colour, s.candidate ? s.colour : Qt::white, 7));
        g->setData(x, y, true);
    }
    addDiagonal(plot, QObject::tr("Perfect calibration"));
    unitAxes(plot, QObject::tr("Mean predicted risk (10 bins)"), QObject::tr("Observed rate"));
    plot->replot();
}

void drawSubgroups(QCustomPlot* plot, const QJsonObject& dataset, const QString& metric)
{
    reset(plot);
    plot->legend->setVisible(false);
    // The verdicts hold each paired difference with its interval in the same shape for every metric (AUC too).
    const double margin = dataset[u"verdicts"][metric][u"margin"].toDouble() * 100.0;
    // Rows from the top: overall, then each value of each subgroup column. Differences in percentage points, as the
    // verdicts state them.
    struct Row
    {
        QString label;
        QJsonObject difference;
        bool evaluable;
    };
    QList<Row> rows;
    rows.append({QObject::tr("All (%1)").arg(dataset[u"report"][u"positives"].toInteger()),
                 dataset[u"verdicts"][metric].toObject(), true});
    const QJsonObject subgroups = dataset[u"subgroups"].toObject();
    for (auto column = subgroups.begin(); column != subgroups.end(); ++column) {
        for (const QJsonValue& g : column.value().toArray()) {
            rows.append({QStringLiteral("%1 %2 (%3)")
                             .arg(column.key(), g[u"group"].toString())
                             .arg(g[u"positives"].toInteger()),
                         g[u"verdicts"][metric].toObject(),
                         g[u"verdicts"][metric][u"verdict"].toString() != u"not-evaluable"});
        }
    }
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    // Evaluable rows filled, rows below the plan's minimum positives hollow and grey (no verdict is drawn from them).
    QCPGraph* graphs[2];
    QCPErrorBars* bars[2];
    const QColor colours[2] = {kCandidate, Qt::darkGray};
    for (int i = 0; i < 2; ++i) {
        graphs[i] = plot->addGraph();
        graphs[i]->setLineStyle(QCPGraph::lsNone);
        graphs[i]->setScatterStyle(
            QCPScatterStyle(QCPScatterStyle::ssDiamond, colours[i], i == 0 ? colours[i] : QColor(Qt::white), 9));
        bars[i] = new QCPErrorBars(plot->xAxis, plot->yAxis);
        bars[i]->setDataPlottable(graphs[i]);
        bars[i]->setErrorType(QCPErrorBars::etKeyError);
        bars[i]->setPen(QPen(colours[i], 1.6, i == 0 ? Qt::SolidLine : Qt::DashLine));
    }
    QVector<double> keys[2];
    QVector<double> values[2];
    QVector<double> minus[2];
    QVector<double> plus[2];
    double low = -margin;
    double high = 0.0;
    for (int i = 0; i < rows.size(); ++i) {
        const double y = rows.size() - i;
        const QJsonObject& d = rows.at(i).difference;
        ticker->addTick(y, rows.at(i).label);
        if (!d[u"ci_low"].isDouble() || !d[u"ci_high"].isDouble()) {
            continue;
        }
        const int series = rows.at(i).evaluable ? 0 : 1;
        const double value = d[u"value"].toDouble() * 100.0;
        const double ciLow = d[u"ci_low"].toDouble() * 100.0;
        const double ciHigh = d[u"ci_high"].toDouble() * 100.0;
        keys[series].append(value);
        values[series].append(y);
        minus[series].append(value - ciLow);
        plus[series].append(ciHigh - value);
        low = std::min(low, ciLow);
        high = std::max(high, ciHigh);
    }
    for (int i = 0; i < 2; ++i) {
        graphs[i]->setData(keys[i], values[i], true);
        bars[i]->setData(minus[i], plus[i]);
    }
    plot->yAxis->setTicker(ticker);
    plot->yAxis->setRange(0.4, rows.size() + 0.9);
    plot->xAxis->ticker()->setTickCount(4);
    const double pad = (high - low) * 0.08 + 0.5;
    plot->xAxis->setRange(low - pad, high + pad);
    const QString name = metric == u"sensitivity" ? QObject::tr("Sensitivity")
        : metric == u"specificity"                ? QObject::tr("Specificity")
        : metric == u"accuracy"                   ? QObject::tr("Accuracy")
                                                  : QObject::tr("AUC");
    plot->xAxis->setLabel(QObject::tr("%1 difference (points, 95% CI)").arg(name));
    plot->yAxis->setLabel(QObject::tr("Group (positives)"));
    const auto vertical = [plot](double x, const QPen& pen) {
        auto* line = new QCPItemStraightLine(plot);
        line->point1->setCoords(x, 0);
        line->point2->setCoords(x, 1);
        line->setPen(pen);
    };
    vertical(0.0, QPen(Qt::gray, 1, Qt::SolidLine));
    vertical(-margin, QPen(kMargin, 1.5, Qt::DashLine));
    auto* label = new QCPItemText(plot);
    label->position->setType(QCPItemPosition::ptPlotCoords);
    label->position->setCoords(-margin, rows.size() + 0.85);
    label->setPositionAlignment(Qt::AlignRight | Qt::AlignTop);
    label->setText(QObject::tr("margin −%1 ").arg(margin, 0, 'f', 0));
    label->setColor(kMargin);
    // No legend (the rows are labelled); taken out of the layout, as a hidden legend keeps its room under the plot.
    if (plot->legend->layout() == plot->plotLayout()) {
        plot->plotLayout()->take(plot->legend);
        plot->plotLayout()->simplify();
    }
    plot->replot();
}

} // namespace cs::reports::ValidationCharts
