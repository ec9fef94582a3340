#pragma once

#include "crypto/Ed25519Key.h"

/// The workspace's Ed25519 checkpoint-signing key lives in its own file beside the workspace
/// ("<workspace>.key", PEM PKCS#8, owner read/write only) and never in the database, so a copy of the database
/// alone cannot forge checkpoints.
namespace cs::WorkspaceKeyFile {

QString pathFor(const QString& workspacePath);
/// A team workspace's key is not beside a file: it lives in the team-keys folder of the person who created the
/// workspace, named by its id ($COUNTERSIGN_TEAM_KEYS, or the user's application data folder + /team-keys),
/// never in the database (docs/team-workspaces.md).
QString teamPathFor(const QString& workspaceId);
/// Writes atomically with mode 0600; refuses to overwrite.
Status write(const QString& path, const Ed25519PrivateKey& key);
Result<Ed25519PrivateKey> read(const QString& path);

} // namespace cs::WorkspaceKeyFile
