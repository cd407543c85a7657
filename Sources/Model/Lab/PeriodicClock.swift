/// Tick arithmetic for timers that fire at every multiple of a period (cron,
/// `check_nodes`, gmetad polls, the scheduler cycle): the model computes when
/// a timer next matters instead of firing an event per tick.
enum PeriodicClock {
  /// The first multiple of `period` that is ≥ `time`.
  static func tick(atOrAfter time: Double, period: Double) -> Double {
    var tick = (time / period).rounded(.up) * period
    if tick < time { tick += period }
    return tick
  }

  /// The first multiple of `period` that is > `time`.
  static func tick(after time: Double, period: Double) -> Double {
    let tick = self.tick(atOrAfter: time, period: period)
    return tick > time ? tick : tick + period
  }

  /// The last multiple of `period` that is ≤ `time`.
  static func tick(atOrBefore time: Double, period: Double) -> Double {
    var tick = (time / period).rounded(.down) * period
    if tick > time { tick -= period }
    return tick
  }

  /// The last beat ≤ `time` of a timer that beats at `start`, `start + period`, …
  /// (`-infinity` if `time < start`).
  static func lastBeat(atOrBefore time: Double, start: Double, period: Double) -> Double {
    guard time >= start else { return -.infinity }
    return start + tick(atOrBefore: time - start, period: period)
  }
}
