internal import CGSL

#if canImport(Glibc)
  internal import Glibc
#elseif canImport(Musl)
  internal import Musl
#elseif canImport(Darwin)
  internal import Darwin
#endif

extension Distribution {
  /// The quantile function F⁻¹(p) for p in (0, 1): the smallest x with F(x) ≥ p.
  ///
  /// Exponential −μ ln(1 − p); Weibull λ(−ln(1 − p))^(1/k); log-normal and gamma by GSL's
  /// `gsl_cdf_lognormal_Pinv` and `gsl_cdf_gamma_Pinv`; uniform a + p(b − a); constant its
  /// value; empirical the ⌈p·n⌉-th smallest value; hyperexponential by bisection of the CDF
  /// to 1e-12 relative. NaN for p outside (0, 1).
  package func quantile(_ p: Double) -> Double {
    guard p > 0 && p < 1 else { return .nan }
    GSL.configure()
    switch self {
    case .constant(let value):
      return value
    case .uniform(let low, let high):
      return low + p * (high - low)
    case .exponential(let mean):
      return -mean * log1p(-p)
    case .weibull(let shape, let scale):
      return scale * pow(-log1p(-p), 1 / shape)
    case .logNormal(let mu, let sigma):
      return gsl_cdf_lognormal_Pinv(p, mu, sigma)
    case .gamma(let shape, let scale):
      return gsl_cdf_gamma_Pinv(p, shape, scale)
    case .hyperexponential(_, let means):
      var low = 0.0
      var high = (means.max() ?? 1) * -log1p(-p) + 1
      while cdf(high) < p { high *= 2 }
      while high - low > 1e-12 * high {
        let middle = (low + high) / 2
        if cdf(middle) >= p { high = middle } else { low = middle }
      }
      return high
    case .empirical(let values):
      let sorted = values.sorted()
      let index = min(sorted.count - 1, max(0, Int((p * Double(sorted.count)).rounded(.up)) - 1))
      return sorted[index]
    }
  }
}
