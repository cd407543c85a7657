import Foundation

/// A file could not be written.
package struct OutputError: Error, Sendable, CustomStringConvertible {
  /// What failed.
  package var message: String

  /// Creates an error.
  package init(message: String) {
    self.message = message
  }

  /// `cannot ACTION PATH: REASON`, the reason being the system's text for `code`
  /// (`cannot write out/jobs.csv: No space left on device`).
  package init(cannot action: String, _ path: String, errno code: Int32) {
    message = "cannot \(action) \(path): \(String(cString: strerror(code)))"
  }

  /// The message.
  package var description: String { message }
}
