#include "AttachEvidence.h"

#include "commands/Command.h"
#include "commands/CommandContext.h"
#include "json/CanonicalJson.h"
#include "util/UtcTime.h"

#include <QCoreApplication>

namespace cs {

Result<EvidenceAttachment> attachEvidence(CommandContext& ctx, AttachmentStore::Owner owner, qint64 ownerId,
                                          const QString& ownerName, const QString& kind, const QString& source,
                                          const QJsonObject& content)
{
    auto digest = CanonicalJson::sha256Hex(content);
    if (!digest) {
        return digest.error();
    }
    AttachmentStore store(ctx.database(), owner);
    auto existing = store.list(ownerId);
    if (!existing) {
        return existing.error();
    }
    for (const EvidenceAttachment& e : existing.value()) {
        if (e.kind == kind && e.sha256 == digest.value()) {
            return Error(ErrorCode::AlreadyExists,
                         QCoreApplication::translate("cs::attachEvidence",
                                                     "%1: this %2 is already attached to %3 (on %4); nothing changed")
                             .arg(source, kind, ownerName, UtcTime::formatMsString(e.attachedAtMs).left(10)));
        }
    }
    EvidenceAttachment a;
    a.ownerId = ownerId;
    a.kind = kind;
    a.source = source;
    a.content = content;
    a.sha256 = digest.value();
    a.attachedAtMs = ctx.nowMs();
    a.attachedBy = ctx.session().actor;
    auto id = store.insert(ctx.write(), a);
    if (!id) {
        return id.error();
    }
    a.id = id.value();
    return a;
}

} // namespace cs
