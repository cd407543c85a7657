extension Distribution {
  /// Checks parameters and throws the first problem found.
  ///
  /// Rules: every parameter finite; constant ≥ 0; uniform 0 ≤ low ≤ high;
  /// exponential mean, Weibull/gamma shape and scale, log-normal sigma > 0
  /// (log-normal mu may be any finite number); hyperexponential: non-empty,
  /// as many means as weights, every weight ≥ 0 with a positive sum, every
  /// mean > 0; empirical: non-empty, every value ≥ 0.
  package func validate() throws(DistributionError) {
    switch self {
    case .constant(let value):
      try check(value >= 0, "value", nonNegative, value)
    case .uniform(let low, let high):
      try check(low >= 0, "low", nonNegative, low)
      try check(high.isFinite && high >= low, "high",
                "must be a finite number >= low (\(low))", high)
    case .exponential(let mean):
      try check(mean > 0, "mean", positive, mean)
    case .weibull(let shape, let scale), .gamma(let shape, let scale):
      try check(shape > 0, "shape", positive, shape)
      try check(scale > 0, "scale", positive, scale)
    case .logNormal(let mu, let sigma):
      try check(true, "mu", "must be a finite number", mu)
      try check(sigma > 0, "sigma", positive, sigma)
    case .hyperexponential(let weights, let means):
      guard !weights.isEmpty else {
        throw error("weights", "must not be empty")
      }
      guard means.count == weights.count else {
        throw error("means", "must have as many entries as weights (\(weights.count)), got \(means.count)")
      }
      for (i, weight) in weights.enumerated() {
        try check(weight >= 0, "weights[\(i)]", nonNegative, weight)
      }
      let total = weights.reduce(0, +)
      guard total > 0, total.isFinite else {
        throw error("weights", "must have a positive finite sum, got \(total)")
      }
      for (i, mean) in means.enumerated() {
        try check(mean > 0, "means[\(i)]", positive, mean)
      }
    case .empirical(let values):
      guard !values.isEmpty else {
        throw error("values", "must not be empty")
      }
      for (i, value) in values.enumerated() {
        try check(value >= 0, "values[\(i)]", nonNegative, value)
      }
    }
  }

  /// `true` when ``validate()`` does not throw.
  package var isValid: Bool {
    do {
      try validate()
      return true
    } catch {
      return false
    }
  }

  private var positive: String { "must be a positive finite number" }
  private var nonNegative: String { "must be a non-negative finite number" }

  /// Throws `family.parameter: requirement, got value` unless `value` is finite and `condition` holds.
  private func check(
    _ condition: Bool, _ parameter: String, _ requirement: String, _ value: Double
  ) throws(DistributionError) {
    guard condition, value.isFinite else {
      throw error(parameter, "\(requirement), got \(value)")
    }
  }

  private func error(_ parameter: String, _ message: String) -> DistributionError {
    DistributionError(family: family, parameter: parameter, message: message)
  }
}
