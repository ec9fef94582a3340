#pragma once

#include "store/CoreInternal.h"
#include "store/Database.h"
#include "workspace/Workspace.h"

namespace cs {

/// The one way core code outside Workspace reaches a workspace's store: the query objects read through it, the
/// core's own tests inspect and tamper with it. Private to core, like the store itself.
class WorkspaceAccess
{
public:
    static Database& database(Workspace& workspace) { return workspace.database(); }
};

} // namespace cs
