/// The parts of the lab a batch system may read: the PCs, their owners and the jobs.
struct World {
  /// The lab's PCs.
  var pcs: PCs
  /// The students at them.
  var owners: Owners
  /// The users' jobs.
  var workload: Workload
}
