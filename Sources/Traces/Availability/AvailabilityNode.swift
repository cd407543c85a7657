/// One node of an availability trace: its name and its intervals, sorted by
/// start time and not overlapping (gaps between them are allowed).
public struct AvailabilityNode: Sendable, Equatable {
  /// The node's name: the FTA `node_name`, or the CSV `host`.
  public let name: String
  /// The FTA `node_id`; nil for CSV traces.
  public let id: Int?
  /// The intervals, sorted by start, non-overlapping, in the file's time base.
  public let intervals: [AvailabilityInterval]

  /// Creates a node. Precondition: `intervals` sorted by start and not overlapping
  /// (the readers check this and throw instead).
  public init(name: String, id: Int?, intervals: [AvailabilityInterval]) {
    self.name = name
    self.id = id
    self.intervals = intervals
  }
}
