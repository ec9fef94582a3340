// Deliberately breaks the house rule: a page that defines its own command and needs the command context to write.
// It must not compile (store/CoreInternal.h); tests/house/CMakeLists.txt expects exactly that refusal.
#include "commands/CommandContext.h"
