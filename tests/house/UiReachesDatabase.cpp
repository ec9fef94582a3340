// Deliberately breaks the house rule: a page that reaches for the workspace's connection. Workspace::database() is
// private, so this must not compile; tests/house/CMakeLists.txt expects exactly that refusal.
#include "workspace/Workspace.h"

void reachTheStore(cs::Workspace& workspace)
{
    (void)&workspace.database();
}
