/// Whether slurmctld runs or is being restarted by the CE's join script.
enum SlurmctldState: Equatable {
  /// Running; `epoch` counts restarts, so the events of an earlier restart are stale.
  case running(epoch: UInt32)
  /// Restarting to read a slurm.conf with new nodes: it schedules nothing and answers no RPC.
  case restarting(epoch: UInt32)

  /// The restart counter.
  var epoch: UInt32 {
    switch self {
    case .running(let epoch), .restarting(let epoch): epoch
    }
  }
}
