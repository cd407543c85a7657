import Stochastics

/// What a user does when a job is lost with its worker node.
public enum ResubmitPolicy: Sendable, Equatable {
  /// The job stays lost.
  case never
  /// The user resubmits after a delay drawn from the distribution, up to `maxAttempts`
  /// executions in all (`nil`: no limit).
  case after(Distribution, maxAttempts: Int?)
}
