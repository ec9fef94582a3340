#pragma once

#include "records/ChangeRequest.h"
#include "records/LifecycleState.h"
#include "registry/ChangeRequestFlow.h"
#include "util/Result.h"

namespace cs {

class CommandContext;

/// The steps every change-request command is made of. They take a CommandContext, which only Workspace::execute
/// creates, so they run inside a command's transaction and nowhere else.
namespace ChangeRequestSteps {

/// A request with the step an action takes it to.
struct Begun
{
    ChangeRequestRecord request;
    ChangeRequestStep step;
};

/// The request as the trail recorded it (a row altered outside Countersign is refused).
Result<ChangeRequestRecord> load(CommandContext& ctx, const QString& id);
/// Loads the request and checks `action` against the flow for the signed-in person.
Result<Begun> begin(CommandContext& ctx, const QString& id, ChangeRequestAction action);
/// Records the move (with the signature it is, if any) and its audit event.
Status recordMove(CommandContext& ctx, const ChangeRequestRecord& r, ChangeRequestAction action,
                  const ChangeRequestStep& step, const QString& reason, qint64 signatureId, int revision);
/// Moves a version of a model to `to`, with the transition row and its audit event. The callers check the rules:
/// TransitionVersionCommand the lifecycle's, a release or a rollback its request's.
Status moveVersion(CommandContext& ctx, const QString& model, const QString& label, LifecycleState to,
                   const QString& reason);

} // namespace ChangeRequestSteps

} // namespace cs
