#pragma once

#include "util/Result.h"
#include "workspace/Workspace.h"

#include <QObject>

#include <functional>
#include <memory>

namespace cs::ui {

/// Owns the open workspace of a window and announces when it changes or records something.
/// Opening, creating and closing go through here; pages read through workspace().
class WorkspaceController : public QObject
{
    Q_OBJECT
public:
    explicit WorkspaceController(QObject* parent = nullptr);
    ~WorkspaceController() override;

    Workspace* workspace() const { return m_workspace.get(); }
    bool hasWorkspace() const { return m_workspace != nullptr; }

    /// Decides who works on a workspace just opened: signs a person in (creating the first administrator of a
    /// workspace without accounts). Returning false discards the workspace.
    using Authenticator = std::function<bool(Workspace&)>;
    void setAuthenticator(Authenticator authenticator) { m_authenticator = std::move(authenticator); }

    /// Options for every workspace opened or created here (tests inject a clock).
    void setWorkspaceOptions(const Workspace::Options& options) { m_options = options; }

    /// Opens `path` and signs someone in; Cancelled when they do not.
    Status open(const QString& path);
    /// Creates a workspace whose first administrator is `administrator` (signed in at once).
    Status create(const QString& path, const QString& name, const NewAccount& administrator,
                  const SecretBytes& password);
    /// Opens the demo workspace in the user's data folder, creating it first when it is not there.
    Status openDemo();
    void close();

    /// Runs a command on the open workspace and announces the change. Long commands report their steps to
    /// `progress` (LongWork).
    Status execute(Command& command, const Progress& progress = {});
    /// Tells listeners the audit trail grew by some path other than execute() (e.g. a checkpoint).
    void notifyChanged();
    /// Whether the trail grew since this window last looked, by other people's changes (a team workspace); announces
    /// it as contentChanged() so that the pages refresh what they show. One count of the trail: cheap enough for
    /// every time the window comes to the front.
    bool checkForOthersChanges();

    /// While long work runs inside a transaction on the window's thread (LongWork), the window processes events
    /// between its steps: nothing may then read the workspace for a refresh, nor lock the session.
    bool isBusy() const { return m_busy > 0; }
    class Busy
    {
    public:
        explicit Busy(WorkspaceController& controller)
            : m_controller(controller)
        {
            ++m_controller.m_busy;
        }
        ~Busy() { --m_controller.m_busy; }
        Busy(const Busy&) = delete;
        Busy& operator=(const Busy&) = delete;

    private:
        WorkspaceController& m_controller;
    };

signals:
    void workspaceChanged();
    /// The open workspace recorded something: refresh counts and views.
    void contentChanged();

private:
    void rememberTrailLength();
    std::unique_ptr<Workspace> m_workspace;
    qint64 m_seenEvents = 0;
    int m_busy = 0;
    Authenticator m_authenticator;
    Workspace::Options m_options;
};

} // namespace cs::ui
