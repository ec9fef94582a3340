#include "AuditEventJson.h"

#include "util/UtcTime.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace cs::AuditEventJson {

namespace {
QJsonValue objectOrNull(const QByteArray& json)
{
    return json.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(QJsonDocument::fromJson(json).object());
}

QJsonArray recordsOf(const AuditEvent& e)
{
    QJsonArray records;
    for (const RecordSeal& r : e.records) {
        records.append(QJsonObject {
            {QStringLiteral("kind"), r.kind},
            {QStringLiteral("key"), r.key.isText ? QJsonValue(r.key.text) : QJsonValue(r.key.number)},
            {QStringLiteral("sha256"),
             r.sha256.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(QString::fromLatin1(r.sha256.toHex()))},
        });
    }
    return records;
}
} // namespace

QJsonObject toJson(const AuditEvent& e, const QString& workspaceId)
{
    QJsonObject o {
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
    if (!e.records.isEmpty()) {
        o.insert(QStringLiteral("records"), recordsOf(e)); // in the canonical bytes only when there are any
    }
    return o;
}

} // namespace cs::AuditEventJson
