#include "AuditEventDetail.h"

#include "AuditTrailModel.h"
#include "util/UtcTime.h"

#include <QDateTime>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSet>
#include <QVBoxLayout>

namespace cs::ui {

namespace {
QString pretty(const QByteArray& json)
{
    if (json.isEmpty()) {
        return QObject::tr("(none)");
    }
    return QString::fromUtf8(QJsonDocument::fromJson(json).toJson(QJsonDocument::Indented));
}

QStringList changedKeys(const QByteArray& before, const QByteArray& after)
{
    const QJsonObject a = QJsonDocument::fromJson(before).object();
    const QJsonObject b = QJsonDocument::fromJson(after).object();
    QSet<QString> keys;
    for (const QJsonObject* object : {&a, &b}) {
        for (auto it = object->begin(); it != object->end(); ++it) {
            keys.insert(it.key());
        }
    }
    QStringList changed;
    for (const QString& k : keys) {
        if (a.value(k) != b.value(k)) {
            changed.append(k);
        }
    }
    changed.sort();
    return changed;
}

} // namespace

AuditEventDetail::AuditEventDetail(QWidget* parent)
    : QWidget(parent)
    , m_header(new QLabel(this))
    , m_changed(new QLabel(this))
    , m_before(new QPlainTextEdit(this))
    , m_after(new QPlainTextEdit(this))
{
    QFont bold = m_header->font();
    bold.setBold(true);
    m_header->setFont(bold);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const QString labels[FieldCount] = {tr("Time (UTC):"), tr("Time (local):"), tr("Actor:"),
                                        tr("Change:"),     tr("Entity:"),       tr("Reason:"),
                                        tr("Session:"),    tr("Leaf hash:"),    tr("Chain hash:")};
    auto* form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight);
    for (int i = 0; i < FieldCount; ++i) {
        if (i == LeafHash || i == ChainHash || i == SessionId) {
            m_values[i] = nullptr;
            m_codes[i] = new QLineEdit(this);
            m_codes[i]->setReadOnly(true);
            m_codes[i]->setFrame(false);
            m_codes[i]->setFont(mono);
            form->addRow(labels[i], m_codes[i]);
            continue;
        }
        m_values[i] = new QLabel(this);
        m_values[i]->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        m_values[i]->setTextFormat(Qt::PlainText);
        if (i == Reason || i == Entity) {
            m_values[i]->setWordWrap(true);
        }
        form->addRow(labels[i], m_values[i]);
    }
    m_before->setAccessibleName(tr("Value before the change"));
    m_after->setAccessibleName(tr("Value after the change"));
    for (QPlainTextEdit* edit : {m_before, m_after}) {
        edit->setReadOnly(true);
        edit->setFont(mono);
        edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    }
    auto* values = new QGridLayout;
    values->addWidget(new QLabel(tr("Before"), this), 0, 0);
    values->addWidget(new QLabel(tr("After"), this), 0, 1);
    values->addWidget(m_before, 1, 0);
    values->addWidget(m_after, 1, 1);
    values->addWidget(m_changed, 2, 0, 1, 2);

    auto* columns = new QHBoxLayout;
    columns->addLayout(form, 3);
    columns->addLayout(values, 4);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addLayout(columns, 1);
    showEvent(std::nullopt);
}

void AuditEventDetail::showEvent(const std::optional<AuditEvent>& event)
{
    if (!event) {
        m_header->setText(tr("Select an event to see everything recorded for it."));
        for (int i = 0; i < FieldCount; ++i) {
            if (m_values[i] != nullptr) {
                m_values[i]->clear();
            }
            if (m_codes[i] != nullptr) {
                m_codes[i]->clear();
            }
        }
        m_changed->clear();
        m_before->clear();
        m_after->clear();
        return;
    }
    const AuditEvent& e = *event;
    m_header->setText(
        tr("Event %1: %2 (%3)").arg(QString::number(e.seq), AuditTrailModel::actionName(e.action), e.action));
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(e.timeMs).toLocalTime();
    m_values[TimeUtc]->setText(UtcTime::formatMsString(e.timeMs));
    m_values[TimeLocal]->setText(QLocale().toString(local, QLocale::LongFormat));
    m_values[Actor]->setText(e.actor);
    m_values[Change]->setText(nameOf(e.change));
    m_values[Entity]->setText(e.entityType + u' ' + e.entityId);
    m_values[Reason]->setText(e.reason.isEmpty() ? tr("(none)") : e.reason);
    m_codes[SessionId]->setText(e.sessionId);
    m_codes[LeafHash]->setText(QString::fromLatin1(e.leafHash.toHex()));
    m_codes[ChainHash]->setText(QString::fromLatin1(e.chainHash.toHex()));
    for (QLineEdit* code : {m_codes[SessionId], m_codes[LeafHash], m_codes[ChainHash]}) {
        code->setCursorPosition(0);
    }
    const QStringList changed =
        e.before.isEmpty() || e.after.isEmpty() ? QStringList() : changedKeys(e.before, e.after);
    m_changed->setText(changed.isEmpty() ? QString() : tr("Changed: %1").arg(changed.join(QStringLiteral(", "))));
    m_before->setPlainText(pretty(e.before));
    m_after->setPlainText(pretty(e.after));
}

} // namespace cs::ui
