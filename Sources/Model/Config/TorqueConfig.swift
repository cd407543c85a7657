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
