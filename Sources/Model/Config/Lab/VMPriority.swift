/// How the VM shares the CPU with the PC's owner.
public enum VMPriority: String, Sendable, Equatable, CaseIterable {
  /// The VM gets only the cores the owner leaves free.
  case idle
  /// The VM and the owner share the cores in proportion to their demand.
  case normal
}
