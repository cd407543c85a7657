import Testing
@testable import Model

/// Slurm's schedulers (docs/model.md §15): the main scheduler stops at the first job that
/// cannot start; sched/backfill starts later jobs that delay no earlier one.
struct SlurmSchedulingTests {
  static func config(cores: [Int], scheduler: SlurmSchedulerType) -> ModelConfig {
    var config = TraceRun.config(cores: cores, policy: .fifo)
    var slurm = SlurmConfig()
    slurm.schedulerType = scheduler
    config.batch.slurm = slurm
    return config
  }

  /// One 4-core PC. J1 (1 s, 2 cores, 100 s) runs; J2 (2 s, 4 cores, 10 s) must wait for it
  /// (101 s); J3 (3 s, 1 core, 50 s) would end by 80 s if started at the 30 s backfill cycle;
  /// J4 (4 s, 2 cores, 200 s) would hold its cores past 101 s.
  static let jobs = [
    TraceRun.job(1, cores: 2, runtime: 100), TraceRun.job(2, cores: 4, runtime: 10),
    TraceRun.job(3, cores: 1, runtime: 50), TraceRun.job(4, cores: 2, runtime: 200),
  ]

  @Test func theMainSchedulerStopsAtTheFirstJobThatCannotStart() {
    // B1 (sched/builtin): J2 blocks J3 and J4 until it ends at 111 s.
    let records = TraceRun.starts(Self.jobs, config: Self.config(cores: [4], scheduler: .builtin))
    #expect((1...4).map { records[UInt64($0)]?.start } == [1, 101, 111, 111])
  }

  @Test func backfillStartsOnlyAJobThatEndsBeforeTheBlockedOneStarts() {
    // B2 (sched/backfill): at the 30 s cycle J3 fits before J2's planned start (101 s) and
    // starts; J4 would delay J2 and waits for J2's end (111 s).
    let records = TraceRun.starts(Self.jobs, config: Self.config(cores: [4], scheduler: .backfill))
    #expect((1...4).map { records[UInt64($0)]?.start } == [1, 101, 30, 111])
  }

  @Test func backfillPlansEveryEarlierJobNotOnlyTheFirst() {
    // Conservative, not EASY: PC 0 has 2 cores, PC 1 has 3. J1 (2 cores, 100 s) takes PC 0 and
    // J2 (2 cores, 200 s) PC 1 at 1 s. J3 (2 cores, 50 s) is planned on PC 0 at 101 s; J4
    // (3 cores, 10 s) fits only PC 1, planned at 201 s. J5 (1 core, 500 s) could run on PC 1's
    // free core at 30 s without touching J3's plan (EASY would start it), but it would delay J4:
    // it waits. J3 starts at 101 s and ends at 151 s; at the 180 s backfill cycle J5 fits on
    // PC 0, which nothing planned needs, and J4 starts when J2 ends (201 s).
    let jobs = [
      TraceRun.job(1, cores: 2, runtime: 100), TraceRun.job(1, cores: 2, runtime: 200),
      TraceRun.job(2, cores: 2, runtime: 50), TraceRun.job(3, cores: 3, runtime: 10),
      TraceRun.job(4, cores: 1, runtime: 500),
    ]
    let records = TraceRun.starts(jobs, config: Self.config(cores: [2, 3], scheduler: .backfill))
    #expect((1...5).map { records[UInt64($0)]?.start } == [1, 1, 101, 201, 180])
    #expect((1...5).map { records[UInt64($0)]?.host } == [0, 1, 0, 1, 0])
  }

  @Test func backfillTriesTheNextNodeWhenTheChosenOneIsDead() {
    // L10 in backfill: two 1-core PCs, both registered at 70 s. PC 0 is switched off at 100 s
    // (its node still up, idle, in slurmctld's view). Job H (105 s, 2 cores) fits no node and
    // stops the main scheduler; job J (1 core) behind it waits for backfill. At the 120 s
    // cycle J could start now on PC 0 or PC 1 and PC 0 comes first (the lowest index): its
    // launch fails and PC 0 is set DOWN, and J starts on PC 1 at once, not at the next cycle.
    let config = Fixtures.slurmHost(Fixtures.dynamicSlurm(), duration: 1000, hostCount: 2)
    let model = SlurmLab.started(config)
    model.advance(through: 100)
    model.switchOff(0)
    model.advance(through: 105)
    let h = model.submitTestJob(cores: 2, runtime: 100)
    let j = model.submitTestJob(cores: 1, runtime: 100)
    model.schedulingPass()
    #expect(model.jobs[j].state == .queued)
    model.advance(through: 120)
    #expect(model.node(0) == .down(.notResponding))
    #expect(model.jobs[j].state == .running && model.jobs[j].host == 1 && model.jobs[h].state == .queued)
  }

  @Test func aRequeuedJobKeepsItsPlace() {
    // priority/basic: two 1-core PCs; jobs every 300 s that run long. Job 0 (300 s) runs on
    // PC 0, job 1 (600 s) on PC 1, jobs 2 (900 s) and 3 (1200 s) wait. PC 0 is switched off at
    // 1000 s; its node is set DOWN at 1400 s and job 0 is requeued ahead of jobs 2 and 3.
    let config = Fixtures.slurmHost(Fixtures.dynamicSlurm(), arrivalEvery: 300, runtime: 1e5, duration: 1500,
                                    hostCount: 2)
    let model = SlurmLab.started(config)
    model.advance(through: 1000)
    #expect(model.jobs[0].host == 0 && model.jobs[1].host == 1)
    model.switchOff(0)
    model.advance(through: 1399)
    #expect(model.queue == [2, 3])
    model.advance(through: 1400)
    #expect(model.queue == [0, 2, 3])
  }
}

/// `batch.placement` and `batch.drain_before_shutdown` under Slurm.
struct SlurmPlacementAndDrainTests {
  @Test(arguments: [0, 1])
  func ownerAwayPlacementAvoidsTheStudentsPC(student: Int) {
    var config = PlacementTests.lab(.ownerAway)
    config.batch.slurm = Fixtures.dynamicSlurm()
    PlacementTests.expectOwnerAwayPlacement(SlurmLab.started(config), student: student)
  }

  @Test(arguments: [SlurmSchedulerType.builtin, .backfill])
  func theDrainHoldsAJobThatWouldRunPastTheSwitchOff(_ scheduler: SlurmSchedulerType) {
    // Weekdays 08:00–20:00, PCs off when closed. At 19:00:01 (68,401 s) job A asks for 3600 s
    // and would end after 20:00: it may not start. Job B (1800 s) behind it: the main
    // scheduler stops at A, so under sched/builtin B waits too; backfill starts B at its
    // next cycle (68,430 s), since B ends before the switch-off and A is not planned.
    var config = PlacementTests.lab(.loadBlind)
    config.hostGroups = [HostGroup(name: "pc", count: 1)]
    config.duration = 86_400
    config.timetable = ShutdownDrainTests.weekdays
    config.batch.drainBeforeShutdown = true
    var slurm = Fixtures.dynamicSlurm()
    slurm.schedulerType = scheduler
    config.batch.slurm = slurm
    let model = SlurmLab.started(config)
    model.advance(through: 68_401)
    let a = model.submitTestJob(cores: 1, runtime: 3600)
    let b = model.submitTestJob(cores: 1, runtime: 1800)
    model.advance(through: 68_430)
    #expect(model.jobs[a].state == .queued)
    #expect(model.jobs[b].state == (scheduler == .backfill ? .running : .queued))
  }
}

extension SlurmPlacementAndDrainTests {
  @Test func backfillDoesNotPlanAJobTheDrainWillRefuse() {
    // One 2-core PC, weekdays 08:00–20:00, off when closed (switch-off at 72,000 s). At
    // 19:00:01 (68,401 s) job A (1 core, 1000 s) starts and holds a core until 69,401 s. Job B
    // (2 cores, 3000 s) can start only then and would end at 72,401 s, after the switch-off:
    // the drain refuses it, so backfill must not plan it either. Job C (1 core, 1200 s) fits
    // the free core at the 68,430 s cycle and ends at 69,630 s: it starts then. Were B planned
    // from 69,401 s, C would have to wait for A's end and start at the 69,420 s cycle.
    var config = PlacementTests.lab(.loadBlind)
    config.hostGroups = [HostGroup(name: "pc", count: 1, cores: 2)]
    config.duration = 86_400
    config.timetable = ShutdownDrainTests.weekdays
    config.batch.drainBeforeShutdown = true
    config.batch.slurm = Fixtures.dynamicSlurm()
    let model = SlurmLab.started(config)
    model.advance(through: 68_401)
    let a = model.submitTestJob(cores: 1, runtime: 1000)
    model.schedulingPass()
    let b = model.submitTestJob(cores: 2, runtime: 3000)
    let c = model.submitTestJob(cores: 1, runtime: 1200)
    model.advance(through: 68_429)
    #expect(model.jobs[a].state == .running && model.jobs[c].state == .queued)
    model.advance(through: 68_430)
    #expect(model.jobs[b].state == .queued && model.jobs[c].state == .running)
  }
}

/// The mark-down waits while the join script restarts slurmctld.
struct SlurmRestartTests {
  @Test func aMarkDownDueDuringARestartWaitsForTheNextPingCycle() {
    // Static node, registered at 125 s (after the join restart): it answers pings at 300, 500,
    // …, 900 s. The PC dies at 1000 s: DOWN due at 900 + 400 = 1300 s. A restart from 1298 s
    // to 1303 s moves it to the next ping cycle, 1400 s.
    let config = Fixtures.slurmHost(Fixtures.dynamicSlurm(), up: 1000, down: 10_000, duration: 2000)
    var staticConfig = config
    staticConfig.batch.slurm.nodes = .slurmConf
    let model = SlurmLab.started(staticConfig)
    model.advance(through: 1298)
    model.lab.withBatch { batch, fx in batch.restart(for: 5, &fx) }
    model.advance(through: 1300)
    #expect(model.node(0) == .up && model.restarting)
    model.advance(through: 1399)
    #expect(model.node(0) == .up && !model.restarting)
    model.advance(through: 1400)
    #expect(model.node(0) == .down(.notResponding))
  }
}
