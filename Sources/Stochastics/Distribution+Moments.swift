internal import CGSL

#if canImport(Glibc)
  internal import Glibc
#elseif canImport(Musl)
  internal import Musl
#elseif canImport(Darwin)
  internal import Darwin
#endif

extension Distribution {
  /// Theoretical mean.
  ///
  /// Weibull: scale·Γ(1+1/shape); log-normal: e^(mu+sigma²/2); hyperexponential:
  /// Σ pᵢ·meansᵢ with normalised weights; empirical: the average of the values.
  /// May be `+infinity` when the exact value overflows (e.g. a Weibull with a
  /// tiny shape). Meaningless if ``validate()`` fails.
  package var mean: Double {
    switch self {
    case .constant(let value):
      return value
    case .uniform(let low, let high):
      return low + (high - low) / 2
    case .exponential(let mean):
      return mean
    case .weibull(let shape, let scale):
      GSL.configure()
      return scale * exp(gsl_sf_lngamma(1 + 1 / shape))
    case .logNormal(let mu, let sigma):
      return exp(mu + sigma * sigma / 2)
    case .gamma(let shape, let scale):
      return shape * scale
    case .hyperexponential(let weights, let means):
      let total = weights.reduce(0, +)
      var sum = 0.0
      for i in weights.indices { sum += weights[i] / total * means[i] }
      return sum
    case .empirical(let values):
      return Self.average(values)
    }
  }

  /// Theoretical variance.
  ///
  /// Weibull: scale²·(Γ(1+2/shape) − Γ(1+1/shape)²); log-normal:
  /// (e^(sigma²) − 1)·e^(2mu+sigma²); hyperexponential: Σ pᵢ·2·meansᵢ² − mean²;
  /// empirical: the population variance of the values (divisor n).
  /// Meaningless if ``validate()`` fails.
  package var variance: Double {
    switch self {
    case .constant:
      return 0
    case .uniform(let low, let high):
      return (high - low) * (high - low) / 12
    case .exponential(let mean):
      return mean * mean
    case .weibull(let shape, let scale):
      GSL.configure()
      // Γ(1+2/k) · (1 − Γ(1+1/k)²/Γ(1+2/k)) in log space, so the ratio cannot overflow.
      let lnG1 = gsl_sf_lngamma(1 + 1 / shape)
      let lnG2 = gsl_sf_lngamma(1 + 2 / shape)
      return scale * scale * exp(lnG2) * -expm1(2 * lnG1 - lnG2)
    case .logNormal(let mu, let sigma):
      let s2 = sigma * sigma
      return expm1(s2) * exp(2 * mu + s2)
    case .gamma(let shape, let scale):
      return shape * scale * scale
    case .hyperexponential(let weights, let means):
      let total = weights.reduce(0, +)
      var first = 0.0
      var second = 0.0
      for i in weights.indices {
        let p = weights[i] / total
        first += p * means[i]
        second += p * 2 * means[i] * means[i]
      }
      return max(0, second - first * first)
    case .empirical(let values):
      let m = Self.average(values)
      var sum = 0.0
      for value in values { sum += (value - m) * (value - m) }
      return sum / Double(values.count)
    }
  }

  /// Theoretical standard deviation, the square root of ``variance``.
  package var standardDeviation: Double {
    variance.squareRoot()
  }

  private static func average(_ values: [Double]) -> Double {
    guard !values.isEmpty else { return .nan }
    var sum = 0.0
    for value in values { sum += value }
    return sum / Double(values.count)
  }
}
