/// Input that is not RFC 4180 CSV, with the 1-based line and column of the problem.
///
/// Columns count characters (extended grapheme clusters) from the start of the line, so they
/// match what a reader counts in an editor for text without combining marks.
public struct CSVSyntaxError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The 1-based line of the problem.
  public let line: Int
  /// The 1-based column of the problem on that line.
  public let column: Int
  /// What is wrong and what was expected.
  public let message: String

  /// An error at `line`:`column` saying `message`.
  public init(line: Int, column: Int, message: String) {
    self.line = line
    self.column = column
    self.message = message
  }

  /// `line L, column C: message`; callers prefix the file name.
  public var description: String { "line \(line), column \(column): \(message)" }
}
