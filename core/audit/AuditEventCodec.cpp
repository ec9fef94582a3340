#include "AuditEventCodec.h"

#include "crypto/Sha256.h"
#include "json/CanonicalJson.h"
#include "util/UtcTime.h"

#include <QCoreApplication>

namespace cs::AuditEventCodec {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::AuditEventCodec)
};

Status appendKeyString(QByteArray& out, const char* key, const QString& value, bool nullWhenEmpty)
{
    out.append(key);
    if (nullWhenEmpty && value.isEmpty()) {
        out.append("null");
        return {};
    }
    return CanonicalJson::appendString(out, value);
}

Status appendKeyJson(QByteArray& out, const char* key, const QByteArray& json, qint64 seq, const char* field)
{
    out.append(key);
    if (json.isEmpty()) {
        out.append("null");
        return {};
    }
    if (!CanonicalJson::isCanonicalObject(json)) {
        return Error(ErrorCode::Integrity,
                     Tr::tr("event %1: the %2 value is not canonical JSON").arg(seq).arg(QLatin1String(field)));
    }
    out.append(json);
    return {};
}
/// ,"records":[{"key":12,"kind":"model_version","sha256":"<hex>"},...] in the event's order; null for a removal.
Status appendRecords(QByteArray& out, const QList<RecordSeal>& records)
{
    out.append(",\"records\":[");
    for (qsizetype i = 0; i < records.size(); ++i) {
        const RecordSeal& r = records[i];
        out.append(i == 0 ? "{\"key\":" : ",{\"key\":");
        if (r.key.isText) {
            if (auto s = CanonicalJson::appendString(out, r.key.text); !s) {
                return s;
            }
        } else {
            out.append(QByteArray::number(r.key.number));
        }
        out.append(",\"kind\":");
        if (auto s = CanonicalJson::appendString(out, r.kind); !s) {
            return s;
        }
        out.append(",\"sha256\":");
        if (r.sha256.isEmpty()) {
            out.append("null");
        } else {
            out.append('"');
            out.append(r.sha256.toHex());
            out.append('"');
        }
        out.append('}');
    }
    out.append(']');
    return {};
}
} // namespace

Result<QByteArray> canonicalBytes(const AuditEvent& e, const QString& workspaceId)
{
    QByteArray out;
    out.reserve(256 + e.before.size() + e.after.size());
    Status s;
    if (!(s = appendKeyString(out, "{\"action\":", e.action, false)) ||
        !(s = appendKeyString(out, ",\"actor\":", e.actor, false)) ||
        !(s = appendKeyJson(out, ",\"after\":", e.after, e.seq, "after")) ||
        !(s = appendKeyJson(out, ",\"before\":", e.before, e.seq, "before")) ||
        !(s = appendKeyString(out, ",\"change\":", nameOf(e.change), false)) ||
        !(s = appendKeyString(out, ",\"entity_id\":", e.entityId, false)) ||
        !(s = appendKeyString(out, ",\"entity_type\":", e.entityType, false)) ||
        !(s = appendKeyString(out, ",\"reason\":", e.reason, true))) {
        return s.error();
    }
    // Present only on events that sealed records (schema 7 on), so earlier events keep their bytes.
    if (!e.records.isEmpty()) {
        if (!(s = appendRecords(out, e.records))) {
            return s.error();
        }
    }
    out.append(",\"seq\":");
    out.append(QByteArray::number(e.seq));
    if (!(s = appendKeyString(out, ",\"session\":", e.sessionId, false))) {
        return s.error();
    }
    out.append(",\"time\":\"");
    out.append(UtcTime::formatMs(e.timeMs));
    out.append('"');
    if (!(s = appendKeyString(out, ",\"workspace\":", workspaceId, false))) {
        return s.error();
    }
    out.append('}');
    return out;
}

Result<QByteArray> leafHash(QByteArrayView canonical)
{
    thread_local Sha256 h; // reused: creating an OpenSSL context per hash is measurable
    h.add('\0');
    h.add(canonical);
    return h.finish();
}

Result<QByteArray> chainHash(QByteArrayView previousChainHash, QByteArrayView leaf)
{
    thread_local Sha256 h; // reused: creating an OpenSSL context per hash is measurable
    h.add(previousChainHash);
    h.add(leaf);
    return h.finish();
}

QByteArray genesisChainHash()
{
    return QByteArray(Sha256::Size, '\0');
}

} // namespace cs::AuditEventCodec
