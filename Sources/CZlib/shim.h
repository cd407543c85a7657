#ifndef HARVESTSIM_CZLIB_SHIM_H
#define HARVESTSIM_CZLIB_SHIM_H

#include <zlib.h>

/// inflateInit2 is a macro in zlib.h, which Swift cannot call; this wrapper passes the
/// version and stream size the macro would.
static inline int czlib_inflate_init2(z_streamp stream, int window_bits) {
  return inflateInit2(stream, window_bits);
}

#endif
