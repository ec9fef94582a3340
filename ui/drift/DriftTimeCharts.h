#pragma once

#include "queries/DriftQuery.h"

#include <QColor>
#include <QList>
#include <QString>

class QCustomPlot;

namespace cs::ui::DriftTimeCharts {

/// Okabe-Ito blue and vermilion; every series also differs in fill pattern, line style or marker, so that the charts
/// read in black and white.
inline const QColor kReference(0x00, 0x72, 0xB2);
inline const QColor kWindow(0xD5, 0x5E, 0x00);

/// The tick of run `i` on a time axis: its window's name without the part every shown window's name starts with
/// ("2026-09" of "production-2026-09"), so that six months fit under a chart.
QString tick(const QList<DriftRunView>& runs, int i);

/// The Drift page's Performance tab, from each run's frozen performance: sensitivity and specificity over the labelled
/// windows with their 95% intervals as error bars (`performanceChart`), and the largest gap in sensitivity between the
/// first subgroup column's groups as hatched bars labelled with the two groups (`gapChart`). Windows without labels are
/// gaps in the lines.
void drawPerformance(QCustomPlot* performanceChart, QCustomPlot* gapChart, const QList<DriftRunView>& runs);

} // namespace cs::ui::DriftTimeCharts
