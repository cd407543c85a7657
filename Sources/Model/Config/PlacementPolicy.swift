/// Which free node the scheduler chooses (the paper's open problem: the guest cannot see
/// how busy its host is).
public enum PlacementPolicy: String, Sendable, Equatable, CaseIterable {
  /// Ignore the PCs' owners (what TORQUE and a guest-only HTCondor can do).
  case loadBlind = "load-blind"
  /// Prefer PCs where no student is logged in; use the others only when none is free.
  case ownerAway = "owner-away"
}
