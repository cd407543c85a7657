#ifndef HARVESTSIM_CGSL_SHIM_H
#define HARVESTSIM_CGSL_SHIM_H

#include <gsl/gsl_errno.h>
#include <gsl/gsl_rng.h>
#include <gsl/gsl_randist.h>
#include <gsl/gsl_cdf.h>
#include <gsl/gsl_statistics_double.h>
#include <gsl/gsl_sort.h>
#include <gsl/gsl_sf_gamma.h>
#include <gsl/gsl_sf_result.h>

/// The mt19937 generator type. GSL exposes it as a mutable global, which
/// Swift 6 rejects as not concurrency-safe; this accessor hides the global.
static inline const gsl_rng_type *cgsl_rng_mt19937(void) { return gsl_rng_mt19937; }

/// L'Ecuyer's maximally equidistributed combined Tausworthe generator (3 words of state).
static inline const gsl_rng_type *cgsl_rng_taus2(void) { return gsl_rng_taus2; }

#endif
