import Testing
@testable import Model

/// Slurm's nodes (docs/model.md §15): joining (static and dynamic), slurmctld's pings,
/// ReturnToService, and what happens to the jobs of a node that fails. The hosts are the
/// fixtures' (boot 60 s, configure 10 s: slurmd starts 70 s after its PC comes up).
struct SlurmTests {
  @Test func aDynamicNodeRegistersWhenSlurmdStartsAndAJobStartsOnSubmission() throws {
    // L3, B1: slurmd -Z registers at 70 s (no cron, no restart); the job submitted at 100 s
    // starts at once (the main scheduler runs on submission).
    let observer = RecordingObserver()
    let config = Fixtures.slurmHost(Fixtures.dynamicSlurm(), arrivalEvery: 100, runtime: 50, duration: 300)
    let model = SlurmLab.started(config, observer: observer)
    model.advance(through: 69)
    #expect(model.node(0) == .absent && model.usableNodes == 0)
    model.advance(through: 70)
    #expect(model.node(0) == .up && model.usableNodes == 1)
    #expect(model.pendingRegistration.isEmpty)
    let summary = { model.advance(through: 300); return model.finish() }()
    let attempt = try #require(observer.attempts.first)
    #expect(attempt.start == 100 && attempt.end == 150)
    #expect(summary.meanRegistrationLatency == 70)
    #expect(summary.batchRestarts == 0)
  }

  @Test func aStaticNodeJoinsThroughTheCronAndASlurmctldRestart() throws {
    // L1, L2, R1, R2: slurmd starts at 70 s but is not in slurm.conf; the join cron at 120 s
    // adds it and restarts slurmctld for 5 s. The node registers when slurmctld is back (125 s),
    // and the job queued at 100 s starts then.
    let observer = RecordingObserver()
    let config = Fixtures.slurmHost(SlurmConfig(), arrivalEvery: 100, runtime: 50, duration: 300)
    let model = SlurmLab.started(config, observer: observer)
    model.advance(through: 70)
    #expect(model.node(0) == .absent && model.pendingRegistration.contains(0))
    #expect(model.slurmd(0) == .starting(since: 70))
    model.advance(through: 120)
    #expect(model.node(0) == .unknown && model.restarting)
    model.advance(through: 124)
    #expect(model.queue.count == 1 && model.usableNodes == 0)
    model.advance(through: 125)
    #expect(model.node(0) == .up && model.usableNodes == 1 && !model.restarting)
    let summary = { model.advance(through: 300); return model.finish() }()
    let attempt = try #require(observer.attempts.first)
    #expect(attempt.start == 125 && attempt.end == 175)
    #expect(summary.meanRegistrationLatency == 125)
    #expect(summary.batchRestarts == 1)
  }

  @Test func liveModeAddsAStaticNodeWithoutARestart() {
    // L1, L2 in `live` mode: the cron at 120 s adds the node and its waiting slurmd registers at once.
    let config = Fixtures.slurmHost(SlurmConfig(), mode: .live, duration: 300)
    let model = SlurmLab.started(config)
    model.advance(through: 120)
    #expect(model.node(0) == .up && !model.restarting)
    #expect(model.finish().batchRestarts == 0)
  }

  @Test func aSilentNodeIsSetDownAtThePingCycleAndItsJobRequeued() throws {
    // L4, L5, B3. Pings every 100 s (SlurmdTimeout/3). slurmd registers at 70 s and answers the
    // pings at 200, 400, 600, 800, 1000 s (a node heard from within 100 s is not pinged). The PC
    // dies at 1050 s: the last response is 1000 s, and the node is set DOWN at the first ping
    // cycle at least 1000 + 100 + 300 s: 1400 s (detection latency 350 s). Its job, started at
    // 900 s, is requeued then (JobRequeue=1).
    let observer = RecordingObserver()
    let config = Fixtures.slurmHost(Fixtures.dynamicSlurm(), up: 1050, down: 10_000, arrivalEvery: 900,
                                    runtime: 5000, duration: 1500)
    let model = SlurmLab.started(config, observer: observer)
    model.advance(through: 1050)
    #expect(model.node(0) == .up && model.slurmd(0) == .dead)
    #expect(model.jobs[0].state == .awaitingRequeue)
    #expect(model.usableNodes == 0)
    model.advance(through: 1399)
    #expect(model.node(0) == .up)
    model.advance(through: 1400)
    #expect(model.node(0) == .down(.notResponding))
    #expect(model.jobs[0].state == .queued)
    let summary = { model.advance(through: 1500); return model.finish() }()
    #expect(summary.meanDetectionLatency == 350)
    #expect(summary.requeues == 1 && summary.jobsLost == 0 && summary.resubmissions == 0)
    #expect(observer.attempts.map(\.outcome) == [.lost])
  }

  @Test func slurmctldHoldsTheDeadJobAndCountsItsCoresUntilTheMarkDown() {
    // L4, L5 as above, seen from the batch system's lists (the lab's invariant checks compare
    // them with the jobs' states): from the death at 1050 s to the mark-down at 1400 s job 0
    // is held, its core a ghost core; then it is queued and nothing is held.
    let config = Fixtures.slurmHost(Fixtures.dynamicSlurm(), up: 1050, down: 10_000, arrivalEvery: 900,
                                    runtime: 5000, duration: 1500)
    let model = SlurmLab.started(config)
    model.advance(through: 1050)
    #expect(model.lab.batch.heldSlots() == [0] && model.lab.batch.nodes[0].ghostCores == 1)
    #expect(model.queue.isEmpty)
    model.advance(through: 1400)
    #expect(model.lab.batch.heldSlots().isEmpty && model.lab.batch.nodes[0].ghostCores == 0)
    #expect(model.queue == [0])
  }

  @Test func withoutJobRequeueTheJobFailsAndItsUserResubmits() {
    // B4: JobRequeue=0: at the mark-down (1400 s) the job fails and its user resubmits it 10 s later.
    var slurm = Fixtures.dynamicSlurm()
    slurm.jobRequeue = false
    let config = Fixtures.slurmHost(slurm, up: 1050, down: 10_000, arrivalEvery: 900, runtime: 5000,
                                    resubmit: .after(.constant(10), maxAttempts: nil), duration: 1500)
    let model = SlurmLab.started(config)
    model.advance(through: 1399)
    #expect(model.jobs[0].state == .awaitingRequeue)
    model.advance(through: 1400)
    #expect(model.jobs[0].state == .awaitingResubmission)
    model.advance(through: 1410)
    #expect(model.jobs[0].state == .queued)
    let summary = { model.advance(through: 1500); return model.finish() }()
    #expect(summary.requeues == 0 && summary.resubmissions == 1)
  }

  @Test(arguments: [SlurmReturnToService.never, .notResponding, .always])
  func returnToServiceDecidesWhetherADownNodeComesBack(_ returnToService: SlurmReturnToService) throws {
    // L6, L7. Down at 1400 s as above; the PC is back at 1550 s and slurmd registers at 1620 s.
    // With 2 the node is up again and the requeued job restarts at once; with 0 it stays DOWN;
    // with 1 too, because the VM rebooted since its last response.
    let observer = RecordingObserver()
    let config = Fixtures.slurmHost(Fixtures.dynamicSlurm(returnToService), up: 1050, down: 500, arrivalEvery: 900,
                                    runtime: 5000, duration: 2000)
    let model = SlurmLab.started(config, observer: observer)
    model.advance(through: 1620)
    let comesBack = returnToService == .always
    #expect(model.node(0) == (comesBack ? .up : .down(.unexpectedReboot)))
    #expect(model.usableNodes == (comesBack ? 1 : 0))
    model.advance(through: 2000)
    let starts = observer.attempts.map(\.start)
    #expect(starts == [900])  // only the lost attempt has ended
    #expect(model.jobs[0].state == (comesBack ? .running : .queued))
  }

  @Test(arguments: [SlurmReturnToService.never, .always])
  func aLabThatChurnsDrainsToZeroUnlessReturnToServiceIsTwo(_ returnToService: SlurmReturnToService) {
    // Four PCs, each up 1050 s and down 500 s: every node is set DOWN at 1400 s. At 1700 s every
    // PC is up again with slurmd registered (1620 s): with 0 no node is usable, with 2 all are.
    let config = Fixtures.slurmHost(Fixtures.dynamicSlurm(returnToService), up: 1050, down: 500, duration: 5000,
                                    hostCount: 4)
    let model = SlurmLab.started(config)
    model.advance(through: 1000)
    #expect(model.usableNodes == 4)
    model.advance(through: 1700)
    #expect(model.usableNodes == (returnToService == .always ? 4 : 0))
    model.advance(through: 5000)
    #expect(model.usableNodes == (returnToService == .always ? 4 : 0))
  }

  @Test(arguments: [SlurmReturnToService.never, .always])
  func aRebootBeforeTheTimeoutIsFoundAtRegistration(_ returnToService: SlurmReturnToService) throws {
    // L8, L9. The PC is down from 1050 to 1080 s; slurmd registers at 1150 s, before the
    // mark-down (1400 s). slurmctld sees a reboot it did not order: the job it believed ran
    // there is requeued now. With ReturnToService=2 the node stays up and the job restarts at
    // 1150 s (no detection recorded); otherwise the node is set DOWN ("unexpectedly rebooted",
    // detected 100 s after the death).
    let observer = RecordingObserver()
    let config = Fixtures.slurmHost(Fixtures.dynamicSlurm(returnToService), up: 1050, down: 30, arrivalEvery: 900,
                                    runtime: 5000, duration: 1500)
    let model = SlurmLab.started(config, observer: observer)
    model.advance(through: 1149)
    #expect(model.jobs[0].state == .awaitingRequeue)
    model.advance(through: 1150)
    let summary = { model.advance(through: 1500); return model.finish() }()
    #expect(summary.requeues == 1)
    if returnToService == .always {
      #expect(model.node(0) == .up)
      #expect(model.jobs[0].state == .running)
      #expect(summary.meanDetectionLatency.isNaN)
    } else {
      #expect(model.node(0) == .down(.unexpectedReboot))
      #expect(model.jobs[0].state == .queued)
      #expect(summary.meanDetectionLatency == 100)
    }
  }

  @Test func aCleanPowerOffTellsSlurmctldNothing() {
    // H5 (cause shutdown) at 1050 s: slurmd stops cleanly but sends nothing, so slurmctld finds
    // out as after a crash, at the 1400 s ping cycle.
    let config = Fixtures.slurmHost(Fixtures.dynamicSlurm(), duration: 2000)
    let model = SlurmLab.started(config)
    model.advance(through: 1050)
    model.switchOff(0)
    #expect(!model.pcIsUp(0) && model.node(0) == .up)
    model.advance(through: 1399)
    #expect(model.node(0) == .up)
    model.advance(through: 1400)
    #expect(model.node(0) == .down(.notResponding))
  }

  @Test func aLaunchOnADeadNodeFailsAndSetsItDown() {
    // L10: the PC dies at 1050 s with no job; a job submitted at 1100 s is sent to the node
    // slurmctld still believes up: the launch fails, the node is set DOWN at once (detection
    // latency 50 s) and the job stays queued.
    let config = Fixtures.slurmHost(Fixtures.dynamicSlurm(), up: 1050, down: 10_000, arrivalEvery: 1100,
                                    runtime: 10, duration: 1200)
    let model = SlurmLab.started(config)
    model.advance(through: 1100)
    #expect(model.node(0) == .down(.notResponding))
    #expect(model.jobs[0].state == .queued)
    let summary = model.finish()
    #expect(summary.dispatchFailures == 1 && summary.meanDetectionLatency == 50)
  }

  @Test func inInstantModeANodeFollowsItsPC() {
    // L17: `instant` registration: up with the PC, gone with it; its job is requeued at once.
    let config = Fixtures.slurmHost(Fixtures.dynamicSlurm(), mode: .instant, up: 1050, down: 500,
                                    arrivalEvery: 900, runtime: 5000, duration: 1600)
    let model = SlurmLab.started(config)
    model.advance(through: 0)
    #expect(model.node(0) == .up && model.usableNodes == 1)
    model.advance(through: 1050)
    #expect(model.node(0) == .absent && model.jobs[0].state == .queued)
    model.advance(through: 1550)
    #expect(model.node(0) == .up && model.jobs[0].state == .running)
  }
}

/// The last response and the "not responding" mark-down, computed from the ping phase.
struct SlurmPingTests {
  @Test func theLastResponseFollowsThePingsANodeGets() {
    let slurm = Slurm(config: SlurmConfig(), lab: Fixtures.cyclingHost(), layout: LabLayout(Fixtures.cyclingHost()))
    // Registered at 70 s: pinged at 200 s (the first tick after 70 + 100), then every 200 s.
    #expect(slurm.lastResponse(registeredAt: 70, before: 199) == 70)
    #expect(slurm.lastResponse(registeredAt: 70, before: 200) == 200)
    #expect(slurm.lastResponse(registeredAt: 70, before: 399) == 200)
    #expect(slurm.lastResponse(registeredAt: 70, before: 1050) == 1000)
    // Registered on a tick (100 s): the next tick after 200 s is 300 s.
    #expect(slurm.lastResponse(registeredAt: 100, before: 300) == 300)
  }
}
