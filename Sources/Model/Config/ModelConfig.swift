import Stochastics

/// Everything one simulation run needs, in SI units (seconds, cores).
///
/// The Scenario layer builds it from a YAML file; tests build it directly.
/// The Scenario layer checks its values against the rules of the scenario keys.
public struct ModelConfig: Sendable, Equatable {
  /// Scenario name, copied into every output row.
  public var name: String
  /// Free text describing the scenario.
  public var description: String
  /// Master seed; every random stream derives from it.
  public var seed: UInt64
  /// Replication index; with `seed` it selects the random streams.
  public var replication: Int
  /// Simulated time span in seconds; the run stops at this time.
  public var duration: Double
  /// Metrics ignore everything before this time (seconds).
  public var warmup: Double
  /// The lab's PCs, in groups of identical hosts.
  public var hostGroups: [HostGroup]
  /// VM boot and configuration delays.
  public var vm: VMLifecycleConfig
  /// Ganglia timers.
  public var monitoring: MonitoringConfig
  /// The CE's cron scripts that add and remove worker nodes.
  public var registration: RegistrationConfig
  /// The batch system on the CE.
  public var batch: BatchConfig
  /// The jobs users submit.
  public var workload: WorkloadConfig
  /// Period of the time-series samples, in seconds.
  public var sampleEvery: Double
  /// The lab's calendar, opening hours and power policy (default: always open, always on).
  public var timetable: Timetable = .alwaysOpen
  /// The students using the PCs (`nil`: nobody; the PCs serve the grid alone).
  public var owners: OwnerConfig?
  /// Copying the VM image to the PCs before their first boot (`nil`: already there).
  public var deployment: DeploymentConfig?
  /// Ceilings on the run's memory, events and jobs in the system.
  public var limits = RunLimits()

  /// Creates a configuration; every argument but the hosts and workload has a default.
  public init(
    name: String = "unnamed", description: String = "", seed: UInt64 = 1,
    replication: Int = 0, duration: Double, warmup: Double = 0,
    hostGroups: [HostGroup], vm: VMLifecycleConfig = VMLifecycleConfig(),
    monitoring: MonitoringConfig = MonitoringConfig(),
    registration: RegistrationConfig = RegistrationConfig(),
    batch: BatchConfig = BatchConfig(), workload: WorkloadConfig,
    sampleEvery: Double = 300
  ) {
    self.name = name
    self.description = description
    self.seed = seed
    self.replication = replication
    self.duration = duration
    self.warmup = warmup
    self.hostGroups = hostGroups
    self.vm = vm
    self.monitoring = monitoring
    self.registration = registration
    self.batch = batch
    self.workload = workload
    self.sampleEvery = sampleEvery
  }

  /// The total number of hosts over all groups.
  public var hostCount: Int { hostGroups.reduce(0) { $0 + $1.count } }

  /// The largest core count of any host group (0 when there are no hosts).
  public var maxCoresPerHost: Int { hostGroups.map(\.cores).max() ?? 0 }
}
