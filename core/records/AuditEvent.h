#pragma once

#include "records/AuditAction.h"
#include "util/EnumNames.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace cs {

/// The kind of change an audit event records. Update and Delete always need a reason (21 CFR 11.10(e)).
enum class ChangeKind
{
    Create,
    Update,
    Delete,
    Record, ///< an event that changes no record's content: a review, a checkpoint, a schema upgrade
};

template<>
struct EnumNames<ChangeKind>
{
    static constexpr const char* context = "cs::ChangeKind";
    static constexpr EnumName<ChangeKind> table[] = {
        {ChangeKind::Create, "create", QT_TRANSLATE_NOOP("cs::ChangeKind", "Create")},
        {ChangeKind::Update, "update", QT_TRANSLATE_NOOP("cs::ChangeKind", "Update")},
        {ChangeKind::Delete, "delete", QT_TRANSLATE_NOOP("cs::ChangeKind", "Delete")},
        {ChangeKind::Record, "record", QT_TRANSLATE_NOOP("cs::ChangeKind", "Record")},
    };
};

/// What a command asks the audit trail to record. The audit log adds sequence, time, actor, session and hashes.
struct AuditRecord
{
    AuditAction action =
        AuditAction::SettingChanged; ///< what happened; stored as its identifier, e.g. "setting.changed"
    ChangeKind change = ChangeKind::Record;
    QString entityType; ///< e.g. "setting"
    QString entityId; ///< e.g. "security.inactivity_lock_minutes"
    std::optional<QJsonObject> before;
    std::optional<QJsonObject> after;
    QString reason;
};

/// One stored audit event, exactly as it is in the workspace.
struct AuditEvent
{
    qint64 seq = 0; ///< 1, 2, 3, ... with no gaps
    qint64 timeMs = 0; ///< UTC, milliseconds since the epoch
    QString actor;
    QString action;
    ChangeKind change = ChangeKind::Record;
    QString entityType;
    QString entityId;
    QByteArray before; ///< canonical JSON object text, or empty for none
    QByteArray after; ///< canonical JSON object text, or empty for none
    QString reason; ///< empty for none
    QString sessionId;
    QByteArray leafHash; ///< 32 bytes: SHA-256(0x00 || canonical bytes)
    QByteArray chainHash; ///< 32 bytes: SHA-256(previous chain hash || leaf hash)
};

} // namespace cs
