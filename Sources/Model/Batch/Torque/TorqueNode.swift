/// One worker node as TORQUE sees it, and its real pbs_mom.
struct TorqueNode {
  /// pbs_server's view.
  var state = TorqueNodeState.absent
  /// The real pbs_mom.
  var mom = MomState.dead(lastStatus: -.infinity)
  /// The MOM's status phase class (its report times ≡ class × width mod `status_update`).
  var phaseClass: Int32 = 0
  /// Cores running live jobs that pbs_server placed here.
  var busyCores: Int32 = 0
  /// Cores pbs_server still counts busy with jobs that died with the VM.
  var ghostCores: Int32 = 0
  /// Derived: counted in the usable totals (node up, MOM alive).
  var countedUsable = false
}
