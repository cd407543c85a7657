import Foundation
import Testing

@testable import Scenario

/// Shared fixtures for the Scenario tests (no suites here).
enum Fixture {
  /// The file name scenarios parsed from text pretend to come from.
  static let file = "test.yaml"

  /// A location in ``file``.
  static func at(_ line: Int, _ column: Int) -> ScenarioLocation {
    .file(path: file, line: line, column: column)
  }

  /// The smallest valid scenario: name, duration, one host group, arrival and runtime.
  static let minimal = """
    name: minimal
    duration: 10d
    hosts:
      - count: 4
    workload:
      arrival: {exponential: {mean: 30m}}
      runtime: 1h
    """

  /// Parses scenario text as if read from ``file``.
  static func parse(_ yaml: String, overrides: [String] = [], baseDirectory: URL? = nil) throws -> Scenario {
    try Scenario.parse(yaml: yaml, path: file, baseDirectory: baseDirectory, overrides: overrides)
  }

  /// The package root, found from this file's path (Tests/ScenarioTests/<file>).
  static func packageRoot(_ filePath: String = #filePath) -> URL {
    URL(fileURLWithPath: filePath)
      .deletingLastPathComponent()  // ScenarioTests
      .deletingLastPathComponent()  // Tests
      .deletingLastPathComponent()  // package root
  }

  /// Every `.yaml` file under `Scenarios/`, sorted by path.
  /// Every scenario file under Scenarios/ (sweep plans under Scenarios/sweeps/ are not scenarios).
  static func shippedScenarios() -> [URL] {
    let root = packageRoot().appendingPathComponent("Scenarios")
    guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { return [] }
    var files: [URL] = []
    for case let url as URL in walker where url.pathExtension == "yaml" && !url.path.contains("/sweeps/") {
      // Variants files for `harvestsim compare` (a top-level `variants:` key) are not scenarios.
      if let text = try? String(contentsOf: url, encoding: .utf8), text.contains("\nvariants:") { continue }
      files.append(url.standardizedFileURL)
    }
    return files.sorted { $0.path < $1.path }
  }

  /// A fresh, empty directory under the system temporary directory.
  static func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("harvestsim-scenario-tests-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}

extension Fixture {
  /// The location of the first occurrence of `needle` in `yaml`, searching from
  /// the first line that contains `marker` (or from the top).
  static func locate(_ needle: String, in yaml: String, after marker: String? = nil) -> ScenarioLocation {
    let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
    var searching = marker == nil
    for (index, line) in lines.enumerated() {
      if !searching, let marker, line.contains(marker) { searching = true }
      if searching, let range = line.range(of: needle) {
        return at(index + 1, line.distance(from: line.startIndex, to: range.lowerBound) + 1)
      }
    }
    Issue.record("'\(needle)' not found in the scenario text")
    return at(0, 0)
  }

  /// A complete scenario used as a base for single-line edits.
  static let full = """
    name: lab
    duration: 10d
    warmup: 1d
    hosts:
      - name: pcs
        count: 4
        cores: 2
        vm_profile: native
        availability: {up: {exponential: {mean: 8h}}, down: 1h}
    registration:
      mode: restart
    workload:
      arrival: {exponential: {mean: 30m}}
      runtime: {lognormal: {median: 1h, sigma: 1}}
      cores: 1
      classes:
        - {name: a, weight: 0.5, cpu: 0.5, memory: 0.5}
        - {name: b, weight: 0.5, cpu: 1}
      resubmit: {after: 10m, max_attempts: 3}
    """

  /// ``full`` with one exact piece of text replaced (it must occur exactly once).
  static func full(replacing old: String, with new: String) -> String {
    let count = full.components(separatedBy: old).count - 1
    if count != 1 { Issue.record("'\(old)' occurs \(count) times in the base scenario") }
    return full.replacingOccurrences(of: old, with: new)
  }
}
