import Foundation
import Testing

/// The `harvestsim` binary as a planner uses it: exit codes, error text on
/// stderr, and no output folder when the scenario is invalid.
struct CommandLineTests {
  /// The harvestsim binary built next to this test bundle.
  static let binary: URL = {
    let testBinary = URL(fileURLWithPath: ProcessInfo.processInfo.arguments[0]).resolvingSymlinksInPath()
    var folder = testBinary.deletingLastPathComponent()
    // The test runner may be inside an .xctest bundle folder.
    while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("harvestsim").path),
      folder.path != "/"
    {
      folder.deleteLastPathComponent()
    }
    return folder.appendingPathComponent("harvestsim")
  }()

  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  struct Result {
    var status: Int32
    var standardOutput: String
    var standardError: String
  }

  static func harvestsim(_ arguments: [String]) throws -> Result {
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    process.currentDirectoryURL = packageRoot
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Result(status: process.terminationStatus, standardOutput: String(decoding: outData, as: UTF8.self),
                  standardError: String(decoding: errData, as: UTF8.self))
  }

  static func scratch() -> URL {
    FileManager.default.temporaryDirectory.appendingPathComponent("harvestsim-cli-\(UUID().uuidString)")
  }

  @Test func binaryIsBuilt() {
    #expect(FileManager.default.isExecutableFile(atPath: Self.binary.path), "looked for \(Self.binary.path)")
  }

  @Test func invalidScenarioExitsNonZeroWithLocatedErrorsAndWritesNothing() throws {
    let folder = Self.scratch()
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("bad.yaml")
    try """
      name: bad
      duration: 30d
      hosts:
        - count: 10
          coers: 2
      workload: {arrival: {exponential: {mean: 1h}}, runtime: 1h}
      """.write(to: file, atomically: true, encoding: .utf8)
    let out = folder.appendingPathComponent("out")
    let result = try Self.harvestsim(["run", file.path, "--out", out.path])
    #expect(result.status == 1)
    #expect(result.standardError.contains("bad.yaml:5:5: hosts[0].coers: unknown key 'coers'"))
    #expect(result.standardError.contains("did you mean 'cores'?"))
    #expect(!FileManager.default.fileExists(atPath: out.path))
  }

  @Test func runWritesFilesAndPrintsTheSummary() throws {
    let out = Self.scratch()
    defer { try? FileManager.default.removeItem(at: out) }
    let result = try Self.harvestsim([
      "run", "Scenarios/paper-lab.yaml", "--out", out.path, "--seed", "11", "--set", "duration=2d",
      "--set", "warmup=0s",
    ])
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardOutput.contains("jobs_completed"))
    #expect(result.standardOutput.contains("seed                         11"))
    let summary = try String(contentsOf: out.appendingPathComponent("summary.csv"), encoding: .utf8)
    #expect(summary.split(separator: "\n")[1].hasPrefix("paper-lab,11,0,172800.0,"))
    // stderr is a pipe here, not a terminal: no progress display.
    #expect(result.standardError.isEmpty)
  }

  @Test func describeOutputIsItselfAValidScenario() throws {
    let folder = Self.scratch()
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let described = try Self.harvestsim(["describe", "Scenarios/paper-lab.yaml", "--set", "hosts.1.count=7"])
    #expect(described.status == 0)
    #expect(described.standardOutput.contains("count: 7"))
    #expect(described.standardOutput.contains("node_check_rate: 150s"))
    let file = folder.appendingPathComponent("described.yaml")
    try described.standardOutput.write(to: file, atomically: true, encoding: .utf8)
    let validated = try Self.harvestsim(["validate", file.path])
    #expect(validated.status == 0, "\(validated.standardError)")
    #expect(validated.standardOutput.contains("17 hosts in 2 group(s)"))
  }

  @Test func badOverrideIsReportedAsTheOverride() throws {
    let result = try Self.harvestsim(["validate", "Scenarios/paper-lab.yaml", "--set", "hosts.5.count=3"])
    #expect(result.status == 1)
    #expect(result.standardError.contains("--set hosts.5.count=3: hosts[5]: index 5 is out of range"))
  }
}
