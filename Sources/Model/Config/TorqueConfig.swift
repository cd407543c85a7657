/// TORQUE 2.x timers and the pbs_sched policy.
public struct TorqueConfig: Sendable, Equatable {
  /// MOM `$status_update_time`: seconds between node status reports (45 s, `mom_main.c`).
  public var statusUpdate: Double
  /// `node_check_rate`: a node silent this long is marked down; the check runs this often (150 s).
  public var nodeCheckRate: Double
  /// `scheduler_iteration`: the timed scheduler cycle (600 s, `server_limits.h`).
  public var schedulerIteration: Double
  /// How pbs_sched walks the queue.
  public var policy: SchedulingPolicy
  /// Jobs are rerunnable (`qsub -r y`) and pbs_server requeues them when their node is
  /// marked down. The paper's TORQUE 2.x did not: the jobs were lost (domain.md §1).
  public var rerunnable: Bool = false
  /// When the user of a job that died with its node (not rerunnable) learns of it. TORQUE 2.5
  /// as shipped: when a fresh MOM on the host answers (`req_stat.c`), or the operator purges.
  public var lossKnown: LossKnown = .momReturns
  /// How long after a host went down the operator purges (`qdel -p`) the jobs pbs_server still
  /// shows running there (`mom-returns`: if no MOM has answered by then; `operator-purge`:
  /// always). Assumption: 1 day, an operator who looks at `pbsnodes -l` once a day.
  public var purgeAfter: Double = 86_400

  /// Creates TORQUE's configuration with TORQUE 2.5's defaults.
  public init(
    statusUpdate: Double = 45, nodeCheckRate: Double = 150, schedulerIteration: Double = 600,
    policy: SchedulingPolicy = .fifo
  ) {
    self.statusUpdate = statusUpdate
    self.nodeCheckRate = nodeCheckRate
    self.schedulerIteration = schedulerIteration
    self.policy = policy
  }
}
