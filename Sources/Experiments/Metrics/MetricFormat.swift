import Foundation

/// Metric values as people read them: times in seconds, minutes, hours or days (hours
/// summed over PCs stay in hours), fractions
/// as percentages, large numbers grouped by thousands, each with its unit. For the console
/// and reports only; CSV files keep full precision in the catalogue's unit.
package enum MetricFormat {
  /// `value`, measured in `unit`, in human form with its unit; "n/a" when undefined.
  package static func text(_ value: Double, unit: MetricUnit) -> String {
    guard value.isFinite else { return "n/a" }
    switch unit {
    case .count:
      return value == value.rounded() ? grouped(value, decimals: 0) : significant(value, digits: 3)
    case .seconds: return duration(value)
    case .hours: return significant(value, digits: 4) + " h"  // hours summed over PCs read best as hours
    case .fraction: return significant(value * 100, digits: 3) + " %"
    case .jobsPerHour, .coreHours, .kilowattHours, .kilowattHoursPerJob:
      return significant(value, digits: 4) + " " + unit.rawValue
    }
  }

  /// A difference, signed ("+2.5 h", "−3 jobs"), in the same form as ``text(_:unit:)``.
  package static func difference(_ value: Double, unit: MetricUnit) -> String {
    guard value.isFinite else { return "n/a" }
    if value == 0 { return text(0, unit: unit) }
    let magnitude = text(abs(value), unit: unit)
    return (value > 0 ? "+" : "−") + magnitude
  }

  /// Seconds as s, min, h or d, whichever keeps the number between 1 and a few hundred.
  package static func duration(_ seconds: Double) -> String {
    let size = abs(seconds)
    if size < 120 { return significant(seconds, digits: 3) + " s" }
    if size < 2 * 3600 { return significant(seconds / 60, digits: 3) + " min" }
    if size < 72 * 3600 { return significant(seconds / 3600, digits: 3) + " h" }
    return significant(seconds / 86400, digits: 3) + " d"
  }

  /// `value` to `digits` significant digits (at least), without exponent, grouped by thousands.
  package static func significant(_ value: Double, digits: Int) -> String {
    guard value != 0 else { return "0" }
    let magnitude = Int(floor(log10(abs(value))))
    let decimals = max(0, digits - 1 - magnitude)
    return grouped(value, decimals: min(decimals, 12))
  }

  /// `value` with `decimals` decimals and a comma between thousands ("12,345.6").
  package static func grouped(_ value: Double, decimals: Int) -> String {
    let plain = String(format: "%.\(decimals)f", abs(value))
    let parts = plain.split(separator: ".", omittingEmptySubsequences: false)
    var integer = String(parts[0])
    var groups: [String] = []
    while integer.count > 3 {
      groups.insert(String(integer.suffix(3)), at: 0)
      integer.removeLast(3)
    }
    groups.insert(integer, at: 0)
    let sign = value < 0 && plain.contains(where: { $0 != "0" && $0 != "." }) ? "-" : ""
    return sign + groups.joined(separator: ",") + (parts.count > 1 ? "." + parts[1] : "")
  }
}
