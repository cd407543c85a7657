/// Why a running job was lost with its PC.
public enum LossCause: String, Sendable, Equatable, CaseIterable {
  /// The PC failed (the availability process or trace).
  case crash
  /// The PC was shut down at closing (VMware Tools stops the VM gracefully; the job is still lost).
  case shutdown
  /// A student rebooted the PC at the end of a session.
  case reboot
  /// HTCondor vacated the job because the owner came back (DESKTOP policy); the PC stayed up.
  case eviction

  /// Whether the PC went down by a normal power-off, which stops the batch system's daemon in
  /// the VM cleanly (VMware Tools shut the guest down with the host), so the batch system can
  /// know the node is down at once. A crash or a pulled plug gives no such notice; an
  /// eviction leaves the PC up.
  public var isGraceful: Bool {
    switch self {
    case .shutdown, .reboot: true
    case .crash, .eviction: false
    }
  }
}
