/// Slurm 22.05's settings (Debian 12's slurm-wlm), for `batch.system: slurm`. Every default is
/// slurm.conf(5) of 22.05 unless it says otherwise (docs/model.md §15).
public struct SlurmConfig: Sendable, Equatable {
  /// How nodes join: listed in slurm.conf (`static`, the CE's join script and a restart) or
  /// dynamic (`slurmd -Z`, they register themselves).
  public var nodes: SlurmNodeSource = .slurmConf
  /// `SlurmdTimeout`: a node whose slurmd has not answered for this long is set DOWN (300 s).
  /// slurmctld pings every `SlurmdTimeout / 3` (controller.c `ping_interval`).
  public var slurmdTimeout: Double = 300
  /// `ReturnToService` (0).
  public var returnToService: SlurmReturnToService = .never
  /// `JobRequeue=1`: batch jobs on a node that fails are requeued; with 0 they fail and go back
  /// to their user (1).
  public var jobRequeue = true
  /// `SchedulerType` (sched/backfill).
  public var schedulerType: SlurmSchedulerType = .backfill
  /// `SchedulerParameters=sched_interval`: the main scheduler's periodic run (60 s).
  public var schedInterval: Double = 60
  /// `SchedulerParameters=bf_interval`: the backfill pass's period (30 s).
  public var bfInterval: Double = 30
  /// `SchedulerParameters=bf_max_job_test`: how many queued jobs one backfill pass considers
  /// (500: backfill.c `max_backfill_job_cnt` in a recent release's source. The text of
  /// slurm.conf(5) for 22.05 could not be found to confirm it, and a site's 2020 copy of an
  /// older slurm.conf(5) gives 100, so the default changed at some release: 500 in 22.05 is
  /// an assumption. It matters only with more than 100 jobs queued).
  public var bfMaxJobTest = 500
  /// `SuspendTime`: a node idle this long is powered down by `SuspendProgram` (nil: INFINITE,
  /// the default, power saving off).
  public var suspendTime: Double? = nil
  /// `SuspendTimeout`: the time `SuspendProgram` takes; the node can be resumed only after it (30 s).
  public var suspendTimeout: Double = 30
  /// `ResumeTimeout`: a node resumed by `ResumeProgram` that has not registered after this long
  /// is set DOWN (60 s).
  public var resumeTimeout: Double = 60

  /// Creates Slurm 22.05's configuration with its defaults.
  public init() {}

  /// The period of slurmctld's node pings: `SlurmdTimeout / 3` (controller.c).
  var pingInterval: Double { slurmdTimeout / 3 }
}
