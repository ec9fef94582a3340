#pragma once

#include "store/CoreInternal.h"

namespace cs {

class CommandContext;

/// Proof that the caller runs inside a command's write transaction. Every store method that writes a row takes one,
/// and only CommandContext makes them, so a row is written only by a command, inside the transaction that also
/// records the command's audit event (Workspace::execute refuses a command that records none).
class WriteAccess
{
public:
    WriteAccess(const WriteAccess&) = delete;
    WriteAccess& operator=(const WriteAccess&) = delete;

private:
    WriteAccess() = default;
    friend class CommandContext;
};

} // namespace cs
