#pragma once

#include "util/Result.h"

#include <QString>

namespace cs::DemoWorkspace {

/// Creates the demo workspace at `path`: a plausible few weeks of history (creation, settings chosen with reasons,
/// audit-trail reviews, checkpoints) made through the same commands a person's actions go through, never by writing
/// rows directly. The history is dated in the past relative to `nowMs`, and the workspace is marked as a demo.
Status create(const QString& path, qint64 nowMs);

/// Where `countersign --demo` keeps its demo workspace (in the user's data folder).
QString defaultPath();

} // namespace cs::DemoWorkspace
