#pragma once

#include "crypto/Ed25519Key.h"

/// The workspace's Ed25519 checkpoint-signing key lives in its own file beside the workspace
/// ("<workspace>.key", PEM PKCS#8, owner read/write only) and never in the database, so a copy of the database
/// alone cannot forge checkpoints.
namespace cs::WorkspaceKeyFile {

QString pathFor(const QString& workspacePath);
/// Writes atomically with mode 0600; refuses to overwrite.
Status write(const QString& path, const Ed25519PrivateKey& key);
Result<Ed25519PrivateKey> read(const QString& path);

} // namespace cs::WorkspaceKeyFile
