/// One candidate law fitted to a sample by maximum likelihood, with its AIC and
/// Kolmogorov–Smirnov statistic.
package struct FittedLaw: Sendable, Equatable {
  /// The fitted distribution (parameters in the sample's unit, seconds for durations).
  package let distribution: Distribution
  /// Σ ln f(xᵢ) at the fitted parameters.
  package let logLikelihood: Double
  /// The number of fitted parameters k.
  package let parameterCount: Int
  /// The Kolmogorov–Smirnov distance of the sample from the fitted law.
  package let kolmogorovSmirnov: KolmogorovSmirnov

  /// Fits nothing: records `distribution`'s log-likelihood and KS statistic on `sorted`
  /// (ascending). Nil for a distribution without a density (constant, empirical).
  package init?(distribution: Distribution, sorted: [Double]) {
    guard let count = distribution.parameterCount, let logLikelihood = distribution.logLikelihood(sorted) else {
      return nil
    }
    self.distribution = distribution
    self.logLikelihood = logLikelihood
    self.parameterCount = count
    kolmogorovSmirnov = KolmogorovSmirnov(sorted: sorted, cdf: distribution.cdf)
  }

  /// Akaike's information criterion, 2k − 2 ln L (Akaike 1974): lower is better.
  package var aic: Double { 2 * Double(parameterCount) - 2 * logLikelihood }
}
