#pragma once

#include "records/AuditEvent.h"

#include <QWidget>

#include <optional>

class QFormLayout;
class QLabel;
class QPlainTextEdit;

namespace cs::ui {

/// Everything recorded for one audit event: who, when (UTC and local), what, why, and the values before and after
/// side by side, with the keys that changed named.
class AuditEventDetail : public QWidget
{
    Q_OBJECT
public:
    explicit AuditEventDetail(QWidget* parent = nullptr);
    void showEvent(const std::optional<AuditEvent>& event);

private:
    enum Field
    {
        TimeUtc,
        TimeLocal,
        Actor,
        Change,
        Entity,
        Reason,
        SessionId,
        LeafHash,
        ChainHash,
        FieldCount,
    };
    QLabel* m_header;
    QLabel* m_values[FieldCount];
    QLabel* m_changed;
    QPlainTextEdit* m_before;
    QPlainTextEdit* m_after;
};

} // namespace cs::ui
