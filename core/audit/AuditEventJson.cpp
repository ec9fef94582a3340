#include "AuditEventJson.h"

#include "util/UtcTime.h"

#include <QJsonDocument>

namespace cs::AuditEventJson {

namespace {
QJsonValue objectOrNull(const QByteArray& json)
{
    return json.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(QJsonDocument::fromJson(json).object());
}
} // namespace

QJsonObject toJson(const AuditEvent& e, const QString& workspaceId)
{
    return QJsonObject {
        {QStringLiteral("seq"), e.seq},
        {QStringLiteral("time"), UtcTime::formatMsString(e.timeMs)},
        {QStringLiteral("actor"), e.actor},
        {QStringLiteral("action"), e.action},
        {QStringLiteral("change"), nameOf(e.change)},
        {QStringLiteral("entity_type"), e.entityType},
        {QStringLiteral("entity_id"), e.entityId},
        {QStringLiteral("before"), objectOrNull(e.before)},
        {QStringLiteral("after"), objectOrNull(e.after)},
        {QStringLiteral("reason"), e.reason.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(e.reason)},
        {QStringLiteral("session"), e.sessionId},
        {QStringLiteral("workspace"), workspaceId},
        {QStringLiteral("leaf_hash"), QString::fromLatin1(e.leafHash.toHex())},
        {QStringLiteral("chain_hash"), QString::fromLatin1(e.chainHash.toHex())},
    };
}

} // namespace cs::AuditEventJson
