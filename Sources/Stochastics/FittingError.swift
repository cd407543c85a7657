/// Why a maximum-likelihood fit could not be made: which estimator and what is
/// wrong with the sample.
public struct FittingError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The estimator, e.g. `"weibull"` or `"exponential"`.
  public let family: String
  /// What is wrong, e.g. `"needs at least 2 values, got 1"`.
  public let message: String

  /// Creates an error for the `family` estimator.
  public init(family: String, message: String) {
    self.family = family
    self.message = message
  }

  /// `"family fit: message"`, e.g. `"weibull fit: needs at least 2 values, got 1"`.
  public var description: String {
    "\(family) fit: \(message)"
  }
}
