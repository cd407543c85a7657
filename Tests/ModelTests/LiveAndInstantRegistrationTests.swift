import Testing
@testable import Model

/// Registration without a restart (`live`, as `qmgr create node`) and the
/// theory-check mode `instant`.
struct LiveAndInstantRegistrationTests {
  @Test func liveModeAddsWithoutRestartAndWaitsForTheFirstStatus() {
    let model = TorqueLab.started(Fixtures.cyclingHost(mode: .live))
    model.advance(through: 120)
    // N2 absent→awaitingReport: created DOWN by the join cron at 120 s, no restart.
    #expect(model.hosts[0].server == .awaitingReport)
    #expect(!model.restartInProgress)
    #expect(!model.isUsable(0))
    model.advance(through: 159.9)
    #expect(model.hosts[0].server == .awaitingReport)
    // N3 awaitingReport→up at the MOM's next status: 25 + 3 × 45 = 160 s.
    model.advance(through: 160)
    #expect(model.hosts[0].server == .up)
    #expect(model.isUsable(0))
  }

  @Test func liveModeNeverRestarts() {
    let summary = LabModel(config: Fixtures.cyclingHost(mode: .live)).run()
    #expect(summary.batchRestarts == 0)
    #expect(summary.registrationSamples == 4)
    #expect(summary.meanRegistrationLatency == 160)
  }

  @Test func instantModeFollowsTheHostExactly() {
    let model = TorqueLab.started(Fixtures.cyclingHost(mode: .instant))
    model.advance(through: 0)
    // N4 absent→up at host up; V: off→running with no boot.
    #expect(model.hosts[0].vm == .running)
    #expect(model.hosts[0].server == .up)
    #expect(model.isUsable(0))
    model.advance(through: 1000)
    // N5 up→absent at host down: no detection delay, no ghost.
    #expect(model.hosts[0].server == .absent)
    #expect(model.ghosts.isEmpty)
    #expect(model.usableNodes == 0)
    model.advance(through: 1500)
    #expect(model.isUsable(0))
  }

  @Test func instantModeUsableFractionEqualsAvailability() {
    let summary = LabModel(config: Fixtures.cyclingHost(mode: .instant)).run()
    #expect(abs(summary.wnUsableFraction - summary.hostAvailability) < 1e-12)  // summed at different moments
    #expect(summary.meanRegistrationLatency == 0)
    #expect(summary.detectionSamples == 0)
    #expect(summary.batchRestarts == 0)
  }
}
