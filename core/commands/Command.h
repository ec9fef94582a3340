#pragma once

#include "identity/Authority.h"
#include "util/Result.h"

#include <optional>

namespace cs {

class CommandContext;

/// One change a person makes. apply() makes the business change and records its audit event through the context;
/// Workspace::execute runs it in one transaction, so both are stored or neither is. The context, and with it every
/// way of writing a row, is private to core: new commands are written in core/commands/.
class Command
{
public:
    virtual ~Command() = default;
    /// What the change is, in words, for error messages ("change setting X").
    virtual QString description() const = 0;
    /// The action the authority matrix must allow the signed-in person (checked by Workspace::execute inside the
    /// transaction, against the account as stored). Only Countersign's own bookkeeping commands, which are not
    /// reachable from outside core, return nothing.
    virtual std::optional<Action> requiredAction() const = 0;
    virtual Status apply(CommandContext& context) = 0;
};

} // namespace cs
