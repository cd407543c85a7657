/// The batch systems the simulator models.
public enum BatchSystemKind: String, Sendable, Equatable, CaseIterable {
  /// TORQUE (pbs_server, pbs_mom, pbs_sched), as in the paper.
  case torque
  /// HTCondor: startd ads to a collector, periodic negotiation, job leases (vanilla universe).
  case condor
}
