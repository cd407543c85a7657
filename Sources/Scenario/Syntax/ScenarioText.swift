import Foundation
import Traces

/// Reading the text of a YAML file named by the planner, with a ``ScenarioError``
/// they can act on when it cannot be read.
enum ScenarioText {
  /// The UTF-8 text at `url`.
  ///
  /// A directory, FIFO or device is refused before it is opened (``InputFile``), and a byte
  /// that is not UTF-8 is reported at its own line and column in the file.
  ///
  /// - Parameters:
  ///   - name: the file as positions inside it name it, e.g. `lab.yaml` in `lab.yaml:3:7`.
  ///   - what: what the file is, e.g. `"the sweep plan"` or `"VM profile file '/x.yaml'"`;
  ///     the error says `cannot read <what>: <reason>`.
  ///   - location: where an error about the file as a whole points: the key naming the file,
  ///     or line 1 of the file itself.
  ///   - path: the key path naming the file (empty for a file given on the command line).
  static func read(_ url: URL, name: String, what: String, location: ScenarioLocation,
                   path: String = "") throws -> String {
    let bytes: [UInt8]
    do {
      bytes = try InputFile.bytes(path: url.path)
    } catch {
      throw ScenarioError(location: location, path: path, message: "cannot read \(what): \(error.reason)")
    }
    if let bad = InvalidUTF8.first(in: bytes) {
      throw ScenarioError(location: .file(path: name, line: bad.line, column: bad.column), path: "",
                          message: "cannot read \(what): \(bad.problem)")
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// The text of a file given on the command line; an error points at its line 1.
  static func read(path: String, what: String) throws -> String {
    try read(URL(fileURLWithPath: path), name: path, what: what, location: .file(path: path, line: 1, column: 1))
  }
}
