import Testing
@testable import Model

/// TORQUE's rerunnable jobs (`qsub -r y`): requeued when the node is marked down, but
/// aborted when a fresh MOM reports first (the paper's TORQUE 2.x lost them either way).
struct RerunnableJobTests {
  @Test func aRerunnableJobIsRequeuedWhenItsNodeIsMarkedDown() throws {
    // The job starts at 900 s and dies with the host at 1000 s; check_nodes marks the
    // node down at 1200 s and pbs_server requeues the job (no user resubmission). The
    // host is back and usable at 1660 s; the 1800 s scheduler cycle starts the job again.
    var config = Fixtures.cyclingHost(arrivalEvery: 900, runtime: 200, resubmit: .never, duration: 2400)
    config.batch.torque.rerunnable = true
    let observer = RecordingObserver()
    let model = TorqueLab.started(config, observer: observer)
    model.advance(through: 1199)
    #expect(model.jobs[0].state == .awaitingRequeue)
    model.advance(through: 1200)
    #expect(model.jobs[0].state == .queued)
    let summary = { model.advance(through: 2400); return model.finish() }()
    let rows = observer.attempts.map { ($0.jobID, $0.attempt, $0.start, $0.end, $0.outcome) }
    #expect(rows.first! == (1, 1, 900, 1000, .lost))
    #expect(rows.contains { $0 == (1, 2, 1800, 2000, .completed) })
    #expect(summary.requeues == 1 && summary.resubmissions == 0 && summary.jobsLost == 0)
  }

  @Test func aFreshMOMReportingFirstAbortsTheJob() {
    // Down at 1000 s for 30 s: the fresh MOM reports at 1100 s, before the 1200 s check.
    // pbs_server aborts the job even though it is rerunnable; the user does not resubmit.
    var config = Fixtures.cyclingHost(up: 1000, down: 30, arrivalEvery: 900, runtime: 200, duration: 1500)
    config.batch.torque.rerunnable = true
    let summary = LabModel(config: config).run()
    #expect(summary.requeues == 0)
    #expect(summary.jobsLost == 1)
  }

  @Test func withoutRerunTheJobIsLostAsInThePaper() {
    let config = Fixtures.cyclingHost(arrivalEvery: 900, runtime: 200, resubmit: .never, duration: 2400)
    let summary = LabModel(config: config).run()
    #expect(summary.requeues == 0 && summary.jobsLost == 1)
  }
}
