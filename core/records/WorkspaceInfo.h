#pragma once

#include <QString>

namespace cs {

/// What a new workspace is called and whether it is a demo.
struct WorkspaceCreateInfo
{
    QString name; ///< shown in the title bar and on reports
    bool demo = false; ///< demo workspaces are labelled as such everywhere
};

/// The keys of workspace_meta, written once at creation.
namespace WorkspaceMeta {
inline const QString Id = QStringLiteral("workspace_id");
inline const QString Name = QStringLiteral("name");
inline const QString CreatedAt = QStringLiteral("created_at_ms");
inline const QString PublicKey = QStringLiteral("public_key");
inline const QString Demo = QStringLiteral("demo");
} // namespace WorkspaceMeta

} // namespace cs
