#include <git2.h>

/* git_libgit2_opts is variadic, which Swift cannot call: one fixed-argument wrapper per option used. */
static inline int cgit2_set_caching(int enabled) { return git_libgit2_opts(GIT_OPT_ENABLE_CACHING, enabled); }
static inline int cgit2_set_mwindow_mapped_limit(size_t bytes) { return git_libgit2_opts(GIT_OPT_SET_MWINDOW_MAPPED_LIMIT, bytes); }
static inline int cgit2_set_mwindow_size(size_t bytes) { return git_libgit2_opts(GIT_OPT_SET_MWINDOW_SIZE, bytes); }
static inline int cgit2_set_strict_hash_verification(int enabled) { return git_libgit2_opts(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION, enabled); }
