/// Whether pbs_server is restarting; `epoch` counts restarts, so the events of an earlier one are stale.
enum RestartState: Equatable {
  /// pbs_server runs (since restart `epoch` ended, or from the start).
  case running(epoch: UInt32)
  /// pbs_server is restarting (restart `epoch`): nothing is scheduled or checked.
  case restarting(epoch: UInt32)

  /// The current restart's number.
  var epoch: UInt32 {
    switch self {
    case .running(let epoch), .restarting(let epoch): epoch
    }
  }
}
