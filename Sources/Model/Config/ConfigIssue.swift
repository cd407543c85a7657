/// One rule a configuration breaks: the scenario key path and what is wrong.
public struct ConfigIssue: Sendable, Equatable, CustomStringConvertible {
  /// Dotted key path with list indices in brackets, e.g. `hosts[0].cores`.
  public let path: String
  /// What is wrong and what was expected.
  public let message: String

  /// Creates an issue at `path`.
  public init(path: String, message: String) {
    self.path = path
    self.message = message
  }

  /// `path: message`.
  public var description: String { "\(path): \(message)" }
}
