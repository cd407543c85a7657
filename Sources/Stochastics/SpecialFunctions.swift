#if canImport(Glibc)
  internal import Glibc
#elseif canImport(Musl)
  internal import Musl
#elseif canImport(Darwin)
  internal import Darwin
#endif

/// The digamma and trigamma functions, for the gamma maximum-likelihood fit.
///
/// Both use the recurrences ψ(x) = ψ(x+1) − 1/x and ψ′(x) = ψ′(x+1) + 1/x² to move x to at
/// least 10, then the asymptotic series (Abramowitz and Stegun 6.3.18 and 6.4.12):
/// ψ(x) ≈ ln x − 1/(2x) − Σ B₂ₙ/(2n·x²ⁿ) and ψ′(x) ≈ 1/x + 1/(2x²) + Σ B₂ₙ/x²ⁿ⁺¹, with the
/// Bernoulli numbers B₂ = 1/6, B₄ = −1/30, B₆ = 1/42, B₈ = −1/30, B₁₀ = 5/66. At x ≥ 10 the
/// first omitted term is below 1e-13 relative.
enum SpecialFunctions {
  /// ψ(x) = d/dx ln Γ(x), for x > 0.
  static func digamma(_ x: Double) -> Double {
    var x = x
    var shift = 0.0
    while x < 10 {
      shift -= 1 / x
      x += 1
    }
    let inverse2 = 1 / (x * x)
    let series = inverse2 * (1.0 / 12 - inverse2 * (1.0 / 120 - inverse2 * (1.0 / 252 - inverse2 * (1.0 / 240 - inverse2 / 132))))
    return shift + log(x) - 0.5 / x - series
  }

  /// ψ′(x) = d²/dx² ln Γ(x), for x > 0.
  static func trigamma(_ x: Double) -> Double {
    var x = x
    var shift = 0.0
    while x < 10 {
      shift += 1 / (x * x)
      x += 1
    }
    let inverse2 = 1 / (x * x)
    let series = (1.0 / 6 - inverse2 * (1.0 / 30 - inverse2 * (1.0 / 42 - inverse2 * (1.0 / 30 - inverse2 * 5 / 66)))) / (x * x * x)
    return shift + 1 / x + 0.5 * inverse2 + series
  }
}
