// OpenBLAS's CBLAS (Debian's libopenblas-dev; pkg-config `openblas` puts its cblas.h first).
#include <cblas.h>
