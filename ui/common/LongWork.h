#pragma once

#include "util/Progress.h"
#include "util/Result.h"

#include <QString>

#include <functional>

class QWidget;

namespace cs::ui {

class WorkspaceController;

/// Long work on the open workspace (an evaluation, a signed export): one command, one transaction on the window's
/// connection, so it runs on the window's thread. It reports its steps through the Progress it is given; a
/// window-modal progress dialog (after 300 ms) shows them with a Cancel button, keeps the window painted between
/// steps and answers "stop" once Cancel was pressed: the command then returns Cancelled and stores nothing. While it
/// runs the controller is busy, so that nothing else reads the workspace halfway through the transaction and the
/// inactivity lock waits for it.
namespace LongWork {
Status run(QWidget* parent, WorkspaceController& controller, const QString& label,
           const std::function<Status(const Progress&)>& work);
} // namespace LongWork

} // namespace cs::ui
