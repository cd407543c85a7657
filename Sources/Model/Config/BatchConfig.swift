/// The batch system on the CE and how it places jobs.
public struct BatchConfig: Sendable, Equatable {
  /// Which batch system runs, with that system's own settings.
  public var system: BatchSystemConfig
  /// How the scheduler chooses among free nodes (every batch system).
  public var placement: PlacementPolicy
  /// Do not start a job whose requested walltime would end after the timetable's next
  /// scheduled switch-off (a Maui standing reservation, a Slurm maintenance reservation, or an
  /// HTCondor START expression; every batch system). Off by default.
  public var drainBeforeShutdown = false

  /// Creates a batch configuration (default: TORQUE with its defaults, load-blind placement).
  public init(system: BatchSystemConfig = .torque(TorqueConfig()), placement: PlacementPolicy = .loadBlind) {
    self.system = system
    self.placement = placement
  }
}
