#include "Lifecycle.h"

#include <QCoreApplication>
#include <QStringList>

namespace cs::Lifecycle {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("cs::Lifecycle", text);
}
} // namespace

QString name(LifecycleState state)
{
    switch (state) {
    case LifecycleState::Registered:
        return QStringLiteral("registered");
    case LifecycleState::UnderValidation:
        return QStringLiteral("under-validation");
    case LifecycleState::Validated:
        return QStringLiteral("validated");
    case LifecycleState::Approved:
        return QStringLiteral("approved");
    case LifecycleState::Production:
        return QStringLiteral("production");
    case LifecycleState::Superseded:
        return QStringLiteral("superseded");
    case LifecycleState::Retired:
        return QStringLiteral("retired");
    case LifecycleState::Withdrawn:
        return QStringLiteral("withdrawn");
    }
    return {};
}

QString displayName(LifecycleState state)
{
    switch (state) {
    case LifecycleState::Registered:
        return tr("Registered");
    case LifecycleState::UnderValidation:
        return tr("Under validation");
    case LifecycleState::Validated:
        return tr("Validated");
    case LifecycleState::Approved:
        return tr("Approved");
    case LifecycleState::Production:
        return tr("Production");
    case LifecycleState::Superseded:
        return tr("Superseded");
    case LifecycleState::Retired:
        return tr("Retired");
    case LifecycleState::Withdrawn:
        return tr("Withdrawn");
    }
    return {};
}

const QList<LifecycleState>& all()
{
    static const QList<LifecycleState> states = {
        LifecycleState::Registered, LifecycleState::UnderValidation, LifecycleState::Validated,
        LifecycleState::Approved,   LifecycleState::Production,      LifecycleState::Superseded,
        LifecycleState::Retired,    LifecycleState::Withdrawn,
    };
    return states;
}

std::optional<LifecycleState> fromName(QStringView text)
{
    for (LifecycleState s : all()) {
        if (name(s) == text) {
            return s;
        }
    }
    return std::nullopt;
}

QList<LifecycleState> next(LifecycleState from)
{
    using S = LifecycleState;
    switch (from) {
    case S::Registered:
        return {S::UnderValidation, S::Withdrawn};
    case S::UnderValidation:
        return {S::Validated, S::Withdrawn};
    case S::Validated:
        return {S::Approved, S::Withdrawn};
    case S::Approved:
        return {S::Production, S::Withdrawn};
    case S::Production:
        return {S::Superseded, S::Retired};
    case S::Superseded:
        return {S::Retired};
    case S::Retired:
    case S::Withdrawn:
        return {};
    }
    return {};
}

Status check(LifecycleState from, LifecycleState to)
{
    const QList<LifecycleState> legal = next(from);
    if (legal.contains(to)) {
        return {};
    }
    QStringList names;
    for (LifecycleState s : legal) {
        names.append(name(s));
    }
    return Error(ErrorCode::Rule,
                 tr("a version that is %1 cannot become %2; %3")
                     .arg(name(from), name(to),
                          names.isEmpty() ? tr("it is final") : tr("it can become %1").arg(names.join(tr(" or ")))));
}

} // namespace cs::Lifecycle
