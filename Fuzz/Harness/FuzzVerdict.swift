/// What a reader made of one input.
package enum FuzzVerdict: Equatable, Sendable, CustomStringConvertible {
  /// The reader accepted the input.
  case accepted
  /// The reader refused the input with an error that says where: `FILE:LINE:COLUMN` for
  /// YAML, `TRACE:LINE` for a trace line, or `TRACE` alone for a whole-trace problem.
  case rejected(position: String, message: String)
  /// The reader refused the input with an error that does not say where, or says a place
  /// outside the input: a finding, as a trap would be.
  case finding(String)

  /// Whether the reader behaved: it accepted the input or said where the problem is.
  package var isSound: Bool {
    if case .finding = self { return false }
    return true
  }

  /// One line, for the fuzz target's trap message and the replay tool.
  package var description: String {
    switch self {
    case .accepted: "accepted"
    case .rejected(let position, let message): "rejected at \(position): \(message)"
    case .finding(let message): "FINDING: \(message)"
    }
  }
}
