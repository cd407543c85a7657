import Foundation
import Scenario
import Testing
@testable import Experiments

/// A sweep or comparison with a point that cannot run: the point is recorded as failed
/// with its reason (failures.csv, the outcome, the summary), and the others finish.
struct FailedPointTests {
  /// paper-lab for 2 days at 4, 0 and 8 PCs: point 1 (0 PCs) is invalid.
  static let planText = """
    name: one-bad
    base: \(SweepTests.paperLab)
    replications: 2
    set: {duration: 2d, warmup: 0s, output.jobs: false, output.timeseries: false}
    vary:
      - {path: hosts.0.count, values: [4, 0, 8]}
    """

  static func executor(_ text: String = planText, into folder: URL, jobs: Int = 2) throws -> SweepExecutor {
    let plan = try SweepPlanReader.parse(yaml: text, path: "plan.yaml", directory: folder)
    return try SweepExecutor(plan: plan, points: try plan.resolvePoints(), directory: folder.path,
                             options: SweepOptions(jobs: jobs))
  }

  static func text(_ folder: URL, _ name: String) throws -> String {
    String(decoding: try Data(contentsOf: folder.appendingPathComponent(name)), as: UTF8.self)
  }

  @Test func anInvalidPointIsRecordedAsFailedAndTheOthersFinish() throws {
    var failureFiles: [String] = []
    var runFiles: [String] = []
    for jobs in [1, 2] {
      let folder = SingleRunTests.temporaryFolder()
      defer { try? FileManager.default.removeItem(at: folder) }
      let executor = try Self.executor(into: folder, jobs: jobs)
      #expect(executor.invalidPoints == [1])
      let outcome = try executor.run(stop: StopSignal()) { _ in }
      #expect(outcome.wroteResults && outcome.executed == 4)
      #expect(outcome.failures.map(\.key) == [RunKey(point: 1, replication: 0), RunKey(point: 1, replication: 1)])
      let reason = try #require(outcome.failures.first?.reason)
      #expect(reason.hasPrefix("invalid scenario: "))
      #expect(reason.contains("hosts[0].count") && reason.contains("[point 1: hosts.0.count=0]"))

      let runs = SweepTests.lines(try SweepTests.results(folder).runs)
      #expect(runs.dropFirst().map { $0[0] } == ["0", "0", "2", "2"])
      let points = SweepTests.lines(try SweepTests.results(folder).points)
      #expect(points.dropFirst().map { $0[0] } == ["0", "2"])
      let failures = SweepTests.lines(Data(try Self.text(folder, "failures.csv").utf8))
      #expect(failures[0] == ["point", "hosts.0.count", "replication", "reason"])
      #expect(failures.dropFirst().map { Array($0.prefix(3)) } == [["1", "0", "0"], ["1", "0", "1"]])
      #expect(failures[1][3] == reason)
      // The invalid point has no scenario file; the valid ones do.
      let pointFiles = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("points").path)
      #expect(pointFiles.sorted() == ["p0000.yaml", "p0002.yaml"])
      failureFiles.append(try Self.text(folder, "failures.csv"))
      runFiles.append(try Self.text(folder, "runs.csv"))

      let summary = SweepFailure.summary(outcome.failures, listedIn: "out/failures.csv")
      #expect(summary.count == 2)
      #expect(summary[0] == "1 point failed (2 runs); they are listed in out/failures.csv:")
      #expect(summary[1].hasPrefix("  point 1 (hosts.0.count=0), replications 0, 1: invalid scenario: "))
    }
    #expect(failureFiles[0] == failureFiles[1])
    #expect(runFiles[0] == runFiles[1])
  }

  @Test func theCommandFinishesTheOthersThenExitsNonZeroNamingTheFailedPoint() throws {
    let folder = CommandLineTests.scratch()
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let plan = folder.appendingPathComponent("plan.yaml")
    try Self.planText.write(to: plan, atomically: true, encoding: .utf8)
    let out = folder.appendingPathComponent("out")
    let result = try CommandLineTests.harvestsim(["sweep", plan.path, "--out", out.path, "--jobs", "2", "--quiet"])
    #expect(result.status == 1)
    #expect(result.standardError.hasPrefix("warning: point 1 (hosts.0.count=0) is invalid"))
    #expect(result.standardOutput.contains("1 point failed (2 runs); they are listed in \(out.path)/failures.csv:"))
    #expect(result.standardOutput.contains("  point 1 (hosts.0.count=0), replications 0, 1: invalid scenario: "))
    #expect(result.standardOutput.contains("wrote \(out.path)/runs.csv"))
    #expect(SweepTests.lines(try SweepTests.results(out).runs).count == 1 + 4)
  }

  @Test func aResumedSweepRetriesItsFailedRunsAndKeepsTheFinishedOnes() throws {
    let folder = SingleRunTests.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let first = try Self.executor(into: folder).run(stop: StopSignal()) { _ in }
    let runs = try Self.text(folder, "runs.csv"), failures = try Self.text(folder, "failures.csv")
    // Failed runs are not journaled: the second invocation runs them again (and, the point
    // being as invalid as before, records them as failed again) and reuses the rest.
    let second = try Self.executor(into: folder).run(stop: StopSignal()) { _ in }
    #expect(second.resumed == 4 && second.executed == 0)
    #expect(second.failures == first.failures)
    #expect(try Self.text(folder, "runs.csv") == runs)
    #expect(try Self.text(folder, "failures.csv") == failures)
  }

  @Test func aSweepWithoutAValidPointStopsBeforeRunning() throws {
    let folder = SingleRunTests.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let text = Self.planText.replacingOccurrences(of: "[4, 0, 8]", with: "[0, -1]")
    let errors = try #require(throws: ScenarioErrors.self) { try Self.executor(text, into: folder) }
    #expect(errors.errors.count == 2)
    #expect(errors.errors[0].message.contains("[point 0: hosts.0.count=0]"))
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("sweep.json").path))
  }

  @Test func aSweepWithoutFailuresWritesNoFailuresFile() throws {
    let folder = SingleRunTests.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let text = Self.planText.replacingOccurrences(of: "[4, 0, 8]", with: "[4]")
    let outcome = try Self.executor(text, into: folder).run(stop: StopSignal()) { _ in }
    #expect(outcome.failures.isEmpty && outcome.wroteResults)
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("failures.csv").path))
  }

  // MARK: - compare

  static func compareExecutor(_ variants: String, into folder: URL) throws -> CompareExecutor {
    let plan = try VariantsReader.parse(yaml: variants, path: "variants.yaml", scenario: SweepTests.paperLab,
                                        fixed: try CompareTests.fixed.map { try ScenarioOverride($0) })
    return try CompareExecutor(plan: plan, directory: folder.path, options: SweepOptions(jobs: 2))
  }

  @Test func aComparisonWithAnInvalidVariantRecordsItAsFailedAndComparesTheOthers() throws {
    let good = """
      replications: 2
      variants:
        torque-restart: {}
        torque-live: {registration.mode: live}
      """
    let withBad = good + "\n  broken: {hosts.0.count: 0}\n"
    let reference = SingleRunTests.temporaryFolder(), folder = SingleRunTests.temporaryFolder()
    defer { for each in [reference, folder] { try? FileManager.default.removeItem(at: each) } }
    _ = try Self.compareExecutor(good, into: reference).run(stop: StopSignal()) { _ in }

    let executor = try Self.compareExecutor(withBad, into: folder)
    #expect(executor.invalidVariants == ["broken"])
    let outcome = try executor.run(stop: StopSignal()) { _ in }
    #expect(outcome.wroteComparison && outcome.sweep.executed == 4)
    #expect(outcome.sweep.failures.map(\.key) == [RunKey(point: 2, replication: 0), RunKey(point: 2, replication: 1)])
    #expect(outcome.sweep.failures[0].values == "variant=broken")
    #expect(outcome.sweep.failures[0].reason.contains("hosts[0].count"))
    let failures = SweepTests.lines(Data(try Self.text(folder, "failures.csv").utf8))
    #expect(failures.dropFirst().map { Array($0.prefix(3)) } == [["2", "broken", "0"], ["2", "broken", "1"]])
    // The valid variants' rows are those of the comparison without the broken one; its
    // own rows have no values.
    let rows = try CompareTests.comparison(folder), expected = try CompareTests.comparison(reference)
    #expect(rows.filter { $0["variant"] != "broken" } == expected)
    let broken = rows.filter { $0["variant"] == "broken" }
    #expect(!broken.isEmpty && broken.allSatisfy { $0["n"] == "0" && $0["mean"] == "" })
  }

  @Test func anInvalidBaselineStopsTheComparison() throws {
    let folder = SingleRunTests.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let variants = """
      baseline: broken
      variants:
        torque-restart: {}
        broken: {hosts.0.count: 0}
      """
    let errors = try #require(throws: ScenarioErrors.self) { try Self.compareExecutor(variants, into: folder) }
    #expect(errors.errors.first?.message.contains("[point 1: variant=broken]") == true)
  }
}
