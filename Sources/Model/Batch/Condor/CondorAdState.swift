/// The collector's view of a machine.
enum CondorAdState: Equatable {
  /// No ad: the machine is not in the pool (never joined, or its ad was dropped).
  case absent
  /// The machine's ad is listed, so the negotiator may match it (its startd may in truth be dead).
  case listed
}
