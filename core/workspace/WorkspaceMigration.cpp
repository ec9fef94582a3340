#include "WorkspaceMigration.h"

#include "audit/VerificationReport.h"
#include "store/Migrator.h"
#include "store/RecordSeals.h"
#include "store/ServerOpener.h"
#include "store/SqliteOpener.h"
#include "store/StoreCopy.h"
#include "workspace/Workspace.h"
#include "workspace/WorkspaceAccess.h"
#include "workspace/WorkspaceKeyFile.h"
#include "workspace/WorkspaceLocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

namespace cs::WorkspaceMigration {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::WorkspaceMigration)
};

Result<VerificationReport> verifiedAt(const QString& location)
{
    auto ws = Workspace::open(location, OpenMode::ReadOnly);
    if (!ws) {
        return ws.error();
    }
    return ws.value()->verify();
}

void removeFile(const QString& path)
{
    for (const auto* suffix : {"", "-wal", "-shm", "-journal"}) {
        QFile::remove(path + QLatin1String(suffix));
    }
}

/// Copies `from`'s records into the new store `to` and commits.
Status pour(Workspace& from, Database& to, int* tables, const std::function<void(const QString&)>& progress)
{
    const QList<Migration>& migrations = Schema::migrations();
    Database& source = WorkspaceAccess::database(from);
    WriteTransaction tx(to);
    if (auto r = tx.begin(); !r) {
        return r;
    }
    int count = 0;
    auto copied = StoreCopy::copy(source, to, migrations, from.schemaVersion(), [&](const QString& table) {
        ++count;
        if (progress) {
            progress(table);
        }
    });
    if (!copied) {
        return copied;
    }
    if (RecordTouches* touches = to.touches()) {
        touches->clear();
    }
    *tables = count;
    return tx.commit();
}

QString moveKey(const QString& fromKey, const QString& toKey)
{
    if (!QFileInfo::exists(fromKey)) {
        return Tr::tr("the checkpoint key %1 is not on this machine; copy it to %2 to sign checkpoints there")
            .arg(fromKey, toKey);
    }
    if (QFileInfo::exists(toKey)) {
        return Tr::tr("the checkpoint key is already at %1").arg(toKey);
    }
    QDir().mkpath(QFileInfo(toKey).absolutePath());
    if (!QFile::copy(fromKey, toKey)) {
        return Tr::tr("the checkpoint key could not be copied to %1; copy %2 there").arg(toKey, fromKey);
    }
    QFile::setPermissions(toKey, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return Tr::tr("the checkpoint key was copied to %1").arg(toKey);
}
} // namespace

Result<Report> migrate(const QString& from, const QString& to, const std::function<void(const QString&)>& progress)
{
    Report report;
    report.from = WorkspaceLocation::display(from);
    report.to = WorkspaceLocation::display(to);
    auto source = Workspace::open(from, OpenMode::ReadOnly);
    if (!source) {
        return source.error();
    }
    if (source.value()->schemaVersion() != Schema::latestVersion()) {
        return Error(ErrorCode::Rule,
                     Tr::tr("%1 uses schema %2: open it read-write once to upgrade it, then migrate")
                         .arg(report.from)
                         .arg(source.value()->schemaVersion()));
    }
    auto before = source.value()->verify();
    if (!before) {
        return before.error();
    }
    if (!before->intact()) {
        return Error(ErrorCode::Integrity,
                     Tr::tr("%1 does not verify (%2); it was not copied").arg(report.from, before->summary()));
    }
    const bool toServer = WorkspaceLocation::isServer(to);
    const QString id = source.value()->id();
    const QString fromKey = source.value()->keyFilePath();
    int tables = 0;
    if (toServer) {
        auto target = ServerOpener::create(to);
        if (!target) {
            return target.error();
        }
        if (auto r = pour(*source.value(), **target, &tables, progress); !r) {
            return r.error(); // rolled back: the database is as it was
        }
    } else {
        if (QFileInfo::exists(to)) {
            return Error(ErrorCode::AlreadyExists, Tr::tr("%1 already exists; choose another name").arg(to));
        }
        const QString temp = to + QStringLiteral(".copying-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
        {
            auto target = SqliteOpener::create(temp);
            if (!target) {
                removeFile(temp);
                return target.error();
            }
            if (auto r = pour(*source.value(), **target, &tables, progress); !r) {
                target->reset();
                removeFile(temp);
                return r.error();
            }
        }
        if (!QFile::rename(temp, to)) {
            removeFile(temp);
            return Error(ErrorCode::Io, Tr::tr("cannot create %1 (renaming the copy into place failed)").arg(to));
        }
        removeFile(temp);
    }
    source.value().reset();

    // The copy must say what the original says.
    auto after = verifiedAt(to);
    const bool same = after && after->intact() && after->eventCount == before->eventCount &&
        after->chainHead == before->chainHead && after->rootHash == before->rootHash;
    if (!same) {
        const QString why = !after ? after.error().message : after->summary();
        if (toServer) {
            if (auto target = ServerOpener::open(to, OpenMode::ReadWrite)) {
                (void)StoreCopy::dropServerSchema(**target, Schema::migrations(), Schema::latestVersion());
            }
        } else {
            removeFile(to);
        }
        return Error(
            ErrorCode::Integrity,
            Tr::tr("the copy at %1 did not verify as %2 does (%3); it was removed").arg(report.to, report.from, why));
    }
    report.events = after->eventCount;
    report.chainHead = after->chainHead;
    report.tables = tables;
    report.keyNote = moveKey(fromKey, toServer ? WorkspaceKeyFile::teamPathFor(id) : WorkspaceKeyFile::pathFor(to));
    return report;
}

} // namespace cs::WorkspaceMigration
