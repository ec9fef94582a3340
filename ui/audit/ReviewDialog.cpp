#include "ReviewDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cs::ui {

ReviewDialog::ReviewDialog(qint64 from, qint64 to, qint64 last, QWidget* parent)
    : QDialog(parent)
    , m_from(new QSpinBox(this))
    , m_to(new QSpinBox(this))
    , m_finding(new QPlainTextEdit(this))
    , m_note(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Record audit-trail review"));
    for (QSpinBox* box : {m_from, m_to}) {
        box->setRange(1, static_cast<int>(last));
    }
    m_from->setValue(static_cast<int>(from));
    m_to->setValue(static_cast<int>(to));
    m_finding->setPlaceholderText(tr("What you checked and what you found, e.g. \"All changes carry a documented "
                                     "reason and match change tickets CHG-1182 to CHG-1190. No discrepancies.\""));
    m_finding->setTabChangesFocus(true);
    m_note->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record review"));

    auto* form = new QFormLayout;
    form->addRow(tr("&First event:"), m_from);
    form->addRow(tr("&Last event:"), m_to);
    form->addRow(tr("F&inding:"), m_finding);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_from, &QSpinBox::valueChanged, this, &ReviewDialog::updateState);
    connect(m_to, &QSpinBox::valueChanged, this, &ReviewDialog::updateState);
    connect(m_finding, &QPlainTextEdit::textChanged, this, &ReviewDialog::updateState);
    updateState();
    resize(520, 320);
    m_finding->setFocus();
}

qint64 ReviewDialog::from() const
{
    return m_from->value();
}

qint64 ReviewDialog::to() const
{
    return m_to->value();
}

QString ReviewDialog::finding() const
{
    return m_finding->toPlainText().trimmed();
}

void ReviewDialog::updateState()
{
    const bool rangeOk = m_from->value() <= m_to->value();
    m_note->setText(rangeOk ? tr("Your review of events %1 to %2 is recorded in the audit trail under your name, "
                                 "with the chain hash of event %2, so any later change to these events shows.")
                                  .arg(m_from->value())
                                  .arg(m_to->value())
                            : tr("The first event must not come after the last."));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(rangeOk && !finding().isEmpty());
}

} // namespace cs::ui
