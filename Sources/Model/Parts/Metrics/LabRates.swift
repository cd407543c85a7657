/// Lab-wide rates that change at events and are integrated over time by the
/// metrics: cores computing grid work, idle cores, watts, and the owners' lot.
struct LabRates {
  /// Cores doing grid work (busy cores × their speed), over hosts that are up.
  var harvestedCores = 0.0
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
}
