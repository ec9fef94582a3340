#pragma once

#include "Result.h"

#include <QByteArray>
#include <QFileDevice>
#include <QString>

namespace cs::AtomicFile {

/// Writes the whole file or nothing: the data goes to a temporary file in the same folder, is flushed to disk,
/// and replaces `path` by rename. `permissions` applies to the new file (e.g. owner-only for key files).
/// With `overwrite` false an existing file is an AlreadyExists error.
Status write(const QString& path, const QByteArray& data, QFileDevice::Permissions permissions, bool overwrite);

/// What an ordinary new file gets: read and write as the process's umask allows (0644 under umask 022, 0600 under
/// 077). For exported files (checkpoints, signatures), which the person decides who may read.
QFileDevice::Permissions ordinaryPermissions();

} // namespace cs::AtomicFile
