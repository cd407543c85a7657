/// pbs_server's view of a worker node.
enum TorqueNodeState: Equatable {
  /// Not in the node list (never added, or removed by the clean-up script).
  case absent
  /// In the node list but DOWN until its MOM's next status report.
  case awaitingReport
  /// Up and schedulable (its VM may in truth be dead: down, not yet detected).
  case up
  /// Marked down by `check_nodes` or a failed dispatch; the clean-up script removes it.
  case markedDown
}
