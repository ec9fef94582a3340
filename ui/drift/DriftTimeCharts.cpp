#include "DriftTimeCharts.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace cs::ui::DriftTimeCharts {

namespace {
/// The page's strings, filed under its context for the translators.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::ui::DriftPage)
};
} // namespace

QString tick(const QList<DriftRunView>& runs, int i)
{
    const QString name = runs.at(i).run.window;
    if (runs.size() < 2) {
        return name;
    }
    qsizetype common = name.size();
    for (const DriftRunView& v : runs) {
        qsizetype k = 0;
        while (k < common && k < v.run.window.size() && v.run.window.at(k) == name.at(k)) {
            ++k;
        }
        common = k;
    }
    // Back to a word's start, and before any digit: "production-" goes, the month keeps its year.
    const auto digitIn = [&name](qsizetype n) {
        return std::any_of(name.begin(), name.begin() + n, [](QChar c) { return c.isDigit(); });
    };
    while (common > 0 && ((name.at(common - 1) != u'-' && name.at(common - 1) != u'_') || digitIn(common))) {
        --common;
    }
    return name.mid(common);
}

void drawPerformance(QCustomPlot* performanceChart, QCustomPlot* gapChart, const QList<DriftRunView>& runs)
{
    for (QCustomPlot* plot : {performanceChart, gapChart}) {
        plot->clearPlottables();
        plot->clearItems();
    }
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    // Per metric: value, and the interval as errors below and above it; NaN where a window has no labels.
    const QString metrics[2] = {QStringLiteral("sensitivity"), QStringLiteral("specificity")};
    QVector<double> x;
    QVector<double> values[2];
    QVector<double> below[2];
    QVector<double> above[2];
    QVector<double> gaps;
    QStringList gapLabels;
    QString gapColumn;
    qint64 minimumPositives = 0;
    for (int i = 0; i < runs.size(); ++i) {
        const QJsonObject p = runs.at(i).run.content[u"performance"].toObject();
        x.append(i + 1);
        ticker->addTick(i + 1, tick(runs, i));
        for (int k = 0; k < 2; ++k) {
            const QJsonObject e = p[u"metrics"][metrics[k]].toObject();
            const double v = e[u"value"].toDouble(std::nan(""));
            values[k].append(v);
            below[k].append(v - e[u"ci_low"].toDouble(v));
            above[k].append(e[u"ci_high"].toDouble(v) - v);
        }
        double gap = std::nan("");
        QString label;
        const QJsonObject first = p[u"subgroups"][0].toObject();
        for (const QJsonValue& g : first[u"largest_gaps"].toArray()) {
            if (g[u"metric"].toString() == u"sensitivity") {
                gap = g[u"gap"].toDouble();
                label = Tr::tr("%1 vs\n%2").arg(g[u"highest"].toString(), g[u"lowest"].toString());
            }
        }
        if (!first.isEmpty()) {
            gapColumn = first[u"column"].toString();
            minimumPositives = first[u"min_positives"].toInteger();
        }
        gaps.append(gap);
        gapLabels.append(label);
    }
    // Black and white: sensitivity solid with circles, specificity dashed with squares, each with its 95% interval.
    const QPen pens[2] = {QPen(kWindow, 2), QPen(kReference, 2, Qt::DashLine)};
    const QCPScatterStyle::ScatterShape shapes[2] = {QCPScatterStyle::ssCircle, QCPScatterStyle::ssSquare};
    for (int k = 0; k < 2; ++k) {
        auto* g = performanceChart->addGraph();
        g->setName(k == 0 ? Tr::tr("sensitivity (95% Wilson interval)") : Tr::tr("specificity (95% Wilson interval)"));
        g->setPen(pens[k]);
        g->setScatterStyle(QCPScatterStyle(shapes[k], 7));
        // Side by side, so that the two intervals of one window do not hide each other.
        QVector<double> shifted = x;
        for (double& v : shifted) {
            v += k == 0 ? -0.08 : 0.08;
        }
        g->setData(shifted, values[k], true);
        auto* bars = new QCPErrorBars(performanceChart->xAxis, performanceChart->yAxis);
        bars->removeFromLegend();
        bars->setDataPlottable(g);
        bars->setData(below[k], above[k]);
        bars->setPen(QPen(pens[k].color(), 1.5));
    }
    performanceChart->xAxis->setTicker(ticker);
    performanceChart->xAxis->setRange(0.5, double(runs.size()) + 0.5);
    performanceChart->yAxis->setLabel(Tr::tr("at the released threshold"));
    performanceChart->yAxis->setRange(0, 1.05);
    performanceChart->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignLeft);
    performanceChart->replot();

    auto* bars = new QCPBars(gapChart->xAxis, gapChart->yAxis);
    bars->setName(gapColumn.isEmpty() ? Tr::tr("largest gap") : Tr::tr("largest gap between %1 groups").arg(gapColumn));
    bars->setPen(QPen(Qt::black, 1));
    bars->setBrush(QBrush(kWindow, Qt::BDiagPattern));
    bars->setWidth(0.6);
    bars->setData(x, gaps, true);
    for (int i = 0; i < gaps.size(); ++i) {
        if (std::isnan(gaps.at(i))) {
            continue;
        }
        auto* text = new QCPItemText(gapChart);
        text->position->setType(QCPItemPosition::ptPlotCoords);
        text->position->setCoords(x.at(i), gaps.at(i));
        text->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
        text->setText(gapLabels.at(i));
        text->setTextAlignment(Qt::AlignHCenter);
        QFont small = gapChart->font();
        small.setPointSizeF(small.pointSizeF() * 0.85);
        text->setFont(small);
        text->setPadding(QMargins(0, 0, 0, 4));
    }
    gapChart->xAxis->setTicker(ticker);
    gapChart->xAxis->setRange(0.5, double(runs.size()) + 0.5);
    gapChart->yAxis->setLabel(minimumPositives > 0
                                  ? Tr::tr("sensitivity gap (groups with %1+ positives)").arg(minimumPositives)
                                  : Tr::tr("sensitivity gap"));
    gapChart->yAxis->setRange(0, 1);
    gapChart->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    gapChart->replot();
}

} // namespace cs::ui::DriftTimeCharts
