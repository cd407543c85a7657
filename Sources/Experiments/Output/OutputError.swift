/// A file could not be written.
package struct OutputError: Error, Sendable, CustomStringConvertible {
  /// What failed.
  package var message: String

  /// Creates an error.
  package init(message: String) {
    self.message = message
  }

  /// The message.
  package var description: String { message }
}
