#pragma once

#include "records/LifecycleState.h"
#include "util/Result.h"

#include <QList>
#include <QString>

#include <optional>

namespace cs {

/// The state machine of a version (docs/registry.md): registered -> under validation -> validated -> approved ->
/// production -> superseded or retired (superseded -> retired too), and withdrawn from any state before production.
namespace Lifecycle {
/// The states `from` may move to.
QList<LifecycleState> next(LifecycleState from);
/// A Rule error naming both states and the legal next ones when `from` -> `to` is not allowed.
Status check(LifecycleState from, LifecycleState to);
} // namespace Lifecycle

} // namespace cs
