#pragma once

#include "records/AuditEvent.h"

#include <QWidget>

#include <optional>

class QFormLayout;
class QLabel;
class QLineEdit;
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
    QLabel* m_values[FieldCount]; ///< null for the identifiers, shown in m_codes
    /// The session id and the two hashes: read-only fields that scroll, so that all 64 digits can be read, selected
    /// and copied however narrow the pane.
    QLineEdit* m_codes[FieldCount] = {};
    QLabel* m_changed;
    QPlainTextEdit* m_before;
    QPlainTextEdit* m_after;
};

} // namespace cs::ui
