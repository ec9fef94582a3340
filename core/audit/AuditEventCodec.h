#pragma once

#include "records/AuditEvent.h"
#include "util/Result.h"

#include <QByteArray>

/// The byte-exact definition of what an audit event's hashes cover. Changing anything here invalidates every
/// workspace ever written, so the format is fixed and documented in docs/audit-trail.md.
namespace cs::AuditEventCodec {

/// RFC 8785 canonical JSON of the event: action, actor, after, before, change, entity_id, entity_type, reason,
/// seq, session, time (RFC 3339 UTC, milliseconds) and workspace (the workspace id, so an event cannot be moved
/// between workspaces). Fails when `before` or `after` is not canonical JSON, which only tampering produces.
Result<QByteArray> canonicalBytes(const AuditEvent& event, const QString& workspaceId);

/// RFC 6962 leaf hash: SHA-256(0x00 || canonical bytes).
Result<QByteArray> leafHash(QByteArrayView canonical);
/// SHA-256(previous chain hash || leaf hash); the chain of event 1 starts from 32 zero bytes.
Result<QByteArray> chainHash(QByteArrayView previousChainHash, QByteArrayView leafHash);
QByteArray genesisChainHash();

} // namespace cs::AuditEventCodec
