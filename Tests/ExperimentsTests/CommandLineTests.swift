import Experiments
import Foundation
import Testing

/// The `harvestsim` binary as a planner uses it: exit codes, error text on
/// stderr, and no output folder when the scenario is invalid.
struct CommandLineTests {
  /// The harvestsim binary built next to this test bundle.
  static let binary = executable(named: "harvestsim")

  /// An executable of the package built next to this test bundle.
  static func executable(named name: String) -> URL {
    let testBinary = URL(fileURLWithPath: ProcessInfo.processInfo.arguments[0]).resolvingSymlinksInPath()
    var folder = testBinary.deletingLastPathComponent()
    // The test runner may be inside an .xctest bundle folder.
    while !FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path),
      folder.path != "/"
    {
      folder.deleteLastPathComponent()
    }
    return folder.appendingPathComponent(name)
  }

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
    #expect(result.standardOutput.hasPrefix("run 'paper-lab', seed 11, replication 0\n"))
    let summary = try String(contentsOf: out.appendingPathComponent("summary.csv"), encoding: .utf8)
    #expect(summary.split(separator: "\n")[1].hasPrefix("paper-lab,11,0,172800.0,"))
    // Every metric by its catalogue label, in human units from the CSV's full-precision value.
    let header = summary.split(separator: "\n")[0].split(separator: ",").map(String.init)
    let row = summary.split(separator: "\n")[1].split(separator: ",", omittingEmptySubsequences: false)
    let lines = result.standardOutput.split(separator: "\n").map(String.init)
    for metric in MetricCatalogue.metrics {
      let index = try #require(header.firstIndex(of: metric.name))
      let value = Double(row[index]) ?? .nan
      let shown = MetricFormat.text(value, unit: metric.unit)
      #expect(lines.contains { $0.hasPrefix("  \(metric.label)  ") && $0.hasSuffix("  \(shown)") },
              "no line '\(metric.label) … \(shown)'")
      #expect(!result.standardOutput.contains(metric.name + " "), "raw column name \(metric.name) on the console")
    }
    // No raw full-precision numbers such as 38805.13937618538: at most four decimals anywhere.
    #expect(result.standardOutput.range(of: "[0-9][.][0-9]{5,}", options: .regularExpression) == nil)
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

/// `harvestsim sweep` and `merge` as processes: Ctrl-C, SIGTERM, kill -9, resuming, and shards
/// run as separate local processes, as on a cluster.
struct SweepCommandLineTests {
  static func plan(in folder: URL) throws -> URL {
    let file = folder.appendingPathComponent("plan.yaml")
    try """
      name: cli-sweep
      base: \(CommandLineTests.packageRoot.appendingPathComponent("Scenarios/paper-lab.yaml").path)
      replications: 3
      set: {duration: 8d, warmup: 0s, hosts.1.count: 20, output.jobs: false, output.timeseries: false}
      vary:
        - {path: hosts.0.count, values: [10, 30, 50]}
        - {path: registration.mode, values: [restart, live]}
      """.write(to: file, atomically: true, encoding: .utf8)
    return file
  }

  static func start(_ arguments: [String]) throws -> Process {
    let process = Process()
    process.executableURL = CommandLineTests.binary
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    return process
  }

  static func journalLines(_ folder: URL) -> Int {
    let data = FileManager.default.contents(atPath: folder.appendingPathComponent("runs.journal").path) ?? Data()
    return data.filter { $0 == UInt8(ascii: "\n") }.count
  }

  static func waitForJournal(_ folder: URL, lines: Int) {
    let deadline = Date().addingTimeInterval(120)
    while journalLines(folder) < lines && Date() < deadline { usleep(20_000) }
  }

  @Test func interruptedAndKilledSweepsResumeToTheSameFiles() throws {
    let scratch = CommandLineTests.scratch()
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    let plan = try Self.plan(in: scratch).path
    let reference = scratch.appendingPathComponent("reference")
    let full = try CommandLineTests.harvestsim(["sweep", plan, "--out", reference.path, "--jobs", "1", "--quiet"])
    #expect(full.status == 0, "\(full.standardError)")

    for signal in [SIGINT, SIGTERM, SIGKILL] {
      let folder = scratch.appendingPathComponent("interrupted-\(signal)")
      let process = try Self.start(["sweep", plan, "--out", folder.path, "--jobs", "2", "--quiet"])
      Self.waitForJournal(folder, lines: 2)
      kill(process.processIdentifier, signal)
      process.waitUntilExit()
      let finishedBefore = Self.journalLines(folder)
      #expect(finishedBefore < 18, "the sweep finished before signal \(signal) arrived: nothing was interrupted")
      // SIGINT and SIGTERM stop the sweep cleanly; only SIGKILL kills it.
      #expect(process.terminationReason == (signal == SIGKILL ? .uncaughtSignal : .exit))
      if process.terminationReason == .exit {
        // It may have finished before the signal arrived; otherwise Ctrl-C exits 130, SIGTERM 143.
        #expect(process.terminationStatus == 128 + signal || finishedBefore == 18)
      }
      #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("runs.csv").path) || finishedBefore == 18)
      let resumed = try CommandLineTests.harvestsim(["sweep", plan, "--out", folder.path, "--jobs", "2"])
      #expect(resumed.status == 0, "\(resumed.standardError)")
      if finishedBefore < 18 { #expect(resumed.standardOutput.contains("\(finishedBefore) already done")) }
      for name in ["runs.csv", "points.csv"] {
        let a = try Data(contentsOf: reference.appendingPathComponent(name))
        let b = try Data(contentsOf: folder.appendingPathComponent(name))
        #expect(a == b, "\(name) after signal \(signal)")
      }
    }
  }

  @Test func shardsRunAsSeparateProcessesMergeToTheSingleMachineResult() throws {
    let scratch = CommandLineTests.scratch()
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    let plan = try Self.plan(in: scratch).path
    let single = scratch.appendingPathComponent("single")
    #expect(try CommandLineTests.harvestsim(["sweep", plan, "--out", single.path, "--quiet"]).status == 0)
    // Three shard processes at once, each in its own folder (as three cluster jobs).
    let shards = (1...3).map { scratch.appendingPathComponent("shard-\($0)") }
    let processes = try (1...3).map { index in
      try Self.start(["sweep", plan, "--out", shards[index - 1].path, "--shard", "\(index)/3", "--jobs", "1", "--quiet"])
    }
    for process in processes {
      process.waitUntilExit()
      #expect(process.terminationStatus == 0)
    }
    let merged = scratch.appendingPathComponent("merged")
    let result = try CommandLineTests.harvestsim(["merge"] + shards.map(\.path) + ["--out", merged.path])
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardOutput.contains("merged 18 runs"))
    for name in ["runs.csv", "points.csv"] {
      #expect(try Data(contentsOf: single.appendingPathComponent(name)) == Data(contentsOf: merged.appendingPathComponent(name)))
    }
    let incomplete = try CommandLineTests.harvestsim(["merge", shards[0].path, "--out", merged.path])
    #expect(incomplete.status == 1)
    #expect(incomplete.standardError.contains("runs are missing"))
  }

  /// A plan none of whose points is valid (here 0 and -1 PCs) stops before any run; one
  /// with a valid point runs it and records the others as failed (FailedPointTests).
  @Test func badPlansAreRejectedBeforeAnyRun() throws {
    let scratch = CommandLineTests.scratch()
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    let plan = scratch.appendingPathComponent("bad.yaml")
    try """
      base: \(CommandLineTests.packageRoot.appendingPathComponent("Scenarios/paper-lab.yaml").path)
      vary:
        - {path: hosts.0.count, values: [0, -1]}
      """.write(to: plan, atomically: true, encoding: .utf8)
    let out = scratch.appendingPathComponent("out")
    let result = try CommandLineTests.harvestsim(["sweep", plan.path, "--out", out.path])
    #expect(result.status == 1)
    #expect(result.standardError.contains("bad.yaml:3:39: hosts[0].count: must be a positive integer, got -1 [point 1:"))
    #expect(result.standardError.contains("got 0 [point 0:"))
    #expect(!FileManager.default.fileExists(atPath: out.path))
    let badOption = try CommandLineTests.harvestsim(["sweep", plan.path, "--out", out.path, "--until-ci", "jobs_lost"])
    #expect(badOption.status != 0)
  }
}
