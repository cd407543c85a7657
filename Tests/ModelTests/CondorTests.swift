import Foundation
import Stochastics
import Testing
@testable import Model

/// HTCondor's core (issue 5, first part): collector ads, negotiation cycles, claim delay,
/// job leases and vanilla restarts.
struct CondorTests {
  static func condorize(_ config: ModelConfig, claimDelay: Double = 5) -> ModelConfig {
    var copy = config
    copy.batch.system = .condor
    copy.batch.condor.claimDelay = claimDelay
    return copy
  }

  @Test func aMachineJoinsWhenItsAdArrivesAndJobsStartAtNegotiation() throws {
    // VM at 70 s: the startd's ad reaches the collector at once (no cron, no restart).
    // A job submitted at 100 s starts at the 120 s negotiation cycle plus the 5 s claim.
    let observer = RecordingObserver()
    let config = Self.condorize(Fixtures.cyclingHost(up: 1e6, arrivalEvery: 100, runtime: 50, duration: 300))
    let model = LabModel.started(config, observer: observer)
    model.advance(through: 70)
    #expect(model.hosts[0].server == .up && model.isUsable(0))
    model.advance(through: 119)
    #expect(model.queue.count == 1)
    let summary = { model.advance(through: 300); return model.finish() }()
    let attempt = try #require(observer.attempts.first)
    #expect(attempt.start == 120)
    #expect(attempt.end == 175)  // 120 + 5 s claim + 50 s of work
    #expect(summary.meanRegistrationLatency == 70)
    #expect(summary.batchRestarts == 0)
  }

  @Test func theCollectorForgetsAVanishedMachineAfterTheAdLifetime() {
    // Startd up at 70 s: ads at 70, 370, 670, 970 s. The PC dies at 1000 s; the ad
    // expires at 970 + 900 = 1870 s (detection latency 870 s).
    let config = Self.condorize(Fixtures.cyclingHost(up: 1000, down: 10_000, duration: 3000))
    let model = LabModel.started(config)
    model.advance(through: 1869)
    #expect(model.hosts[0].server == .up)
    model.advance(through: 1870)
    #expect(model.hosts[0].server == .absent)
    let summary = { model.advance(through: 3000); return model.finish() }()
    #expect(summary.meanDetectionLatency == 870)
  }

  @Test func aJobOnAVanishedMachineIsRequeuedWhenItsLeaseRunsOut() throws {
    // Job 1 is matched at the 900 s cycle and dies with the PC at 1000 s. Its lease
    // (2400 s) runs out at 3400 s: it is requeued (no user resubmission, not lost).
    let observer = RecordingObserver()
    let config = Self.condorize(
      Fixtures.cyclingHost(up: 1000, down: 10_000, arrivalEvery: 900, runtime: 200, duration: 3500), claimDelay: 0)
    let model = LabModel.started(config, observer: observer)
    model.advance(through: 1000)
    #expect(observer.attempts.map { ($0.start, $0.end, $0.outcome) }.first! == (900, 1000, .lost))
    model.advance(through: 3399)
    #expect(model.jobs[0].state == .awaitingRequeue)
    model.advance(through: 3400)
    #expect(model.jobs[0].state == .queued)
    let summary = { model.advance(through: 3500); return model.finish() }()
    #expect(summary.requeues == 1 && summary.jobsLost == 0 && summary.resubmissions == 0)
  }

  @Test func aLeasedJobIsRequeuedAtOnceWhenTheStartdReturns() {
    // Down at 1000 s for 30 s: the fresh startd (1100 s) no longer knows the job, so the
    // shadow's reconnect fails and the job is requeued then, long before its lease ends.
    let config = Self.condorize(
      Fixtures.cyclingHost(up: 1000, down: 30, arrivalEvery: 900, runtime: 200, duration: 1500), claimDelay: 0)
    let model = LabModel.started(config)
    model.advance(through: 1099)
    #expect(model.jobs[0].state == .awaitingRequeue)
    model.advance(through: 1100)
    #expect(model.jobs[0].state == .queued || model.jobs[0].state == .running)
  }

  @Test func withoutChurnCondorAndTorqueGiveTheSameThroughput() {
    // Always-up hosts, no owners: every job is done either way; only the start delays differ.
    var torque = TheoryTests.instantLab(
      hosts: 10, availability: .always, arrivalMean: 900, runtime: .exponential(mean: 7200),
      duration: 60 * 86_400, warmup: 86_400)
    torque.registration.mode = .live
    let condor = Self.condorize(torque)
    let a = LabModel(config: torque).run(), b = LabModel(config: condor).run()
    // Jobs completed in the window differ only by those near its edges.
    let n = Double(a.jobsCompleted)
    #expect(abs(Double(b.jobsCompleted) - n) <= 4 * n.squareRoot())
    #expect(a.attemptsLost == 0 && b.attemptsLost == 0 && b.jobsLost == 0)
  }

  @Test func vanillaRestartsWasteTheExpectedWorkPerEviction() {
    // A job of fixed work W on a machine whose remaining up time is Exp(U) is killed with
    // probability 1 − e^{−W/U}; the work lost given a kill is the truncated mean
    // U − W e^{−W/U} / (1 − e^{−W/U}). Condor restarts vanilla jobs from scratch.
    let work = 3600.0, up = 4 * 3600.0
    var config = TheoryTests.instantLab(
      hosts: 100, availability: .alternating(up: .exponential(mean: up), down: .exponential(mean: 1800)),
      arrivalMean: 300, runtime: .constant(work), duration: 120 * 86_400, warmup: 86_400)
    config = Self.condorize(config, claimDelay: 0)
    config.batch.condor.jobLeaseDuration = 60
    let observer = RecordingObserver()
    _ = LabModel(config: config, observer: observer).run()
    let lost = observer.attempts.filter { $0.outcome == .lost && $0.start >= config.warmup }.map { $0.end - $0.start }
    let q = exp(-work / up)
    let theory = up - work * q / (1 - q)
    let mean = lost.reduce(0, +) / Double(lost.count)
    let sd = (lost.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(lost.count - 1)).squareRoot()
    let tolerance = 4 * sd / Double(lost.count).squareRoot()
    print("validation | vanilla lost work per eviction | theory \(theory) | measured \(mean) | ±4 SE \(tolerance) | n = \(lost.count)")
    #expect(abs(mean - theory) <= tolerance)
    // And the eviction probability.
    let ended = observer.attempts.filter { $0.start >= config.warmup }
    let p = Double(lost.count) / Double(ended.count)
    #expect(abs(p - (1 - q)) <= 4 * ((1 - q) * q / Double(ended.count)).squareRoot())
  }
}
