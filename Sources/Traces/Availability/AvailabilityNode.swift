/// One node of an availability trace: its name and its intervals, sorted by
/// start time and not overlapping (gaps between them are allowed).
package struct AvailabilityNode: Sendable, Equatable {
  /// The node's name: the FTA `node_name`, or the CSV `host`.
  package let name: String
  /// The FTA `node_id`; nil for CSV traces.
  package let id: Int?
  /// The intervals, sorted by start, non-overlapping, in the file's time base.
  package let intervals: [AvailabilityInterval]

  /// Creates a node. Precondition: `intervals` sorted by start and not overlapping
  /// (the readers check this and throw instead).
  package init(name: String, id: Int?, intervals: [AvailabilityInterval]) {
    self.name = name
    self.id = id
    self.intervals = intervals
  }
}
