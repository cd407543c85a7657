internal import CGSL

#if canImport(Glibc)
  internal import Glibc
#elseif canImport(Musl)
  internal import Musl
#elseif canImport(Darwin)
  internal import Darwin
#endif

extension Distribution {
  /// The number of free parameters a fit of this family estimates (for AIC): 1 for the
  /// exponential, 2 for Weibull, log-normal, gamma and uniform, 2m − 1 for an m-phase
  /// hyperexponential (m means, m − 1 free weights); nil for constant and empirical.
  package var parameterCount: Int? {
    switch self {
    case .exponential: 1
    case .weibull, .logNormal, .gamma, .uniform: 2
    case .hyperexponential(let weights, _): 2 * weights.count - 1
    case .constant, .empirical: nil
    }
  }

  /// The log-likelihood Σ ln f(xᵢ) of `xs` under this distribution's density:
  /// - exponential (mean μ): −n ln μ − Σx/μ;
  /// - Weibull (k, λ): n ln k − n k ln λ + (k − 1) Σ ln x − Σ (x/λ)^k;
  /// - log-normal (μ, σ): −Σ ln x − n ln σ − (n/2) ln 2π − Σ (ln x − μ)² / (2σ²);
  /// - gamma (k, θ): (k − 1) Σ ln x − Σ x/θ − n k ln θ − n ln Γ(k);
  /// - hyperexponential: Σ ln Σⱼ (wⱼ/Σw)(1/mⱼ) e^(−x/mⱼ);
  /// - uniform [a, b): −n ln(b − a) when every x is inside.
  /// −∞ when a value has zero density; nil for constant and empirical, which have none.
  package func logLikelihood(_ xs: [Double]) -> Double? {
    let n = Double(xs.count)
    switch self {
    case .exponential(let mean):
      if xs.contains(where: { $0 < 0 }) { return -.infinity }
      return -n * log(mean) - xs.reduce(0, +) / mean
    case .weibull(let k, let scale):
      if xs.contains(where: { $0 <= 0 }) { return -.infinity }
      var sumLog = 0.0
      var sumPower = 0.0
      for x in xs {
        sumLog += log(x)
        sumPower += pow(x / scale, k)
      }
      return n * log(k) - n * k * log(scale) + (k - 1) * sumLog - sumPower
    case .logNormal(let mu, let sigma):
      if xs.contains(where: { $0 <= 0 }) { return -.infinity }
      var sumLog = 0.0
      var sumSquares = 0.0
      for x in xs {
        let l = log(x)
        sumLog += l
        sumSquares += (l - mu) * (l - mu)
      }
      return -sumLog - n * log(sigma) - n / 2 * log(2 * Double.pi) - sumSquares / (2 * sigma * sigma)
    case .gamma(let k, let scale):
      if xs.contains(where: { $0 <= 0 }) { return -.infinity }
      var sumLog = 0.0
      var sum = 0.0
      for x in xs {
        sumLog += log(x)
        sum += x
      }
      return (k - 1) * sumLog - sum / scale - n * k * log(scale) - n * gsl_sf_lngamma(k)
    case .hyperexponential(let weights, let means):
      if xs.contains(where: { $0 < 0 }) { return -.infinity }
      let total = weights.reduce(0, +)
      var result = 0.0
      for x in xs {
        var density = 0.0
        for j in weights.indices { density += weights[j] / total / means[j] * exp(-x / means[j]) }
        result += log(density)
      }
      return result
    case .uniform(let low, let high):
      if high <= low || xs.contains(where: { $0 < low || $0 >= high }) { return -.infinity }
      return -n * log(high - low)
    case .constant, .empirical:
      return nil
    }
  }
}
