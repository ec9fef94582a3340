#include "WorkspaceController.h"

#include "AppSettings.h"
#include "demo/DemoWorkspace.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

namespace cs::ui {

WorkspaceController::WorkspaceController(QObject* parent)
    : QObject(parent)
{ }

WorkspaceController::~WorkspaceController() = default;

Status WorkspaceController::open(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    auto ws = Workspace::open(absolute, OpenMode::ReadWrite, m_options);
    if (!ws && ws.error().code == ErrorCode::ReadOnly && QFileInfo::exists(absolute)) {
        // A read-only file is still fine to review and verify.
        ws = Workspace::open(absolute, OpenMode::ReadOnly, m_options);
    }
    if (!ws) {
        return ws.error();
    }
    if (m_authenticator && !m_authenticator(*ws.value())) {
        return Error(ErrorCode::Cancelled, tr("nobody signed in to %1").arg(absolute));
    }
    m_workspace = std::move(ws.value());
    AppSettings().addRecentWorkspace(absolute);
    emit workspaceChanged();
    return {};
}

Status WorkspaceController::create(const QString& path, const QString& name, const NewAccount& administrator,
                                   const SecretBytes& password)
{
    auto ws = Workspace::create(QFileInfo(path).absoluteFilePath(), administrator, password, {name, false}, m_options);
    if (!ws) {
        return ws.error();
    }
    m_workspace = std::move(ws.value());
    AppSettings().addRecentWorkspace(m_workspace->path());
    emit workspaceChanged();
    return {};
}

Status WorkspaceController::openDemo()
{
    const QString path = DemoWorkspace::defaultPath();
    if (!QFileInfo::exists(path)) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        // What is left of an earlier demo (its credentials or sources without the workspace) is Countersign's own.
        DemoWorkspace::discard(path);
        if (auto r = DemoWorkspace::create(path, QDateTime::currentMSecsSinceEpoch()); !r) {
            return r;
        }
    }
    return open(path);
}

void WorkspaceController::close()
{
    m_workspace.reset();
    emit workspaceChanged();
}

Status WorkspaceController::execute(Command& command)
{
    if (!m_workspace) {
        return Error(ErrorCode::Internal, tr("no workspace is open"));
    }
    auto r = m_workspace->execute(command);
    if (r) {
        emit contentChanged();
    }
    return r;
}

void WorkspaceController::notifyChanged()
{
    emit contentChanged();
}

} // namespace cs::ui
