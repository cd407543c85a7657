/// How a worker node becomes a Slurm node (`batch.slurm.nodes`).
public enum SlurmNodeSource: String, Sendable, Equatable, CaseIterable {
  /// The node is listed in slurm.conf: the CE's join script adds a new VM's node to slurm.conf
  /// and restarts slurmctld (Slurm 22.05 adds nodes only by a restart: the Slurm FAQ, "What
  /// process should I follow to add nodes to Slurm?"), so the paper's join cron and restart
  /// apply (`registration.mode`).
  case slurmConf = "static"
  /// Dynamic nodes (`slurmd -Z`, Slurm 22.05+, slurmd(8)): slurmd creates its own node record
  /// when it registers at start-up; no join script and no restart.
  case dynamic
}
