internal import CGSL

extension Distribution {
  /// The cumulative distribution function P(X ≤ x), via GSL's `gsl_cdf_*_P`.
  ///
  /// Hyperexponential: the weighted mixture of exponential CDFs; empirical:
  /// the fraction of values ≤ x; constant: a step at the value.
  /// Meaningless if ``validate()`` fails.
  package func cdf(_ x: Double) -> Double {
    GSL.configure()
    if x.isNaN { return .nan }
    switch self {
    case .constant(let value):
      return x >= value ? 1 : 0
    case .uniform(let low, let high):
      if low == high { return x >= low ? 1 : 0 }
      return gsl_cdf_flat_P(x, low, high)
    case .exponential(let mean):
      return gsl_cdf_exponential_P(x, mean)
    case .weibull(let shape, let scale):
      return gsl_cdf_weibull_P(x, scale, shape)
    case .logNormal(let mu, let sigma):
      return gsl_cdf_lognormal_P(x, mu, sigma)
    case .gamma(let shape, let scale):
      return gsl_cdf_gamma_P(x, shape, scale)
    case .hyperexponential(let weights, let means):
      let total = weights.reduce(0, +)
      var sum = 0.0
      for i in weights.indices { sum += weights[i] / total * gsl_cdf_exponential_P(x, means[i]) }
      return sum
    case .empirical(let values):
      guard !values.isEmpty else { return .nan }
      var atOrBelow = 0
      for value in values where value <= x { atOrBelow += 1 }
      return Double(atOrBelow) / Double(values.count)
    }
  }
}
