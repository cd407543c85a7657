internal import CGSL

#if canImport(Glibc)
  internal import Glibc
#elseif canImport(Musl)
  internal import Musl
#elseif canImport(Darwin)
  internal import Darwin
#endif

/// Maximum-likelihood fits of duration distributions to a sample.
///
/// Asymptotic standard errors (from the inverse Fisher information, n values):
/// - exponential mean μ̂: SE = μ/√n;
/// - Weibull shape k̂: Var = 6k²/(π²n) ≈ 0.608·k²/n, so SE ≈ 0.780·k/√n;
/// - Weibull scale λ̂: Var = (λ/k)²·(1 + 6(1−γ)²/π²)/n ≈ 1.109·(λ/k)²/n,
///   so SE ≈ 1.053·λ/(k·√n) (γ is Euler's constant).
package enum Fitting {
  /// The exponential maximum-likelihood estimate of the mean: the sample mean
  /// (`gsl_stats_mean`).
  ///
  /// Throws if `xs` is empty or holds a negative or non-finite value (zeros
  /// are allowed: the exponential density is positive at 0).
  package static func exponentialMLE(_ xs: [Double]) throws(FittingError) -> Double {
    guard !xs.isEmpty else {
      throw FittingError(family: "exponential", message: "needs at least 1 value, got 0")
    }
    if let bad = xs.firstIndex(where: { !($0 >= 0 && $0.isFinite) }) {
      throw FittingError(family: "exponential",
                         message: "values must be finite and >= 0, got \(xs[bad]) at index \(bad)")
    }
    return Statistics.mean(xs)
  }

  /// The Weibull maximum-likelihood estimate (shape k, scale λ) of the CDF
  /// 1 − exp(−(x/λ)^k).
  ///
  /// The shape solves the profile-likelihood equation
  /// g(k) = Σxᵢ^k·ln xᵢ / Σxᵢ^k − 1/k − (1/n)·Σ ln xᵢ = 0, which is strictly
  /// increasing in k, so its root is unique. The root is bracketed (starting
  /// from the moment estimate k₀ = π/(√6·sd(ln x)) and halving/doubling), then
  /// found by Newton steps that fall back to bisection whenever a step leaves
  /// the bracket, until the step is below 1e-10·k. The scale is then
  /// λ = (Σxᵢ^k/n)^(1/k). Powers are computed as exp(k·(ln xᵢ − max ln x)),
  /// so large or tiny values and shapes do not overflow.
  ///
  /// Throws if there are fewer than 2 values, a value is not a positive finite
  /// number, or all values are equal (the likelihood then grows without bound
  /// as k → ∞).
  package static func weibullMLE(_ xs: [Double]) throws(FittingError) -> (shape: Double, scale: Double) {
    guard xs.count >= 2 else {
      throw FittingError(family: "weibull", message: "needs at least 2 values, got \(xs.count)")
    }
    if let bad = xs.firstIndex(where: { !($0 > 0 && $0.isFinite) }) {
      throw FittingError(family: "weibull",
                         message: "values must be positive finite numbers, got \(xs[bad]) at index \(bad)")
    }
    GSL.configure()
    let logs = xs.map { log($0) }
    let maxLog = logs.withUnsafeBufferPointer { gsl_stats_max($0.baseAddress, 1, $0.count) }
    let minLog = logs.withUnsafeBufferPointer { gsl_stats_min($0.baseAddress, 1, $0.count) }
    guard maxLog > minLog else {
      throw FittingError(family: "weibull", message: "all \(xs.count) values are equal (\(xs[0])); the shape is unbounded")
    }
    // Work with centred logs uᵢ = ln xᵢ − max ln x ≤ 0: the equation only involves
    // differences of logs, so g(k) is unchanged and exp(k·uᵢ) ≤ 1 never overflows.
    let u = logs.map { $0 - maxLog }
    let meanU = Statistics.mean(u)
    let sdU = Statistics.standardDeviation(u)

    let profile = WeibullProfile(u: u, meanU: meanU)
    let shape = solveShape(profile, initial: Double.pi / (6.0.squareRoot() * sdU))
    let (sumW, _, _) = profile.moments(shape)
    let scale = exp(maxLog + log(sumW / Double(xs.count)) / shape)
    return (shape, scale)
  }

  /// Brackets the root of the increasing function g, then runs safeguarded Newton.
  private static func solveShape(_ profile: WeibullProfile, initial: Double) -> Double {
    var low = initial
    var high = initial
    // g(k) → −∞ as k → 0 and → (max − mean) of the logs > 0 as k → ∞, so both loops end.
    while profile.value(low).g > 0 { low /= 2 }
    while profile.value(high).g < 0 { high *= 2 }
    var k = min(max(initial, low), high)
    for _ in 0..<200 {
      let (g, slope) = profile.value(k)
      if g == 0 { return k }
      if g < 0 { low = k } else { high = k }
      var next = k - g / slope
      if !(next > low && next < high) { next = (low + high) / 2 }
      let step = abs(next - k)
      k = next
      if step <= 1e-10 * k || (high - low) <= 1e-10 * k { return k }
    }
    return k
  }
}
