#if canImport(Glibc)
  internal import Glibc
#elseif canImport(Musl)
  internal import Musl
#elseif canImport(Darwin)
  internal import Darwin
#endif

/// The Weibull profile-likelihood equation for the shape, over centred logs
/// uᵢ = ln xᵢ − max ln x (all ≤ 0), used by ``Fitting/weibullMLE(_:)``.
struct WeibullProfile {
  /// The centred logs.
  let u: [Double]
  /// Their mean.
  let meanU: Double

  /// (Σwᵢ, Σwᵢuᵢ, Σwᵢuᵢ²) with wᵢ = exp(k·uᵢ) ∈ (0, 1].
  func moments(_ k: Double) -> (Double, Double, Double) {
    var s0 = 0.0
    var s1 = 0.0
    var s2 = 0.0
    for value in u {
      let w = exp(k * value)
      s0 += w
      s1 += w * value
      s2 += w * value * value
    }
    return (s0, s1, s2)
  }

  /// g(k) = Σwu/Σw − 1/k − mean(u) and its derivative
  /// g′(k) = Σwu²/Σw − (Σwu/Σw)² + 1/k² (a weighted variance plus 1/k², so > 0).
  func value(_ k: Double) -> (g: Double, slope: Double) {
    let (s0, s1, s2) = moments(k)
    let m1 = s1 / s0
    let variance = max(0, s2 / s0 - m1 * m1)
    return (m1 - 1 / k - meanU, variance + 1 / (k * k))
  }
}
