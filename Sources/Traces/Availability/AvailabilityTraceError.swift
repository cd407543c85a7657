/// A problem reading an availability trace: the file, the 1-based line when one
/// line is to blame, and what is wrong.
package struct AvailabilityTraceError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The file name as given to the reader.
  package let file: String
  /// The 1-based line number, or nil for whole-file problems.
  package let line: Int?
  /// What is wrong, e.g. `"expected 9 tab-separated columns, got 7"`.
  package let message: String

  /// Creates an error at `file:line`.
  package init(file: String, line: Int?, message: String) {
    self.file = file
    self.line = line
    self.message = message
  }

  /// `"file:line: message"`, or `"file: message"` without a line.
  package var description: String {
    if let line { return "\(file):\(line): \(message)" }
    return "\(file): \(message)"
  }
}
