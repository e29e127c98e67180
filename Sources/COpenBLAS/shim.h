// OpenBLAS's CBLAS (Debian's libopenblas-dev), opened at run time rather than linked: a linked
// OpenBLAS starts its worker threads when the program loads, and they spin for about 0.1 s of
// CPU in every policyscope command, deep or not. The header gives the functions' types only.
#include <dlfcn.h>
#include <cblas.h>

typedef __typeof__(cblas_sgemm) ps_cblas_sgemm_fn;
typedef __typeof__(openblas_set_num_threads) ps_openblas_set_num_threads_fn;

/// OpenBLAS's library, or NULL when it cannot be opened.
static inline void *ps_openblas_open(void) {
    void *handle = dlopen("libopenblas.so.0", RTLD_NOW | RTLD_LOCAL);
    return handle ? handle : dlopen("libopenblas.so", RTLD_NOW | RTLD_LOCAL);
}

static inline ps_cblas_sgemm_fn *ps_openblas_sgemm(void *handle) {
    return (ps_cblas_sgemm_fn *)dlsym(handle, "cblas_sgemm");
}

static inline ps_openblas_set_num_threads_fn *ps_openblas_set_threads(void *handle) {
    return (ps_openblas_set_num_threads_fn *)dlsym(handle, "openblas_set_num_threads");
}
