/// The real state of a PC's worker-node VM (what runs, not what the batch system believes).
enum VMState: Equatable {
  /// No VM: the PC is down.
  case off
  /// Power-on to multi-user, in the VM's life `life`.
  case booting(life: UInt32)
  /// Network set-up from the MAC-encoded CE address and the NIS bind.
  case configuring(life: UInt32)
  /// gmond and the batch system's daemon run, since `since`.
  case running(since: Double)

  /// Whether the VM runs its daemons.
  var isRunning: Bool {
    if case .running = self { true } else { false }
  }
}
