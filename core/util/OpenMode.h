#pragma once

namespace cs {

/// How a workspace is opened. A read-only open never writes to the file (no upgrade, no sign-in records).
enum class OpenMode
{
    ReadWrite,
    ReadOnly,
};

} // namespace cs
