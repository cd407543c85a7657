import Stochastics
import Testing
@testable import Model

/// The owner transitions of docs/model.md §10 (O2, O4, O5, O6) and the hourly arrival profile.
struct OwnerTransitionTests {
  static let monday = CalendarDate(year: 2006, month: 10, day: 2)!

  static func lab(_ arrivals: OwnerArrivals, hosts: Int = 4, week: [OpeningHours?]? = nil,
                  power: PowerPolicy = .alwaysOn, duration: Double = 86_400) -> ModelConfig {
    var config = ModelConfig(
      name: "owners", duration: duration, hostGroups: [HostGroup(name: "pc", count: hosts)],
      registration: RegistrationConfig(mode: .instant),
      workload: WorkloadConfig(arrival: .constant(1e12), runtime: .constant(1)))
    config.owners = OwnerConfig(arrivals: arrivals, session: .constant(1800), load: .constant(0.5))
    if let week { config.timetable = Timetable(start: monday, week: week, power: power) }
    return config
  }

  @Test func aClassTakesEveryPCUntilItEnds() {
    // O2: a Monday class 10:00–11:30 with occupancy 1 takes all 4 PCs, until 11:30.
    let config = Self.lab(.classes([ClassBlock(weekdays: [0], start: 36_000, end: 41_400, occupancy: 1)]))
    let model = TorqueLab.started(config)
    model.advance(through: 35_999)
    #expect(model.rates.sessions == 0)
    model.advance(through: 36_000)
    #expect(model.rates.sessions == 4)
    #expect(model.hosts.allSatisfy { $0.inSession && $0.ownerLoad == 0.5 })
    model.advance(through: 41_399)
    #expect(model.rates.sessions == 4)
    model.advance(through: 41_400)
    #expect(model.rates.sessions == 0)
    let summary = { model.advance(through: 86_400); return model.finish() }()
    #expect(abs(summary.ownerHours - 4 * 1.5) < 1e-9)
  }

  @Test func aClassWithZeroOccupancyTakesNothing() {
    let config = Self.lab(.classes([ClassBlock(weekdays: [0], start: 36_000, end: 41_400, occupancy: 0)]))
    #expect(LabModel(config: config).run().ownerHours == 0)
  }

  @Test func studentsLeaveAtClosing() {
    // O4: a class running past closing (19:30–21:00, lab open until 20:00) ends at 20:00,
    // even with the PCs left on.
    let hours = OpeningHours(open: 8 * 3600, close: 20 * 3600)
    let config = Self.lab(.classes([ClassBlock(weekdays: [0], start: 70_200, end: 75_600, occupancy: 1)]),
                          week: Array(repeating: hours, count: 7))
    let model = TorqueLab.started(config)
    model.advance(through: 70_200)
    #expect(model.rates.sessions == 4)
    model.advance(through: 72_000)
    #expect(model.rates.sessions == 0)
    #expect(model.hosts.allSatisfy { $0.isUp })  // always-on: the PCs stay up
  }

  @Test func aSessionEndsWhenThePCGoesDown() {
    // O5: a crash ends the student's session, without a reboot draw.
    var config = Self.lab(.constant(perHour: 0), hosts: 1)
    config.owners?.reboot = OwnerReboot(probability: 1)
    let model = TorqueLab.started(config)
    model.advance(through: 100)
    model.startSession(0, until: 5000)
    model.schedule(.pc(.crashBegins(pc: 0)), at: 200)
    model.advance(through: 200)
    #expect(!model.hosts[0].inSession && !model.hosts[0].rebooting && model.hosts[0].crashed)
    #expect(model.rates.sessions == 0)
  }

  @Test func keyboardSpellsAlternateAndIdleTimeIsTracked() {
    // O6: active 100 s, idle 50 s, alternating from the session start at 1000 s.
    var config = Self.lab(.constant(perHour: 0), hosts: 1)
    config.owners?.activity = KeyboardActivity(active: .constant(100), idle: .constant(50))
    let model = TorqueLab.started(config)
    model.advance(through: 1000)
    model.startSession(0, until: 5000)
    #expect(model.keyboardIdle(0, at: 1000) == 0)
    model.advance(through: 1100)
    #expect(!model.hosts[0].keyboardActive)
    #expect(model.keyboardIdle(0, at: 1130) == 30)
    model.advance(through: 1150)
    #expect(model.hosts[0].keyboardActive)
    model.advance(through: 1250)
    #expect(!model.hosts[0].keyboardActive && model.hosts[0].keyboardIdleSince == 1250)
  }

  @Test func hourlyArrivalsFollowTheProfile() {
    // Log-ins only between 10:00 and 11:00 on Mondays: every session starts in that hour, and
    // the expected number of arrivals per PC is the hour's rate (here 2), so over 40 PCs ×
    // 4 Mondays the count of arrivals is Poisson(320); sessions (30 min) lose some of them.
    var profile = Array(repeating: Array(repeating: 0.0, count: 24), count: 7)
    profile[0][10] = 2
    let config = Self.lab(.hourly(profile), hosts: 40, duration: 28 * 86_400)
    let model = TorqueLab.started(config)
    model.lab.checksInvariants = false  // a long statistical run
    var starts: [Double] = []
    var wasInSession = Array(repeating: false, count: 40)
    while model.step() {
      for host in 0..<40 where model.host(host).inSession && !wasInSession[host] {
        starts.append(model.now)
      }
      for host in 0..<40 { wasInSession[host] = model.host(host).inSession }
    }
    #expect(!starts.isEmpty)
    #expect(starts.allSatisfy { time in
      let clock = time.truncatingRemainder(dividingBy: 86_400)
      let weekday = Int(time / 86_400) % 7
      return weekday == 0 && clock >= 36_000 && clock < 39_600
    })
    // With 30-minute sessions inside a one-hour window, a PC takes at most 2 sessions a Monday.
    #expect(starts.count <= 40 * 4 * 2)
    // Each of the 160 PC-Mondays gets at least one log-in with probability 1 − e^-2 = 0.8647:
    // Binomial mean 138.4, sd 4.33, so at least 138.4 − 4 × 4.33 ≈ 121 sessions.
    #expect(starts.count >= 121)
  }
}
