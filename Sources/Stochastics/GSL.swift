internal import CGSL

/// Process-wide GSL set-up.
///
/// GSL's default error handler prints a message and aborts the process. Every
/// entry point of this layer calls ``configure()`` first, so a bad argument that
/// slips past the Swift-side validation yields a NaN/sentinel instead of a crash.
package enum GSL {
  /// Runs `gsl_set_error_handler_off()` exactly once; Swift initialises a
  /// `static let` lazily and thread-safely.
  private static let errorHandlerSwitchedOff: Bool = {
    _ = gsl_set_error_handler_off()
    return true
  }()

  /// Switches GSL's abort-on-error handler off (`gsl_set_error_handler_off`).
  ///
  /// Idempotent and thread-safe: the switch happens once per process, on the
  /// first call; later calls only check a once-token.
  package static func configure() {
    _ = errorHandlerSwitchedOff
  }
}
