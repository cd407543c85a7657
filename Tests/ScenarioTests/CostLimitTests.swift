import Foundation
import Model
import Testing

@testable import Scenario

/// The limits on a scenario's estimated cost: refused with the key that drives it, warned
/// about when long, and the estimate itself against the events real runs fire.
struct CostLimitTests {
  /// The one error a scenario gets, or nil when it is valid.
  private func refusal(_ overrides: [String], yaml: String = Fixture.minimal) -> ScenarioError? {
    do {
      _ = try Fixture.parse(yaml, overrides: overrides)
      return nil
    } catch let errors as ScenarioErrors {
      #expect(errors.errors.count == 1, "expected one error, got \(errors)")
      return errors.errors.first
    } catch let error as ScenarioError {
      return error
    } catch {
      Issue.record("unexpected error \(error)")
      return nil
    }
  }

  @Test func moreThanTwoToThe31PCsAreRefusedAtTheLargestGroup() {
    let single = refusal(["hosts.0.count=2000000000000000000"])
    #expect(single?.path == "hosts[0].count")
    #expect(single?.message == "the lab has 2e+18 PCs in all, which would need about 2.9e+12 GiB of memory; "
      + "at most 2147483647 PCs are supported")
    #expect(single.map { "\($0.location)" } == "--set hosts.0.count=2000000000000000000")
    let inFile = refusal([], yaml: Fixture.minimal.replacingOccurrences(of: "count: 4", with: "count: 2000000000000000000"))
    #expect(inFile?.location == Fixture.at(4, 12))
    // Two groups whose counts overflow a 64-bit sum.
    let pair = refusal(["hosts=[{count: 5}, {count: 5000000000000000000}, {count: 5000000000000000000}]"])
    #expect(pair?.path == "hosts[1].count")
    #expect(pair?.message.hasPrefix("the lab has 1e+19 PCs in all") == true)
  }

  @Test func memoryAboveTheLimitNamesTheHostCountAndTheLimitKey() throws {
    // 20 million PCs × 1.5 KiB ≈ 29 GiB, above the default 8 GiB.
    let refused = refusal(["hosts.0.count=20000000", "duration=1h"])
    #expect(refused?.path == "hosts[0].count")
    #expect(refused?.message == "2e+07 PCs need about 29 GiB of memory (limit 8.0 GiB; raise it with limits.memory)")
    // Raising the limit (and the events limit: the boots alone are 1.2e8 events) lets it through.
    let raised = try Fixture.parse(Fixture.minimal, overrides: ["hosts.0.count=20000000", "duration=1h",
                                                                "limits.memory=64GiB", "limits.events=1e12"])
    #expect(raised.config.limits.memoryBytes == 64 * 1_073_741_824)
  }

  @Test func eventsAboveTheLimitNameTheKeyThatDrivesThem() {
    // Arrivals every microsecond for 10 days: 8.6e11 arrivals.
    let arrivals = refusal(["workload.arrival={exponential: {mean: 0.000001s}}"])
    #expect(arrivals?.path == "workload.arrival")
    #expect(arrivals?.message.hasPrefix("the run would fire about 3.5e+12 events in 10d") == true)
    #expect(arrivals?.message.hasSuffix("(limit 1e+10 events; shorten duration, or raise limits.events)") == true)
    // Millisecond up and down periods on four PCs for a year.
    let churn = refusal(["duration=52w", "hosts.0.availability={up: {exponential: {mean: 1ms}}, down: {exponential: {mean: 1ms}}}"])
    #expect(churn?.path == "hosts[0].availability")
    // A billion log-ins an hour at each PC.
    let students = refusal(["owners={arrivals: {rate: 1e9}}"])
    #expect(students?.path == "owners.arrivals")
    #expect(students?.message.hasPrefix("the run would fire about ") == true)
    // Arrivals every millisecond on 100 PCs for 60 days (a sweep point that once died for memory).
    let sweepPoint = refusal(["hosts.0.count=100", "duration=60d", "workload.arrival={exponential: {mean: 1ms}}"])
    #expect(sweepPoint?.path == "workload.arrival")
    // An endless duration is blamed on the duration.
    let endless = refusal(["duration=1e308s"])
    #expect(endless?.path == "duration")
    #expect(endless?.message.contains("years") == true)
  }

  @Test func warningsForALongRunADurationPast100YearsAndSubSecondPeriods() throws {
    #expect(try Fixture.parse(Fixture.minimal).warnings.isEmpty)
    let sampled = try Fixture.parse(Fixture.minimal, overrides: ["output.sample_every=1ms", "duration=2d"])
    #expect(sampled.warnings.map(\.path) == ["output.sample_every", "output.sample_every"])
    #expect(sampled.warnings[0].message.hasPrefix("a sampling period of 0.001s, under a second"))
    // 1.7e8 samples at 5.16 M events/s (a lab of up to 1000 PCs): about 33 s.
    #expect(sampled.warnings[1].message.hasPrefix("a long run: about 1.7e+08 events, about 33 s"))
    let century = try Fixture.parse(Fixture.minimal.replacingOccurrences(of: "10d", with: "6000w"),
                                    overrides: ["output.sample_every=1w"])
    #expect(century.warnings.map(\.path) == ["duration"])
    #expect(century.warnings[0].location == Fixture.at(2, 11))
  }

  @Test func anAvailabilityTraceIsNotExpandedOverTooManyPCs() throws {
    // Two nodes with 100 intervals each: 2e9 PCs would replay 2e11 intervals.
    let folder = try Fixture.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    var text = "host,start,end,state\n"
    for node in ["a", "b"] {
      for index in 0..<100 { text += "\(node),\(index * 100),\(index * 100 + 100),\(index % 2 == 0 ? "up" : "down")\n" }
    }
    let trace = folder.appendingPathComponent("lab.csv")
    try text.write(to: trace, atomically: true, encoding: .utf8)
    let refused = refusal(["hosts.0.count=2000000000", "hosts.0.availability={trace: \(trace.path)}"])
    #expect(refused?.path == "hosts[0].availability")
    #expect(refused?.message == "replaying this trace on 2e+09 PCs means about 2e+11 availability intervals; at most "
      + "1e+08 are supported (fewer PCs, or a fitted up/down distribution instead of the trace)")
    // A thousand PCs replay 1e5 intervals: accepted.
    #expect(refusal(["hosts.0.count=1000", "hosts.0.availability={trace: \(trace.path)}"]) == nil)
  }

  /// The estimate against the events real runs fire (a lab-churn month, the paper lab, a
  /// university week): within the factor of about two the estimate promises, and no less
  /// than half (an estimate that undercounts would let long runs pass unwarned).
  @Test(arguments: [("bench/lab-churn.yaml", "30d"), ("paper-lab.yaml", "14d"), ("university-lab.yaml", "7d")])
  func theEstimateIsWithinAFactorOfTwoOfTheEventsARunFires(file: String, duration: String) throws {
    let path = Fixture.packageRoot().appendingPathComponent("Scenarios/\(file)").path
    let scenario = try Scenario.load(path: path, overrides: ["duration=\(duration)"])
    let estimate = RunCostEstimate(scenario.config).totalEvents
    let model = LabModel(config: scenario.config)
    model.checksInvariants = false
    let summary = model.run()
    let fired = Double(summary.events + summary.staleEvents)
    #expect(estimate >= fired / 2 && estimate <= fired * 2.5, "estimated \(estimate), fired \(fired)")
  }
}

/// The words a planner gets when a run stops at its jobs limit.
struct JobLimitExplanationTests {
  @Test func theExplanationGivesTheTimeTheRatesAndTheKeys() {
    let exceeded = JobLimitExceeded(time: 10_800, limit: 20_000, submitted: 21_429, cores: 1_000, meanRuntime: 7_200,
                                    coresPerJob: 1)
    #expect(exceeded.explanation == "the run stopped at 3.0 h of simulated time: 20000 jobs were in the system "
      + "(limits.jobs_in_system). Jobs arrived at about 7143 per hour, while the lab's 1000 cores can finish about "
      + "500 per hour at the mean runtime of 2.0 h. The lab cannot keep up: lower the arrival rate (workload.arrival), "
      + "add PCs (hosts), or raise limits.jobs_in_system")
  }

  @Test func aLabThatKeepsUpButHoldsManyJobsIsToldToRaiseTheLimit() {
    // A million PCs, 300,000 arrivals an hour against 450,000 it can finish: a million jobs run at once.
    let exceeded = JobLimitExceeded(time: 42_000, limit: 1_000_000, submitted: 3_500_000, cores: 1_500_000,
                                    meanRuntime: 11_870, coresPerJob: 1)
    #expect(exceeded.explanation.hasSuffix("while the lab's 1500000 cores can finish about 454928 per hour at the mean "
      + "runtime of 3.3 h. The lab keeps up, but it holds this many jobs at once: raise limits.jobs_in_system "
      + "(about 200 bytes a job)"))
  }
}
