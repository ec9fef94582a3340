#pragma once

#include <QDialog>

class QSpinBox;
class QPlainTextEdit;
class QLabel;
class QDialogButtonBox;

namespace cs::ui {

/// Asks for the range of events reviewed and the finding (EU Annex 11 §9 audit-trail review).
class ReviewDialog : public QDialog
{
    Q_OBJECT
public:
    ReviewDialog(qint64 from, qint64 to, qint64 last, QWidget* parent = nullptr);
    qint64 from() const;
    qint64 to() const;
    QString finding() const;

private:
    void updateState();
    QSpinBox* m_from;
    QSpinBox* m_to;
    QPlainTextEdit* m_finding;
    QLabel* m_note;
    QDialogButtonBox* m_buttons;
};

} // namespace cs::ui
