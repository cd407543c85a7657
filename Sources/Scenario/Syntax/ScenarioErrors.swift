/// Several scenario problems found in one pass, reported together.
public struct ScenarioErrors: Error, Sendable, CustomStringConvertible {
  /// The problems, in file order where known.
  public var errors: [ScenarioError]

  /// Wraps the problems.
  public init(_ errors: [ScenarioError]) {
    self.errors = errors
  }

  /// One problem per line.
  public var description: String { errors.map(\.description).joined(separator: "\n") }
}
