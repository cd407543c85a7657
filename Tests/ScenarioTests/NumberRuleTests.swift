import Foundation
import Testing

@testable import Scenario

/// Numbers are decimal for every key, in YAML and in `--set`: hexadecimal, hexadecimal floats,
/// infinities and NaNs are refused with the reason and, where there is one, the decimal spelling.
@Suite("Decimal numbers everywhere")
struct NumberRuleTests {
  /// ``Fixture/full`` with a deployment section and a seed.
  static let base = Fixture.full + """

    deployment: {image_size: 2GiB, server_bandwidth: 1Gbit/s, host_bandwidth: 100Mbit/s}
    seed: 3
    """

  /// One key of each kind, with its line in ``Fixture/full`` style YAML and the kind's wording.
  static let keys: [(path: String, shown: String, expected: String)] = [
    ("registration.add_period", "registration.add_period", "a duration like 90s, 15m, 8h, 2d or 1w"),
    ("hosts.0.count", "hosts[0].count", "a positive integer"),
    ("deployment.server_bandwidth", "deployment.server_bandwidth", "a rate like 100Mbit/s, 1Gbit/s or 50MB/s"),
    ("deployment.image_size", "deployment.image_size", "a size like 512MiB or 2GiB"),
    ("hosts.0.speed", "hosts[0].speed", "a finite number"),
    ("workload.classes.0.cpu", "workload.classes[0].cpu", "a finite number"),
    ("seed", "seed", "a non-negative integer below 2^64"),
  ]

  static let hexadecimal = "hexadecimal numbers are not accepted; write numbers in decimal"

  /// Non-decimal spellings of a number, with the reason and the decimal did-you-mean expected
  /// (each written with the key's unit after it).
  static let spellings: [(number: String, reason: String, decimal: String?)] = [
    ("0x10", hexadecimal, "16"),
    ("0x1p3", hexadecimal, "8"),
    ("inf", "'inf' is not a finite number", nil),
    ("Infinity", "'Infinity' is not a finite number", nil),
    ("nan", "'nan' is not a number", nil),
  ]

  /// The unit written after the number at `path`.
  static func unit(_ path: String) -> String {
    switch path {
    case "registration.add_period": "s"
    case "deployment.server_bandwidth": "Mbit/s"
    case "deployment.image_size": "MiB"
    default: ""
    }
  }

  @Test("hexadecimal and other non-decimal spellings are refused via --set, for every kind of key",
        arguments: 0..<keys.count)
  func overrides(_ index: Int) throws {
    let (path, shown, expected) = Self.keys[index]
    for (number, reason, decimal) in Self.spellings {
      let text = number + Self.unit(path)
      let error = try #require(throws: ScenarioError.self) {
        try Fixture.parse(Self.base, overrides: ["\(path)=\(text)"])
      }
      #expect(error.location == .override("\(path)=\(text)"))
      #expect(error.path == shown)
      #expect(error.message == "expected \(expected), got '\(text)': \(reason)")
      #expect(error.suggestion == decimal.map { $0 + Self.unit(path) })
    }
  }

  @Test("the same in YAML, at the value's line and column")
  func yaml() throws {
    let cases: [(from: String, to: String, path: String, expected: String, suggestion: String)] = [
      ("  mode: restart", "  mode: restart\n  add_period: 0x10s", "registration.add_period", Self.keys[0].expected, "16s"),
      ("    count: 4", "    count: 0x10", "hosts[0].count", Self.keys[1].expected, "16"),
      ("server_bandwidth: 1Gbit/s", "server_bandwidth: 0x10Mbit/s", "deployment.server_bandwidth",
       Self.keys[2].expected, "16Mbit/s"),
    ]
    for (from, to, path, expected, suggestion) in cases {
      #expect(Self.base.components(separatedBy: from).count == 2, "the fixture changed: \(from)")
      let yaml = Self.base.replacingOccurrences(of: from, with: to)
      let value = String(to.split(separator: " ").last!)
      let error = try #require(throws: ScenarioError.self) { try Fixture.parse(yaml) }
      #expect(error.location == Fixture.locate(value, in: yaml))
      #expect(error.description == "\(error.location): \(path): expected \(expected), got '\(value)': "
        + "\(Self.hexadecimal) (did you mean '\(suggestion)'?)")
    }
  }

  @Test("an integer key says that integers have no fraction or exponent")
  func integers() throws {
    for (text, suggestion) in [("1e1", "10"), ("2.0", "2"), ("2.5", nil)] as [(String, String?)] {
      let error = try #require(throws: ScenarioError.self) {
        try Fixture.parse(Self.base, overrides: ["hosts.0.count=\(text)"])
      }
      #expect(error.message == "expected a positive integer, got '\(text)': an integer has no fraction or exponent")
      #expect(error.suggestion == suggestion)
    }
  }

  @Test("'inf' at a key that has the word 'unlimited' suggests it")
  func unlimited() throws {
    let error = try #require(throws: ScenarioError.self) {
      try Fixture.parse(Self.base, overrides: ["workload.resubmit.max_attempts=inf"])
    }
    #expect(error.message == "expected a positive integer, got 'inf': 'inf' is not a finite number")
    #expect(error.suggestion == "unlimited")
  }

  @Test("decimal spellings are all still read, with units, spaces and underscores")
  func decimalsStillRead() {
    let durations: [(String, Double)] = [
      ("1e3s", 1000), ("10_000s", 10_000), (".5h", 1800), ("5.s", 5), ("+5s", 5), ("2.5E-1 s", 0.25), ("-1h", -3600),
    ]
    for (text, seconds) in durations { #expect(Units.seconds(from: text) == seconds, "\(text)") }
    #expect(LabUnits.bytes("2 GiB") == 2_147_483_648)
    #expect(LabUnits.bytesPerSecond("1_000kbit/s") == 125_000)
    #expect(LabUnits.bytesPerSecond("50MiB/s") == 52_428_800)
    #expect(LabUnits.bytesPerSecond("12/s") == 12)
    for text in ["0x10s", "0x10", "0x1p3h", "infs", "nan", "1e999s", "0x10MiB/s", "0x10kbit/s"] {
      #expect(Units.seconds(from: text) == nil && LabUnits.bytesPerSecond(text) == nil, "\(text)")
    }
  }

  @Test("a sweep range is decimal too")
  func sweepRange() throws {
    let yaml = "base: ../paper-lab.yaml\nvary:\n  - {path: registration.add_period, range: {from: 0x10s, to: 60s, step: 10s}}\n"
    let error = try #require(throws: ScenarioError.self) { try SweepPlanTests.plan(yaml) }
    #expect(error.description == "plan.yaml:3:51: vary[0].range.from: expected a number or a duration like 15m, "
      + "got '0x10s': \(Self.hexadecimal) (did you mean '16s'?)")
  }
}
