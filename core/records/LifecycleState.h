#pragma once

#include "util/EnumNames.h"

namespace cs {

/// Where a model version stands. The legal moves between states are core's (registry/Lifecycle.h).
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

template<>
struct EnumNames<LifecycleState>
{
    static constexpr const char* context = "cs::LifecycleState";
    static constexpr EnumName<LifecycleState> table[] = {
        {LifecycleState::Registered, "registered", QT_TRANSLATE_NOOP("cs::LifecycleState", "Registered")},
        {LifecycleState::UnderValidation, "under-validation",
         QT_TRANSLATE_NOOP("cs::LifecycleState", "Under validation")},
        {LifecycleState::Validated, "validated", QT_TRANSLATE_NOOP("cs::LifecycleState", "Validated")},
        {LifecycleState::Approved, "approved", QT_TRANSLATE_NOOP("cs::LifecycleState", "Approved")},
        {LifecycleState::Production, "production", QT_TRANSLATE_NOOP("cs::LifecycleState", "Production")},
        {LifecycleState::Superseded, "superseded", QT_TRANSLATE_NOOP("cs::LifecycleState", "Superseded")},
        {LifecycleState::Retired, "retired", QT_TRANSLATE_NOOP("cs::LifecycleState", "Retired")},
        {LifecycleState::Withdrawn, "withdrawn", QT_TRANSLATE_NOOP("cs::LifecycleState", "Withdrawn")},
    };
};

} // namespace cs
