import Stochastics

/// The CE's cron scripts: the join script and the clean-up script.
public struct RegistrationConfig: Sendable, Equatable {
  /// How new nodes enter TORQUE.
  public var mode: RegistrationMode
  /// Period of the join cron script (assumption: 60 s; the paper gives none).
  public var addPeriod: Double
  /// How long a pbs_server restart takes (assumption: 5 s; no measured figure found).
  public var restartDuration: Distribution
  /// Period of the clean-up cron script that removes down nodes (assumption: 300 s).
  public var cleanupPeriod: Double
  /// Which changes restart pbs_server in `restart` mode: the paper restarts it "in case of
  /// any changes", so the clean-up script's removals restart it too.
  public var restartOn: RestartTrigger = .anyChange

  /// Creates the cron configuration with the documented assumptions as defaults.
  public init(
    mode: RegistrationMode = .restart, addPeriod: Double = 60,
    restartDuration: Distribution = .constant(5), cleanupPeriod: Double = 300
  ) {
    self.mode = mode
    self.addPeriod = addPeriod
    self.restartDuration = restartDuration
    self.cleanupPeriod = cleanupPeriod
  }
}
