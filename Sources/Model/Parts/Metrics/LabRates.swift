/// Lab-wide rates that change at events and are integrated over time by the
/// metrics: cores held and computing grid work, idle cores, watts, and the owners' lot.
struct LabRates: Equatable {
  /// Cores doing grid work (busy cores × their speed), over hosts that are up.
  var harvestedCores = 0.0
  /// Cores held by executions (running, stalled or suspended), over hosts that are up.
  var occupiedCores = 0.0
  /// Cores neither used by an owner nor by the grid, over hosts that are up.
  var idleCores = 0.0
  /// Power drawn by the whole lab.
  var watts = 0.0
  /// Students logged in.
  var sessions = 0
  /// Students logged in while their PC's VM computes.
  var impairedOwners = 0
  /// Sum of the logged-in students' slowdowns.
  var ownerSlowdown = 0.0

  /// Replaces one PC's share `old` by `new` in the totals (each total moves by new − old).
  @inline(__always)
  mutating func move(from old: HostRates, to new: HostRates) {
    harvestedCores += new.harvestedCores - old.harvestedCores
    occupiedCores += new.occupiedCores - old.occupiedCores
    idleCores += new.idleCores - old.idleCores
    watts += new.watts - old.watts
    ownerSlowdown += new.ownerSlowdown - old.ownerSlowdown
    sessions += (new.session ? 1 : 0) - (old.session ? 1 : 0)
    impairedOwners += (new.ownerImpaired ? 1 : 0) - (old.ownerImpaired ? 1 : 0)
  }
}
