/// A probability distribution of non-negative durations or values.
///
/// Parameters are named explicitly because libraries disagree on conventions
/// (rate vs mean, scale/shape order). Call ``validate()`` once when a
/// distribution is built from input; ``sample(_:)`` assumes valid parameters.
public enum Distribution: Sendable, Equatable, Hashable {
  /// Always `value`.
  case constant(Double)
  /// Uniform on [`low`, `high`).
  case uniform(low: Double, high: Double)
  /// Exponential with the given mean (not rate).
  case exponential(mean: Double)
  /// Weibull with CDF 1 − exp(−(x/scale)^shape).
  case weibull(shape: Double, scale: Double)
  /// Log-normal: ln X ~ N(`mu`, `sigma`²); the median is e^`mu`.
  case logNormal(mu: Double, sigma: Double)
  /// Gamma with density ∝ x^(shape−1) e^(−x/scale); mean shape·scale.
  case gamma(shape: Double, scale: Double)
  /// A mixture of exponentials: with probability weights[i]/Σweights, an
  /// exponential with mean means[i]. Weights need not sum to 1.
  case hyperexponential(weights: [Double], means: [Double])
  /// One of `values`, each with probability 1/count (repeats count repeatedly).
  case empirical(values: [Double])

  /// Short name of the family, e.g. "exponential", "weibull", "lognormal",
  /// "hyperexponential", "empirical", "constant", "uniform", "gamma".
  public var family: String {
    switch self {
    case .constant: "constant"
    case .uniform: "uniform"
    case .exponential: "exponential"
    case .weibull: "weibull"
    case .logNormal: "lognormal"
    case .gamma: "gamma"
    case .hyperexponential: "hyperexponential"
    case .empirical: "empirical"
    }
  }
}
