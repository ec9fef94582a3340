#include "WorkspaceKeyFile.h"

#include "util/AtomicFile.h"

#include <QCoreApplication>
#include <QFile>

namespace cs::WorkspaceKeyFile {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("cs::WorkspaceKeyFile", text);
}
} // namespace

QString pathFor(const QString& workspacePath)
{
    return workspacePath + QStringLiteral(".key");
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
                     tr("the workspace signing key %1 is missing; checkpoints cannot be signed "
                        "without it (restore it from your key backup)")
                         .arg(path));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(ErrorCode::Io, tr("cannot read the workspace signing key %1: %2").arg(path, file.errorString()));
    }
    return Ed25519PrivateKey::fromPem(file.readAll(), path);
}

} // namespace cs::WorkspaceKeyFile
