#include <md4c.h>
#include <malloc.h>  /* mallinfo2: what the parsed result holds */
