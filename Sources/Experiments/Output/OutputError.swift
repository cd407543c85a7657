/// A file could not be written.
public struct OutputError: Error, Sendable, CustomStringConvertible {
  /// What failed.
  public var message: String

  /// Creates an error.
  public init(message: String) {
    self.message = message
  }

  /// The message.
  public var description: String { message }
}
