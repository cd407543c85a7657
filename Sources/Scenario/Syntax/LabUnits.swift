import Foundation

/// Units for the lab's calendar, sizes and rates: `08:00`, `2GiB`, `100Mbit/s`.
package enum LabUnits {
  /// Seconds after midnight for `HH:MM` (24:00 allowed), or nil.
  package static func timeOfDay(_ text: String) -> Double? {
    let parts = text.trimmingCharacters(in: .whitespaces).split(separator: ":")
    guard parts.count == 2, let hours = Int(parts[0]), let minutes = Int(parts[1]), parts[1].count == 2,
      (0...24).contains(hours), (0..<60).contains(minutes), hours < 24 || minutes == 0
    else { return nil }
    return Double(hours * 3600 + minutes * 60)
  }

  /// `HH:MM` for seconds after midnight (rounded down to the minute).
  package static func timeOfDayText(_ seconds: Double) -> String {
    let minutes = Int(seconds / 60)
    let h = String(minutes / 60), m = String(minutes % 60)
    return (h.count < 2 ? "0" + h : h) + ":" + (m.count < 2 ? "0" + m : m)
  }

  static let sizes: [(String, Double)] = [
    ("KiB", 1024), ("MiB", 1_048_576), ("GiB", 1_073_741_824), ("TiB", 1_099_511_627_776),
    ("kB", 1e3), ("KB", 1e3), ("MB", 1e6), ("GB", 1e9), ("TB", 1e12), ("B", 1),
  ]

  /// Sizes as text: a decimal number and an optional size unit (bare numbers are bytes).
  static let sizeUnits = UnitNumber(sizes + [("", 1)])

  /// Rates as text: a decimal number and a bit rate, a size per second, `/s`, or nothing
  /// (bare numbers are bytes per second).
  static let rateUnits = UnitNumber(
    [("Tbit/s", 1.25e11), ("Gbit/s", 1.25e8), ("Mbit/s", 1.25e5), ("kbit/s", 125.0), ("bit/s", 0.125)]
      + sizes.map { ($0.0 + "/s", $0.1) } + [("/s", 1), ("", 1)])

  /// Bytes for `512MiB`, `2GiB`, `4GB`, or a bare number of bytes.
  package static func bytes(_ text: String) -> Double? {
    sizeUnits.value(text)
  }

  /// Bytes per second for `100Mbit/s`, `1Gbit/s`, `12.5MB/s`, `50MiB/s`, or a bare number of bytes per second.
  package static func bytesPerSecond(_ text: String) -> Double? {
    rateUnits.value(text)
  }
}
