#include "AuditFilter.h"

namespace cs {

bool AuditFilter::isEmpty() const
{
    return text.isEmpty() && actor.isEmpty() && action.isEmpty() && !fromMs && !toMs;
}

} // namespace cs
