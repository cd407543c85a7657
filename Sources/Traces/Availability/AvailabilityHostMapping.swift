/// How ``AvailabilityTrace/hostSchedules(hostCount:mapping:gaps:)`` assigns
/// trace nodes to simulated hosts.
package enum AvailabilityHostMapping: Sendable, Equatable {
  /// Host i follows node i mod n, with the nodes in the trace's order (order of
  /// first appearance in the file). With fewer nodes than hosts, nodes are
  /// reused round-robin on the same timeline (no time shift), so reused hosts
  /// go up and down together; with more nodes than hosts, the last nodes are unused.
  case inOrder
  /// Node name → the host indices that follow that node. Every host in
  /// 0..<hostCount must be listed exactly once, and every name must be a node
  /// of the trace.
  case explicit([String: [Int]])
}
