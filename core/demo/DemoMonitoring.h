#pragma once

#include "demo/DemoSources.h"
#include "util/Result.h"

#include <functional>

namespace cs {

class Command;

/// The demo's drift monitoring: the validation period's encounters as the reference and six monthly production
/// windows of version 3, compared month by month; the new lactate assay from window four raises alerts DA-1 to DA-3.
namespace DemoMonitoring {
/// "production-2026-08": the name of window `w` (1 to 6), the six calendar months before `nowMs`.
QString windowName(qint64 nowMs, int w);
/// Imports the reference and each window with their features, and runs drift on each window, through `execute`
/// (as the data scientist signed in).
Status importAndRun(const std::function<Status(Command&)>& execute, const DemoSources::Paths& sources, qint64 nowMs);
} // namespace DemoMonitoring

} // namespace cs
