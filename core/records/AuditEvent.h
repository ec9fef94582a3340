#pragma once

#include "records/AuditAction.h"
#include "util/EnumNames.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
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

/// The key of a record: the value of its table's key column, an integer or a text, as stored.
struct RecordKey
{
    bool isText = false;
    qint64 number = 0;
    QString text;

    static RecordKey of(qint64 n) { return {false, n, {}}; }
    static RecordKey of(const QString& t) { return {true, 0, t}; }
    /// "12" or the text, for messages.
    QString display() const { return isText ? text : QString::number(number); }
    /// SQLite's order: integers before texts, integers by value, texts by their UTF-8 bytes.
    int compare(const RecordKey& other) const
    {
        if (isText != other.isText) {
            return isText ? 1 : -1;
        }
        if (!isText) {
            return number < other.number ? -1 : number > other.number ? 1 : 0;
        }
        const QByteArray a = text.toUtf8();
        const QByteArray b = other.text.toUtf8();
        return a < b ? -1 : b < a ? 1 : 0;
    }
    bool operator==(const RecordKey& other) const { return compare(other) == 0; }
};

/// What an event says a record holds after it: the SHA-256 of the record's rows (docs/audit-trail.md, "Sealed
/// records"), or nothing when the event removed the record. Every row a command writes is sealed by the event the
/// command records next, so `verify` can tell an edited row from one that Countersign wrote.
struct RecordSeal
{
    QString kind; ///< the table, e.g. "model_version"
    RecordKey key;
    QByteArray sha256; ///< 32 bytes; empty: the record no longer exists

    bool operator==(const RecordSeal& o) const { return kind == o.kind && key == o.key && sha256 == o.sha256; }
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
    QList<RecordSeal> records; ///< the records this event sealed, in the order it lists them (schema 7 on)
    QByteArray leafHash; ///< 32 bytes: SHA-256(0x00 || canonical bytes)
    QByteArray chainHash; ///< 32 bytes: SHA-256(previous chain hash || leaf hash)
};

} // namespace cs
