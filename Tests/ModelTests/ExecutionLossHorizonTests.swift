import Testing
@testable import Model

/// An execution that would end after its PC's pending failure gets no end event (that event
/// could only pop stale); one whose end moves back before the failure gets it again.
struct ExecutionLossHorizonTests {
  /// One single-core PC in instant mode that fails at 1300 s and is back at 1400 s, over
  /// and over; a student with load 1 core when logged in; no automatic jobs.
  static func failingPC(duration: Double = 5000) -> ModelConfig {
    var config = ModelConfig(
      name: "horizon", duration: duration,
      hostGroups: [HostGroup(name: "pc", count: 1, availability: .alternating(up: .constant(1300), down: .constant(100)))],
      registration: RegistrationConfig(mode: .instant),
      workload: WorkloadConfig(arrival: .constant(1e9), runtime: .constant(1)))
    config.owners = OwnerConfig(arrivals: .constant(perHour: 0), load: .constant(1))
    return config
  }

  @Test func anEndThatMovesBeforeTheFailureIsScheduledAgain() throws {
    // 1000 s of work from t = 0. The student (100–600 s) halves the VM's speed: at 100 s the
    // end moves to 100 + 900 / 0.5 = 1900 s, after the failure at 1300 s, so it is not
    // scheduled. At 600 s the student leaves with 1000 − 100 − 250 = 650 s left: the end,
    // 1250 s, is before the failure and must be scheduled again, and the job completes.
    let observer = RecordingObserver()
    let model = TorqueLab.started(Self.failingPC(), observer: observer)
    model.advance(through: 0)
    model.submitTestJob(cores: 1, runtime: 1000)
    model.schedulingPass()
    model.advance(through: 100)
    model.startSession(0, until: 600)
    #expect(model.hosts[0].speed == 0.5)
    let summary = { model.advance(through: 5000); return model.finish() }()
    let attempt = try #require(observer.attempts.first)
    #expect(attempt.outcome == .completed)
    #expect(abs(attempt.end - 1250) < 1e-9)
    #expect(summary.attemptsLost == 0)
  }

  @Test func aJobThatOutlivesItsPCIsLostAtTheFailureWithoutAStaleEnd() throws {
    // 2000 s of work from t = 0 on a PC that fails at 1300 s: lost then. Its end (2000 s,
    // inside the run) was never scheduled, so the run pops no more stale events than the
    // same run without the job.
    func run(withJob: Bool) -> (RunSummary, [AttemptRecord]) {
      let observer = RecordingObserver()
      let model = TorqueLab.started(Self.failingPC(), observer: observer)
      model.advance(through: 0)
      if withJob {
        model.submitTestJob(cores: 1, runtime: 2000)
        model.schedulingPass()
      }
      model.advance(through: 5000)
      return (model.finish(), observer.attempts)
    }
    let (summary, attempts) = run(withJob: true)
    let attempt = try #require(attempts.first)
    #expect(attempt.outcome == .lost && attempt.end == 1300)
    #expect(summary.attemptsLost == 1)
    #expect(summary.staleEvents == run(withJob: false).0.staleEvents)
  }
}
