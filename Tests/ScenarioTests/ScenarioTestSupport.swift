import Foundation
import Testing

@testable import Scenario

/// Shared fixtures for the Scenario tests (no suites here).
enum Fixture {
  /// The file name scenarios parsed from text pretend to come from.
  static let file = "test.yaml"

  /// A location in ``file``.
  static func at(_ line: Int, _ column: Int) -> SourceLocation {
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
  static func shippedScenarios() -> [URL] {
    let root = packageRoot().appendingPathComponent("Scenarios")
    guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { return [] }
    var files: [URL] = []
    for case let url as URL in walker where url.pathExtension == "yaml" {
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
