import Testing
@testable import Model

/// The paper's registration path, worked out by hand for one host with
/// constant delays (boot 60 s, configure 10 s, gmetad poll 15 s, join cron 60 s,
/// restart 5 s, MOM status 45 s, node_check_rate 150 s, clean-up 300 s).
/// Transition IDs refer to docs/model.md.
struct RestartRegistrationTimelineTests {
  @Test func joinsThroughGangliaCronRestartAndFirstStatus() {
    let model = TorqueLab.started(Fixtures.cyclingHost())
    model.advance(through: 0)
    // H1 down→up and V1 off→booting at t = 0.
    #expect(model.hosts[0].isUp)
    #expect(model.hosts[0].vm == .booting)
    model.advance(through: 59.9)
    #expect(model.hosts[0].vm == .booting)
    model.advance(through: 60)
    #expect(model.hosts[0].vm == .configuring)  // V2
    model.advance(through: 70)
    #expect(model.hosts[0].vm == .running)  // V3: gmond and pbs_mom start at 70 s
    #expect(model.hosts[0].server == .absent)
    #expect(model.pendingRegistration.contains(0))
    #expect(model.hosts[0].phaseClass == 25)  // 70 mod 45
    model.advance(through: 119.9)
    #expect(model.hosts[0].server == .absent)
    // N1: the join cron at 120 s sees gmetad's 120 s poll, adds the node and restarts pbs_server.
    model.advance(through: 120)
    #expect(model.hosts[0].server == .up)
    #expect(model.restartInProgress)
    #expect(!model.isUsable(0))
    model.advance(through: 125)
    #expect(!model.restartInProgress)
    #expect(!model.isUsable(0))  // DOWN until its MOM's next status
    model.advance(through: 159.9)
    #expect(!model.isUsable(0))
    // The MOM reports at 25 + 3 × 45 = 160 s: the node is free.
    model.advance(through: 160)
    #expect(model.isUsable(0))
    #expect(model.usableNodes == 1)
  }

  @Test func vanishesThroughCheckNodesAndCleanup() {
    let model = TorqueLab.started(Fixtures.cyclingHost())
    model.advance(through: 999)
    #expect(model.isUsable(0))
    // H2 up→down at 1000 s: V4 running→off; TORQUE still lists the node as up (a ghost).
    model.advance(through: 1000)
    #expect(model.hosts[0].vm == .off)
    #expect(model.hosts[0].server == .up)
    #expect(model.ghosts.contains(0))
    #expect(model.usableNodes == 0)
    // Last MOM status 70 + 20 × 45 = 970 s; the first check tick ≥ 970 + 150 is 1200 s.
    #expect(model.hosts[0].lastStatus == 970)
    model.advance(through: 1199.9)
    #expect(model.hosts[0].server == .up)
    model.advance(through: 1200)
    #expect(model.hosts[0].server == .markedDown)  // N: up→markedDown by check_nodes
    #expect(!model.ghosts.contains(0))
    // The clean-up cron at 1500 s removes it.
    model.advance(through: 1499.9)
    #expect(model.hosts[0].server == .markedDown)
    // The host's next up period also begins at 1500 s but its VM is only booting,
    // so the clean-up cron (N8) removes the node.
    model.advance(through: 1500)
    #expect(model.hosts[0].server == .absent)
    #expect(model.hosts[0].vm == .booting)
    // `restart_on: any-change` (the default): the removal restarts pbs_server (N15), back at 1505 s.
    #expect(model.restartInProgress)
    model.advance(through: 1505)
    #expect(!model.restartInProgress)
  }

  @Test func latenciesMatchTheHandTimeline() {
    // Up 1000 s, down 500 s, over 5000 s: joins at 0, 1500, 3000, 4500. Only the join script
    // restarts pbs_server here (`restart_on: additions`; RestartOnTests has `any-change`).
    var config = Fixtures.cyclingHost()
    config.registration.restartOn = .additions
    let summary = LabModel(config: config).run()
    // Join at 0: usable at 160 (latency 160). Join at 1500: configured 1570 (class 40),
    // cron 1620, restart to 1625, next class-40 status 1660: latency 160.
    // Join at 3000: configured 3070 (class 10), cron 3120, back 3125, status 3160: latency 160.
    // Join at 4500: configured 4570 (class 25), cron 4620, back 4625, status 4660: latency 160.
    #expect(summary.registrationSamples == 4)
    #expect(summary.meanRegistrationLatency == 160)
    // Downs at 1000, 2500, 4000. Last statuses 970, 2470 (1570 + 20×45), 3970 (3070 + 20×45);
    // check ticks 1200, 2700, 4200: latency 200 each.
    #expect(summary.detectionSamples == 3)
    #expect(summary.meanDetectionLatency == 200)
    #expect(summary.batchRestarts == 4)
    // Up 1000 of every 1500 s: 3000 s up in [0, 5000) plus 500 s from 4500.
    #expect(abs(summary.hostAvailability - 3500.0 / 5000) < 1e-12)
    // Usable 160→1000, 1660→2500, 3160→4000, 4660→5000.
    #expect(abs(summary.wnUsableFraction - (840.0 * 3 + 340) / 5000) < 1e-12)
  }
}
