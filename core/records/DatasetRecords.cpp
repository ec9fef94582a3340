#include "DatasetRecords.h"

namespace cs {

bool DatasetRoles::lockedByDefault(DatasetRole role)
{
    return role == DatasetRole::Validation || role == DatasetRole::Challenge;
}

} // namespace cs
