#ifndef HARVESTSIM_CLZMA_SHIM_H
#define HARVESTSIM_CLZMA_SHIM_H

#include <lzma.h>

/// A zeroed stream: LZMA_STREAM_INIT is a macro that Swift cannot import.
static inline lzma_stream clzma_stream_init(void) {
  lzma_stream stream = LZMA_STREAM_INIT;
  return stream;
}

/// LZMA_CONCATENATED, a macro (UINT32_C) that Swift cannot import: decode every stream of a
/// file, as xz -d does.
static inline uint32_t clzma_concatenated(void) { return LZMA_CONCATENATED; }

#endif
