/// The lab's timetable as the model asks it: is the lab open, when does it next open or
/// close, are the PCs switched on. Simulated time 0 is midnight at the start of the
/// timetable's first date.
struct LabCalendar {
  let timetable: Timetable
  /// Whether the lab never closes (then no open/close events are needed).
  let alwaysOpen: Bool
  private let closedDayNumbers: Set<Int>

  init(_ timetable: Timetable) {
    self.timetable = timetable
    alwaysOpen = timetable.isAlwaysOpen
    closedDayNumbers = Set(timetable.closedDates.map(\.dayNumber))
  }

  /// Whether the PCs are switched on at `time` under the power policy.
  /// Wake-on-LAN PCs count as on at time 0 (woken during the night before).
  func powerIsOn(at time: Double) -> Bool {
    switch timetable.power {
    case .alwaysOn: return true
    case .offWhenClosed: return isOpen(at: time)
    case .wakeOnLAN: return time == 0 || isOpen(at: time)
    }
  }

  /// Whether the lab is open at `time`.
  func isOpen(at time: Double) -> Bool {
    if alwaysOpen { return true }
    let day = Int((time / 86_400).rounded(.down))
    guard let hours = openingHours(onDay: day) else { return false }
    let clock = time - Double(day) * 86_400
    return clock >= hours.open && clock < hours.close
  }

  /// The opening hours of simulated day `day`, or nil when closed all day.
  func openingHours(onDay day: Int) -> OpeningHours? {
    let dayNumber = timetable.start.dayNumber + day
    if closedDayNumbers.contains(dayNumber) { return nil }
    return timetable.week[CalendarDate.weekday(ofDayNumber: dayNumber)]
  }

  /// The weekday (0 = Monday) of simulated day `day`.
  func weekday(ofDay day: Int) -> Int { CalendarDate.weekday(ofDayNumber: timetable.start.dayNumber + day) }

  /// The next time after `time` at which the lab opens or closes (nil within 800 days: never).
  func nextChange(after time: Double) -> Double? {
    let openNow = isOpen(at: time)
    var day = Int((time / 86_400).rounded(.down))
    for _ in 0..<800 {
      if let hours = openingHours(onDay: day) {
        for boundary in [hours.open, hours.close] {
          let candidate = Double(day) * 86_400 + boundary
          if candidate > time && isOpen(at: candidate) != openNow { return candidate }
        }
      }
      day += 1
    }
    return nil
  }

  /// The first time after `time` at which the power policy switches the PCs off (the next
  /// closing), or nil when it never does (`always-on`, or no closing within 800 days).
  func nextSwitchOff(after time: Double) -> Double? {
    if case .alwaysOn = timetable.power { return nil }
    var from = time
    while let change = nextChange(after: from) {
      if !isOpen(at: change) { return change }
      from = change
    }
    return nil
  }
}
