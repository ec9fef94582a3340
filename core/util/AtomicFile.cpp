#include "AtomicFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <unistd.h>

namespace cs::AtomicFile {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::AtomicFile)
};
} // namespace

QFileDevice::Permissions ordinaryPermissions()
{
    // The umask can only be read by setting it; /proc tells it without a race on Linux 4.7 and later.
    unsigned mask = 022;
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : status.readAll().split('\n')) {
            if (line.startsWith("Umask:")) {
                bool ok = false;
                const unsigned parsed = line.mid(6).trimmed().toUInt(&ok, 8);
                if (ok) {
                    mask = parsed;
                }
            }
        }
    }
    const unsigned mode = 0666 & ~mask;
    QFileDevice::Permissions p;
    const std::pair<unsigned, QFileDevice::Permission> bits[] = {
        {0400, QFileDevice::ReadOwner},  {0200, QFileDevice::WriteOwner}, {0040, QFileDevice::ReadGroup},
        {0020, QFileDevice::WriteGroup}, {0004, QFileDevice::ReadOther},  {0002, QFileDevice::WriteOther}};
    for (const auto& [bit, permission] : bits) {
        if (mode & bit) {
            p |= permission;
        }
    }
    return p;
}

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

Staged::Staged(QString path)
    : m_path(std::move(path))
{
    const QFileInfo target(m_path);
    m_temp.setFileTemplate(target.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX").arg(target.fileName())));
}

Staged::~Staged()
{
    if (!m_committed && m_temp.isOpen()) {
        m_temp.close();
        m_temp.remove();
    }
}

Status Staged::open(bool overwrite)
{
    if (!overwrite && QFileInfo::exists(m_path)) {
        return Error(ErrorCode::AlreadyExists,
                     Tr::tr("%1 already exists; choose another name or move it away").arg(m_path));
    }
    if (!m_temp.open()) {
        return Error(ErrorCode::Io, Tr::tr("%1 cannot be written: %2").arg(m_path, m_temp.errorString()));
    }
    return {};
}

Status Staged::commit(QFileDevice::Permissions permissions)
{
    const auto failed = [this](const QString& why) {
        return Error(ErrorCode::Io, Tr::tr("%1 cannot be written: %2").arg(m_path, why));
    };
    if (!m_temp.flush() || ::fsync(m_temp.handle()) != 0) {
        return failed(m_temp.errorString());
    }
    if (!m_temp.setPermissions(permissions)) {
        return failed(m_temp.errorString());
    }
    // rename(2) replaces the target in one step; QFile::rename would refuse an existing one.
    if (std::rename(QFile::encodeName(m_temp.fileName()).constData(), QFile::encodeName(m_path).constData()) != 0) {
        return failed(QString::fromLocal8Bit(std::strerror(errno)));
    }
    m_temp.setAutoRemove(false);
    m_temp.close();
    m_committed = true;
    return {};
}

} // namespace cs::AtomicFile
