#include "LongWork.h"

#include "WorkspaceController.h"

#include <QApplication>
#include <QCoreApplication>
#include <QProgressDialog>

#include <limits>

namespace cs::ui {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::ui::LongWork)
};

int clamp(qint64 value)
{
    return int(std::min<qint64>(value, std::numeric_limits<int>::max()));
}
} // namespace

Status LongWork::run(QWidget* parent, WorkspaceController& controller, const QString& label,
                     const std::function<Status(const Progress&)>& work)
{
    QProgressDialog dialog(label, Tr::tr("Cancel"), 0, 0, parent);
    dialog.setWindowTitle(label);
    dialog.setAccessibleName(label);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(300);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    dialog.setMinimumWidth(420);
    // Escape cancels too, also when the dialog's own shortcut does not see it (a window that is not active).
    QObject::connect(&dialog, &QDialog::rejected, &dialog, &QProgressDialog::cancel);
    const WorkspaceController::Busy busy(controller);
    QApplication::setOverrideCursor(Qt::BusyCursor);
    const Status done = work([&dialog](qint64 step, qint64 total) {
        if (dialog.maximum() != clamp(total)) {
            dialog.setMaximum(clamp(total));
        }
        dialog.setValue(clamp(std::min(step, total))); // a window-modal dialog processes events here
        QCoreApplication::processEvents();
        return !dialog.wasCanceled();
    });
    QApplication::restoreOverrideCursor();
    return done;
}

} // namespace cs::ui
