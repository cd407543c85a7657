import Testing
@testable import Model

/// `registration.restart_on` (N15): with `any-change` the clean-up script's removals restart
/// pbs_server, as the paper restarts it "in case of any changes"; with `additions` only the
/// join script does. Timers are the defaults (clean-up every 300 s, restart 5 s, MOM status
/// 45 s, `node_check_rate` 150 s) with the fixtures' VM delays (boot 60 s, configure 10 s).
struct RestartOnTests {
  /// Two single-core hosts: host 0 is up 0–1000 s and then down for good; host 1 is always up.
  static func twoHosts(_ restartOn: RestartTrigger, mode: RegistrationMode = .restart) -> ModelConfig {
    var registration = RegistrationConfig(mode: mode)
    registration.restartOn = restartOn
    return ModelConfig(
      name: "restart-on", duration: 2000,
      hostGroups: [
        HostGroup(name: "dies", count: 1, availability: .alternating(up: .constant(1000), down: .constant(1e9))),
        HostGroup(name: "stays", count: 1),
      ],
      vm: VMLifecycleConfig(boot: .constant(60), configure: .constant(10)),
      registration: registration,
      workload: WorkloadConfig(arrival: .constant(1e9), runtime: .constant(100)))
  }

  @Test func aRemovalRestartsPbsServerAndHidesEveryNode() {
    // Both MOMs start at 70 s (class 25); the join cron at 120 s adds both and restarts
    // pbs_server (restart 1); class 25 reports at 160 s. Host 0 dies at 1000 s; its last status
    // was 970 s, so check_nodes marks it down at 1200 s and the clean-up runs at 1500 s: it
    // removes the node and restarts pbs_server (restart 2), back at 1505 s. Host 1's class 25
    // next reports at 1510 s (25 + 33 × 45): it is hidden from 1500 s to 1510 s.
    let model = TorqueLab.started(Self.twoHosts(.anyChange))
    model.advance(through: 1499.9)
    #expect(model.hosts[0].server == .markedDown)
    #expect(model.usableNodes == 1)
    model.advance(through: 1500)
    #expect(model.hosts[0].server == .absent)
    #expect(model.restartInProgress)
    #expect(model.usableNodes == 0)
    #expect(!model.isUsable(1))
    #expect(model.hosts[1].server == .up)
    model.advance(through: 1505)
    #expect(!model.restartInProgress)
    #expect(!model.isUsable(1))  // back, but DOWN until its MOM's next status
    model.advance(through: 1509.9)
    #expect(model.usableNodes == 0)
    model.advance(through: 1510)
    #expect(model.isUsable(1))
    #expect(model.usableNodes == 1)
    let summary = { model.advance(through: 2000); return model.finish() }()
    #expect(summary.batchRestarts == 2)
  }

  @Test func withAdditionsARemovalRestartsNothing() {
    let model = TorqueLab.started(Self.twoHosts(.additions))
    model.advance(through: 1500)
    #expect(model.hosts[0].server == .absent)
    #expect(!model.restartInProgress)
    #expect(model.isUsable(1))
    let summary = { model.advance(through: 2000); return model.finish() }()
    #expect(summary.batchRestarts == 1)
    // Host 1 usable from 160 s to the end; host 0 from 160 s to 1000 s.
    #expect(abs(summary.wnUsableFraction - (1840.0 + 840) / (2 * 2000)) < 1e-12)
  }

  @Test func aCleanupThatRemovesNothingRestartsNothing() {
    // The host is down 1000–1300 s: marked down at 1200 s, which schedules the clean-up at
    // 1500 s; its fresh MOM (started at 1370 s) reports at once and brings it back up (N7),
    // so the clean-up finds nothing marked down and restarts nothing.
    let config = Fixtures.cyclingHost(up: 1000, down: 300, duration: 1600)
    #expect(config.registration.restartOn == .anyChange)
    let model = TorqueLab.started(config)
    model.advance(through: 1370)
    #expect(model.hosts[0].server == .up)
    model.advance(through: 1500)
    #expect(!model.restartInProgress)
    let summary = { model.advance(through: 1600); return model.finish() }()
    #expect(summary.batchRestarts == 1)
    #expect(summary.detectionSamples == 1)
  }

  @Test func inLiveModeNothingRestarts() {
    // `live` mode: the node is created without a restart, and its removal at 1500 s restarts
    // nothing either, whatever `restart_on` says.
    let model = TorqueLab.started(Self.twoHosts(.anyChange, mode: .live))
    model.advance(through: 1500)
    #expect(model.hosts[0].server == .absent)
    #expect(!model.restartInProgress)
    #expect(model.isUsable(1))
    let summary = { model.advance(through: 2000); return model.finish() }()
    #expect(summary.batchRestarts == 0)
  }

  @Test func latenciesWithRemovalRestarts() {
    // The fixtures' host, up 1000 s and down 500 s over 5000 s (RestartRegistrationTimelineTests.
    // latenciesMatchTheHandTimeline): joins at 120, 1620, 3120 and 4620 s restart pbs_server,
    // and so do the clean-ups at 1500, 3000 and 4500 s, each removing the node marked down at
    // 1200, 2700 and 4200 s: 7 restarts. A clean-up restart hides nothing that was usable (the
    // host's VM is still booting), so the latencies and the usable fraction stay as there.
    let summary = LabModel(config: Fixtures.cyclingHost()).run()
    #expect(summary.batchRestarts == 7)
    #expect(summary.meanRegistrationLatency == 160)
    #expect(summary.meanDetectionLatency == 200)
    #expect(abs(summary.wnUsableFraction - (840.0 * 3 + 340) / 5000) < 1e-12)
  }
}
