#pragma once

#include "records/EvidenceAttachment.h"
#include "store/AttachmentStore.h"
#include "util/Result.h"

namespace cs {

class CommandContext;

/// The one way evidence is attached, for every owner: the canonical content's SHA-256, the time and the signed-in
/// actor are recorded with it. Content of the same kind already attached to the owner is refused as already there
/// (ErrorCode::AlreadyExists, naming `ownerName` and when it was attached), so evidence stays frozen. Returns the
/// stored attachment with its id; the caller writes its own audit event in the same transaction.
Result<EvidenceAttachment> attachEvidence(CommandContext& ctx, AttachmentStore::Owner owner, qint64 ownerId,
                                          const QString& ownerName, const QString& kind, const QString& source,
                                          const QJsonObject& content);

} // namespace cs
