#if canImport(Glibc)
  internal import Glibc
#elseif canImport(Musl)
  internal import Musl
#elseif canImport(Darwin)
  internal import Darwin
#endif

extension Fitting {
  /// The log-normal maximum-likelihood estimate: μ̂ the mean of ln xᵢ and σ̂ their standard
  /// deviation with divisor n (not n − 1), the closed form of the likelihood's maximum.
  ///
  /// Throws if there are fewer than 2 values, a value is not a positive finite number, or
  /// all values are equal (σ̂ = 0).
  package static func logNormalMLE(_ xs: [Double]) throws(FittingError) -> (mu: Double, sigma: Double) {
    try checkPositive(xs, family: "lognormal")
    let logs = xs.map { log($0) }
    let mu = logs.reduce(0, +) / Double(logs.count)
    let variance = logs.reduce(0) { $0 + ($1 - mu) * ($1 - mu) } / Double(logs.count)
    guard variance > 0 else {
      throw FittingError(family: "lognormal", message: "all \(xs.count) values are equal (\(xs[0])); sigma would be 0")
    }
    return (mu, variance.squareRoot())
  }

  /// The gamma maximum-likelihood estimate (shape k, scale θ) of the density
  /// ∝ x^(k−1) e^(−x/θ).
  ///
  /// The shape solves ln k − ψ(k) = s with s = ln(mean x) − mean(ln x) > 0 (the left side
  /// falls strictly from +∞ to 0, so the root is unique), by Newton's method from Minka's
  /// start k₀ = (3 − s + √((s − 3)² + 24s)) / (12s) ("Estimating a Gamma distribution", 2002),
  /// halving a step that would leave k > 0, until the step is below 1e-12·k. Then θ = mean/k.
  ///
  /// Throws as ``logNormalMLE(_:)`` does.
  package static func gammaMLE(_ xs: [Double]) throws(FittingError) -> (shape: Double, scale: Double) {
    try checkPositive(xs, family: "gamma")
    let n = Double(xs.count)
    let mean = xs.reduce(0, +) / n
    let meanLog = xs.reduce(0) { $0 + log($1) } / n
    let s = log(mean) - meanLog
    guard s > 0 else {
      throw FittingError(family: "gamma", message: "all \(xs.count) values are equal (\(xs[0])); the shape is unbounded")
    }
    var k = (3 - s + ((s - 3) * (s - 3) + 24 * s).squareRoot()) / (12 * s)
    for _ in 0..<100 {
      let f = log(k) - SpecialFunctions.digamma(k) - s
      let slope = 1 / k - SpecialFunctions.trigamma(k)
      var step = f / slope
      while k - step <= 0 { step /= 2 }
      k -= step
      if abs(step) <= 1e-12 * k { break }
    }
    return (k, mean / k)
  }

  /// A two-phase hyperexponential fitted by expectation–maximisation (Dempster, Laird and
  /// Rubin 1977): each step weighs every value by the posterior probability of each phase,
  /// then sets each phase's weight to its mean posterior and its mean to the weighted mean
  /// of the values. The likelihood never falls between steps. It starts from the values at
  /// or below the median and those above it (each phase weight 1/2, means their means) and
  /// stops when the log-likelihood gains less than 1e-10 relative, or after 2,000 steps.
  ///
  /// Returns the weights and means, the phase with the smaller mean first. Throws if there
  /// are fewer than 2 values, a value is negative or not finite, or all values are equal.
  package static func hyperexponentialMLE(_ xs: [Double]) throws(FittingError) -> (weights: [Double], means: [Double]) {
    guard xs.count >= 2 else {
      throw FittingError(family: "hyperexponential", message: "needs at least 2 values, got \(xs.count)")
    }
    if let bad = xs.firstIndex(where: { !($0 >= 0 && $0.isFinite) }) {
      throw FittingError(family: "hyperexponential",
                         message: "values must be finite and >= 0, got \(xs[bad]) at index \(bad)")
    }
    let sorted = xs.sorted()
    let median = sorted[(sorted.count - 1) / 2]
    let low = sorted.prefix { $0 <= median }
    let high = sorted.drop { $0 <= median }
    guard !high.isEmpty, let smallest = sorted.first, let largest = sorted.last, largest > smallest else {
      throw FittingError(family: "hyperexponential", message: "all \(xs.count) values are equal (\(xs[0]))")
    }
    var p = 0.5
    var m1 = max(low.reduce(0, +) / Double(low.count), largest * 1e-12)
    var m2 = high.reduce(0, +) / Double(high.count)
    var previous = -Double.infinity
    for _ in 0..<2_000 {
      var sumR = 0.0
      var sumRX = 0.0
      var sumX = 0.0
      var logLikelihood = 0.0
      for x in xs {
        // Phase densities on the log scale, so tiny means and large values do not underflow.
        let a = log(p) - log(m1) - x / m1
        let b = log(1 - p) - log(m2) - x / m2
        let top = max(a, b)
        let total = top + log(exp(a - top) + exp(b - top))
        let r = exp(a - total)
        logLikelihood += total
        sumR += r
        sumRX += r * x
        sumX += x
      }
      let n = Double(xs.count)
      let r2 = n - sumR
      guard sumR > 0, r2 > 0 else { break }
      p = sumR / n
      m1 = max(sumRX / sumR, largest * 1e-12)
      m2 = max((sumX - sumRX) / r2, largest * 1e-12)
      if logLikelihood - previous <= 1e-10 * abs(logLikelihood) { break }
      previous = logLikelihood
    }
    return m1 <= m2 ? ([p, 1 - p], [m1, m2]) : ([1 - p, p], [m2, m1])
  }

  /// Throws unless `xs` has at least 2 values, all positive and finite.
  static func checkPositive(_ xs: [Double], family: String) throws(FittingError) {
    guard xs.count >= 2 else {
      throw FittingError(family: family, message: "needs at least 2 values, got \(xs.count)")
    }
    if let bad = xs.firstIndex(where: { !($0 > 0 && $0.isFinite) }) {
      throw FittingError(family: family, message: "values must be positive finite numbers, got \(xs[bad]) at index \(bad)")
    }
  }
}
