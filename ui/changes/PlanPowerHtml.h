#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace cs::ui {

/// What a validation plan can show (ChangeRequestEvidence::planPower), as the Submit dialog and the New Change
/// Request wizard show it: per dataset n, positives and negatives and the power at each margin, a power below one
/// half marked in words as well as in colour.
QString planPowerHtml(const QJsonObject& power);
/// The "dataset: metric" entries whose power is below one half.
QStringList underpowered(const QJsonObject& power);

} // namespace cs::ui
