import Foundation

/// Reading the text of a YAML file named by the planner, with a ``ScenarioError``
/// they can act on when it cannot be read.
enum ScenarioText {
  /// The UTF-8 text at `url`.
  ///
  /// - Parameters:
  ///   - what: what the file is, e.g. `"the sweep plan"` or `"VM profile file '/x.yaml'"`;
  ///     the error says `cannot read <what>: <reason>`.
  ///   - location: where the error points: the key naming the file, or line 1 of the file itself.
  ///   - path: the key path naming the file (empty for a file given on the command line).
  static func read(_ url: URL, what: String, location: ScenarioLocation, path: String = "") throws -> String {
    do {
      return try String(contentsOf: url, encoding: .utf8)
    } catch {
      throw ScenarioError(location: location, path: path, message: "cannot read \(what): \(error.localizedDescription)")
    }
  }

  /// The text of a file given on the command line; an error points at its line 1.
  static func read(path: String, what: String) throws -> String {
    try read(URL(fileURLWithPath: path), what: what, location: .file(path: path, line: 1, column: 1))
  }
}
