import Foundation
import Testing
@testable import Experiments
import Model
import Scenario

/// One run end to end: the files it writes, their columns, determinism, and
/// that nothing half-written is ever left behind.
struct SingleRunTests {
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  static func scenario(_ relative: String, overrides: [String] = []) throws -> Scenario {
    try Scenario.load(path: packageRoot.appendingPathComponent(relative).path, overrides: overrides)
  }

  static func temporaryFolder() -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("harvestsim-tests-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  static func read(_ folder: URL, _ name: String) throws -> String {
    try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
  }

  @Test func paperLabWritesTheThreeFilesWithTheRequiredColumns() throws {
    let folder = Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let scenario = try Self.scenario("Scenarios/paper-lab.yaml", overrides: ["duration=3d", "warmup=12h"])
    let summary = try SingleRun.execute(scenario, into: folder.path)
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    #expect(files == ["jobs.csv", "summary.csv", "timeseries.csv"])

    let summaryLines = try Self.read(folder, "summary.csv").split(separator: "\n")
    #expect(summaryLines.count == 2)
    let required = "scenario,seed,replication,duration_s,jobs_submitted,jobs_completed,jobs_lost,attempts_lost,"
      + "dispatch_failures,resubmissions,throughput_per_hour,goodput_core_hours,wasted_core_hours,mean_wait_s,"
      + "p95_wait_s,mean_response_s,host_availability,wn_usable_fraction,mean_registration_latency_s,"
      + "mean_detection_latency_s,batch_restarts,events"
    #expect(summaryLines[0].hasPrefix(required))
    #expect(summaryLines[0].hasSuffix(",version"))
    let cells = summaryLines[1].split(separator: ",", omittingEmptySubsequences: false)
    #expect(cells.count == SummaryColumns.names.count)
    #expect(cells[0] == "paper-lab" && cells[1] == "2006" && cells[2] == "0")
    #expect(cells.last.map(String.init) == ProgramVersion.current)
    #expect(cells[5] == Substring(String(summary.jobsCompleted)))

    // jobs.csv: one row per attempt, and the completed ones add up to the goodput
    // (every attempt ends inside the window or is still running and not listed).
    let jobLines = try Self.read(folder, "jobs.csv").split(separator: "\n")
    #expect(jobLines[0] == "scenario,seed,replication,job_id,attempt,host,submit_s,start_s,end_s,outcome,core_seconds,loss_cause,version")
    let rows = jobLines.dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false) }
    #expect(rows.allSatisfy { $0.count == 13 && $0[0] == "paper-lab" })
    // Lost attempts carry their cause (paper-lab has crashes and the nightly switch-off); completed ones none.
    #expect(rows.allSatisfy { ($0[9] == "lost") == ["crash", "shutdown"].contains($0[11]) && ($0[9] == "completed") == ($0[11] == "") })
    let lostRows = rows.filter { $0[9] == "lost" }.filter { Double($0[8])! >= 43_200 }
    #expect(lostRows.count == summary.attemptsLost)

    // timeseries.csv: a sample every 5 minutes from 0 to 3 days inclusive.
    let seriesLines = try Self.read(folder, "timeseries.csv").split(separator: "\n")
    #expect(seriesLines[0]
      == "scenario,seed,replication,time_s,hosts_total,slots_total,hosts_up,wns_usable,busy_slots,queue_length,version")
    #expect(seriesLines.count - 1 == 3 * 288 + 1)
    #expect(seriesLines.dropFirst().allSatisfy { line in
      let fields = line.split(separator: ",")
      // The paper lab: 20 PCs of 2 cores.
      return fields[4] == "20" && fields[5] == "40"
        && Int(fields[6])! <= 20 && Int(fields[7])! <= Int(fields[6])! && Int(fields[8])! <= 40
    })
  }

  @Test func sameSeedGivesByteIdenticalFilesAndAnotherSeedDoesNot() throws {
    let scenario = try Self.scenario("Scenarios/paper-lab.yaml", overrides: ["duration=5d"])
    let first = Self.temporaryFolder(), second = Self.temporaryFolder(), third = Self.temporaryFolder()
    defer { for folder in [first, second, third] { try? FileManager.default.removeItem(at: folder) } }
    try SingleRun.execute(scenario, into: first.path)
    try SingleRun.execute(scenario, into: second.path)
    let reseeded = try Self.scenario("Scenarios/paper-lab.yaml", overrides: ["duration=5d", "seed=2007"])
    try SingleRun.execute(reseeded, into: third.path)
    for name in ["summary.csv", "jobs.csv", "timeseries.csv"] {
      let a = try Data(contentsOf: first.appendingPathComponent(name))
      let b = try Data(contentsOf: second.appendingPathComponent(name))
      let c = try Data(contentsOf: third.appendingPathComponent(name))
      #expect(a == b, "\(name) differs between two runs with the same seed")
      #expect(a != c, "\(name) is the same for another seed")
    }
  }

  @Test func replicationsDrawDifferentStreams() throws {
    let base = try Self.scenario("Scenarios/paper-lab.yaml", overrides: ["duration=5d"])
    let other = try Self.scenario("Scenarios/paper-lab.yaml", overrides: ["duration=5d", "replication=1"])
    let a = LabModel(config: base.config).run()
    let b = LabModel(config: other.config).run()
    #expect(a != b)
  }

  @Test func noPartialFilesRemainAndOldResultsAreReplacedWhole() throws {
    let folder = Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let scenario = try Self.scenario("Scenarios/paper-lab.yaml", overrides: ["duration=2d", "output.jobs=false"])
    try SingleRun.execute(scenario, into: folder.path)
    try SingleRun.execute(scenario, into: folder.path)
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    #expect(files == ["summary.csv", "timeseries.csv"])  // no jobs.csv, no .partial files
  }

  @Test func anUnwritableFolderFailsCleanly() throws {
    let scenario = try Self.scenario("Scenarios/paper-lab.yaml", overrides: ["duration=1d", "warmup=0s"])
    let blocker = Self.temporaryFolder().appendingPathComponent("a-file")
    #expect(FileManager.default.createFile(atPath: blocker.path, contents: Data("x".utf8)))
    defer { try? FileManager.default.removeItem(at: blocker.deletingLastPathComponent()) }
    #expect(throws: OutputError.self) {
      try SingleRun.execute(scenario, into: blocker.appendingPathComponent("out").path)
    }
  }

  @Test func atomicWriterLeavesNothingWhenAbandoned() throws {
    let folder = Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("x.csv").path
    do {
      let writer = try AtomicFileWriter(path: path)
      try writer.write("half,a,row")
      writer.abandon()
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    let writer = try AtomicFileWriter(path: path)
    try writer.write("a,b\n")
    #expect(!FileManager.default.fileExists(atPath: path))
    try writer.commit()
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "a,b\n")
  }

  @Test func csvCellsAreQuotedAndNaNIsEmpty() {
    #expect(CSVFormat.text("plain") == "plain")
    #expect(CSVFormat.text("a,b") == "\"a,b\"")
    #expect(CSVFormat.text("say \"hi\"") == "\"say \"\"hi\"\"\"")
    #expect(CSVFormat.number(.nan) == "")
    #expect(CSVFormat.number(1.5) == "1.5")
  }
}
