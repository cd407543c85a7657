#ifndef HARVESTSIM_CBZIP2_SHIM_H
#define HARVESTSIM_CBZIP2_SHIM_H

#include <bzlib.h>

#endif
