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
}
