/// The batch system on the CE and how it places jobs.
public struct BatchConfig: Sendable, Equatable {
  /// Which batch system runs, with that system's own settings.
  public var system: BatchSystemConfig
  /// How the scheduler chooses among free nodes (every batch system).
  public var placement: PlacementPolicy

  /// Creates a batch configuration (default: TORQUE with its defaults, load-blind placement).
  public init(system: BatchSystemConfig = .torque(TorqueConfig()), placement: PlacementPolicy = .loadBlind) {
    self.system = system
    self.placement = placement
  }
}
