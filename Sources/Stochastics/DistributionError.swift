/// A clear, planner-facing parameter error: which parameter and why.
public struct DistributionError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The distribution family, as in ``Distribution/family`` (e.g. `"exponential"`).
  public let family: String
  /// The offending parameter, e.g. `"mean"` or `"weights[2]"`.
  public let parameter: String
  /// Why it is wrong, e.g. `"must be a positive finite number, got -1.0"`.
  public let message: String

  /// Creates an error for `family.parameter`.
  public init(family: String, parameter: String, message: String) {
    self.family = family
    self.parameter = parameter
    self.message = message
  }

  /// `"family.parameter: message"`, e.g. `"exponential.mean: must be a positive finite number, got -1.0"`.
  public var description: String {
    "\(family).\(parameter): \(message)"
  }
}
