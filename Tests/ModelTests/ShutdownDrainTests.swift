import Testing

@testable import Model

/// `batch.drain_before_shutdown`'s clock: the next scheduled switch-off, and which jobs may start.
@Suite("Drain before a scheduled shutdown")
struct ShutdownDrainTests {
  /// Weekdays 08:00–20:00, switched off when closed; time 0 is Monday 00:00.
  static let weekdays = Timetable(
    start: CalendarDate(year: 2006, month: 10, day: 2)!,
    week: Array(repeating: OpeningHours(open: 8 * 3600, close: 20 * 3600), count: 5) + [nil, nil],
    closedDates: [], power: .offWhenClosed)

  @Test("the next switch-off is the next closing, skipping a weekend")
  func nextSwitchOff() {
    let calendar = LabCalendar(Self.weekdays)
    #expect(calendar.nextSwitchOff(after: 0) == Double(20 * 3600))
    #expect(calendar.nextSwitchOff(after: 9 * 3600) == Double(20 * 3600))
    #expect(calendar.nextSwitchOff(after: 20 * 3600) == Double(86_400 + 20 * 3600))
    // Friday 21:00 → Monday 20:00.
    #expect(calendar.nextSwitchOff(after: 4 * 86_400 + 21 * 3600) == Double(7 * 86_400 + 20 * 3600))
    var always = Self.weekdays
    always.power = .alwaysOn
    #expect(LabCalendar(always).nextSwitchOff(after: 0) == nil)
  }

  @Test("a job starts only if its requested walltime ends by the switch-off")
  func allows() {
    var drain = ShutdownDrain(enabled: true, calendar: LabCalendar(Self.weekdays))
    let fits = drain.allows(now: 19 * 3600, walltime: 3600)
    let overruns = drain.allows(now: 19 * 3600, walltime: 3601)
    // After the closing the cached time moves on to the next day's.
    let nextDay = drain.allows(now: 20 * 3600 + 1, walltime: 23 * 3600)
    let pastNextDay = drain.allows(now: 20 * 3600 + 1, walltime: 24 * 3600)
    #expect(fits && !overruns && nextDay && !pastNextDay)
    var off = ShutdownDrain(enabled: false, calendar: LabCalendar(Self.weekdays))
    let anything = off.allows(now: 19 * 3600, walltime: 1e9)
    #expect(anything)
  }
}
