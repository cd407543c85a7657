import Foundation
import Scenario
import Testing
@testable import Experiments

/// Runs that reach `limits.jobs_in_system`: a single run fails with the explanation and
/// writes nothing; a sweep records the point as failed and finishes the others.
struct JobLimitRunTests {
  /// paper-lab with jobs every 10 s: far more than 20 PCs can run, so the jobs pile up.
  static let overloaded = ["duration=2d", "warmup=0s", "workload.arrival={constant: {value: 10s}}",
                           "limits.jobs_in_system=500"]

  @Test func aRunThatReachesTheLimitFailsWithTheExplanationAndWritesNothing() throws {
    let folder = SingleRunTests.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let scenario = try SingleRunTests.scenario("Scenarios/paper-lab.yaml", overrides: Self.overloaded)
    do {
      try SingleRun.execute(scenario, into: folder.path)
      Issue.record("the run should have stopped at its jobs limit")
    } catch let error as OutputError {
      // More than 500 jobs in the system once the 501st arrives: paper-lab's PCs are off until
      // Monday 08:00, so none runs, and the 501st job comes at 501 × 10 s = 83.5 min.
      #expect(error.message.hasPrefix("the run stopped at 83.5 min of simulated time: 500 jobs were in the system"))
      #expect(error.message.contains("Jobs arrived at about 360 per hour"))
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
  }

  @Test func aSweepPointThatReachesTheLimitIsRecordedAsFailed() throws {
    let folder = SingleRunTests.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    // Point 0 keeps paper-lab's arrivals; point 1 sends a job every 10 s.
    let plan = try SweepPlanReader.parse(yaml: """
      name: overload
      base: \(SweepTests.paperLab)
      set: {duration: 2d, warmup: 0s, limits.jobs_in_system: 500, output.jobs: false, output.timeseries: false}
      vary:
        - {path: workload.arrival, values: [{exponential: {mean: 30m}}, {constant: {value: 10s}}]}
      """, path: "plan.yaml", directory: folder)
    let executor = try SweepExecutor(plan: plan, points: try plan.resolvePoints(), directory: folder.path,
                                     options: SweepOptions(jobs: 1))
    let outcome = try executor.run(stop: StopSignal()) { _ in }
    #expect(outcome.failures.map(\.key) == [RunKey(point: 1, replication: 0)])
    #expect(outcome.failures.first?.reason.hasPrefix("the run stopped at 83.5 min of simulated time") == true)
    let runs = SweepTests.lines(try SweepTests.results(folder).runs)
    #expect(runs.dropFirst().map { $0[0] } == ["0"])
  }
}
