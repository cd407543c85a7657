/// The real slurmd in a node's VM.
enum SlurmdState: Equatable {
  /// Dead with its VM, or not started yet.
  case dead
  /// Running since `since`, but not registered with slurmctld: its node is not in slurm.conf
  /// yet, or slurmctld is restarting (slurmd retries its registration every second).
  case starting(since: Double)
  /// Registered with slurmctld at `at`; it answers slurmctld's pings from then on.
  case registered(at: Double)

  /// Whether the daemon runs.
  var isRunning: Bool { self != .dead }

  /// Whether it runs and has registered.
  var isRegistered: Bool {
    if case .registered = self { true } else { false }
  }
}
