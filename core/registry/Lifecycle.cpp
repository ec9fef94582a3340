#include "Lifecycle.h"

#include <QCoreApplication>
#include <QStringList>

namespace cs::Lifecycle {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::Lifecycle)
};
} // namespace

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
        names.append(nameOf(s));
    }
    return Error(
        ErrorCode::Rule,
        Tr::tr("a version that is %1 cannot become %2; %3")
            .arg(nameOf(from), nameOf(to),
                 names.isEmpty() ? Tr::tr("it is final") : Tr::tr("it can become %1").arg(names.join(Tr::tr(" or ")))));
}

} // namespace cs::Lifecycle
