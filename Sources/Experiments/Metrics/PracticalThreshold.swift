/// The smallest difference between two variants that a planner would act on.
/// A difference inside it is "no practical difference", however narrow its CI.
package enum PracticalThreshold: Sendable, Equatable {
  /// A fraction of the larger of the two magnitudes compared (0.01 = 1%).
  case relative(Double)
  /// An amount in the metric's own unit.
  case absolute(Double)

  /// Relative differences below this are floating-point noise and count as zero.
  package static let noise = 1e-9
}
