#pragma once

#include <QJsonObject>
#include <QString>

class QCustomPlot;

namespace cs::reports {

/// The validation charts of a change request, drawn from its frozen evidence (never recomputed): one dataset's entry
/// of `evidence.datasets`. The window draws them on screen and the change-control package prints the same drawing.
/// Colours are Okabe-Ito (the baseline orange, the candidate blue) and every series also differs in line style or
/// marker, so the charts read in black and white.
namespace ValidationCharts {
/// Both versions' ROC curves (`report.curves.*.roc`), with the AUC of each in the legend.
void drawRoc(QCustomPlot* plot, const QJsonObject& dataset, const QString& baseline, const QString& candidate);
/// Both versions' reliability diagrams (`report.curves.*.calibration`: observed rate against mean predicted score
/// per bin), with the expected calibration error in the legend.
void drawCalibration(QCustomPlot* plot, const QJsonObject& dataset, const QString& baseline, const QString& candidate);
/// A forest plot of `metric`'s paired difference (candidate minus baseline) with its interval, overall and for each
/// subgroup, against the plan's non-inferiority margin. `metric` is sensitivity, specificity, accuracy or auc.
void drawSubgroups(QCustomPlot* plot, const QJsonObject& dataset, const QString& metric);
} // namespace ValidationCharts

} // namespace cs::reports
