/// What became of one try to start a queued job in a pbs_sched pass.
enum StartOutcome: Equatable {
  /// The job started on a live node.
  case started
  /// No live visible node has the cores free (dead ones tried on the way were marked down).
  case noNode
  /// `batch.drain_before_shutdown`: the node the pass chose would still be running the job,
  /// by its requested walltime, at the next scheduled switch-off; the job stays queued.
  case drained
}
