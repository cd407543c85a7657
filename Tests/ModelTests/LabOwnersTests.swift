import Stochastics
import Testing
@testable import Model

/// Owners, CPU sharing, the timetable, energy and deployment (issue 4), on hand-worked
/// timelines and against theory.
struct LabOwnersTests {
  /// One always-up single-core PC in instant mode with a constant owner load, and no automatic jobs.
  static func sharedPC(priority: VMPriority, load: Double = 1) -> ModelConfig {
    var config = ModelConfig(
      name: "shared", duration: 5000, hostGroups: [HostGroup(name: "pc", count: 1)],
      registration: RegistrationConfig(mode: .instant),
      workload: WorkloadConfig(arrival: .constant(1e9), runtime: .constant(1)))
    config.vm.priority = priority
    config.owners = OwnerConfig(arrivals: .constant(perHour: 0), load: .constant(load))
    return config
  }

  @Test(arguments: [(VMPriority.normal, 1100.0), (VMPriority.idle, 1200.0)])
  func cpuSharingCarriesTheRemainingWorkOver(priority: VMPriority, expectedEnd: Double) throws {
    // 1000 s of work from t = 0; a student with load 1 core is logged in from 100 s to 300 s.
    // Normal priority halves the VM's speed (1 core ÷ (1 + 1)): 100 s of work lost → end 1100 s.
    // Idle priority stops the VM: 200 s lost → end 1200 s.
    let observer = RecordingObserver()
    let model = TorqueLab.started(Self.sharedPC(priority: priority), observer: observer)
    model.advance(through: 0)
    model.submitTestJob(cores: 1, runtime: 1000)
    model.schedulingPass()
    model.advance(through: 100)
    model.startSession(0, until: 300)
    #expect(model.hosts[0].speed == (priority == .normal ? 0.5 : 0))
    model.advance(through: 5000)
    let summary = model.finish()
    let attempt = try #require(observer.attempts.first)
    #expect(abs(attempt.end - expectedEnd) < 1e-9)
    // Work is conserved: the VM computed exactly the job's 1000 s.
    #expect(abs(summary.harvestedCoreHours * 3600 - 1000) < 1e-6)
    // The student was logged in 200 s; impaired while the VM computed (normal: all of it; idle: never).
    #expect(abs(summary.ownerHours * 3600 - 200) < 1e-9)
    #expect(abs(summary.ownerImpairedHours * 3600 - (priority == .normal ? 200 : 0)) < 1e-9)
  }

  @Test func ownerImpairmentFollowsTheProfile() {
    var config = Self.sharedPC(priority: .normal, load: 0.5)
    config.hostGroups[0].cores = 2
    config.hostGroups[0].profile.ownerImpact = 0.3
    let model = TorqueLab.started(config)
    model.advance(through: 0)
    model.submitTestJob(cores: 1, runtime: 10_000)
    model.schedulingPass()
    model.startSession(0, until: 1000)
    model.advance(through: 1000)
    let summary = { model.advance(through: 5000); return model.finish() }()
    // Load 0.5 + 1 busy core ≤ 2 cores: the VM runs at full speed on 1 of 2 cores,
    // so the student is slowed by 0.3 × 1/2 = 0.15 for the whole session.
    #expect(abs(summary.meanOwnerSlowdown - 0.15) < 1e-12)
  }

  @Test func shutdownAtClosingLosesTheJobUnderItsOwnCause() throws {
    // Open 08:00–20:00 every day, PCs off when closed. A 3 h job started at 18:00 is lost at 20:00.
    var config = ModelConfig(
      name: "night", duration: 2 * 86_400, hostGroups: [HostGroup(name: "pc", count: 1)],
      registration: RegistrationConfig(mode: .instant),
      workload: WorkloadConfig(arrival: .constant(18 * 3600), runtime: .constant(3 * 3600)))
    config.timetable = Timetable(
      start: CalendarDate(year: 2006, month: 10, day: 2)!,
      week: Array(repeating: OpeningHours(open: 8 * 3600, close: 20 * 3600), count: 7), power: .offWhenClosed)
    let observer = RecordingObserver()
    let summary = LabModel(config: config, observer: observer).run()
    #expect(summary.attemptsLostShutdown == 1)
    #expect(summary.attemptsLostCrash == 0 && summary.attemptsLostReboot == 0)
    #expect(observer.attempts.first?.end == 72_000)
    // The second job arrives on day 2 at 12:00 and completes at 15:00.
    #expect(observer.attempts.map(\.outcome) == [.lost, .completed])
    // Up 08:00–20:00 on each of the two days: availability 1/2.
    #expect(abs(summary.hostAvailability - 0.5) < 1e-12)
    // Energy: 24 h on, of which 2 + 3 h busy (110 W) and 19 h idle (70 W), plus 24 h off (2 W).
    let idleWattHours: Double = 19 * 70, busyWattHours: Double = 5 * 110, offWattHours: Double = 24 * 2
    let expected = (idleWattHours + busyWattHours + offWattHours) / 1000
    #expect(abs(summary.energyKWh - expected) < 1e-9)
  }

  @Test func wakeOnLANSwitchesThePCsOnAtNight() {
    var config = Self.sharedPC(priority: .normal)
    config.owners = nil
    config.duration = 86_400
    config.timetable = Timetable(
      start: CalendarDate(year: 2006, month: 10, day: 2)!,
      week: Array(repeating: OpeningHours(open: 8 * 3600, close: 18 * 3600), count: 7),
      power: .wakeOnLAN(wakeAt: 21 * 3600))
    let model = TorqueLab.started(config)
    model.advance(through: 18 * 3600)
    #expect(!model.hosts[0].isUp)  // off at closing
    model.advance(through: 21 * 3600)
    #expect(model.hosts[0].isUp)  // woken
    let summary = { model.advance(through: 86_400); return model.finish() }()
    // On 00:00–18:00 and 21:00–24:00: 21 of 24 hours.
    #expect(abs(summary.hostAvailability - 21.0 / 24) < 1e-12)
  }

  @Test func rebootsAtSessionEndsAreCountedApart() {
    var config = Self.sharedPC(priority: .normal, load: 0.1)
    config.owners?.reboot = OwnerReboot(probability: 1, duration: .constant(120))
    config.owners?.session = .constant(600)
    let observer = RecordingObserver()
    let model = TorqueLab.started(config, observer: observer)
    model.advance(through: 0)
    model.submitTestJob(cores: 1, runtime: 3000)
    model.schedulingPass()
    model.startSession(0, until: 600)
    model.advance(through: 600)
    #expect(!model.hosts[0].isUp && model.hosts[0].rebooting)
    model.advance(through: 720)
    #expect(model.hosts[0].isUp)
    let summary = { model.advance(through: 5000); return model.finish() }()
    #expect(summary.attemptsLostReboot == 1 && summary.attemptsLostCrash == 0)
  }

  @Test func deploymentDelaysTheFirstBoot() {
    // 1 GB image, server 100 MB/s shared by 4 PCs (25 MB/s each, under the PCs' own 50 MB/s): 40 s.
    // Then boot 60 s and configure 10 s: VM at 110 s (MOM class 20), join cron at 120 s (live),
    // first status at 20 + 3 × 45 = 155 s: all 4 WNs usable then.
    var config = Fixtures.cyclingHost(mode: .live, up: 1e6, hostCount: 4)
    config.deployment = DeploymentConfig(imageSize: 1e9, serverBandwidth: 1e8, hostBandwidth: 5e7)
    #expect(config.deployment!.copyTime(hosts: 4) == 40)
    let summary = LabModel(config: config).run()
    #expect(summary.labIntegrationTime == 155)
    var plain = config
    plain.deployment = nil
    #expect(LabModel(config: plain).run().labIntegrationTime == 160)
  }

  @Test func withoutStudentsTheResultsEqualTheFoundationModel() {
    // An owners section whose students never come, and an always-open timetable written
    // out, change nothing: the same draws, the same events, the same numbers.
    var base = Fixtures.cyclingHost(arrivalEvery: 700, runtime: 900, resubmit: .after(.constant(60), maxAttempts: nil),
                                    duration: 20_000, hostCount: 3)
    base.hostGroups[0].availability = .alternating(up: .exponential(mean: 3000), down: .exponential(mean: 600))
    var withEmptyLab = base
    withEmptyLab.owners = OwnerConfig(arrivals: .constant(perHour: 0))
    withEmptyLab.timetable = Timetable(start: CalendarDate(year: 2007, month: 1, day: 1)!,
                                       week: Array(repeating: OpeningHours(open: 0, close: 86_400), count: 7))
    // (Compared as text: NaN metrics are equal here, though NaN != NaN.)
    #expect(String(describing: LabModel(config: base).run()) == String(describing: LabModel(config: withEmptyLab).run()))
  }

  @Test func loginOccupancyMatchesErlangsLossFormula() {
    // Students arrive at each PC at rate r (Poisson, lab always open); one at a time, and a
    // student who finds the PC taken goes away: an M/G/1/1 loss system, so the fraction of
    // time a PC is taken is a / (1 + a) with a = r × mean session, whatever the session law.
    let rate = 1.5, session = 1200.0  // per hour; 20 min → a = 0.5 → 1/3
    var config = ModelConfig(
      name: "logins", duration: 60 * 86_400, warmup: 86_400, hostGroups: [HostGroup(name: "pc", count: 20)],
      registration: RegistrationConfig(mode: .instant),
      workload: WorkloadConfig(arrival: .constant(1e12), runtime: .constant(1)))
    config.owners = OwnerConfig(arrivals: .constant(perHour: rate), session: .uniform(low: 0, high: 2 * session))
    let values = (0..<6).map { replication -> Double in
      var copy = config
      copy.replication = replication
      let summary = LabModel.statistical(copy).run()
      return summary.ownerHours * 3600 / (20 * summary.window)
    }
    let a = rate / 3600 * session
    TheoryTests.expectAgreement(values, theory: a / (1 + a), "M/G/1/1 login occupancy")
  }
}
