/// Why a maximum-likelihood fit could not be made: which estimator and what is
/// wrong with the sample.
package struct FittingError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The estimator, e.g. `"weibull"` or `"exponential"`.
  package let family: String
  /// What is wrong, e.g. `"needs at least 2 values, got 1"`.
  package let message: String

  /// Creates an error for the `family` estimator.
  package init(family: String, message: String) {
    self.family = family
    self.message = message
  }

  /// `"family fit: message"`, e.g. `"weibull fit: needs at least 2 values, got 1"`.
  package var description: String {
    "\(family) fit: \(message)"
  }
}
