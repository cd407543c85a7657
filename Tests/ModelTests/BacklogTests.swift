import Testing
@testable import Model

/// Every job is accounted for at the end of a run (docs/model.md §9): completed + lost +
/// queued + running + interrupted = submitted + carried in from the warm-up. Each case puts
/// jobs in a known category, worked out by hand, so a category the summary dropped or
/// miscounted fails here.
struct BacklogTests {
  /// The categories, in the order completed, lost, queued, running, interrupted, carried in.
  static func categories(_ summary: RunSummary) -> [Int] {
    [summary.jobsCompleted, summary.jobsLost, summary.jobsQueuedAtEnd, summary.jobsRunningAtEnd,
     summary.jobsInterruptedAtEnd, summary.jobsInSystemAtWarmup]
  }

  @Test func queuedAndRunningJobsAreTheBacklog() {
    // One always-up core, instant registration; a 250-s job arrives every 100 s from 100 s.
    // Job 1 runs 100–350 s, job 2 350–600 s, job 3 600–850 s, job 4 from 850 s (running at
    // 1000 s); jobs 5–10 (500 s … 1000 s) are queued.
    let config = Fixtures.cyclingHost(mode: .instant, up: 1e9, arrivalEvery: 100, runtime: 250, duration: 1000)
    let summary = LabModel(config: config).run()
    #expect(summary.jobsSubmitted == 10)
    #expect(Self.categories(summary) == [3, 0, 6, 1, 0, 0])
    #expect(summary.unaccountedJobs == 0)
  }

  @Test func jobsInTheSystemAtTheWarmupAreCarriedIn() {
    // As above, with the window from 500 s. Before it, jobs 1–4 arrived (100–400 s) and job 1
    // completed (350 s): 3 jobs carried in (job 2 running, jobs 3 and 4 queued). In the window
    // jobs 5–10 arrive (6), jobs 2 and 3 complete (600 s, 850 s), job 4 runs at the end and
    // jobs 5–10 are queued: 2 + 6 + 1 = 6 + 3.
    var config = Fixtures.cyclingHost(mode: .instant, up: 1e9, arrivalEvery: 100, runtime: 250, duration: 1000)
    config.warmup = 500
    let summary = LabModel(config: config).run()
    #expect(summary.jobsSubmitted == 6)
    #expect(Self.categories(summary) == [2, 0, 6, 1, 0, 3])
    #expect(summary.unaccountedJobs == 0)
  }

  @Test func aJobWaitingForItsResubmissionIsInterrupted() {
    // The PC (restart mode) goes down at 1000 s and takes job 1 (started at 900 s) with it; the
    // user learns at once and resubmits 500 s later, at 1500 s: at 1050 s the job is neither
    // queued, running nor lost.
    var config = Fixtures.cyclingHost(arrivalEvery: 900, runtime: 200, resubmit: .after(.constant(500), maxAttempts: nil),
                                      duration: 1050)
    config.batch.torque.lossKnown = .atOnce
    let summary = LabModel(config: config).run()
    #expect(summary.jobsSubmitted == 1 && summary.attemptsLost == 1)
    #expect(Self.categories(summary) == [0, 0, 0, 0, 1, 0])
  }

  @Test func aJobWhoseLossIsNotYetKnownIsInterrupted() {
    // TORQUE's default `loss_known: mom-returns`: job 1, lost at 1000 s, stays running in
    // pbs_server's view until the PC's fresh MOM reports (1570 s, LossKnownTests). At 1300 s it
    // is interrupted; at 1600 s, with `resubmit: never`, it is lost for good.
    let early = Fixtures.cyclingHost(arrivalEvery: 900, runtime: 200, duration: 1300)
    #expect(Self.categories(LabModel(config: early).run()) == [0, 0, 0, 0, 1, 0])
    let late = Fixtures.cyclingHost(arrivalEvery: 900, runtime: 200, duration: 1600)
    #expect(Self.categories(LabModel(config: late).run()) == [0, 1, 0, 0, 0, 0])
  }

  @Test func aJobWaitingForItsLeaseIsInterrupted() {
    // HTCondor: job 1 (arriving at 900 s) runs on the PC when it dies at 1000 s; the schedd
    // waits for the job lease (2400 s by default) before requeueing it, so at 1100 s it is
    // interrupted, neither queued nor running.
    let config = CondorTests.condorize(
      Fixtures.cyclingHost(up: 1000, down: 10_000, arrivalEvery: 900, runtime: 500, duration: 1100))
    let summary = LabModel(config: config).run()
    #expect(summary.jobsSubmitted == 1 && summary.attemptsLost == 1)
    #expect(Self.categories(summary) == [0, 0, 0, 0, 1, 0])
  }
}
