/// Why a file a planner named cannot be read, in words: `it is a directory`,
/// `it is a FIFO, not a regular file`, or the system's `No such file or directory`.
package struct InputFileError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The reason, a phrase that follows `cannot read the scenario file: `.
  package let reason: String

  /// Creates an error with `reason`.
  package init(reason: String) {
    self.reason = reason
  }

  /// The reason.
  package var description: String { reason }
}
