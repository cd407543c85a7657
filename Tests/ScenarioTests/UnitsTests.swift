import Foundation
import Testing

@testable import Scenario

@Suite("Units")
struct UnitsTests {
  static let parsed: [(String, Double)] = [
    ("250ms", 0.25), ("1ms", 0.001),
    ("90s", 90), ("0s", 0),
    ("15m", 900), ("1.5m", 90),
    ("8h", 28_800), ("35.5h", 127_800),
    ("2d", 172_800),
    ("1w", 604_800), ("3w", 1_814_400),
    ("42", 42), ("0.5", 0.5), ("1e3", 1000),
    (" 30s ", 30), ("2 h", 7200),
    ("-1h", -3600),
  ]

  @Test("every suffix and bare numbers parse to seconds", arguments: parsed)
  func parsesSuffixes(_ text: String, _ seconds: Double) {
    #expect(Units.seconds(from: text) == seconds)
  }

  @Test("each documented suffix is present with its scale")
  func suffixTable() {
    let table = Dictionary(uniqueKeysWithValues: Units.durationUnits.map { ($0.suffix, $0.seconds) })
    #expect(table == ["ms": 0.001, "s": 1, "m": 60, "h": 3600, "d": 86_400, "w": 604_800])
  }

  static let garbage = [
    "", " ", "h", "ms", "abc", "five minutes", "5x", "5 minutes", "1h30m", "5mm", "--5s", "s5",
    "inf", "infs", "nan", "nanh", "1/2h",
  ]

  @Test("anything else is nil", arguments: garbage)
  func rejectsGarbage(_ text: String) {
    #expect(Units.seconds(from: text) == nil)
  }

  static let written: [(Double, String)] = [
    (0, "0s"), (1, "1s"), (0.25, "0.25s"), (1.5, "1.5s"), (59, "59s"), (90, "90s"),
    (60, "1m"), (120, "2m"), (900, "15m"), (5400, "90m"),
    (3600, "1h"), (7200, "2h"), (90_000, "25h"),
    (86_400, "1d"), (172_800, "2d"), (259_200, "3d"), (777_600, "9d"),
    (604_800, "1w"), (1_209_600, "2w"), (31_449_600, "52w"),
    (31_536_000, "365d"), (-3600, "-1h"),
  ]

  @Test("durationText picks the largest unit that divides exactly", arguments: written)
  func writesLargestExactUnit(_ seconds: Double, _ text: String) {
    #expect(Units.durationText(seconds) == text)
  }

  @Test("durationText round-trips through seconds(from:)")
  func durationRoundTrip() throws {
    var values: [Double] = [
      0, 0.001, 0.25, 1, 1.2, 59.999, 60, 61, 3599, 3600, 3601, 35.30 * 3600, 0.74 * 3600, 9.34 * 3600,
      4.16 * 3600, 11.571428571428571, 86_400 * 365, 604_800 * 3, 123_456.789, 1e-9, 1e12, 1e20,
    ]
    // A deterministic spread of awkward values: multiples and fractions of every unit.
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    for _ in 0..<2000 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let unit = [0.001, 1, 60, 3600, 86_400, 604_800][Int(state >> 61) % 6]
      let factor = Double(state >> 11) / Double(1 << 53) * 1000
      values.append(unit * factor)
      values.append(unit * factor.rounded())
    }
    for value in values {
      let text = Units.durationText(value)
      let back = try #require(Units.seconds(from: text), "'\(text)' does not parse")
      #expect(back == value, "\(value) -> '\(text)' -> \(back)")
    }
  }

  @Test("numberText drops a whole number's .0 and round-trips")
  func numberText() {
    #expect(Units.numberText(1) == "1")
    #expect(Units.numberText(-2) == "-2")
    #expect(Units.numberText(0.7) == "0.7")
    #expect(Units.numberText(0.95) == "0.95")
    for value in [0.0, 1, 0.1, 0.7, 1.0 / 3, 8.188689124218, -4.5, 1e20, 1e-12] {
      #expect(Double(Units.numberText(value)) == value)
    }
  }
}
