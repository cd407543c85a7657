/// A problem reading a login-session log: the file, the 1-based line and column when one
/// place is to blame, and what is wrong.
package struct SessionLogError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The file name as given.
  package let file: String
  /// The 1-based line (of the decompressed text), or nil for whole-file problems.
  package let line: Int?
  /// The 1-based column, or nil.
  package let column: Int?
  /// What is wrong and what was expected.
  package let message: String

  /// Creates an error.
  package init(file: String, line: Int? = nil, column: Int? = nil, message: String) {
    self.file = file
    self.line = line
    self.column = column
    self.message = message
  }

  /// `file:line:column: message`, shortened when line or column is unknown.
  package var description: String {
    var place = file
    if let line { place += ":\(line)" }
    if let line, let column, line > 0 { place += ":\(column)" }
    return "\(place): \(message)"
  }
}
