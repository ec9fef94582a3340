#include "WorkspaceLocation.h"

#include "store/ServerOpener.h"

namespace cs::WorkspaceLocation {

bool isServer(const QString& location)
{
    return ServerOpener::isServerLocation(location);
}

QString display(const QString& location)
{
    return isServer(location) ? ServerOpener::displayName(location) : location;
}

} // namespace cs::WorkspaceLocation
