import Stochastics

/// `resubmit: {after, max_attempts}`: the settings of ``Model/ResubmitPolicy/after(_:maxAttempts:)``.
struct ResubmitAfter: Equatable {
  /// The delay between a loss and the resubmission.
  var after: Distribution
  /// Executions a job may have in all (nil: no limit).
  var maxAttempts: Int?
}
