// Deliberately breaks the house rule: a page that includes a store header to write a row itself. It must not
// compile (store/CoreInternal.h); tests/house/CMakeLists.txt builds it and expects exactly that refusal.
#include "store/RecordTables.h"
