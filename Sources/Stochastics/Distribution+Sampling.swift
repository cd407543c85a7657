internal import CGSL

extension Distribution {
  /// One draw. Precondition: ``validate()`` passed (not re-checked, for speed).
  ///
  /// Uses GSL's samplers on the stream's generator: `gsl_ran_flat`,
  /// `gsl_ran_exponential` (mean), `gsl_ran_weibull` (scale, shape),
  /// `gsl_ran_lognormal`, `gsl_ran_gamma` (shape, scale). A hyperexponential
  /// draw picks a branch with one uniform then draws an exponential;
  /// an empirical draw picks an index with `gsl_rng_uniform_int`.
  /// Allocation-free.
  package func sample(_ stream: RandomStream) -> Double {
    let rng = stream.rng
    switch self {
    case .exponential(let mean):
      return gsl_ran_exponential(rng, mean)
    case .constant(let value):
      return value
    case .uniform(let low, let high):
      return gsl_ran_flat(rng, low, high)
    case .weibull(let shape, let scale):
      return gsl_ran_weibull(rng, scale, shape)
    case .logNormal(let mu, let sigma):
      return gsl_ran_lognormal(rng, mu, sigma)
    case .gamma(let shape, let scale):
      return gsl_ran_gamma(rng, shape, scale)
    case .hyperexponential(let weights, let means):
      return gsl_ran_exponential(rng, means[Self.branch(weights, gsl_rng_uniform(rng))])
    case .empirical(let values):
      return values[Int(gsl_rng_uniform_int(rng, UInt(values.count)))]
    }
  }

  /// The index i with Σ_{j<i} wⱼ ≤ u·Σw < Σ_{j≤i} wⱼ, skipping zero weights;
  /// falls back to the last positive weight when rounding leaves u·Σw at the top.
  private static func branch(_ weights: [Double], _ u: Double) -> Int {
    var total = 0.0
    for weight in weights { total += weight }
    var target = u * total
    var last = 0
    for i in weights.indices where weights[i] > 0 {
      if target < weights[i] { return i }
      target -= weights[i]
      last = i
    }
    return last
  }
}
