/// Up and down periods replayed from a trace, one timeline per host of a group.
///
/// Each timeline lists the times (seconds from the start of the trace) at which the
/// host's state changes, starting at 0; the trace repeats with period `duration`
/// when the simulation is longer than the trace.
public struct AvailabilitySchedule: Sendable, Equatable {
  /// One host's timeline: change times, ascending from 0, and the state from each on.
  public struct Timeline: Sendable, Equatable {
    /// Times at which the state changes; the first is 0.
    public var times: [Double]
    /// The state from each time on (alternating).
    public var up: [Bool]

    /// Creates a timeline.
    public init(times: [Double], up: [Bool]) {
      self.times = times
      self.up = up
    }
  }

  /// The scenario text that produced it (`{trace: /abs/path, format: fta, …}`), written back by `describe`.
  public var source: String
  /// The trace's length; the timelines repeat with this period.
  public var duration: Double
  /// One timeline per host of the group, in host order.
  public var timelines: [Timeline]

  /// Creates a schedule.
  public init(source: String, duration: Double, timelines: [Timeline]) {
    self.source = source
    self.duration = duration
    self.timelines = timelines
  }
}
