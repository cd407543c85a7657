/// A clear, planner-facing parameter error: which parameter and why.
package struct DistributionError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The distribution family, as in ``Distribution/family`` (e.g. `"exponential"`).
  package let family: String
  /// The offending parameter, e.g. `"mean"` or `"weights[2]"`.
  package let parameter: String
  /// Why it is wrong, e.g. `"must be a positive finite number, got -1.0"`.
  package let message: String

  /// Creates an error for `family.parameter`.
  package init(family: String, parameter: String, message: String) {
    self.family = family
    self.parameter = parameter
    self.message = message
  }

  /// `"family.parameter: message"`, e.g. `"exponential.mean: must be a positive finite number, got -1.0"`.
  package var description: String {
    "\(family).\(parameter): \(message)"
  }
}
