/// Why a calibration block cannot be written: no law fits a sample, or a profile has the
/// wrong shape.
package struct CalibrationError: Error, Sendable, Equatable, CustomStringConvertible {
  /// What is wrong.
  package let message: String

  /// Creates an error.
  package init(message: String) {
    self.message = message
  }

  /// The message.
  package var description: String { message }
}
