import Foundation
import TestSupport
import Testing

@testable import Scenario

/// Every kind of file a planner names is refused when it is a directory, a FIFO or a device
/// (before it is opened), and a byte that is not UTF-8 is reported at its own line and column.
@Suite("Input files named by the planner")
struct InputFileErrorTests {
  static let paperLab = Fixture.packageRoot().appendingPathComponent("Scenarios/paper-lab.yaml").path

  @Test("scenario, sweep plan and variants files given on the command line")
  func commandLineFiles() throws {
    let special = try SpecialFiles()
    defer { special.remove() }
    let variants = special.folder.appendingPathComponent("variants.yaml")
    try "variants: {a: {}, b: {seed: 2}}\n".write(to: variants, atomically: true, encoding: .utf8)
    for (path, reason) in special.cases {
      let readers: [(String, () throws -> Void)] = [
        ("the scenario file", { _ = try Scenario.load(path: path) }),
        ("the sweep plan", { _ = try SweepPlanReader.load(path: path) }),
        ("the variants file", { _ = try VariantsReader.load(path: path, scenario: Self.paperLab) }),
        ("the scenario", { _ = try VariantsReader.load(path: variants.path, scenario: path) }),
      ]
      for (what, read) in readers {
        let error = try #require(throws: ScenarioError.self) { try read() }
        #expect(error.description == "\(path):1:1: cannot read \(what): \(reason)")
      }
    }
  }

  @Test("files named inside a scenario or plan: the error points at the naming key")
  func namedFiles() throws {
    let special = try SpecialFiles()
    defer { special.remove() }
    for (path, reason) in special.cases {
      let profile = VMProfileTests.scenario(profile: "{file: \(path)}")
      let profileError = try #require(throws: ScenarioError.self) { try Fixture.parse(profile) }
      #expect(profileError.description == "\(Fixture.file):5:24: hosts[0].vm_profile.file: "
        + "cannot read VM profile file '\(path)': \(reason)")

      let availability = Fixture.minimal.replacingOccurrences(
        of: "  - count: 4", with: "  - count: 4\n    availability: {trace: \(path), format: csv}")
      let traceError = try #require(throws: ScenarioError.self) { try Fixture.parse(availability) }
      #expect(traceError.description == "\(Fixture.file):5:27: hosts[0].availability.trace: "
        + "\(path): cannot read the file: \(reason)")

      let workload = Fixture.minimal.replacingOccurrences(
        of: "  runtime: 1h", with: "  runtime: 1h\n  trace: {file: \(path)}")
      let workloadError = try #require(throws: ScenarioError.self) { try Fixture.parse(workload) }
      #expect(workloadError.description == "\(Fixture.file):8:17: workload.trace.file: \(path): cannot open: \(reason)")

      let plan = "base: \(path)\nvary:\n  - {path: seed, values: [1, 2]}\n"
      let planError = try #require(throws: ScenarioError.self) {
        try SweepPlanReader.parse(yaml: plan, path: "plan.yaml", directory: special.folder)
      }
      #expect(planError.description == "plan.yaml:1:7: base: cannot read the base scenario '\(path)': \(reason)")
    }
  }

  @Test("invalid UTF-8 is reported at the line and column of the first bad byte")
  func invalidUTF8() throws {
    let special = try SpecialFiles()
    defer { special.remove() }
    func write(_ name: String, _ before: String, _ after: String = "\n") throws -> String {
      let url = special.folder.appendingPathComponent(name)
      try Data(Array(before.utf8) + [0xE9] + Array(after.utf8)).write(to: url)
      return url.path
    }
    let scenario = try write("lab.yaml", "name: lab\nduration: 1d\n# café, déjà caf", " vu\n")
    let scenarioError = try #require(throws: ScenarioError.self) { try Scenario.load(path: scenario) }
    #expect(scenarioError.description
      == "\(scenario):3:17: cannot read the scenario file: invalid UTF-8 (byte 0xE9); save the file as UTF-8")

    let plan = try write("plan.yaml", "base: lab.yaml\nname: r")
    let planError = try #require(throws: ScenarioError.self) { try SweepPlanReader.load(path: plan) }
    #expect(planError.location == .file(path: plan, line: 2, column: 8))

    let variants = try write("variants.yaml", "variants:\n  a: {}\n  b", ": {}\n")
    let variantsError = try #require(throws: ScenarioError.self) {
      try VariantsReader.load(path: variants, scenario: Self.paperLab)
    }
    #expect(variantsError.location == .file(path: variants, line: 3, column: 4))

    let profile = try write("profile.yaml", "cpu: 1\nmemory: 1\ndisk: 1\nnetwork: 1 # caf")
    let inScenario = VMProfileTests.scenario(profile: "{file: \(profile)}")
    let profileError = try #require(throws: ScenarioError.self) { try Fixture.parse(inScenario) }
    #expect(profileError.location == .file(path: profile, line: 4, column: 17))
    #expect(profileError.message == "cannot read VM profile file '\(profile)': invalid UTF-8 (byte 0xE9); save the file as UTF-8")
  }
}
