import Testing
@testable import Model

/// What TORQUE does when a WN dies and comes back at different moments.
struct NodeRecoveryTests {
  @Test func hostBackBeforeDetectionRevivesTheGhostWithoutADetection() {
    // Down at 1000 s for 30 s: the VM is running again at 1100 s, before the 1200 s check.
    let model = TorqueLab.started(Fixtures.cyclingHost(up: 1000, down: 30, duration: 1400))
    model.advance(through: 1099)
    #expect(model.hosts[0].server == .up)
    #expect(model.hosts[0].vm == .configuring)
    #expect(!model.isUsable(0))
    // N6: the fresh MOM reports at 1100 s; the ghost is up again and the pending mark-down is void.
    model.advance(through: 1100)
    #expect(model.isUsable(0))
    #expect(!model.ghosts.contains(0))
    model.advance(through: 1200)
    #expect(model.hosts[0].server == .up)
    let summary = model.finish()
    #expect(summary.detectionSamples == 0)
    // Latencies: 160 s for the first join, 1100 - 1030 = 70 s for the second.
    #expect(summary.registrationSamples == 2)
    #expect(summary.meanRegistrationLatency == (160 + 70) / 2)
  }

  @Test func hostBackAfterDetectionButBeforeCleanupReportsItsWayBack() {
    // Down at 1000 s for 250 s: marked down at 1200 s, VM running at 1320 s, clean-up at 1500 s.
    let model = TorqueLab.started(Fixtures.cyclingHost(up: 1000, down: 250, duration: 1600))
    model.advance(through: 1200)
    #expect(model.hosts[0].server == .markedDown)
    model.advance(through: 1319)
    #expect(model.hosts[0].server == .markedDown)
    // N7 markedDown→up: the fresh MOM's first status at 1320 s.
    model.advance(through: 1320)
    #expect(model.hosts[0].server == .up)
    #expect(model.isUsable(0))
    model.advance(through: 1500)
    #expect(model.hosts[0].server == .up)  // the clean-up script only removes nodes that are down
  }

  @Test func cleanupRemovesANodeWhoseVMIsBackButHasNotReported() {
    // Down at 1000 s, marked down at 1200 s, back up at 1435 s: the VM runs at 1505 s,
    // after the 1500 s clean-up removed the node, so it must join through the cron again.
    let model = TorqueLab.started(Fixtures.cyclingHost(up: 1000, down: 435, duration: 2000))
    model.advance(through: 1500)
    // N8 markedDown→absent.
    #expect(model.hosts[0].server == .absent)
    model.advance(through: 1505)
    #expect(model.hosts[0].vm == .running)
    #expect(model.pendingRegistration.contains(0))
    model.advance(through: 1560)
    #expect(model.hosts[0].server == .up)  // re-added by the join cron at 1560 s, with a restart
    #expect(model.restartInProgress)
  }

  @Test func gangliaStillListsAVMThatDiedBeforeTheCronRan() {
    // gmond starts at 70 s; the host dies at 80 s. gmetad's 120 s poll has heard
    // from it 50 s ago (< 4 × 20 s), so the join cron still adds it.
    let model = TorqueLab.started(Fixtures.cyclingHost(up: 80, down: 10_000, duration: 1000))
    model.advance(through: 120)
    // N9 absent→awaitingReport for a dead VM: no MOM will ever report.
    #expect(model.hosts[0].server == .awaitingReport)
    #expect(!model.isUsable(0))
    // Last status at 70 s; the first check tick ≥ 220 s is 300 s.
    model.advance(through: 299)
    #expect(model.hosts[0].server == .awaitingReport)
    model.advance(through: 300)
    #expect(model.hosts[0].server == .markedDown)
    model.advance(through: 600)
    #expect(model.hosts[0].server == .absent)
  }

  @Test func gangliaForgetsAVMSilentFor4Tmax() {
    // gmond starts at 70 s and the host dies at 80 s; with a 120 s join period the
    // first cron runs at 120 s, but with 180 s it runs at 180 s, when the last
    // heartbeat (70 s) is 110 s old: Ganglia considers it down and it is never added.
    var config = Fixtures.cyclingHost(up: 80, down: 10_000, duration: 1000)
    config.registration.addPeriod = 180
    let model = TorqueLab.started(config)
    model.advance(through: 180)
    #expect(model.hosts[0].server == .absent)
    #expect(!model.pendingRegistration.contains(0))
  }

  @Test func aRestartTurnsAGhostIntoANodeAwaitingAReport() {
    // Host 0 dies at 1000 s (a ghost until its 1200 s check). Host 1 is down from
    // 500 s to 1000 s, runs its VM at 1070 s and is added at 1080 s with a restart.
    var config = Fixtures.cyclingHost(up: 1000, down: 10_000, duration: 1500)
    config.hostGroups.append(HostGroup(name: "late", count: 1, availability: .alternating(up: .constant(500), down: .constant(500))))
    let model = TorqueLab.started(config)
    model.advance(through: 1000)
    #expect(model.ghosts.contains(0))
    model.advance(through: 1080)
    #expect(model.restartInProgress)
    // N10 up→awaitingReport at a restart, for a dead node.
    #expect(model.hosts[0].server == .awaitingReport)
    #expect(!model.ghosts.contains(0))
    model.advance(through: 1200)
    #expect(model.hosts[0].server == .markedDown)
  }
}

/// pbs_server restarts meeting node failures.
struct RestartRaceTests {
  /// Host 0 joins at t = 0 (usable from 160 s). Host 1 is down from 500 s to 1000 s and
  /// its VM runs at 1070 s, so the join cron adds it at 1080 s with a restart (back at
  /// 1085 s). Host 0's class (25) reports at 1105 s.
  static func twoHosts(hostZeroUp: Double) -> ModelConfig {
    var config = Fixtures.cyclingHost(up: hostZeroUp, down: 10_000, duration: 1600)
    config.hostGroups.append(HostGroup(
      name: "late", count: 1, availability: .alternating(up: .constant(500), down: .constant(500))))
    return config
  }

  @Test func aNodeThatDiesBeforeReportingAfterARestartIsNoGhost() {
    // Host 0 dies at 1090 s: after the restart began, before its MOM reported (1105 s).
    let model = TorqueLab.started(Self.twoHosts(hostZeroUp: 1090))
    model.advance(through: 1090)
    #expect(model.hosts[0].server == .awaitingReport)
    #expect(!model.ghosts.contains(0))
    model.advance(through: 1105)
    #expect(!model.placement.contains(0))  // never offered to the scheduler: no dispatch failure possible
    // Last status 70 + 22 × 45 = 1060 s; the first check tick ≥ 1210 s is 1350 s.
    model.advance(through: 1350)
    #expect(model.hosts[0].server == .markedDown)
  }

  @Test func checkNodesWaitsWhilePbsServerRestarts() {
    // Host 0 dies at 1000 s; its check is due at 1200 s. Host 1 joins with a 300 s restart
    // at 1080 s, so pbs_server is down until 1380 s: the mark-down moves to the 1350 s tick?
    // No: 1350 s is still inside the restart, so it moves again to 1500 s.
    var config = Self.twoHosts(hostZeroUp: 1000)
    config.registration.restartDuration = .constant(300)
    let model = TorqueLab.started(config)
    model.advance(through: 1200)
    #expect(model.restartInProgress)
    #expect(model.hosts[0].server == .awaitingReport)
    model.advance(through: 1499)
    #expect(model.hosts[0].server == .awaitingReport)
    model.advance(through: 1500)
    #expect(model.hosts[0].server == .markedDown)
  }
}
