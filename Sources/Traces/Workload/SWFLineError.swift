/// A bad line of an SWF file: where it is and what is wrong with it.
package struct SWFLineError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The path the file was opened with.
  package let file: String
  /// The 1-based line number in the file (header and blank lines count).
  package let line: Int
  /// What is wrong with the line.
  package let problem: SWFLineProblem

  /// Creates a line error.
  package init(file: String, line: Int, problem: SWFLineProblem) {
    self.file = file
    self.line = line
    self.problem = problem
  }

  /// `file:line: problem`, the form compilers use.
  package var description: String { "\(file):\(line): \(problem)" }
}
