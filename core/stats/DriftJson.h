#pragma once

#include "Drift.h"

#include <QJsonObject>

namespace cs::stats {

/// One column's drift as `stats drift --json` prints it, and as a drift run freezes it (which adds the PSI bins):
/// the one layout of the drift contract's numbers.
QJsonObject driftJson(const ColumnDrift& c);

/// The PSI bins of a column: [{label, lower, upper, reference, current}] (a bound is null when infinite or absent).
QJsonArray psiBinsJson(const ColumnDrift& c);

} // namespace cs::stats
