#pragma once

#include "util/Result.h"

#include <QList>
#include <QString>

#include <optional>

namespace cs {

/// Where a model version stands. Core refuses every transition not in the state machine
/// (docs/registry.md): registered -> under validation -> validated -> approved -> production -> superseded or
/// retired (superseded -> retired too), and withdrawn from any state before production.
enum class LifecycleState
{
    Registered,
    UnderValidation,
    Validated,
    Approved,
    Production,
    Superseded,
    Retired,
    Withdrawn,
};

namespace Lifecycle {
QString name(LifecycleState state); ///< stable identifier: "under-validation"
QString displayName(LifecycleState state); ///< for people: "Under validation"
std::optional<LifecycleState> fromName(QStringView name);
const QList<LifecycleState>& all();
/// The states `from` may move to.
QList<LifecycleState> next(LifecycleState from);
/// A Rule error naming both states and the legal next ones when `from` -> `to` is not allowed.
Status check(LifecycleState from, LifecycleState to);
} // namespace Lifecycle

} // namespace cs
