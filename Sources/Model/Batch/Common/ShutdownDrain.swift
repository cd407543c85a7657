/// `batch.drain_before_shutdown`: whether a job may start now, given when the timetable next
/// switches the PCs off. Every batch system asks it before it starts a job.
///
/// It keeps the next switch-off it found and looks again only once that time has passed, so
/// asking costs nothing between closings.
struct ShutdownDrain {
  /// Whether the option is on.
  let enabled: Bool
  private let calendar: LabCalendar
  /// The next switch-off after `validFrom` (infinity: none), until the clock passes it.
  private var nextSwitchOff = -Double.infinity
  private var validFrom = Double.infinity

  init(enabled: Bool, calendar: LabCalendar) {
    self.enabled = enabled
    self.calendar = calendar
  }

  /// The next scheduled switch-off after `now` (infinity when none comes).
  mutating func switchOff(after now: Double) -> Double {
    if !(now >= validFrom && now < nextSwitchOff) {
      nextSwitchOff = calendar.nextSwitchOff(after: now) ?? .infinity
      validFrom = now
    }
    return nextSwitchOff
  }

  /// Whether a job that would run `walltime` seconds from `now` may start: always when the
  /// option is off; otherwise only if it ends by the next scheduled switch-off.
  mutating func allows(now: Double, walltime: Double) -> Bool {
    allowsLater(start: now, walltime: walltime, now: now)
  }

  /// Whether a job planned to start at `start` (at or after `now`) and run `walltime`
  /// seconds would end by the switch-off that comes next after `now`: always when the option
  /// is off. A start after that switch-off is refused (the planner cannot know what the
  /// PCs will do then).
  mutating func allowsLater(start: Double, walltime: Double, now: Double) -> Bool {
    guard enabled else { return true }
    return start + walltime <= switchOff(after: now)
  }
}
