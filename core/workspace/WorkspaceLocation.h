#pragma once

#include <QString>

/// Where a workspace lives, as people name it: a file path, or a PostgreSQL connection URI for a team workspace
/// (docs/team-workspaces.md). Every command and the window accept either wherever they take a workspace.
namespace cs::WorkspaceLocation {

/// Whether `location` is a postgresql:// or postgres:// URI.
bool isServer(const QString& location);
/// `location` as it may be shown: a URI without its password.
QString display(const QString& location);

} // namespace cs::WorkspaceLocation
