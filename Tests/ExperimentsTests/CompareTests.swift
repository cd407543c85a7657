import Foundation
import Model
import Scenario
import Stochastics
import Testing
@testable import Experiments

/// `harvestsim compare` end to end, in-process: the paired statistics of compare.csv
/// against runs.csv, common random numbers, resuming and determinism across --jobs.
struct CompareTests {
  static let fixed = ["duration=2d", "warmup=0s", "output.jobs=false", "output.timeseries=false"]

  static let variantsText = """
    replications: 4
    variants:
      torque-restart: {}
      torque-live: {registration.mode: live}
      short-cron: {registration.add_period: 30s}
    """

  static func executor(_ text: String = variantsText, into folder: URL, jobs: Int = 2) throws -> CompareExecutor {
    let plan = try VariantsReader.parse(yaml: text, path: "variants.yaml", scenario: SweepTests.paperLab,
                                        fixed: try fixed.map { try ScenarioOverride($0) })
    return try CompareExecutor(plan: plan, directory: folder.path, options: SweepOptions(jobs: jobs))
  }

  static func file(_ folder: URL, _ name: String) throws -> Data {
    try Data(contentsOf: folder.appendingPathComponent(name))
  }

  /// compare.csv as dictionaries keyed by header name.
  static func comparison(_ folder: URL) throws -> [[String: String]] {
    let lines = SweepTests.lines(try file(folder, "compare.csv"))
    return lines.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(lines[0], $0)) }
  }

  static func row(_ rows: [[String: String]], _ metric: String, _ variant: String) throws -> [String: String] {
    try #require(rows.first { $0["metric"] == metric && $0["variant"] == variant })
  }

  @Test func thePairedDifferenceAndItsIntervalMatchAHandComputationFromRunsCSV() throws {
    let folder = SingleRunTests.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let outcome = try Self.executor(into: folder).run(stop: StopSignal()) { _ in }
    #expect(outcome.wroteComparison && outcome.sweep.executed == 12 && outcome.sweep.failures.isEmpty)
    let header = SweepTests.lines(try Self.file(folder, "compare.csv"))[0]
    #expect(header == ["metric", "variant", "n", "mean", "sd", "ci95", "baseline", "diff_mean", "diff_sd", "diff_n",
                       "diff_ci95", "significant", "threshold", "practical"])

    let runs = SweepTests.lines(try Self.file(folder, "runs.csv"))
    #expect(Array(runs[0].prefix(4)) == ["point", "variant", "replication", "seed"])
    let column = runs[0].firstIndex(of: "mean_registration_latency_s")!
    func values(_ variant: String) -> [Int: Double] {
      Dictionary(uniqueKeysWithValues: runs.dropFirst().filter { $0[1] == variant }.map { (Int($0[2])!, Double($0[column])!) })
    }
    let base = values("torque-restart"), live = values("torque-live")
    let differences = (0..<4).map { live[$0]! - base[$0]! }
    let mean = differences.reduce(0, +) / 4
    let sd = (differences.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / 3).squareRoot()
    let half = Statistics.studentTQuantile(probability: 0.975, degreesOfFreedom: 3) * sd / 2
    #expect(sd > 0)  // the modes do change the registration latency, so the check below is not trivial

    let row = try Self.row(try Self.comparison(folder), "mean_registration_latency_s", "torque-live")
    func number(_ name: String) -> Double { Double(row[name]!)! }
    #expect(row["baseline"] == "torque-restart" && row["n"] == "4" && row["diff_n"] == "4")
    #expect(abs(number("diff_mean") - mean) <= 1e-12 * max(1, abs(mean)))
    #expect(abs(number("diff_sd") - sd) <= 1e-9 * max(1, sd))
    #expect(abs(number("diff_ci95") - half) <= 1e-9 * max(1, half))
    // The difference is far above rounding noise, so significance is the CI excluding 0.
    #expect(abs(mean) > 1e-6 * abs(number("mean")))
    #expect(row["significant"] == String(abs(mean) > half))
    let liveMean = live.values.reduce(0, +) / 4
    #expect(abs(number("mean") - liveMean) <= 1e-12 * max(1, liveMean))

    // The baseline's own row: difference 0, no interval, never significant.
    let own = try Self.row(try Self.comparison(folder), "mean_registration_latency_s", "torque-restart")
    #expect(own["diff_mean"] == "0.0" && own["diff_sd"] == "" && own["diff_ci95"] == "" && own["significant"] == "false")
  }

  @Test func aVariantIdenticalToTheBaselineDiffersByExactlyZeroInEveryMetric() throws {
    let folder = SingleRunTests.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let text = """
      replications: 3
      variants:
        restart: {}
        same-again: {registration.mode: restart}
        live: {registration.mode: live}
      """
    _ = try Self.executor(text, into: folder).run(stop: StopSignal()) { _ in }
    let rows = try Self.comparison(folder).filter { $0["variant"] == "same-again" }
    #expect(rows.count == SummaryColumns.metrics.count)
    for row in rows where row["diff_n"] != "0" {
      #expect(row["diff_n"] == "3", "\(row["metric"]!)")
      #expect(row["diff_mean"] == "0.0" && row["diff_sd"] == "0.0" && row["diff_ci95"] == "0.0", "\(row["metric"]!)")
      #expect(row["significant"] == "false")
    }
    // Some metrics are undefined in every run (detection latency under restart); the others must all be there.
    #expect(rows.filter { $0["diff_n"] == "3" }.count >= SummaryColumns.metrics.count - 2)
  }

  @Test func aSettingThatCannotAffectHostsLeavesHostAvailabilityIdenticalPerReplication() throws {
    // The registration mode and cron period cannot change when a PC is up: replication k
    // has the same host up/down periods in every variant. Hosts-up time is summed only when
    // a host changes state, so the values are identical bit for bit.
    let folder = SingleRunTests.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    _ = try Self.executor(into: folder).run(stop: StopSignal()) { _ in }
    let runs = SweepTests.lines(try Self.file(folder, "runs.csv"))
    let column = runs[0].firstIndex(of: "host_availability")!
    for replication in 0..<4 {
      let values = runs.dropFirst().filter { $0[2] == String(replication) }.map { Double($0[column])! }
      #expect(values.count == 3)
      for value in values.dropFirst() {
        #expect(value == values[0], "replication \(replication): \(values)")
      }
    }
    for row in try Self.comparison(folder) where row["metric"] == "host_availability" {
      #expect(Double(row["diff_mean"]!)! == 0, "\(row["variant"]!)")
    }
    // ...while the replications themselves differ by far more.
    let first = Double(runs[1][column])!, second = Double(runs[2][column])!
    #expect(abs(first - second) > 1e-6)
  }

  @Test func compareCSVIsByteIdenticalForOneAndTwoJobs() throws {
    var outputs: [Data] = []
    for jobs in [1, 2] {
      let folder = SingleRunTests.temporaryFolder()
      defer { try? FileManager.default.removeItem(at: folder) }
      _ = try Self.executor(into: folder, jobs: jobs).run(stop: StopSignal()) { _ in }
      outputs.append(try Self.file(folder, "compare.csv"))
    }
    #expect(outputs[0] == outputs[1])
    #expect(!outputs[0].isEmpty)
  }

  @Test func anInterruptedComparisonResumesToTheSameFiles() throws {
    let reference = SingleRunTests.temporaryFolder(), resumed = SingleRunTests.temporaryFolder()
    defer { for folder in [reference, resumed] { try? FileManager.default.removeItem(at: folder) } }
    _ = try Self.executor(into: reference).run(stop: StopSignal()) { _ in }

    let stop = StopSignal()
    let first = try Self.executor(into: resumed, jobs: 1).run(stop: stop) { progress in
      if progress.done >= 5 { stop.raise() }
    }
    #expect(first.sweep.interrupted && !first.wroteComparison && first.rows.isEmpty)
    #expect(!FileManager.default.fileExists(atPath: resumed.appendingPathComponent("compare.csv").path))

    let second = try Self.executor(into: resumed, jobs: 2).run(stop: StopSignal()) { _ in }
    #expect(second.sweep.resumed == first.sweep.executed)
    #expect(second.sweep.executed == 12 - first.sweep.executed)
    for name in ["compare.csv", "runs.csv", "points.csv"] {
      #expect(try Self.file(resumed, name) == Self.file(reference, name), "\(name)")
    }
  }

  @Test func runsWithAnUndefinedValueOnEitherSideAreLeftOutOfThePair() throws {
    // Synthetic runs.csv rows: jobs_lost is the fifth metric column; "" is undefined.
    let metric = "jobs_lost"
    let index = SummaryColumns.metrics.firstIndex { $0.name == metric }!
    func row(_ point: Int, _ replication: Int, _ value: String) -> SweepRow {
      var cells = ["lab", "1", String(replication)] + Array(repeating: "1", count: SummaryColumns.names.count - 3)
      cells[3 + index] = value
      return SweepRow(key: RunKey(point: point, replication: replication), labels: [point == 0 ? "a" : "b"], cells: cells)
    }
    let runs = [row(0, 0, "1"), row(0, 1, "2"), row(0, 2, ""), row(0, 3, "4"),
                row(1, 0, "2"), row(1, 1, ""), row(1, 2, "5"), row(1, 3, "7")]
    let rows = VariantComparison.rows(runs: runs, variants: ["a", "b"], baseline: 0, metrics: [metric])
    #expect(rows.count == 2)
    #expect(rows[0].value.count == 3 && rows[0].value.mean == 7.0 / 3)
    #expect(rows[1].value.count == 3 && rows[1].value.mean == 14.0 / 3)
    // Pairs: replication 0 (2 − 1) and replication 3 (7 − 4); 1 and 2 have a gap on one side.
    #expect(rows[1].difference.count == 2 && rows[1].difference.mean == 2)
    #expect(rows[1].difference.standardDeviation == 2.0.squareRoot())
    #expect(rows[0].isBaseline && rows[0].difference.mean == 0 && rows[0].difference.count == 3)
    #expect(!rows[0].isSignificant)
  }

  @Test func theDecisionFilesAreWrittenWithTheirColumnsAndByteIdenticallyTwice() throws {
    let text = "replications: 3\nmetrics: [batch_restarts, jobs_lost, host_availability]\n"
      + "variants: {torque-restart: {}, torque-live: {registration.mode: live}}"
    let criteria = try DecisionCriteria(objectives: ["batch_restarts:min", "jobs_lost"], constraints: ["jobs_lost<=100"])
    var outputs: [[Data]] = []
    var summary = ""
    for jobs in [1, 2] {
      let folder = SingleRunTests.temporaryFolder()
      defer { try? FileManager.default.removeItem(at: folder) }
      let plan = try VariantsReader.parse(yaml: text, path: "variants.yaml", scenario: SweepTests.paperLab,
                                          fixed: try Self.fixed.map { try ScenarioOverride($0) })
      let executor = try CompareExecutor(plan: plan, directory: folder.path, options: SweepOptions(jobs: jobs),
                                         criteria: criteria)
      let outcome = try executor.run(stop: StopSignal()) { _ in }
      let decision = try #require(outcome.decision)
      summary = DecisionSummary.text(decision)
      let names = ["compare.csv", "ranking.csv", "pareto.csv", "recommendation.md"]
      outputs.append(try names.map { try Self.file(folder, $0) })
      #expect(String(decoding: outputs.last![3], as: UTF8.self) == decision.recommendation)
      let ranking = SweepTests.lines(outputs.last![1])
      #expect(ranking[0] == ["metric", "label", "unit", "better", "rank", "variant", "mean", "ci95", "diff_from_best",
                             "diff_from_best_ci95", "verdict"])
      #expect(ranking.count == 1 + 3 * 2)
      // torque-live never restarts pbs_server: the best on batch_restarts, and told apart from torque-restart.
      let restarts = ranking.filter { $0[0] == "batch_restarts" }
      #expect(restarts.map { $0[5] } == ["torque-live", "torque-restart"] && restarts.map { $0[10] } == ["best", "worse"])
      #expect(restarts[0][6] == "0.0" && restarts[1][4] == "2")
      let pareto = SweepTests.lines(outputs.last![2])
      #expect(pareto[0] == ["variant", "feasible", "pareto", "violated", "batch_restarts", "jobs_lost"])
      #expect(pareto.count == 3)
    }
    #expect(outputs[0] == outputs[1])
    // The console: the per-metric block names the best in human units, then the Pareto set and the recommendation.
    #expect(summary.contains("  best   torque-live"))
    #expect(summary.contains("Pareto set over "))
    #expect(summary.contains("# Recommendation"))
    #expect(summary.range(of: "[0-9]e[-+]?[0-9]", options: .regularExpression) == nil, "\(summary)")  // no exponents
  }

  @Test func shardsAndPrecisionModeAreRefused() throws {
    let plan = try VariantsReader.parse(yaml: Self.variantsText, path: "v.yaml", scenario: SweepTests.paperLab)
    #expect(throws: OutputError.self) {
      try CompareExecutor(plan: plan, directory: "/tmp/x", options: SweepOptions(jobs: 1, shard: Shard("1/2")))
    }
  }
}
