import Foundation
import Stochastics
import Testing
@testable import Model

/// What HTCondor sees when the timetable switches a PC off: a graceful power-off stops the
/// startd cleanly (C11, C12), a crash leaves the ad and the lease to run out (C2, C6, C7);
/// and `drain_before_shutdown` in START (C13).
struct CondorShutdownTests {
  /// One PC, open 08:00–20:00 every day and off when closed, from Monday 2 October 2006 00:00.
  static func openEightToEight(mode: RegistrationMode = .restart, arrival: Double = 18 * 3600,
                               runtime: Double = 3 * 3600, claimDelay: Double = 5) -> ModelConfig {
    var config = ModelConfig(
      name: "closing", duration: 2 * 86_400, hostGroups: [HostGroup(name: "pc", count: 1)],
      vm: VMLifecycleConfig(boot: .constant(60), configure: .constant(10)),
      registration: RegistrationConfig(mode: mode),
      workload: WorkloadConfig(arrival: .constant(arrival), runtime: .constant(runtime)))
    config.timetable = Timetable(
      start: CalendarDate(year: 2006, month: 10, day: 2)!,
      week: Array(repeating: OpeningHours(open: 8 * 3600, close: 20 * 3600), count: 7), power: .offWhenClosed)
    return CondorTests.condorize(config, claimDelay: claimDelay)
  }

  @Test func aSwitchOffVacatesTheJobAndWithdrawsTheAdAtOnce() throws {
    // The PC comes on at 08:00 (28,800 s); its startd sends its first ad at 28,870 s. A 3 h
    // job arriving at 18:00 (64,800 s) is matched at that cycle and is lost at the 20:00
    // switch-off (72,000 s). The startd shuts down gracefully: the job is requeued at once
    // (no lease) and the ad is invalidated at once (detection latency 0; a crash would keep
    // it until 71,770 + 900 = 72,670 s). Next morning the startd is back at 115,270 s and the
    // job is matched at the 115,320 s cycle: it ends 5 s + 3 h later.
    let observer = RecordingObserver()
    let model = CondorLab.started(Self.openEightToEight(), observer: observer)
    model.advance(through: 71_999)
    #expect(model.jobs[0].state == .running && model.isUsable(0))
    model.advance(through: 72_000)
    #expect(model.jobs[0].state == .queued && model.queue == [0])
    #expect(model.hosts[0].server == .absent && !model.isUsable(0))
    model.advance(through: 115_270)
    #expect(model.hosts[0].server == .up)
    let summary = { model.advance(through: 140_000); return model.finish() }()
    #expect(summary.meanDetectionLatency == 0)
    #expect(summary.requeues == 1 && summary.jobsLost == 0 && summary.attemptsLostShutdown == 1)
    let first = try #require(observer.attempts.first), second = try #require(observer.attempts.dropFirst().first)
    #expect(first.start == 64_800 && first.end == 72_000 && first.cause == .shutdown)
    #expect(second.start == 115_320 && second.end == 115_325 + 10_800 && second.outcome == .completed)
  }

  @Test func aCrashStillWaitsForTheLeaseAndTheAdsLifetime() {
    // The same startd (ads at 70 + k × 300 s) crashes at 1000 s: the job stays held for its
    // lease and the ad stays listed until 970 + 900 = 1870 s (C2, C6), as before.
    let config = CondorTests.condorize(
      Fixtures.cyclingHost(up: 1000, down: 10_000, arrivalEvery: 900, runtime: 200, duration: 3500), claimDelay: 0)
    let model = CondorLab.started(config)
    model.advance(through: 1000)
    #expect(model.jobs[0].state == .awaitingRequeue && model.hosts[0].server == .up)
    model.advance(through: 1870)
    #expect(model.hosts[0].server == .absent && model.jobs[0].state == .awaitingRequeue)
  }

  @Test func inInstantModeASwitchOffRequeuesAtOnceToo() {
    // No VM phases: the machine is listed from 08:00; the job matched at 18:00 is requeued at
    // the 20:00 switch-off instead of waiting for the machine's return (C8) the next morning.
    let model = CondorLab.started(Self.openEightToEight(mode: .instant))
    model.advance(through: 72_000)
    #expect(model.jobs[0].state == .queued && !model.isUsable(0))
  }

  /// The lab of `openEightToEight` in `instant` mode with no claim delay and no arrivals; two
  /// jobs are submitted at 17:30 (63,000 s): a 3 h job, then a 1 h job.
  static func twoJobsAtHalfPastFive(drain: Bool, observer: RecordingObserver) -> RunSummary {
    var config = Self.openEightToEight(mode: .instant, arrival: 1e9, claimDelay: 0)
    config.batch.drainBeforeShutdown = drain
    let model = CondorLab.started(config, observer: observer)
    model.advance(through: 62_999)
    model.submitTestJob(cores: 1, runtime: 3 * 3600)
    model.submitTestJob(cores: 1, runtime: 3600)
    model.advance(through: 63_000)
    return { model.advance(through: 2 * 86_400); return model.finish() }()
  }

  @Test func drainingKeepsAJobThatWouldOverrunTheSwitchOffQueued() {
    // With the drain, START refuses the 3 h job at 17:30 (it would end at 20:30, after the
    // 20:00 switch-off), so it keeps its place, and the 1 h job behind it runs 63,000–66,600 s.
    // The 3 h job starts when the PC is back at 08:00 the next day (115,200 s, a cycle) and
    // ends at 126,000 s: nothing is lost. Without the drain the 3 h job is matched at 17:30
    // and lost at 20:00, and the 1 h job waits for the morning.
    let drained = RecordingObserver(), undrained = RecordingObserver()
    let withDrain = Self.twoJobsAtHalfPastFive(drain: true, observer: drained)
    #expect(drained.attempts.map { ($0.start, $0.end, $0.outcome) }.elementsEqual(
      [(63_000, 66_600, .completed), (115_200, 126_000, .completed)], by: ==))
    #expect(withDrain.attemptsLost == 0)
    let withoutDrain = Self.twoJobsAtHalfPastFive(drain: false, observer: undrained)
    #expect(undrained.attempts.first.map { ($0.start, $0.end, $0.outcome) }! == (63_000, 72_000, .lost))
    #expect(withoutDrain.attemptsLostShutdown == 1)
  }
}
