#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>

#include <functional>

/// Moving a workspace between a file and a team server (docs/team-workspaces.md): `countersign-cli migrate`.
namespace cs::WorkspaceMigration {

struct Report
{
    QString from; ///< as shown (no password)
    QString to;
    qint64 events = 0; ///< events in the trail, verified before and after
    QByteArray chainHead; ///< the same before and after
    int tables = 0;
    QString keyNote; ///< where the checkpoint key went, or why it did not
};

/// Verifies the workspace at `from` (refusing one that is not intact), copies every record to `to` (a new file, or
/// an empty PostgreSQL database), and verifies the copy: the same events, chain head and root hash, every record's
/// seal. A copy that does not verify is removed; nothing is left half-written. `from` is only read. The checkpoint
/// key goes with it (the file's .key beside it, a team workspace's in the team-keys folder) when it is at hand.
Result<Report> migrate(const QString& from, const QString& to,
                       const std::function<void(const QString&)>& progress = {});

} // namespace cs::WorkspaceMigration
