import Foundation
import Model
import Scenario
import Stochastics
import Testing
@testable import Experiments

/// Sweeps end to end, in-process: determinism across --jobs, statistics, common
/// random numbers, resuming, failures, precision mode, shards and merging.
struct SweepTests {
  static let paperLab = SingleRunTests.packageRoot.appendingPathComponent("Scenarios/paper-lab.yaml").path

  /// A small sweep: paper-lab for 2 days, 2 × 2 points, `replications` each.
  static func planText(replications: Int = 3, extra: String = "") -> String {
    """
    name: small
    base: \(paperLab)
    replications: \(replications)
    set: {duration: 2d, warmup: 0s, output.jobs: false, output.timeseries: false}
    vary:
      - {path: hosts.0.count, values: [4, 8]}
      - {path: registration.mode, values: [restart, live]}
    \(extra)
    """
  }

  static func executor(_ text: String = planText(), into folder: URL, jobs: Int = 2, shard: Shard? = nil,
                       precision: PrecisionTarget? = nil, limit: Double? = nil) throws -> SweepExecutor {
    let plan = try SweepPlanReader.parse(yaml: text, path: "plan.yaml", directory: folder)
    return try SweepExecutor(plan: plan, scenarios: try plan.resolveAllPoints(), directory: folder.path,
                             options: SweepOptions(jobs: jobs, shard: shard, precision: precision, runTimeLimit: limit))
  }

  static func results(_ folder: URL) throws -> (runs: Data, points: Data) {
    (try Data(contentsOf: folder.appendingPathComponent("runs.csv")),
     try Data(contentsOf: folder.appendingPathComponent("points.csv")))
  }

  static func lines(_ data: Data) -> [[String]] {
    String(decoding: data, as: UTF8.self).split(separator: "\n").map { CSVReader.cells($0) }
  }

  @Test func resultsAreByteIdenticalForAnyNumberOfJobs() throws {
    var outputs: [(Data, Data)] = []
    for jobs in [1, 2, 3] {
      let folder = SingleRunTests.temporaryFolder()
      defer { try? FileManager.default.removeItem(at: folder) }
      let outcome = try Self.executor(into: folder, jobs: jobs).run(stop: StopSignal()) { _ in }
      #expect(outcome.failures.isEmpty && outcome.wroteResults && outcome.executed == 12)
      outputs.append(try Self.results(folder))
    }
    #expect(outputs[0].0 == outputs[1].0 && outputs[0].0 == outputs[2].0)
    #expect(outputs[0].1 == outputs[1].1 && outputs[0].1 == outputs[2].1)
  }

  @Test func runsAndPointsHaveTheDocumentedColumnsAndStatistics() throws {
    let folder = SingleRunTests.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    _ = try Self.executor(into: folder).run(stop: StopSignal()) { _ in }
    let runs = Self.lines(try Self.results(folder).runs)
    #expect(Array(runs[0].prefix(6)) == ["point", "hosts.0.count", "registration.mode", "replication", "seed", "scenario"])
    #expect(runs.count == 1 + 12)
    #expect(runs[1].prefix(6) == ["0", "4", "restart", "0", "2006", "paper-lab"])
    #expect(runs.dropFirst().map { $0[0] } == ["0", "0", "0", "1", "1", "1", "2", "2", "2", "3", "3", "3"])
    let points = Self.lines(try Self.results(folder).points)
    let header = points[0]
    #expect(Array(header.prefix(4)) == ["point", "hosts.0.count", "registration.mode", "runs"])
    #expect(header.contains("jobs_lost_ci95") && header.contains("throughput_per_hour_mean"))
    // Recompute one statistic by hand from runs.csv: mean, sd and t-based half-width.
    let column = runs[0].firstIndex(of: "throughput_per_hour")!
    let values = runs.dropFirst().filter { $0[0] == "3" }.map { Double($0[column])! }
    let mean = values.reduce(0, +) / 3
    let sd = (values.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / 2).squareRoot()
    let half = Statistics.studentTQuantile(probability: 0.975, degreesOfFreedom: 2) * sd / 3.0.squareRoot()
    let row = points[4]
    func cell(_ name: String) -> Double { Double(row[header.firstIndex(of: name)!])! }
    #expect(abs(cell("throughput_per_hour_mean") - mean) < 1e-12 * max(1, abs(mean)))
    #expect(abs(cell("throughput_per_hour_sd") - sd) < 1e-9)
    #expect(cell("throughput_per_hour_n") == 3)
    #expect(abs(cell("throughput_per_hour_ci95") - half) < 1e-9)
    // Provenance: the plan, the manifest and every point's resolved scenario are saved.
    for name in ["plan.yaml", "sweep.json", "points/p0000.yaml", "points/p0003.yaml"] {
      #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path), "\(name)")
    }
    let point3 = try Scenario.load(path: folder.appendingPathComponent("points/p0003.yaml").path)
    #expect(point3.config.hostGroups[0].count == 8 && point3.config.registration.mode == .live)
  }

  @Test func replicationKUsesTheSameRandomStreamsAtEveryPoint() throws {
    // Host availability depends only on the hosts' own streams: changing the registration
    // mode (points 0 and 1, same hosts) must not change it, replication by replication.
    let folder = SingleRunTests.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    _ = try Self.executor(into: folder).run(stop: StopSignal()) { _ in }
    let runs = Self.lines(try Self.results(folder).runs)
    let column = runs[0].firstIndex(of: "host_availability")!
    for replication in 0..<3 {
      let restart = runs[1 + replication][column], live = runs[4 + replication][column]
      #expect(restart == live, "replication \(replication)")
    }
    #expect(runs[1][column] != runs[2][column])  // replications differ
  }

  @Test func anInterruptedSweepResumesToTheSameFiles() throws {
    let reference = SingleRunTests.temporaryFolder(), resumed = SingleRunTests.temporaryFolder()
    defer { for folder in [reference, resumed] { try? FileManager.default.removeItem(at: folder) } }
    _ = try Self.executor(into: reference).run(stop: StopSignal()) { _ in }

    let stop = StopSignal()
    let first = try Self.executor(into: resumed, jobs: 1).run(stop: stop) { progress in
      if progress.done >= 5 { stop.raise() }
    }
    #expect(first.interrupted && !first.wroteResults)
    #expect(!FileManager.default.fileExists(atPath: resumed.appendingPathComponent("runs.csv").path))
    // A kill in the middle of a write leaves a cut line; it must be ignored.
    let journal = try FileHandle(forWritingTo: resumed.appendingPathComponent("runs.journal"))
    try journal.seekToEnd()
    journal.write(Data("3,8,live,2,2006,paper-lab,1728".utf8))
    try journal.close()

    let second = try Self.executor(into: resumed, jobs: 2).run(stop: StopSignal()) { _ in }
    #expect(second.resumed == first.executed)
    #expect(second.executed == 12 - first.executed)
    #expect(try Self.results(resumed).runs == Self.results(reference).runs)
    #expect(try Self.results(resumed).points == Self.results(reference).points)
  }

  @Test func aFolderHoldingAnotherSweepIsRefused() throws {
    let folder = SingleRunTests.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    _ = try Self.executor(into: folder).run(stop: StopSignal()) { _ in }
    let other = Self.planText().replacingOccurrences(of: "values: [4, 8]", with: "values: [4, 9]")
    #expect(throws: OutputError.self) { try Self.executor(other, into: folder).run(stop: StopSignal()) { _ in } }
  }

  /// A version string of another model.
  static let otherVersion = "0.2.0+0123456789ab"

  /// Rewrites the `version` of the folder's sweep.json, as another harvestsim would have written it.
  static func setManifestVersion(_ version: String, in folder: URL) throws {
    var manifest = try #require(try SweepManifest.read(from: folder.path))
    manifest.version = version
    try Data(manifest.json.utf8).write(to: folder.appendingPathComponent("sweep.json"))
  }

  /// Puts `version` in the last column of line `line` (1-based) of a journal.
  static func setJournalVersion(_ version: String, line: Int, in journal: URL) throws {
    var lines = String(decoding: try Data(contentsOf: journal), as: UTF8.self)
      .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let lastComma = try #require(lines[line - 1].lastIndex(of: ","))
    lines[line - 1] = lines[line - 1][...lastComma] + version
    try Data(lines.joined(separator: "\n").utf8).write(to: journal)
  }

  @Test func resumingAFolderOfAnotherVersionIsRefusedFirstNamingBothVersions() throws {
    let folder = SingleRunTests.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    _ = try Self.executor(into: folder).run(stop: StopSignal()) { _ in }
    try Self.setManifestVersion(Self.otherVersion, in: folder)
    let before = try Data(contentsOf: folder.appendingPathComponent("sweep.json"))
    // The same plan, and another plan (whose fingerprint differs too): the version is checked first.
    let other = Self.planText().replacingOccurrences(of: "values: [4, 8]", with: "values: [4, 9]")
    for text in [Self.planText(), other] {
      let error = try #require(throws: OutputError.self) {
        try Self.executor(text, into: folder).run(stop: StopSignal()) { _ in }
      }
      #expect(error.message == "'\(folder.path)' was written by harvestsim \(Self.otherVersion) and this is "
        + "\(ProgramVersion.current): results of different models cannot be mixed; use a new --out folder")
    }
    #expect(try Data(contentsOf: folder.appendingPathComponent("sweep.json")) == before)  // untouched
  }

  @Test func aJournalLineOfAnotherVersionIsRefusedNotReused() throws {
    let folder = SingleRunTests.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let stop = StopSignal()
    _ = try Self.executor(into: folder, jobs: 1).run(stop: stop) { progress in
      if progress.done >= 4 { stop.raise() }
    }
    let journal = folder.appendingPathComponent("runs.journal")
    try Self.setJournalVersion(Self.otherVersion, line: 2, in: journal)
    let error = try #require(throws: OutputError.self) {
      try Self.executor(into: folder).run(stop: StopSignal()) { _ in }
    }
    #expect(error.message.hasPrefix("line 2 of '\(journal.path)' was written by harvestsim \(Self.otherVersion) "
      + "and this is \(ProgramVersion.current): results of different models cannot be mixed"))
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("runs.csv").path))
    // A shard's journal in the folder is read too (an unsharded sweep reuses its runs).
    try Self.setJournalVersion(ProgramVersion.current, line: 2, in: journal)
    try FileManager.default.moveItem(at: journal, to: folder.appendingPathComponent("runs-shard-1-of-2.journal"))
    try Self.setJournalVersion(Self.otherVersion, line: 3, in: folder.appendingPathComponent("runs-shard-1-of-2.journal"))
    let shardError = try #require(throws: OutputError.self) {
      try Self.executor(into: folder).run(stop: StopSignal()) { _ in }
    }
    #expect(shardError.message.contains("line 3 of") && shardError.message.contains(Self.otherVersion)
      && shardError.message.contains("this is \(ProgramVersion.current)"))
  }

  @Test func mergeRefusesFoldersAndJournalLinesOfAnotherVersion() throws {
    var shardFolders: [URL] = []
    let merged = SingleRunTests.temporaryFolder()
    defer { for folder in shardFolders + [merged] { try? FileManager.default.removeItem(at: folder) } }
    for index in 1...2 {
      let folder = SingleRunTests.temporaryFolder()
      shardFolders.append(folder)
      _ = try Self.executor(into: folder, shard: Shard("\(index)/2")).run(stop: StopSignal()) { _ in }
    }
    let paths = shardFolders.map(\.path)
    try Self.setManifestVersion(Self.otherVersion, in: shardFolders[1])
    let error = try #require(throws: OutputError.self) { try SweepMerge.merge(paths, into: merged.path) }
    #expect(error.message.hasPrefix("'\(paths[1])' was written by harvestsim \(Self.otherVersion) and this is "
      + "\(ProgramVersion.current): results of different models cannot be mixed"))
    try Self.setManifestVersion(ProgramVersion.current, in: shardFolders[1])
    let journal = shardFolders[1].appendingPathComponent("runs-shard-2-of-2.journal")
    try Self.setJournalVersion(Self.otherVersion, line: 1, in: journal)
    let lineError = try #require(throws: OutputError.self) { try SweepMerge.merge(paths, into: merged.path) }
    #expect(lineError.message.hasPrefix("line 1 of '\(journal.path)' was written by harvestsim \(Self.otherVersion) "
      + "and this is \(ProgramVersion.current)"))
    #expect(!FileManager.default.fileExists(atPath: merged.appendingPathComponent("runs.csv").path))
    try Self.setJournalVersion(ProgramVersion.current, line: 1, in: journal)
    #expect(try SweepMerge.merge(paths, into: merged.path) == 12)
  }

  @Test func progressOnlyGrowsAndEndsWithEveryRun() throws {
    let folder = SingleRunTests.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let reports = Locked<[SweepProgress]>([])
    _ = try Self.executor(into: folder, jobs: 3).run(stop: StopSignal()) { progress in
      reports.withLock { $0.append(progress) }
    }
    let seen = reports.withLock { $0 }
    #expect(zip(seen, seen.dropFirst()).allSatisfy { $0.done < $1.done })
    #expect(seen.last?.done == 12 && seen.last?.total == 12 && seen.last?.failed == 0)
  }

  @Test func aFailedRunIsReportedAndTheOthersFinish() throws {
    // A 0.001 s limit fails the large 60-day points (checked every 65,536 events),
    // while the small 2-day points end before any check.
    let text = """
      name: failing
      base: \(Self.paperLab)
      set: {warmup: 0s, output.jobs: false, output.timeseries: false}
      vary:
        - zip:
          - {path: duration, values: [2d, 200d]}
          - {path: hosts.0.count, values: [2, 400]}
      replications: 2
      """
    let folder = SingleRunTests.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let outcome = try Self.executor(text, into: folder, limit: 0.001).run(stop: StopSignal()) { _ in }
    #expect(outcome.failures.map(\.key) == [RunKey(point: 1, replication: 0), RunKey(point: 1, replication: 1)])
    #expect(outcome.failures[0].description.hasPrefix("point 1 (duration=200d, hosts.0.count=400), replication 0:"))
    #expect(outcome.executed == 2)
    let runs = Self.lines(try Self.results(folder).runs)
    #expect(runs.count == 3)  // the successful runs are written
  }

  @Test func precisionModeAddsReplicationsUntilTheIntervalIsTight() throws {
    let target = try #require(PrecisionTarget("host_availability:0.01:12"))
    var outputs: [Data] = []
    for jobs in [1, 2] {
      let folder = SingleRunTests.temporaryFolder()
      defer { try? FileManager.default.removeItem(at: folder) }
      let outcome = try Self.executor(Self.planText(replications: 2), into: folder, jobs: jobs, precision: target)
        .run(stop: StopSignal()) { _ in }
      let points = Self.lines(try Self.results(folder).points)
      let header = points[0]
      for (index, row) in points.dropFirst().enumerated() {
        let mean = Double(row[header.firstIndex(of: "host_availability_mean")!])!
        let half = Double(row[header.firstIndex(of: "host_availability_ci95")!])!
        let runs = Int(row[header.firstIndex(of: "runs")!])!
        if outcome.stoppedAtMaximum.contains(index) {
          #expect(runs == 12)
        } else {
          #expect(half <= 0.01 * abs(mean), "point \(index): ±\(half) around \(mean) with \(runs) runs")
          #expect(runs >= 2)
        }
      }
      outputs.append(try Self.results(folder).points)
    }
    #expect(outputs[0] == outputs[1])
  }

  @Test func shardsMergeIntoExactlyTheSingleMachineResult() throws {
    let single = SingleRunTests.temporaryFolder(), shared = SingleRunTests.temporaryFolder(),
      merged = SingleRunTests.temporaryFolder()
    var shardFolders: [URL] = []
    defer {
      for folder in [single, shared, merged] + shardFolders { try? FileManager.default.removeItem(at: folder) }
    }
    _ = try Self.executor(into: single).run(stop: StopSignal()) { _ in }
    var executed = 0
    for index in 1...3 {
      let folder = SingleRunTests.temporaryFolder()
      shardFolders.append(folder)
      let outcome = try Self.executor(into: folder, shard: Shard("\(index)/3")).run(stop: StopSignal()) { _ in }
      #expect(!outcome.wroteResults)
      executed += outcome.executed
      // The same shard into one shared folder, as cluster jobs on a shared file system would.
      _ = try Self.executor(into: shared, shard: Shard("\(index)/3")).run(stop: StopSignal()) { _ in }
    }
    #expect(executed == 12)
    // Merging two of three shards is refused: runs are missing.
    #expect(throws: OutputError.self) { try SweepMerge.merge(shardFolders.prefix(2).map(\.path), into: merged.path) }
    try SweepMerge.merge(shardFolders.map(\.path), into: merged.path)
    #expect(try Self.results(merged).runs == Self.results(single).runs)
    #expect(try Self.results(merged).points == Self.results(single).points)
    try SweepMerge.merge([shared.path], into: shared.path)
    #expect(try Self.results(shared).runs == Self.results(single).runs)
  }

  @Test func unknownMetricInThePlanIsLocated() throws {
    let folder = SingleRunTests.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let error = try #require(throws: ScenarioError.self) {
      try Self.executor(Self.planText(extra: "metrics: [jobs_lots]"), into: folder)
    }
    #expect(error.suggestion == "jobs_lost")
    #expect(error.location == .file(path: "plan.yaml", line: 8, column: 11))
  }
}
