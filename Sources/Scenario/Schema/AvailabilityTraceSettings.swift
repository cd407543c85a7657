import Traces

/// `availability: {trace, format, gaps, mapping}`: which trace a host group replays, and how.
struct AvailabilityTraceSettings: Equatable {
  /// The trace file (absolute path).
  var file: String
  /// The file's format.
  var format: AvailabilityTraceFormat
  /// The state of time a node's record does not cover.
  var gaps: AvailabilityState
  /// Which trace node each host follows.
  var mapping: AvailabilityHostMapping
}
