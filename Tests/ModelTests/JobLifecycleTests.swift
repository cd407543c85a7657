import Testing
@testable import Model

/// Jobs: start, completion, loss with the host, resubmission, dispatch failures
/// and the VM overhead, on hand-worked timelines (see RestartRegistrationTimelineTests
/// for the node's own timeline: usable from 160 s, down at 1000 s, ghost until 1200 s).
struct JobLifecycleTests {
  @Test func lostJobIsResubmittedAndRunsTheSameWorkAgain() {
    // Jobs arrive every 900 s and run 200 s. Job 1 starts at 900 s and is lost at 1000 s (J3).
    // Resubmitted at 1100 s (J4), it is not dispatched to the dead node: TORQUE still
    // counts the lost job's core as busy there (a ghost core) until the 1200 s check.
    // The node is usable again at 1660 s; the next scheduler trigger is the 1800 s cycle
    // (and job 2's arrival), where job 1 goes first.
    // `loss_known: at-once`: the user learns at 1000 s (LossKnownTests has the other choices).
    let observer = RecordingObserver()
    var config = Fixtures.cyclingHost(
      arrivalEvery: 900, runtime: 200, resubmit: .after(.constant(100), maxAttempts: nil), duration: 2400)
    config.batch.torque.lossKnown = .atOnce
    let summary = LabModel(config: config, observer: observer).run()
    let rows = observer.attempts.map { ($0.jobID, $0.attempt, $0.start, $0.end, $0.outcome) }
    #expect(rows.count == 3)
    #expect(rows[0] == (1, 1, 900, 1000, .lost))
    #expect(rows[1] == (1, 2, 1800, 2000, .completed))  // the same 200 s of work
    #expect(rows[2] == (2, 1, 2000, 2200, .completed))
    #expect(observer.attempts[1].submit == 1100)
    #expect(summary.attemptsLost == 1)
    #expect(summary.resubmissions == 1)
    #expect(summary.dispatchFailures == 0)
    #expect(summary.jobsLost == 0)
    #expect(summary.jobsCompleted == 2)
    #expect(summary.jobsSubmitted == 2)
    #expect(summary.detectionSamples == 1)
    #expect(summary.meanDetectionLatency == 200)  // check_nodes at 1200 s
    #expect(abs(summary.wastedCoreHours - 100.0 / 3600) < 1e-12)
    // Goodput: the two completed jobs' native work, 200 s each (the lost execution's 100 s is waste).
    #expect(abs(summary.goodputCoreHours - 400.0 / 3600) < 1e-12)
    // Occupied: every execution's wall time, 900–1000, 1800–2000 and 2000–2200 s.
    #expect(abs(summary.occupiedCoreHours - 500.0 / 3600) < 1e-12)
    // Waits per execution: 0 (job 1 at 900), 700 (job 1 again, 1100→1800), 200 (job 2, 1800→2000).
    #expect(abs(summary.meanAttemptWait - 300) < 1e-9)
    // Waits per job, to the completing start: job 1 900→1800, job 2 1800→2000.
    #expect(abs(summary.meanJobWait - (900 + 200) / 2) < 1e-9)
    // Nothing is left at 2400 s (job 3 arrives at 2700 s): 2 completed of 2 submitted.
    #expect(summary.backlogAtEnd == 0 && summary.jobsInSystemAtWarmup == 0 && summary.unaccountedJobs == 0)
    // Job 1 took 900→2000; job 2 took 1800→2200.
    #expect(abs(summary.meanResponse - (1100 + 400) / 2) < 1e-9)
    // First starts: job 1 at once (0 s), job 2 after 200 s.
    #expect(abs(summary.meanTimeToFirstStart - 100) < 1e-9)
    #expect(summary.wastedCoreHoursCrash == summary.wastedCoreHours && summary.wastedCoreHoursEviction == 0)
  }

  @Test func withoutResubmissionALostJobStaysLost() {
    // `loss_known: at-once`, so the user learns within the run, at 1000 s.
    var config = Fixtures.cyclingHost(arrivalEvery: 900, runtime: 200, resubmit: .never, duration: 1050)
    config.batch.torque.lossKnown = .atOnce
    let summary = LabModel(config: config).run()
    #expect(summary.attemptsLost == 1)
    #expect(summary.jobsLost == 1)  // J7 lost for good
    #expect(summary.resubmissions == 0)
  }

  @Test func maxAttemptsEndsResubmission() {
    var config = Fixtures.cyclingHost(
      arrivalEvery: 900, runtime: 200, resubmit: .after(.constant(100), maxAttempts: 1), duration: 1050)
    config.batch.torque.lossKnown = .atOnce
    let summary = LabModel(config: config).run()
    #expect(summary.jobsLost == 1)
    #expect(summary.resubmissions == 0)
  }

  @Test func dispatchToADeadNodeFailsAndTheJobKeepsItsPlace() {
    // The first job arrives at 1050 s, when the host has been down 50 s but TORQUE still lists it.
    let observer = RecordingObserver()
    let config = Fixtures.cyclingHost(arrivalEvery: 1050, runtime: 100, duration: 2000)
    let model = TorqueLab.started(config, observer: observer)
    model.advance(through: 1050)
    #expect(model.hosts[0].server == .markedDown)
    #expect(model.queue.count == 1)
    let summary = { model.advance(through: 2000); return model.finish() }()
    #expect(summary.dispatchFailures == 1)
    // Usable again at 1660 s; the 1800 s scheduler cycle starts it.
    #expect(observer.attempts.first?.start == 1800)
    #expect(observer.attempts.first?.submit == 1050)
  }

  @Test func runtimeInTheVMFollowsTheProfileAndSpeed() {
    // J1/J2: a CPU-bound job of 300 native seconds on a VMware profile (cpu 0.95) at speed 2.
    var config = Fixtures.cyclingHost(arrivalEvery: 500, runtime: 300, duration: 900,
                                      profile: .vmwarePlayer2006)
    config.hostGroups[0].speed = 2
    config.workload.classes = [JobClass(name: "mixed", cpu: 0.5, memory: 0.2, disk: 0.2, network: 0.1)]
    let observer = RecordingObserver()
    _ = LabModel(config: config, observer: observer).run()
    let attempt = try! #require(observer.attempts.first)
    let expected = 300 * (0.5 / 0.95 + 0.2 / 0.92 + 0.2 / 0.50 + 0.1 / 0.70) / 2
    #expect(abs((attempt.end - attempt.start) - expected) < 1e-9)
    #expect(attempt.start == 500)
  }

  @Test func nothingIsScheduledDuringARestart() {
    let model = TorqueLab.started(Fixtures.cyclingHost(cores: 2, hostCount: 2))
    model.advance(through: 160)
    #expect(model.usableNodes == 2)
    // Force a restart and queue a job during it.
    model.beginRestart()
    model.submitTestJob(cores: 1)
    model.schedulingPass()
    #expect(model.queue.count == 1)
    #expect(model.busySlots == 0)
  }
}
