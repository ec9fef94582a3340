#include "KeyboardConventions.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QEvent>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace cs::ui {

void KeyboardConventions::install()
{
    static KeyboardConventions* installed = nullptr;
    if (installed == nullptr && qApp != nullptr) {
        installed = new KeyboardConventions(qApp);
        qApp->installEventFilter(installed);
    }
}

bool KeyboardConventions::eventFilter(QObject* watched, QEvent* event)
{
    // Polished before the conventions were installed (a size hint asked for in a constructor polishes early), a
    // widget still gets them when it is first shown.
    if (event->type() == QEvent::Polish || event->type() == QEvent::Show) {
        if (auto* view = qobject_cast<QAbstractItemView*>(watched)) {
            view->setTabKeyNavigation(false);
        } else if (auto* text = qobject_cast<QTextEdit*>(watched)) {
            text->setTabChangesFocus(true);
        } else if (auto* plain = qobject_cast<QPlainTextEdit*>(watched)) {
            plain->setTabChangesFocus(true);
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace cs::ui
