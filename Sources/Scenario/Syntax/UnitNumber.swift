import Foundation
import Traces

/// A decimal number (``DecimalNumber``) followed by one of a table of unit suffixes, as
/// durations, sizes and rates are written: `90s`, `2 GiB`, `100Mbit/s`, `10_000s`.
///
/// Spaces around the text and between number and unit are allowed; underscores are ignored
/// anywhere. The longest matching suffix wins (`ms` before `s`); the empty suffix, when in
/// the table, is a bare number.
struct UnitNumber {
  /// The units, longest suffix first, with the factor each multiplies the number by.
  let units: [(suffix: String, scale: Double)]

  /// A table of `units`; the order given does not matter.
  init(_ units: [(suffix: String, scale: Double)]) {
    self.units = units.enumerated()
      .sorted { ($0.element.suffix.count, -$0.offset) > ($1.element.suffix.count, -$1.offset) }
      .map(\.element)
  }

  /// A bare number, no unit.
  static let plain = UnitNumber([("", 1)])

  /// The value of `text` times its unit's scale, or nil when it is not a finite decimal
  /// number with one of the units.
  func value(_ text: String) -> Double? {
    guard let (number, scale, _) = split(text), let value = DecimalNumber.value(number) else { return nil }
    let scaled = value * scale
    return scaled.isFinite ? scaled : nil
  }

  /// Why `text` is refused when its number is written in a syntax other than decimal
  /// (`0x10s`, `infh`), with the decimal spelling and the unit for a did-you-mean (`16s`).
  func problem(_ text: String, integer: Bool = false) -> NumberProblem? {
    guard let (number, _, suffix) = split(text),
      let problem = DecimalNumber.problem(number, integer: integer)
    else { return nil }
    return NumberProblem(reason: problem.reason, decimal: problem.decimal.map { $0 + suffix },
                         isInfinity: problem.isInfinity)
  }

  /// The number's text, its unit's scale and the unit as written.
  private func split(_ text: String) -> (number: String, scale: Double, suffix: String)? {
    let trimmed = text.replacingOccurrences(of: "_", with: "").trimmingCharacters(in: .whitespaces)
    for (suffix, scale) in units where trimmed.hasSuffix(suffix) {
      return (String(trimmed.dropLast(suffix.count)).trimmingCharacters(in: .whitespaces), scale, suffix)
    }
    return nil
  }
}
