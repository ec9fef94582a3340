#pragma once

#include <QtGlobal>

#include <functional>

namespace cs {

/// How long work (an evaluation, an export, a verification) reports how far it has come: `done` of `total` steps.
/// The answer says whether to go on; false cancels the work, which then stops at its next step with a Cancelled
/// error and, being one transaction, leaves nothing stored. An empty function: nobody is watching.
using Progress = std::function<bool(qint64 done, qint64 total)>;

} // namespace cs
