import Yams

/// A problem in a scenario that a planner can act on: where, which key, what
/// was expected, and a guess at what was meant.
///
/// Printed as `paper-lab.yaml:14:9: hosts[0].cores: must be a positive integer, got 'two'`.
public struct ScenarioError: Error, Sendable, Equatable, CustomStringConvertible {
  /// Where the offending value is.
  public var location: ScenarioLocation
  /// The key path, e.g. `hosts[0].cores` (empty for the whole document).
  public var path: String
  /// What is wrong and what was expected.
  public var message: String
  /// A likely intended word, for typos.
  public var suggestion: String?

  /// Creates an error.
  public init(location: ScenarioLocation, path: String, message: String, suggestion: String? = nil) {
    self.location = location
    self.path = path
    self.message = message
    self.suggestion = suggestion
  }

  /// One line: location, key path, message and the did-you-mean.
  public var description: String {
    var text = "\(location): "
    if !path.isEmpty { text += "\(path): " }
    text += message
    if let suggestion { text += " (did you mean '\(suggestion)'?)" }
    return text
  }

  static func syntax(_ error: YamlError, origin: (Int, Int) -> ScenarioLocation) -> ScenarioError {
    switch error {
    case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _):
      return ScenarioError(location: origin(mark.line, mark.column), path: "", message: "YAML syntax error: \(problem)")
    case .composer(_, let problem, let mark, _):
      return ScenarioError(location: origin(mark.line, mark.column), path: "", message: "YAML error: \(problem)")
    case .duplicatedKeysInMapping(let duplicates, let context):
      let keys = duplicates.sorted().joined(separator: ", ")
      let mark = context.mark
      return ScenarioError(location: origin(mark.line, mark.column), path: "", message: "duplicate key(s): \(keys)")
    default:
      return ScenarioError(location: origin(1, 1), path: "", message: "YAML error: \(error)")
    }
  }
}
