import Testing
@testable import Model

/// A host that goes down while its VM is still starting (docs/model.md, V5 and V6).
struct VMLifecycleTests {
  @Test func hostDownWhileBootingCancelsTheBoot() {
    // V5 booting → off: up for 30 s, but the boot takes 60 s.
    let model = TorqueLab.started(Fixtures.cyclingHost(up: 30, down: 1000, duration: 500))
    model.advance(through: 29)
    #expect(model.hosts[0].vm == .booting)
    model.advance(through: 30)
    #expect(model.hosts[0].vm == .off)
    model.advance(through: 500)  // the stale vmBooted at 60 s and vmConfigured never act
    #expect(model.hosts[0].vm == .off)
    #expect(model.hosts[0].server == .absent)
    #expect(model.pendingRegistration.isEmpty)
  }

  @Test func hostDownWhileConfiguringCancelsTheConfiguration() {
    // V6 configuring → off: up for 65 s; configuration runs from 60 s to 70 s.
    let model = TorqueLab.started(Fixtures.cyclingHost(up: 65, down: 1000, duration: 500))
    model.advance(through: 64)
    #expect(model.hosts[0].vm == .configuring)
    model.advance(through: 65)
    #expect(model.hosts[0].vm == .off)
    model.advance(through: 500)
    #expect(model.hosts[0].vm == .off)
    #expect(model.hosts[0].gmondStart == -.infinity)  // gmond never started
    #expect(model.hosts[0].server == .absent)
  }

  @Test func detectionLatencyRunsFromTheMOMsDeathNotALaterFailureDuringBoot() {
    // Boot 200 s: configured at 210 s (class 30), usable at 255 s. Down at 1000 s; last status
    // 210 + 17 × 45 = 975 s, so check_nodes marks it down at 1200 s. The host is back at
    // 1030 s and fails again at 1050 s while booting (V5); the latency is 1200 − 1000 s.
    var config = Fixtures.cyclingHost(up: 1000, down: 30, duration: 1300)
    config.vm.boot = .constant(200)
    let model = TorqueLab.started(config)
    model.advance(through: 1030)
    #expect(model.hosts[0].vm == .booting)
    #expect(model.ghosts.contains(0))
    model.schedule(.pc(.crashBegins(pc: 0)), at: 1050)
    model.advance(through: 1050)
    #expect(model.hosts[0].vm == .off)
    model.advance(through: 1200)
    #expect(model.hosts[0].server == .markedDown)
    let summary = { model.advance(through: 1300); return model.finish() }()
    #expect(summary.detectionSamples == 1)
    #expect(summary.meanDetectionLatency == 200)
  }
}
