#include <md4c.h>
// glibc's malloc_trim, for the parser's `Trimming` (a Swift module of its own for one call
// would be more than the call).
#include <malloc.h>
