/// One execute machine as HTCondor sees it, and its real startd.
struct CondorMachine {
  /// The collector's view.
  var ad = CondorAdState.absent
  /// The real startd.
  var startd = StartdState.dead
  /// Cores claimed by running jobs.
  var busyCores: Int32 = 0
  /// Cores the negotiator still counts as claimed by jobs whose machine vanished, until the
  /// collector drops the ad or the startd comes back (a lease expiring does not free them).
  var ghostCores: Int32 = 0
  /// DESKTOP policy: the jobs here are suspended (the owner is back).
  var suspended = false
  /// DESKTOP policy: START holds, so the machine may be matched.
  var accepting = true
  /// Derived: counted in the usable totals (ad listed, startd running).
  var countedUsable = false
}
