import Testing
@testable import Model

/// `lab_integration_time_s` counts from the first switch-on, not from Monday 00:00
/// (docs/model.md §9).
struct LabIntegrationTimeTests {
  /// Four single-core PCs in `live` mode (boot 60 s, configure 10 s), open 08:00–20:00 with the
  /// PCs off while closed, for one day.
  static func morningLab() -> ModelConfig {
    var config = Fixtures.cyclingHost(mode: .live, up: 1e6, duration: 86_400, hostCount: 4)
    config.timetable = Timetable(
      start: CalendarDate(year: 2006, month: 10, day: 2)!,
      week: Array(repeating: OpeningHours(open: 8 * 3600, close: 20 * 3600), count: 7), power: .offWhenClosed)
    return config
  }

  @Test func integrationCountsFromThePCsSwitchingOnAt0800() {
    // The PCs come up at 08:00 (28,800 s). Each VM is configured at 28,800 + 60 + 10 =
    // 28,870 s, and its MOM reports every 45 s from then: 28,915 s, 28,960 s, … The join cron
    // (every 60 s, on multiples of 60) adds the nodes at 28,920 s (at 28,860 s no VM ran yet),
    // so each node is usable at its next status, 28,960 s: 160 s after the switch-on (as with
    // PCs up from t = 0, LabOwnersTests.deploymentDelaysTheFirstBoot), not 28,960 s.
    let summary = LabModel(config: Self.morningLab()).run()
    #expect(summary.labIntegrationTime == 160)
  }

  @Test func aLabThatIsUpFromTheStartCountsFromTimeZero() {
    // Without a timetable the PCs come up at 0 s: the same 160 s.
    var config = Self.morningLab()
    config.timetable = .alwaysOpen
    #expect(LabModel(config: config).run().labIntegrationTime == 160)
  }

  @Test func aLabThatNeverIntegratesHasNoTime() {
    // Closed all day (the PCs never come up): no switch-on, no integration, an empty cell.
    var config = Self.morningLab()
    config.duration = 4 * 3600
    #expect(LabModel(config: config).run().labIntegrationTime.isNaN)
  }
}
