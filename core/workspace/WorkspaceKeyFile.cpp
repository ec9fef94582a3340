#include "WorkspaceKeyFile.h"

#include "util/AtomicFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QStandardPaths>

namespace cs::WorkspaceKeyFile {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::WorkspaceKeyFile)
};
} // namespace

QString pathFor(const QString& workspacePath)
{
    return workspacePath + QStringLiteral(".key");
}

QString teamPathFor(const QString& workspaceId)
{
    QString folder = qEnvironmentVariable("COUNTERSIGN_TEAM_KEYS");
    if (folder.isEmpty()) {
        folder = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
            QStringLiteral("/countersign/team-keys");
    }
    return folder + u'/' + workspaceId + QStringLiteral(".key");
}

Status write(const QString& path, const Ed25519PrivateKey& key)
{
    return AtomicFile::write(path, key.toPem(), QFileDevice::ReadOwner | QFileDevice::WriteOwner, false);
}

Result<Ed25519PrivateKey> read(const QString& path)
{
    QFile file(path);
    if (!file.exists()) {
        return Error(ErrorCode::NotFound,
                     Tr::tr("the workspace signing key %1 is missing; checkpoints cannot be signed "
                            "without it (restore it from your key backup)")
                         .arg(path));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(ErrorCode::Io,
                     Tr::tr("cannot read the workspace signing key %1: %2").arg(path, file.errorString()));
    }
    return Ed25519PrivateKey::fromPem(file.readAll(), path);
}

} // namespace cs::WorkspaceKeyFile
