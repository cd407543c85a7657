#if canImport(Glibc)
  internal import Glibc
#elseif canImport(Musl)
  internal import Musl
#elseif canImport(Darwin)
  internal import Darwin
#endif

/// The one-sample Kolmogorov–Smirnov statistic of a sample against a distribution, with the
/// asymptotic p-value.
///
/// D = maxᵢ max(i/n − F(x₍ᵢ₎), F(x₍ᵢ₎) − (i−1)/n) over the sorted sample. The p-value is
/// Q_KS(λ) with λ = (√n + 0.12 + 0.11/√n)·D (Stephens 1970, as in Numerical Recipes 3rd ed.
/// §14.3.3): Q_KS(λ) = 2 Σⱼ (−1)^(j−1) e^(−2j²λ²) for λ ≥ 1.18, and 1 − (√(2π)/λ) Σⱼ
/// e^(−(2j−1)²π²/(8λ²)) below, where that series converges faster. When the distribution's
/// parameters were fitted to the same sample the p-value is too large (Lilliefors 1967): it
/// says how far the data are from the law, not a test at its nominal level.
package struct KolmogorovSmirnov: Sendable, Equatable {
  /// D, in [0, 1].
  package let statistic: Double
  /// The asymptotic p-value Q_KS(λ), in [0, 1].
  package let pValue: Double
  /// The sample size.
  package let count: Int

  /// The statistic of `sorted` (ascending) against `cdf`.
  package init(sorted: [Double], cdf: (Double) -> Double) {
    let n = Double(sorted.count)
    var d = 0.0
    for (index, x) in sorted.enumerated() {
      let f = cdf(x)
      d = max(d, Double(index + 1) / n - f, f - Double(index) / n)
    }
    statistic = d
    count = sorted.count
    let root = n.squareRoot()
    pValue = sorted.isEmpty ? .nan : Self.tail((root + 0.12 + 0.11 / root) * d)
  }

  /// Q_KS(λ) = P(K > λ) for the Kolmogorov distribution.
  package static func tail(_ lambda: Double) -> Double {
    if lambda <= 0 { return 1 }
    if lambda < 1.18 {
      let factor = -Double.pi * Double.pi / (8 * lambda * lambda)
      var sum = 0.0
      for j in 1...20 {
        let odd = Double(2 * j - 1)
        sum += exp(factor * odd * odd)
      }
      return min(1, max(0, 1 - (2 * Double.pi).squareRoot() / lambda * sum))
    }
    var sum = 0.0
    var sign = 1.0
    for j in 1...100 {
      let term = exp(-2 * Double(j * j) * lambda * lambda)
      sum += sign * term
      if term < 1e-17 { break }
      sign = -sign
    }
    return min(1, max(0, 2 * sum))
  }
}
