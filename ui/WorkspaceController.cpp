#include "WorkspaceController.h"

#include "AppSettings.h"
#include "demo/DemoWorkspace.h"
#include "workspace/WorkspaceLocation.h"

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
    // A team workspace's URI stays as it is (its password, if typed into it, is used and never kept: the recent list
    // and the title show it without).
    const bool server = WorkspaceLocation::isServer(path);
    const QString absolute = server ? path : QFileInfo(path).absoluteFilePath();
    auto ws = Workspace::open(absolute, OpenMode::ReadWrite, m_options);
    if (!ws && !server && ws.error().code == ErrorCode::ReadOnly && QFileInfo::exists(absolute)) {
        // A read-only file is still fine to review and verify.
        ws = Workspace::open(absolute, OpenMode::ReadOnly, m_options);
    }
    if (!ws) {
        return ws.error();
    }
    if (m_authenticator && !m_authenticator(*ws.value())) {
        return Error(ErrorCode::Cancelled, tr("nobody signed in to %1").arg(WorkspaceLocation::display(absolute)));
    }
    m_workspace = std::move(ws.value());
    rememberTrailLength();
    AppSettings().addRecentWorkspace(WorkspaceLocation::display(absolute));
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
    rememberTrailLength();
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

Status WorkspaceController::execute(Command& command, const Progress& progress)
{
    if (!m_workspace) {
        return Error(ErrorCode::Internal, tr("no workspace is open"));
    }
    auto r = m_workspace->execute(command, progress);
    if (r) {
        rememberTrailLength();
        emit contentChanged();
    }
    return r;
}

void WorkspaceController::notifyChanged()
{
    rememberTrailLength();
    emit contentChanged();
}

void WorkspaceController::rememberTrailLength()
{
    if (m_workspace) {
        auto n = m_workspace->eventCount();
        m_seenEvents = n ? n.value() : m_seenEvents;
    }
}

bool WorkspaceController::checkForOthersChanges()
{
    if (!m_workspace || isBusy()) {
        return false;
    }
    auto n = m_workspace->eventCount();
    if (!n || n.value() == m_seenEvents) {
        return false;
    }
    m_seenEvents = n.value();
    emit contentChanged();
    return true;
}

} // namespace cs::ui
