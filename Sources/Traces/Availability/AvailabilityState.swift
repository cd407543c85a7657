/// Whether a node is available (up) or unavailable (down) during an interval.
package enum AvailabilityState: String, Sendable, Equatable, Hashable, CaseIterable {
  /// Available: the FTA `event_type` 1, the CSV state `up` or `1`.
  case up
  /// Unavailable: the FTA `event_type` 0, the CSV state `down` or `0`.
  case down
}
