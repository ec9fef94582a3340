#pragma once

#include <QString>

namespace cs {

/// What a new workspace is called and whether it is a demo.
struct WorkspaceCreateInfo
{
    QString name; ///< shown in the title bar and on reports
    bool demo = false; ///< demo workspaces are labelled as such everywhere
};

} // namespace cs
