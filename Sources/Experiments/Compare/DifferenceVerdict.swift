import Stochastics

/// How a paired difference between two variants reads, from its 95% CI and the metric's
/// practical threshold. The checks are made in this order:
///
/// 1. ``noise``: |mean| ≤ ``PracticalThreshold/noise`` × the larger magnitude of the two
///    variants' means (and a mean of exactly 0): floating-point rounding, counted as zero.
/// 2. ``noInterval``: fewer than 2 paired replications, so there is no CI.
/// 3. ``includesZero``: the CI [mean − ci95, mean + ci95] contains 0.
/// 4. ``withinThreshold``: the CI excludes 0 but lies wholly inside [−T, T], T the
///    metric's threshold (a fraction of the larger magnitude, or an amount in its unit):
///    a real difference too small to act on.
/// 5. ``beyondThreshold``: the CI excludes 0 and reaches beyond ±T.
///
/// Only ``beyondThreshold`` tells two variants apart; every other verdict is a tie.
package enum DifferenceVerdict: String, Sendable, Equatable {
  case noise
  case noInterval
  case includesZero
  case withinThreshold
  case beyondThreshold

  /// The verdict on `difference` (variant − reference, paired by replication) between
  /// two variants whose own means are `mean` and `referenceMean`.
  package static func judge(
    _ difference: ConfidenceInterval, mean: Double, referenceMean: Double, threshold: PracticalThreshold
  ) -> DifferenceVerdict {
    let scale = magnitude(mean, referenceMean)
    if abs(difference.mean) <= PracticalThreshold.noise * scale { return .noise }
    guard difference.halfWidth.isFinite, difference.mean.isFinite else { return .noInterval }
    if difference.lower <= 0 && difference.upper >= 0 { return .includesZero }
    let band = amount(threshold, mean: mean, referenceMean: referenceMean)
    if difference.lower >= -band && difference.upper <= band { return .withinThreshold }
    return .beyondThreshold
  }

  /// The threshold T in the metric's unit for two means: the fraction of their larger
  /// magnitude, or the absolute amount.
  package static func amount(_ threshold: PracticalThreshold, mean: Double, referenceMean: Double) -> Double {
    switch threshold {
    case .relative(let fraction): fraction * magnitude(mean, referenceMean)
    case .absolute(let amount): amount
    }
  }

  /// The larger of the two magnitudes, ignoring an undefined one (0 when both are).
  private static func magnitude(_ a: Double, _ b: Double) -> Double {
    [abs(a), abs(b)].filter(\.isFinite).max() ?? 0
  }

  /// Whether the two variants cannot be told apart (every verdict but ``beyondThreshold``).
  package var isTie: Bool { self != .beyondThreshold }

  /// Whether the CI excludes 0 and the difference is not noise (compare.csv's `significant`).
  package var isSignificant: Bool { self == .withinThreshold || self == .beyondThreshold }
}
