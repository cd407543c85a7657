/// The batch system on the CE.
public struct BatchConfig: Sendable, Equatable {
  /// Which batch system runs (only TORQUE so far).
  public var system: BatchSystemKind
  /// TORQUE's timers and policy.
  public var torque: TorqueConfig
  /// How the scheduler chooses among free nodes (both batch systems).
  public var placement: PlacementPolicy = .loadBlind
  /// HTCondor's timers (used with `system: condor`).
  public var condor: CondorConfig = CondorConfig()

  /// Creates a batch configuration.
  public init(system: BatchSystemKind = .torque, torque: TorqueConfig = TorqueConfig()) {
    self.system = system
    self.torque = torque
  }
}
