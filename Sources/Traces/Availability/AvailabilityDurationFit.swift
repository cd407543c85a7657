import Stochastics

/// Maximum-likelihood exponential and Weibull fits to the pooled lengths of
/// the up (or down) intervals of a trace. Parameters are in seconds.
/// ``lawSelection()`` fits every candidate law and ranks them by AIC.
///
/// The exponential fit (the mean) uses every interval. The Weibull fit needs
/// positive values, so zero-length intervals are left out of it and counted in
/// ``weibullExcludedZeros``.
package struct AvailabilityDurationFit: Sendable, Equatable {
  /// Which intervals were fitted.
  package let state: AvailabilityState
  /// The number of intervals.
  package let count: Int
  /// `.exponential(mean:)`, or nil if there are no intervals.
  package let exponential: Distribution?
  /// `.weibull(shape:scale:)`, or nil if the fit failed (see ``weibullFailure``).
  package let weibull: Distribution?
  /// Zero-length intervals left out of the Weibull fit.
  package let weibullExcludedZeros: Int
  /// Why there is no Weibull fit, e.g. `"weibull fit: needs at least 2 values, got 1"`.
  package let weibullFailure: String?
  /// The durations fitted, seconds, in the trace's order.
  package let durations: [Double]

  /// Fits `durations` (seconds) of `state` intervals.
  package init(state: AvailabilityState, durations: [Double]) {
    self.state = state
    self.count = durations.count
    self.durations = durations
    if let mean = try? Fitting.exponentialMLE(durations) {
      exponential = .exponential(mean: mean)
    } else {
      exponential = nil
    }
    let positive = durations.filter { $0 > 0 }
    weibullExcludedZeros = durations.count - positive.count
    do {
      let fit = try Fitting.weibullMLE(positive)
      weibull = .weibull(shape: fit.shape, scale: fit.scale)
      weibullFailure = nil
    } catch {
      weibull = nil
      weibullFailure = error.description
    }
  }

  /// Fits the `state` intervals of every node of `trace`, pooled.
  package init(state: AvailabilityState, trace: AvailabilityTrace) {
    var durations: [Double] = []
    for node in trace.nodes {
      for interval in node.intervals where interval.state == state {
        durations.append(interval.duration)
      }
    }
    self.init(state: state, durations: durations)
  }

  /// Every candidate law fitted to the durations and ranked by AIC (``LawSelection``).
  package func lawSelection() -> LawSelection {
    LawSelection(durations)
  }
}
