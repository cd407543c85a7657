/// The candidate laws fitted to a sample of durations by maximum likelihood, ranked by AIC,
/// with the one to use.
///
/// The candidates are the families of the scenario grammar that have a density and a
/// maximum-likelihood fit: exponential, Weibull, log-normal, gamma and a two-phase
/// hyperexponential (``Fitting``). All are fitted to the same values, the positive ones:
/// zeros (a zero-length interval, a session that ended as it began) have no density under
/// Weibull, log-normal and gamma, so they are left out of every fit and counted in
/// ``zerosLeftOut``, which keeps the AICs comparable.
///
/// ``best`` is the law with the fewest parameters among those within ``aicTolerance`` (2) of
/// the lowest AIC, and among those the lowest AIC. Models within 2 AIC units of the best have
/// "substantial support" (Burnham and Anderson, *Model Selection and Multimodel Inference*,
/// 2nd ed., 2002, §2.6); preferring the simplest of them keeps an exponential sample from
/// being described by a Weibull whose shape is 1 within noise.
package struct LawSelection: Sendable, Equatable {
  /// Laws within this many AIC units of the lowest count as equally supported.
  package static let aicTolerance = 2.0

  /// The number of values given, zeros included.
  package let count: Int
  /// Values equal to 0, left out of every fit.
  package let zerosLeftOut: Int
  /// The positive values, ascending: the sample every law was fitted to.
  package let sorted: [Double]
  /// The fitted candidates, by increasing AIC (ties in the candidate order).
  package let fits: [FittedLaw]
  /// The candidates that could not be fitted, and why.
  package let failures: [FittingError]

  /// Fits every candidate to the positive values of `values`.
  package init(_ values: [Double]) {
    count = values.count
    zerosLeftOut = values.count { $0 == 0 }
    sorted = values.filter { $0 != 0 }.sorted()
    var fits: [FittedLaw] = []
    var failures: [FittingError] = []
    let sample = sorted
    for family in Self.families {
      do {
        let distribution = try Self.fit(family, sample)
        if let fit = FittedLaw(distribution: distribution, sorted: sample), fit.aic.isFinite { fits.append(fit) }
      } catch {
        failures.append(error)
      }
    }
    self.fits = fits.enumerated().sorted { ($0.element.aic, $0.offset) < ($1.element.aic, $1.offset) }.map(\.element)
    self.failures = failures
  }

  /// The candidate families, in the order that breaks ties.
  package static let families = ["exponential", "weibull", "lognormal", "gamma", "hyperexponential"]

  /// The maximum-likelihood fit of `family` to `sample`.
  private static func fit(_ family: String, _ sample: [Double]) throws(FittingError) -> Distribution {
    switch family {
    case "weibull":
      let fit = try Fitting.weibullMLE(sample)
      return .weibull(shape: fit.shape, scale: fit.scale)
    case "lognormal":
      let fit = try Fitting.logNormalMLE(sample)
      return .logNormal(mu: fit.mu, sigma: fit.sigma)
    case "gamma":
      let fit = try Fitting.gammaMLE(sample)
      return .gamma(shape: fit.shape, scale: fit.scale)
    case "hyperexponential":
      let fit = try Fitting.hyperexponentialMLE(sample)
      return .hyperexponential(weights: fit.weights, means: fit.means)
    default:
      return .exponential(mean: try Fitting.exponentialMLE(sample))
    }
  }

  /// The law to use: the fewest parameters within ``aicTolerance`` of the lowest AIC, then
  /// the lowest AIC. Nil when no candidate could be fitted.
  package var best: FittedLaw? {
    guard let lowest = fits.first?.aic else { return nil }
    return fits.filter { $0.aic <= lowest + Self.aicTolerance }
      .enumerated()
      .min { ($0.element.parameterCount, $0.offset) < ($1.element.parameterCount, $1.offset) }?
      .element
  }
}
