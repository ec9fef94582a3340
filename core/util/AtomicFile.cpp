#include "AtomicFile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

namespace cs::AtomicFile {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::AtomicFile)
};
} // namespace

Status write(const QString& path, const QByteArray& data, QFileDevice::Permissions permissions, bool overwrite)
{
    if (!overwrite && QFileInfo::exists(path)) {
        return Error(ErrorCode::AlreadyExists,
                     Tr::tr("%1 already exists; choose another name or move it away").arg(path));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error(ErrorCode::Io, Tr::tr("cannot write %1: %2").arg(path, file.errorString()));
    }
    if (!file.setPermissions(permissions)) {
        file.cancelWriting();
        return Error(ErrorCode::Io, Tr::tr("cannot set permissions on %1: %2").arg(path, file.errorString()));
    }
    if (file.write(data) != data.size() || !file.commit()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return Error(ErrorCode::Io, Tr::tr("cannot write %1: %2").arg(path, reason));
    }
    return {};
}

} // namespace cs::AtomicFile
