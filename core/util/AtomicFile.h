#pragma once

#include "Result.h"

#include <QByteArray>
#include <QFileDevice>
#include <QString>
#include <QTemporaryFile>

namespace cs::AtomicFile {

/// Writes the whole file or nothing: the data goes to a temporary file in the same folder, is flushed to disk,
/// and replaces `path` by rename. `permissions` applies to the new file (e.g. owner-only for key files).
/// With `overwrite` false an existing file is an AlreadyExists error.
Status write(const QString& path, const QByteArray& data, QFileDevice::Permissions permissions, bool overwrite);

/// What an ordinary new file gets: read and write as the process's umask allows (0644 under umask 022, 0600 under
/// 077). For exported files (checkpoints, signatures), which the person decides who may read.
QFileDevice::Permissions ordinaryPermissions();

/// A file written, read back and patched in place before it appears whole or not at all (a signed PDF: written,
/// then its signature appended and computed over what was written). Its content goes to a temporary file in the same
/// folder; commit() flushes it to disk and renames it over `path`; destroyed uncommitted, it leaves nothing behind.
class Staged
{
public:
    explicit Staged(QString path);
    ~Staged();
    Staged(const Staged&) = delete;
    Staged& operator=(const Staged&) = delete;

    /// Creates the temporary file, open for reading and writing. With `overwrite` false an existing `path` is an
    /// AlreadyExists error.
    Status open(bool overwrite = true);
    QIODevice& device() { return m_temp; }
    /// Flushes, syncs and renames the content over `path`, with `permissions`.
    Status commit(QFileDevice::Permissions permissions);

private:
    QString m_path;
    QTemporaryFile m_temp;
    bool m_committed = false;
};

} // namespace cs::AtomicFile
