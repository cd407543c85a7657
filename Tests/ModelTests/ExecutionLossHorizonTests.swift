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

  /// Runs `failingPC` to 5000 s: a 1000 s job (`runtime`, or none) submitted at 0 and a
  /// student logged in over `session`; returns the summary and the attempts.
  static func run(runtime: Double?, session: ClosedRange<Double>?) -> (RunSummary, [AttemptRecord]) {
    let observer = RecordingObserver()
    let model = TorqueLab.started(Self.failingPC(), observer: observer)
    model.advance(through: 0)
    if let runtime {
      model.submitTestJob(cores: 1, runtime: runtime)
      model.schedulingPass()
    }
    if let session {
      model.advance(through: session.lowerBound)
      model.startSession(0, until: session.upperBound)
    }
    model.advance(through: 5000)
    return (model.finish(), observer.attempts)
  }

  @Test func anEndThatMovesBeforeTheFailureIsScheduledAgain() throws {
    // 1000 s of work from t = 0, its end scheduled at 1000 s. The student (100–600 s) halves
    // the VM's speed: at 100 s the end moves to 100 + 900 / 0.5 = 1900 s, after the failure
    // at 1300 s, so it is not scheduled; the end at 1000 s is stale. At 600 s the student
    // leaves with 1000 − 100 − 250 = 650 s left: the end, 1250 s, is before the failure and
    // must be scheduled again, and the job completes. One stale end more than without the
    // job (the one at 1000 s); a scheduled end at 1900 s would have been a second.
    let (summary, attempts) = Self.run(runtime: 1000, session: 100...600)
    let attempt = try #require(attempts.first)
    #expect(attempt.outcome == .completed)
    #expect(abs(attempt.end - 1250) < 1e-9)
    #expect(summary.attemptsLost == 0)
    #expect(summary.staleEvents == Self.run(runtime: nil, session: 100...600).0.staleEvents + 1)
  }

  @Test(arguments: [2000.0, 1300.0])
  func aJobThatOutlivesItsPCIsLostAtTheFailureWithoutAStaleEnd(runtime: Double) throws {
    // A job from t = 0 on a PC that fails at 1300 s, ending after the failure or at its very
    // instant: lost then. Its end was never scheduled, so the run pops no more stale events
    // than the same run without the job.
    let (summary, attempts) = Self.run(runtime: runtime, session: nil)
    let attempt = try #require(attempts.first)
    #expect(attempt.outcome == .lost && attempt.end == 1300)
    #expect(summary.attemptsLost == 1)
    #expect(summary.staleEvents == Self.run(runtime: nil, session: nil).0.staleEvents)
  }

  @Test func aStudentLeavingAtTheFailureSchedulesNoEndForTheLostJob() throws {
    // The student is logged in when the PC fails at 1300 s; the session's end speeds the
    // job up on the way down, but the job is lost at that instant: no end is scheduled.
    let (summary, attempts) = Self.run(runtime: 2000, session: 1200...3000)
    let attempt = try #require(attempts.first)
    #expect(attempt.outcome == .lost && attempt.end == 1300)
    #expect(summary.staleEvents == Self.run(runtime: nil, session: 1200...3000).0.staleEvents)
  }
}
