/// A bad line of an SWF file: where it is and what is wrong with it.
public struct SWFLineError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The path the file was opened with.
  public let file: String
  /// The 1-based line number in the file (header and blank lines count).
  public let line: Int
  /// What is wrong with the line.
  public let problem: SWFLineProblem

  /// Creates a line error.
  public init(file: String, line: Int, problem: SWFLineProblem) {
    self.file = file
    self.line = line
    self.problem = problem
  }

  /// `file:line: problem`, the form compilers use.
  public var description: String { "\(file):\(line): \(problem)" }
}
