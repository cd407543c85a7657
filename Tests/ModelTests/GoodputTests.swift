import Testing
@testable import Model

/// `goodput_core_hours` counts native work that completed or a checkpoint saved, never wall
/// time: not a suspension, not the VM's slowdown (docs/model.md §9, "What the metrics count").
/// `occupied_core_hours` counts the wall time the executions held their cores.
struct GoodputTests {
  @Test func aSuspendedJobContributesExactlyItsNativeWork() {
    // DESKTOP's short visit (model.md §14): the 5000-s job is matched at 60 s, suspended from
    // 1000 s to 1400 s, and ends at 5460 s. Goodput 5000 s of work, whatever the 400 s
    // suspension; occupied 60–5460 s; harvested excludes the suspension (speed 0).
    let model = CondorDesktopTests.studentArrives(CondorDesktopTests.desk(hostAware: true), until: 1200)
    let summary = { model.advance(through: 20_000); return model.finish() }()
    #expect(summary.jobsCompleted == 1)
    #expect(abs(summary.goodputCoreHours - 5000.0 / 3600) < 1e-12)
    #expect(abs(summary.occupiedCoreHours - 5400.0 / 3600) < 1e-12)
    #expect(abs(summary.harvestedCoreHours - 5000.0 / 3600) < 1e-12)
    #expect(summary.wastedCoreHours == 0)
  }

  @Test func anEvictedJobCountsItsWorkOnceAndItsWallTimeAsOccupied() {
    // The owner stays (model.md §14): execution 60–1600 s is evicted (plain vanilla: all of it
    // wasted), the job restarts from zero at 2940 s and ends at 7940 s. Goodput is the job's
    // 5000 s once; occupied is both executions' wall time, 1540 + 5000 s.
    let model = CondorDesktopTests.studentArrives(CondorDesktopTests.desk(hostAware: true, typing: 1000), until: 2500)
    let summary = { model.advance(through: 20_000); return model.finish() }()
    #expect(summary.attemptsEvicted == 1 && summary.jobsCompleted == 1)
    #expect(abs(summary.goodputCoreHours - 5000.0 / 3600) < 1e-12)
    #expect(abs(summary.wastedCoreHours - 1540.0 / 3600) < 1e-12)
    #expect(abs(summary.occupiedCoreHours - 6540.0 / 3600) < 1e-12)
  }

  @Test func theVMSlowdownIsNotGoodput() {
    // A VM at 0.8 of native CPU speed and a 2-core CPU-bound job of 1000 native seconds: it
    // runs 1000 ÷ 0.8 = 1250 s, from its arrival at 100 s to 1350 s. Job 2 (arriving at 200 s)
    // then starts and is still running at 1400 s; jobs 3–14 (300 s … 1400 s) are queued.
    let slow = VMProfile(name: "slow", cpu: 0.8, memory: 1, disk: 1, network: 1, source: "test")
    var config = Fixtures.cyclingHost(mode: .instant, up: 1e9, arrivalEvery: 100, runtime: 1000, duration: 1400,
                                      cores: 2, profile: slow)
    config.workload.classes = [JobClass(name: "wide", cpu: 1, cores: 2)]
    let summary = LabModel(config: config).run()
    #expect(summary.jobsCompleted == 1)
    #expect(abs(summary.goodputCoreHours - 2 * 1000.0 / 3600) < 1e-12)
    // Cores held: 2 × 1250 s (job 1) + 2 × 50 s (job 2 from 1350 s).
    #expect(abs(summary.occupiedCoreHours - 2 * 1300.0 / 3600) < 1e-12)
    #expect(abs(summary.harvestedCoreHours - summary.occupiedCoreHours) < 1e-12)  // no student: speed 1
    #expect(summary.jobsSubmitted == 14 && summary.jobsRunningAtEnd == 1 && summary.jobsQueuedAtEnd == 12)
  }

  @Test func checkpointsCountTheWorkTheySaveOnceEach() {
    // The vacate example (model.md §14, standard universe): checkpoint at 3660 s saves 3600 s
    // of work; the vacate checkpoint at 5600 s saves 4930 s in all (1330 s more); the second
    // execution (6900 s to 22,010 s) does the remaining 15,070 s. Goodput: the 20,000 s once.
    let (summary, attempts) = CondorVacateExample.run(CondorStandardUniverseTests.alwaysUp(work: 20_000))
    #expect(attempts.map(\.outcome) == [.lost, .completed])
    #expect(abs(summary.goodputCoreHours - 20_000.0 / 3600) < 1e-9)
    // Occupied: 60–5600 s and 6900–22,010 s.
    #expect(abs(summary.occupiedCoreHours - (5540.0 + 15_110) / 3600) < 1e-12)
    #expect(summary.wastedCoreHours == 0)
  }

  @Test func workCountsWhenItBecomesSafeInsideTheWindow() {
    // Periodic checkpoints of a 20,000-s job from 60 s, every 3600 s of wall time plus 10 s each:
    // at 3660, 7270, 10,880, 14,490 and 18,100 s, each saving 3600 s of work; the completion at
    // 20,110 s adds the last 2000 s. With the window from 4000 s, the first checkpoint's 3600 s
    // are before it: goodput 16,400 s, although the execution started before the warm-up.
    var config = CondorStandardUniverseTests.alwaysUp(work: 20_000)
    config.warmup = 4000
    let model = CondorLab.started(config)
    model.advance(through: 0)
    model.submitTestJob(cores: 1, runtime: 20_000)
    let summary = { model.advance(through: 40_000); return model.finish() }()
    #expect(summary.jobsCompleted == 1)
    #expect(abs(summary.goodputCoreHours - 16_400.0 / 3600) < 1e-9)
    // Occupied counts the wall time inside the window only: 4000 s to 20,110 s.
    #expect(abs(summary.occupiedCoreHours - 16_110.0 / 3600) < 1e-12)
  }

  @Test func withoutCheckpointsGoodputIsTheCompletedJobsNativeWork() {
    // A plain TORQUE run with losses: goodput = Σ cores × native runtime over completed jobs,
    // here every job 200 s on one core.
    let observer = RecordingObserver()
    var config = Fixtures.cyclingHost(arrivalEvery: 300, runtime: 200, resubmit: .after(.constant(60), maxAttempts: nil),
                                      duration: 20_000)
    config.batch.torque.lossKnown = .atOnce
    let summary = LabModel(config: config, observer: observer).run()
    #expect(summary.attemptsLost > 0 && summary.jobsCompleted > 0)
    #expect(abs(summary.goodputCoreHours - Double(summary.jobsCompleted) * 200 / 3600) < 1e-9)
    // Occupied: the wall time of every ended execution, plus one still running at the end, if any.
    let ended = observer.attempts.map { $0.end - $0.start }.reduce(0, +)
    #expect(summary.occupiedCoreHours * 3600 >= ended - 1e-6)
    #expect(summary.occupiedCoreHours * 3600 <= ended + 200 + 1e-6)
  }
}
