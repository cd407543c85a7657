/// How a PC's cores are shared between its VM's jobs and a logged-in student.
enum CPUShare {
  /// The speed of the VM's jobs, as a fraction of full speed: 0 while the batch system
  /// suspends them; with `idle` priority the VM gets only the cores the owner leaves free;
  /// with `normal` priority owner and VM share the cores in proportion to their demand.
  @inline(__always)
  static func speed(owner: OwnerState, busyCores: Int32, cores: Int32, priority: VMPriority, suspended: Bool) -> Double {
    if suspended { return 0 }
    // Without a student the VM has the PC to itself (a job never needs more cores than the host has).
    guard case .present(_, let load, _) = owner, busyCores > 0 else { return 1 }
    let demand = Double(busyCores)
    let total = Double(cores)
    switch priority {
    case .idle: return min(demand, max(0, total - load)) / demand
    case .normal: return load + demand <= total ? 1 : total / (load + demand)
    }
  }
}
