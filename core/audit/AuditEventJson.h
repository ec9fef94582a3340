#pragma once

#include "records/AuditEvent.h"

#include <QJsonObject>

namespace cs::AuditEventJson {

/// The event as an export object: seq, time (RFC 3339 UTC), actor, action, change, entity_type, entity_id,
/// before and after (JSON objects or null), reason (or null), session, workspace (the id of `workspaceId`),
/// leaf_hash and chain_hash (hex). Without the two hashes, its RFC 8785 form is exactly the bytes the leaf hash
/// covers, so anyone can recompute the chain from an export (docs/audit-trail.md).
QJsonObject toJson(const AuditEvent& event, const QString& workspaceId);

} // namespace cs::AuditEventJson
