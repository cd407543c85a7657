/// The batch system the CE runs, with the settings of that system only: a TORQUE
/// setting cannot be given to HTCondor.
public enum BatchSystemConfig: Sendable, Equatable {
  /// TORQUE 2.5 (pbs_server, pbs_mom, pbs_sched), as in the paper.
  case torque(TorqueConfig)
  /// HTCondor: startd ads to a collector, periodic negotiation, job leases.
  case condor(CondorConfig)
  /// Slurm 22.05: slurmctld pinging slurmds, event-driven and periodic scheduling, backfill,
  /// power saving.
  case slurm(SlurmConfig)

  /// The name a scenario gives the system (`batch.system`).
  public var name: String {
    switch self {
    case .torque: "torque"
    case .condor: "condor"
    case .slurm: "slurm"
    }
  }

  /// The system and, for TORQUE and Slurm, its scheduling policy, for messages (`torque fifo`,
  /// `condor`, `slurm backfill`).
  public var label: String {
    switch self {
    case .torque(let config): "torque \(config.policy.rawValue)"
    case .condor: "condor"
    case .slurm(let config): "slurm \(config.schedulerType.rawValue)"
    }
  }

  /// TORQUE's settings, when TORQUE runs.
  public var torque: TorqueConfig? {
    if case .torque(let config) = self { config } else { nil }
  }

  /// HTCondor's settings, when HTCondor runs.
  public var condor: CondorConfig? {
    if case .condor(let config) = self { config } else { nil }
  }

  /// Slurm's settings, when Slurm runs.
  public var slurm: SlurmConfig? {
    if case .slurm(let config) = self { config } else { nil }
  }
}
