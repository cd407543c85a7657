/// An availability trace: for every node, a sorted list of up and down intervals.
///
/// Times are kept exactly as the file gives them: absolute Unix seconds for an
/// FTA `event_trace`, and whatever second-based clock a CSV file uses.
/// ``origin`` is the earliest start of any interval and ``end`` the latest end;
/// ``hostSchedules(hostCount:mapping:gaps:)`` re-bases times to the origin.
///
/// Nodes are listed in the order in which they first appear in the file (for
/// the Grid'5000 FTA trace this is the file's order, not sorted by `node_id`).
package struct AvailabilityTrace: Sendable, Equatable {
  /// The nodes, in order of first appearance in the file; never empty.
  package let nodes: [AvailabilityNode]
  /// The earliest interval start of any node, in the file's seconds.
  package let origin: Double
  /// The latest interval end of any node, in the file's seconds.
  package let end: Double

  /// Creates a trace. Precondition: at least one node with at least one interval.
  package init(nodes: [AvailabilityNode]) {
    let starts = nodes.compactMap { $0.intervals.first?.start }
    let ends = nodes.compactMap { $0.intervals.map(\.end).max() }
    precondition(!starts.isEmpty, "an availability trace needs at least one interval")
    self.nodes = nodes
    self.origin = starts.min() ?? 0
    self.end = ends.max() ?? 0
  }

  /// The node called `name`, if any.
  package func node(named name: String) -> AvailabilityNode? {
    nodes.first { $0.name == name }
  }

  /// The number of intervals over all nodes.
  package var intervalCount: Int {
    nodes.reduce(0) { $0 + $1.intervals.count }
  }
}
