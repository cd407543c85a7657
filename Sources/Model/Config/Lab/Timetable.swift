/// The lab's calendar: the date of simulated time 0, opening hours per weekday,
/// closed dates, and what happens to the PCs when the lab is closed.
///
/// Simulated time 0 is midnight at the start of `start`, local time.
public struct Timetable: Sendable, Equatable {
  /// The date at simulated time 0.
  public var start: CalendarDate
  /// Opening hours for Monday (index 0) … Sunday (6); an empty day is closed.
  public var week: [OpeningHours?]
  /// Dates on which the lab stays closed all day (holidays).
  public var closedDates: [CalendarDate]
  /// What happens to the PCs outside opening hours.
  public var power: PowerPolicy

  /// Creates a timetable.
  public init(start: CalendarDate, week: [OpeningHours?], closedDates: [CalendarDate] = [], power: PowerPolicy = .alwaysOn) {
    self.start = start
    self.week = week
    self.closedDates = closedDates
    self.power = power
  }

  /// Always open: the foundation model's lab (no timetable written).
  public static let alwaysOpen = Timetable(
    start: CalendarDate(year: 2006, month: 10, day: 2)!, week: Array(repeating: OpeningHours(open: 0, close: 86_400), count: 7))

  /// Whether this timetable never closes (so no open/close events are needed).
  public var isAlwaysOpen: Bool {
    closedDates.isEmpty && week.allSatisfy { $0 == OpeningHours(open: 0, close: 86_400) }
  }
}
