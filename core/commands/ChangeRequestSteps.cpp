#include "ChangeRequestSteps.h"

#include "audit/RecordCheck.h"
#include "commands/CommandContext.h"
#include "store/ChangeRequestTables.h"
#include "store/RegistryTables.h"

#include <QCoreApplication>

namespace cs::ChangeRequestSteps {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::ChangeRequestSteps)
};

/// What the flow needs: the state, the author, and any emergency rollback and its review.
Result<ChangeRequestFacts> factsOf(Database& db, const ChangeRequestRecord& r)
{
    auto moves = ChangeRequestTable(db).moves(r.id);
    if (!moves) {
        return moves.error();
    }
    return ChangeRequestFlow::facts(r.state, r.author, moves.value());
}

} // namespace

/// The request as the trail recorded it: a row altered outside Countersign is refused.
Result<ChangeRequestRecord> load(CommandContext& ctx, const QString& id)
{
    auto found = ChangeRequestTable(ctx.database()).byId(id);
    if (!found) {
        return found.error();
    }
    if (!found.value()) {
        return Error(ErrorCode::NotFound, Tr::tr("there is no change request %1 in this workspace").arg(id));
    }
    Database& db = ctx.database();
    if (auto r = RecordCheck::require(db, QStringLiteral("change_request"), RecordKey::of(id)); !r) {
        return r.error();
    }
    if (auto r = RecordCheck::require(db, QStringLiteral("change_request_revision"),
                                      RecordKey::of(found.value()->revisionId));
        !r) {
        return r.error();
    }
    return *found.value();
}

Result<Begun> begin(CommandContext& ctx, const QString& id, ChangeRequestAction action)
{
    auto r = load(ctx, id);
    if (!r) {
        return r.error();
    }
    auto facts = factsOf(ctx.database(), r.value());
    if (!facts) {
        return facts.error();
    }
    auto step = ChangeRequestFlow::check(facts.value(), action, *ctx.user());
    if (!step) {
        return step.error();
    }
    return Begun {r.value(), step.value()};
}

/// Records the move and its audit event.
Status recordMove(CommandContext& ctx, const ChangeRequestRecord& r, ChangeRequestAction action,
                  const ChangeRequestStep& step, const QString& reason, qint64 signatureId, int revision)
{
    ChangeRequestMove move;
    move.revision = revision;
    move.from = r.state;
    move.to = step.to;
    move.action = action;
    move.reason = reason;
    move.signatureId = signatureId;
    move.actor = ctx.session().actor;
    move.atMs = ctx.nowMs();
    if (auto id = ChangeRequestTable(ctx.database()).insertMove(ctx.write(), r.id, move); !id) {
        return id.error();
    }
    AuditRecord event;
    event.action = AuditAction::ChangeRequestMoved;
    event.change = ChangeKind::Update;
    event.entityType = QStringLiteral("change_request");
    event.entityId = r.id;
    event.before = QJsonObject {{QStringLiteral("state"), nameOf(r.state)}};
    QJsonObject after {{QStringLiteral("state"), nameOf(step.to)},
                       {QStringLiteral("action"), nameOf(action)},
                       {QStringLiteral("revision"), revision}};
    if (signatureId > 0) {
        after.insert(QStringLiteral("signature"), signatureId);
    }
    event.after = after;
    event.reason = reason;
    auto e = ctx.record(event);
    return e ? Status() : e.error();
}

Status moveVersion(CommandContext& ctx, const QString& model, const QString& label, LifecycleState to,
                   const QString& reason)
{
    RegistryTable table(ctx.database());
    auto version = table.version(model, label);
    if (!version) {
        return version.error();
    }
    if (!version.value()) {
        return Error(ErrorCode::NotFound, Tr::tr("model %1 has no version %2 in this workspace").arg(model, label));
    }
    // The state the move starts from counts only as the trail recorded it.
    if (auto r =
            RecordCheck::require(ctx.database(), QStringLiteral("model_version"), RecordKey::of(version.value()->id));
        !r) {
        return r;
    }
    const LifecycleState from = version.value()->state;
    if (auto r = table.setState(ctx.write(), version.value()->id, to); !r) {
        return r;
    }
    if (auto r = table.insertTransition(ctx.write(), version.value()->id, from, to, reason, ctx.nowMs(),
                                        ctx.session().actor);
        !r) {
        return r;
    }
    AuditRecord record;
    record.action = AuditAction::VersionTransitioned;
    record.change = ChangeKind::Update;
    record.entityType = QStringLiteral("model_version");
    record.entityId = model + u'/' + label;
    record.before = QJsonObject {{QStringLiteral("state"), nameOf(from)}};
    record.after = QJsonObject {{QStringLiteral("state"), nameOf(to)}};
    record.reason = reason;
    auto e = ctx.record(record);
    return e ? Status() : e.error();
}

} // namespace cs::ChangeRequestSteps
