import Testing
@testable import Model

/// Slurm's power saving (docs/model.md §15): an idle node is powered down after `SuspendTime`,
/// a job wakes it with `ResumeProgram` (wake-on-LAN), a resume must register within
/// `ResumeTimeout`. One always-up PC; slurmd registers 70 s after the PC comes up.
struct SlurmPowerSavingTests {
  static func slurm(suspendTime: Double?, resumeTimeout: Double = 60,
                    _ returnToService: SlurmReturnToService = .always) -> SlurmConfig {
    var slurm = Fixtures.dynamicSlurm(returnToService)
    slurm.suspendTime = suspendTime
    slurm.resumeTimeout = resumeTimeout
    return slurm
  }

  @Test func anIdleNodeIsPoweredDownAndAJobWakesIt() throws {
    // L11, L12, L13, L14. Idle from 70 s: powered down at 170 s (the PC is switched off), and
    // resumable from 200 s (SuspendTimeout 30 s). The job of 1000 s resumes it: the PC is on at
    // once, slurmd registers at 1070 s, within a 600 s ResumeTimeout, and the job starts then.
    // Idle again from its end (1120 s), the node is powered down at 1220 s.
    let observer = RecordingObserver()
    let config = Fixtures.slurmHost(Self.slurm(suspendTime: 100, resumeTimeout: 600), arrivalEvery: 1000,
                                    runtime: 50, duration: 1500)
    let model = SlurmLab.started(config, observer: observer)
    model.advance(through: 169)
    #expect(model.pcIsUp(0) && model.node(0) == .up)
    model.advance(through: 170)
    #expect(!model.pcIsUp(0) && model.pcDownReasons(0) == .suspendedByBatch)
    #expect(model.node(0) == .poweringDown && model.usableNodes == 0)
    model.advance(through: 200)
    #expect(model.node(0) == .poweredDown)
    model.advance(through: 1000)
    #expect(model.pcIsUp(0) && model.node(0) == .poweringUp)
    // Allocated, CONFIGURING: out of slurmctld's queue, not started (queued in the lab's view).
    #expect(model.lab.batch.queueLength == 0 && model.queue == [0] && model.jobs[0].state == .queued)
    model.advance(through: 1070)
    #expect(model.node(0) == .up && model.jobs[0].state == .running)
    model.advance(through: 1219)
    #expect(model.pcIsUp(0))
    model.advance(through: 1220)
    #expect(!model.pcIsUp(0) && model.node(0) == .poweringDown)
    let attempt = try #require(observer.attempts.first)
    #expect(attempt.start == 1070 && attempt.end == 1120)
    #expect(model.finish().meanDetectionLatency.isNaN)
  }

  @Test(arguments: [SlurmReturnToService.never, .always])
  func aResumeThatMissesResumeTimeoutSetsTheNodeDown(_ returnToService: SlurmReturnToService) {
    // L15. ResumeTimeout 30 s: at 1030 s the node resumed at 1000 s has not registered: it is set
    // DOWN and the job goes back to the queue. slurmd registers at 1070 s: with ReturnToService=2
    // the node returns and the job starts; with 0 it stays DOWN and the job waits.
    let config = Fixtures.slurmHost(Self.slurm(suspendTime: 100, resumeTimeout: 30, returnToService),
                                    arrivalEvery: 1000, runtime: 50, duration: 1100)
    let model = SlurmLab.started(config)
    model.advance(through: 1030)
    #expect(model.node(0) == .poweringUp)
    model.advance(through: 1031)
    #expect(model.node(0) == .down(.resumeTimeout) && model.queue == [0])
    model.advance(through: 1070)
    if returnToService == .always {
      #expect(model.node(0) == .up && model.jobs[0].state == .running)
    } else {
      // The reason stays "ResumeTimeout reached" (only "Not responding" is replaced).
      #expect(model.node(0) == .down(.resumeTimeout) && model.jobs[0].state == .queued)
    }
  }

  @Test func aSlurmdThatRegistersAtTheTimeoutIsInTime() {
    // The defaults: ResumeTimeout 60 s, boot 60 s + configure 10 s in the fixture gives 70 s,
    // so take a 70 s timeout: registering at exactly 1070 s is in time (power_save.c compares `>`).
    let config = Fixtures.slurmHost(Self.slurm(suspendTime: 100, resumeTimeout: 70), arrivalEvery: 1000,
                                    runtime: 50, duration: 1100)
    let model = SlurmLab.started(config)
    model.advance(through: 1071)
    #expect(model.node(0) == .up && model.jobs[0].state == .running)
  }

  @Test(arguments: [SlurmReturnToService.never, .always])
  func aStudentSwitchesOnAPoweredDownPC(_ returnToService: SlurmReturnToService) {
    // L16, H11. Powered down at 170 s; at 300 s a student switches the PC on. slurmd registers at
    // 370 s without a resume: slurmctld sees an unexpected reboot, which ReturnToService=2 accepts.
    let config = Fixtures.slurmHost(Self.slurm(suspendTime: 100, returnToService), duration: 1000)
    let model = SlurmLab.started(config)
    model.advance(through: 300)
    model.studentSwitchesOn(0)
    #expect(model.pcIsUp(0) && model.node(0) == .poweredDown)
    model.advance(through: 370)
    #expect(model.node(0) == (returnToService == .always ? .up : .down(.unexpectedReboot)))
  }

  @Test func inInstantModeAPoweredDownNodeIsResumedNotLost() throws {
    // L11, L12, L13, L14 with `registration.mode: instant`: the node is up with its PC at 0 s,
    // idle from then, powered down at 100 s (the PC's switch-off must not make it absent) and
    // POWERED_DOWN at 130 s. The job of 1000 s resumes it: the PC is on and, in instant mode,
    // its slurmd registers at once, so the job runs 1000–1050 s.
    let observer = RecordingObserver()
    let config = Fixtures.slurmHost(Self.slurm(suspendTime: 100), mode: .instant, arrivalEvery: 1000,
                                    runtime: 50, duration: 1400)
    let model = SlurmLab.started(config, observer: observer)
    model.advance(through: 100)
    #expect(!model.pcIsUp(0) && model.node(0) == .poweringDown)
    model.advance(through: 130)
    #expect(model.node(0) == .poweredDown)
    model.advance(through: 1000)
    #expect(model.pcIsUp(0) && model.node(0) == .up && model.jobs[0].state == .running)
    model.advance(through: 1400)
    let attempt = try #require(observer.attempts.first)
    #expect(attempt.start == 1000 && attempt.end == 1050)
  }

  @Test func aPCWithAStudentLoggedInIsNotPoweredDown() {
    // L11 and the lab's SuspendProgram (an assumption): the node is idle from 70 s; a student
    // logs in at 100 s, before the 170 s power-down, and stays until 500 s. The node does not
    // count as idle while the student is there, so nothing is switched off; the clock starts
    // again at the session's end and the node is powered down at 600 s.
    var config = Fixtures.slurmHost(Self.slurm(suspendTime: 100), duration: 1000)
    config.owners = OwnerConfig(arrivals: .constant(perHour: 0), load: .constant(0.2))
    let model = SlurmLab.started(config)
    model.advance(through: 100)
    model.startSession(0, until: 500)
    model.advance(through: 599)
    #expect(model.pcIsUp(0) && model.node(0) == .up)
    model.advance(through: 600)
    #expect(!model.pcIsUp(0) && model.node(0) == .poweringDown)
  }

  @Test(arguments: [100.0, nil])
  func theIdleFlagFollowsTheStudentWhateverThePowerSaving(_ suspendTime: Double?) {
    // The derived idle flag (the invariant checks recompute it) turns false when a student
    // logs in at an idle node (registered at 70 s), with power saving on or off.
    var config = Fixtures.slurmHost(Self.slurm(suspendTime: suspendTime), duration: 1000)
    config.owners = OwnerConfig(arrivals: .constant(perHour: 0), load: .constant(0.2))
    let model = SlurmLab.started(config)
    model.advance(through: 100)
    #expect(model.lab.batch.nodes[0].countedIdle)
    model.startSession(0, until: 500)
    #expect(!model.lab.batch.nodes[0].countedIdle)
    model.advance(through: 500)
    #expect(model.lab.batch.nodes[0].countedIdle)
  }

  @Test func theIdleClockRestartsWhenSlurmdRegistersAgain() {
    // L11 with L9: SuspendTime 900 s. The node is idle from 70 s (due 970 s); the PC is
    // switched off at 950 s and on at 1000 s, so slurmd is dead when the clock runs out. It
    // registers again at 1070 s (ReturnToService=2, before the 1200 s mark-down): the node is
    // idle again from then and powered down at 1970 s.
    let config = Fixtures.slurmHost(Self.slurm(suspendTime: 900), duration: 6000)
    let model = SlurmLab.started(config)
    model.advance(through: 950)
    model.switchOff(0)
    model.advance(through: 1000)
    model.switchOn(0)
    model.advance(through: 1070)
    #expect(model.node(0) == .up && model.slurmd(0) == .registered(at: 1070))
    model.advance(through: 1969)
    #expect(model.pcIsUp(0) && model.node(0) == .up)
    model.advance(through: 1970)
    #expect(!model.pcIsUp(0) && model.node(0) == .poweringDown)
  }

  @Test func aResumedNodeStartsItsJobWithoutRestartingTheIdleClock() {
    // L14: as in `anIdleNodeIsPoweredDownAndAJobWakesIt`, the node resumed for the 1000 s job
    // registers at 1070 s and the job's cores pass from CONFIGURING to running. The node is
    // never idle in between, so no power-down is scheduled for 1170 s (100 s later) only to
    // be cancelled: no stale event fires from 1070 s to 1175 s (the job ends at 1120 s and
    // the real power-down is at 1220 s).
    let config = Fixtures.slurmHost(Self.slurm(suspendTime: 100, resumeTimeout: 600), arrivalEvery: 1000,
                                    runtime: 50, duration: 1500)
    let model = SlurmLab.started(config)
    model.advance(through: 1070)
    #expect(model.jobs[0].state == .running)
    let stale = model.lab.staleEvents
    model.advance(through: 1175)
    #expect(model.lab.staleEvents == stale)
  }

  @Test func inInstantModeANodeLosingItsJobDoesNotStartTheIdleClock() {
    // L17 with power saving on (SuspendTime 2000 s): the job of 900 s runs until the PC
    // crashes at 1050 s; the node goes absent with it and is never idle, so no power-down is
    // scheduled for 3050 s only to be found stale. (The 2000 s power-down scheduled at 0 s was
    // cancelled by the job at 900 s and fires stale at 2000 s.)
    let config = Fixtures.slurmHost(Self.slurm(suspendTime: 2000), mode: .instant, up: 1050, down: 500,
                                    arrivalEvery: 900, runtime: 5000, duration: 3100)
    let model = SlurmLab.started(config)
    model.advance(through: 2001)
    let stale = model.lab.staleEvents
    model.advance(through: 3051)
    #expect(model.lab.staleEvents == stale)
  }

  @Test func aJobRequeuedByAFailedLaunchIsTheOneThatResumesANode() {
    // L10, B3, L13. Two 2-core PCs, SuspendTime 100 s; both nodes register at 70 s. Job A
    // (80 s) runs on PC 0; PC 1, idle, is powered down at 170 s. PC 0 is switched off at
    // 300 s: A is held, one ghost core, one core free in slurmctld's view. Job B (310 s) is
    // sent to PC 0: the launch fails, PC 0 is set DOWN and A is requeued ahead of B. No up
    // node is left: A, now first, resumes PC 1 (B must not take the resume: it is behind A),
    // and starts there when it registers (380 s); B then takes PC 1's other core.
    var config = Fixtures.cyclingHost(up: 1e6, duration: 1000, cores: 2, hostCount: 2)
    config.batch.slurm = Self.slurm(suspendTime: 100)
    let model = SlurmLab.started(config)
    model.advance(through: 80)
    let a = model.submitTestJob(cores: 1, runtime: 1e5)
    model.schedulingPass()
    #expect(model.jobs[a].state == .running && model.jobs[a].host == 0)
    model.advance(through: 300)
    #expect(model.node(1) == .poweredDown)
    model.switchOff(0)
    model.advance(through: 310)
    let b = model.submitTestJob(cores: 1, runtime: 1e5)
    model.schedulingPass()
    #expect(model.node(0) == .down(.notResponding) && model.node(1) == .poweringUp)
    #expect(model.queue == [b, a])  // B pending, A allocated to PC 1 (CONFIGURING)
    model.advance(through: 380)
    #expect(model.jobs[a].state == .running && model.jobs[a].host == 1)
    #expect(model.jobs[b].state == .running && model.jobs[b].host == 1)
  }

  @Test func withSuspendTimeInfiniteNothingIsPoweredDown() {
    let config = Fixtures.slurmHost(Self.slurm(suspendTime: nil), duration: 5000)
    let model = SlurmLab.started(config)
    model.advance(through: 5000)
    #expect(model.pcIsUp(0) && model.node(0) == .up)
  }
}
