import Stochastics

/// How a host alternates between up and down.
public enum Availability: Sendable, Equatable {
  /// The host never goes down.
  case always
  /// An alternating renewal process: up for a draw of `up`, then down for a draw of `down`.
  case alternating(up: Distribution, down: Distribution)
  /// Replayed from a trace, one timeline per host (see ``AvailabilitySchedule``).
  case trace(AvailabilitySchedule)
}
