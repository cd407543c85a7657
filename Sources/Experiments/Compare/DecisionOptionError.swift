/// A `--objective` or `--constraint` that cannot be read; the message names the option as typed.
package struct DecisionOptionError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The message, e.g. `--objective 'goodptu:max': unknown metric 'goodptu' (did you mean 'goodput_core_hours'?)`.
  package let message: String

  /// An error about `option` typed as `typed`.
  package init(option: String, typed: String, _ problem: String) {
    message = "\(option) '\(typed)': \(problem)"
  }

  package var description: String { message }
}
