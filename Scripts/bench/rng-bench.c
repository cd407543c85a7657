/* Speed of GSL's taus2 and mt19937 generators, as HarvestSim uses them: one stream drawn
 * in a loop, and draws spread at random over 20,000 streams (two per PC of a 10,000-PC
 * lab), where the generators' state sizes decide how much stays in the cache.
 *
 *   cc -O2 Scripts/bench/rng-bench.c -o /tmp/rng-bench -lgsl -lgslcblas -lm && /tmp/rng-bench
 *
 * Results and their use: docs/performance.md, "The random stream generator". */
#include <stdio.h>
#include <time.h>
#include <gsl/gsl_rng.h>
#include <gsl/gsl_randist.h>

enum { DRAWS = 100000000, STREAMS = 20000, SPREAD_DRAWS = 20000000 };

static double seconds(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec + t.tv_nsec * 1e-9;
}

static gsl_rng *streams[STREAMS];

int main(void) {
  const gsl_rng_type *types[] = {gsl_rng_taus2, gsl_rng_mt19937};
  double sink = 0;
  for (int k = 0; k < 2; k++) {
    gsl_rng *one = gsl_rng_alloc(types[k]);
    gsl_rng_set(one, 12345);
    double t0 = seconds();
    for (long i = 0; i < DRAWS; i++) sink += gsl_rng_uniform(one);
    double t1 = seconds();
    for (long i = 0; i < DRAWS; i++) sink += gsl_ran_exponential(one, 1.0);
    double t2 = seconds();
    for (int i = 0; i < STREAMS; i++) {
      streams[i] = gsl_rng_alloc(types[k]);
      gsl_rng_set(streams[i], (unsigned long)i + 1);
    }
    double t3 = seconds();
    unsigned long x = 88172645463325252UL; /* xorshift: picks the stream of each draw */
    for (long i = 0; i < SPREAD_DRAWS; i++) {
      x ^= x << 13; x ^= x >> 7; x ^= x << 17;
      sink += gsl_ran_exponential(streams[x % STREAMS], 1.0);
    }
    double t4 = seconds();
    printf("%-8s state %4zu B: uniform %.2f ns, exponential %.2f ns, allocate+seed %.0f ns, "
           "exponential spread over %d streams %.2f ns\n",
           types[k]->name, types[k]->size, (t1 - t0) / DRAWS * 1e9, (t2 - t1) / DRAWS * 1e9,
           (t3 - t2) / STREAMS * 1e9, STREAMS, (t4 - t3) / SPREAD_DRAWS * 1e9);
    for (int i = 0; i < STREAMS; i++) gsl_rng_free(streams[i]);
    gsl_rng_free(one);
  }
  return sink == 42.0; /* keeps the draws from being optimized away */
}
