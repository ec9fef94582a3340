#pragma once

// Included by every header that is private to countersign_core: the store and its tables, the command context and
// the bookkeeping commands. The core target (and the core's own tests) define COUNTERSIGN_CORE_INTERNAL; ui/ and app/
// do not, so a page or a CLI command that includes one of these headers does not compile. They read through the
// query objects of core/queries and change things only by executing a command (docs/architecture.md).
#ifndef COUNTERSIGN_CORE_INTERNAL
#error \
    "this header is private to countersign_core: read through core/queries, change through a command (docs/architecture.md)"
#endif
