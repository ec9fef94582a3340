#pragma once

#include "records/AuditEvent.h"

#include <QJsonObject>

namespace cs::AuditEventJson {

/// The event as an export object: seq, time (RFC 3339 UTC), actor, action, change, entity_type, entity_id,
/// before and after (JSON objects or null), reason (or null), session, leaf_hash and chain_hash (hex).
QJsonObject toJson(const AuditEvent& event);

} // namespace cs::AuditEventJson
