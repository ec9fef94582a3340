#pragma once

#include <QObject>

namespace cs::ui {

/// Keyboard conventions every window of Countersign follows, applied to each widget as Qt polishes it: Tab always
/// moves on to the next control (tables and lists move between their cells with the arrow keys, and text fields
/// never take a Tab as a character), so that no control traps the keyboard.
class KeyboardConventions : public QObject
{
    Q_OBJECT

public:
    /// Installs the conventions on the application once; later calls do nothing.
    static void install();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    using QObject::QObject;
};

} // namespace cs::ui
