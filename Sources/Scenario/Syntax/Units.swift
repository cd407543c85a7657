import Foundation

/// Durations with units in the file, seconds inside.
package enum Units {
  /// Seconds per unit suffix.
  package static let durationUnits: [(suffix: String, seconds: Double)] = [
    ("ms", 0.001), ("s", 1), ("m", 60), ("h", 3600), ("d", 86_400), ("w", 604_800),
  ]

  /// Durations as text: a decimal number and an optional unit (bare numbers are seconds).
  static let durations = UnitNumber(durationUnits.map { ($0.suffix, $0.seconds) } + [("", 1)])

  /// Parses `90s`, `15m`, `8h`, `2d`, `1w`, `250ms`, or a bare number of seconds; the number
  /// is decimal (``DecimalNumber``). Returns nil for anything else.
  package static func seconds(from text: String) -> Double? {
    durations.value(text)
  }

  /// Writes seconds in the largest unit that divides them exactly (`90s`, `15m`, `8h`).
  /// Non-finite values are written as Swift prints them (`inf`), for messages.
  package static func durationText(_ seconds: Double) -> String {
    guard seconds.isFinite else { return "\(seconds)" }
    for (suffix, scale) in [("w", 604_800.0), ("d", 86_400), ("h", 3600), ("m", 60)]
    where seconds != 0 && abs(seconds) >= scale {
      let count = seconds / scale
      if count == count.rounded() && abs(count) < 1e15 { return "\(Int(count))\(suffix)" }
    }
    if seconds == seconds.rounded() && abs(seconds) < 1e15 { return "\(Int(seconds))s" }
    return "\(seconds)s"
  }

  /// Writes a plain number without a trailing `.0` when it is whole.
  package static func numberText(_ value: Double) -> String {
    if value == value.rounded() && abs(value) < 1e15 { return String(Int(value)) }
    return String(value)
  }
}
