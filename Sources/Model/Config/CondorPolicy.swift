/// When an HTCondor startd lets jobs run on its machine.
public enum CondorPolicy: String, Sendable, Equatable, CaseIterable {
  /// HTCondor's DESKTOP (UWCS) policy: start on an idle machine, suspend when the owner
  /// returns, continue when they leave, vacate after a long suspension.
  case desktop
  /// Ignore the owner, as the paper's TORQUE set-up does.
  case alwaysRun = "always-run"
}
