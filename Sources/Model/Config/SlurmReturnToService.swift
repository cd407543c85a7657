/// slurm.conf `ReturnToService` (Slurm 22.05 slurm.conf(5); default 0): when a DOWN node may be
/// used again after its slurmd registers.
public enum SlurmReturnToService: String, Sendable, Equatable, CaseIterable {
  /// 0: a DOWN node stays DOWN until an administrator returns it (modelled as never).
  case never = "0"
  /// 1: only a node set DOWN for not responding returns, and only if it did not reboot since
  /// its last response (node_mgr.c `validate_node_specs`: `boot_time < last_response`). A
  /// VM on a lab PC always boots afresh, so in this model such a node never returns.
  case notResponding = "1"
  /// 2: any DOWN node returns on a valid registration.
  case always = "2"
}
