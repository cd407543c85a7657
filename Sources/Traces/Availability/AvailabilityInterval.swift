/// One interval [`start`, `end`) during which a node was in `state`.
///
/// Times are seconds. In an ``AvailabilityTrace`` they are the file's own
/// values (Unix seconds for FTA traces); in a ``HostAvailabilitySchedule`` they
/// are seconds since the trace's ``AvailabilityTrace/origin``.
package struct AvailabilityInterval: Sendable, Equatable, Hashable {
  /// Start time in seconds (inclusive).
  package let start: Double
  /// End time in seconds (exclusive); `end >= start`.
  package let end: Double
  /// Up or down.
  package let state: AvailabilityState

  /// Creates an interval. Precondition: `end >= start`, both finite.
  package init(start: Double, end: Double, state: AvailabilityState) {
    precondition(start.isFinite && end.isFinite && end >= start, "interval needs finite start <= end")
    self.start = start
    self.end = end
    self.state = state
  }

  /// `end − start`, in seconds.
  package var duration: Double {
    end - start
  }
}
