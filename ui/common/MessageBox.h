#pragma once

#include <QMessageBox>

namespace cs::ui {

/// All message boxes go through here, so that GUI tests can answer them without a modal loop:
/// setNextAnswer() makes the next call return at once and records what it would have shown.
class MessageBox
{
public:
    static QMessageBox::StandardButton critical(QWidget* parent, const QString& title, const QString& text);
    static QMessageBox::StandardButton information(QWidget* parent, const QString& title, const QString& text);
    static QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);

    /// Test stand-in: the next message box is not shown and returns `answer`.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    /// Text of the last message box shown or answered (for tests).
    static QString lastText();

private:
    static QMessageBox::StandardButton show(QMessageBox::Icon icon, QWidget* parent, const QString& title,
                                            const QString& text, QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton);
};

} // namespace cs::ui
