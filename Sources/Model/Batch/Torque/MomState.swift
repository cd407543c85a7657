/// The real pbs_mom in a node's VM (what runs, whatever pbs_server believes).
enum MomState: Equatable {
  /// Dead with its VM (or never started); its last status report was at `lastStatus`
  /// (−∞ if it never sent one).
  case dead(lastStatus: Double)
  /// Running in the VM's life `life`; its status reports fall on `firstStatus` + k × `status_update`.
  case alive(firstStatus: Double, life: UInt32)

  /// Whether the MOM runs.
  var isAlive: Bool {
    if case .alive = self { true } else { false }
  }
}
