/// The metrics of one run, over the window [warmup, duration].
///
/// Counts are of events inside the window: a job is submitted when it first
/// enters the queue, completed when its last attempt ends well, and lost when
/// it is lost and will not be resubmitted. Every job is accounted for:
/// `jobsCompleted + jobsLost + jobsQueuedAtEnd + jobsRunningAtEnd + jobsInterruptedAtEnd
/// == jobsSubmitted + jobsInSystemAtWarmup` (``unaccountedJobs`` is 0).
public struct RunSummary: Sendable, Equatable {
  /// Simulated span of the run (s).
  public var duration: Double
  /// Length of the measurement window (s).
  public var window: Double
  /// Jobs first submitted in the window.
  public var jobsSubmitted: Int = 0
  /// Jobs that completed in the window.
  public var jobsCompleted: Int = 0
  /// Jobs that ended in the window without completing and will not be resubmitted.
  public var jobsLost: Int = 0
  /// Executions killed by node loss, or evicted by HTCondor, in the window.
  public var attemptsLost: Int = 0
  /// Dispatches to a node that was already dead; the job went back to the queue.
  public var dispatchFailures: Int = 0
  /// Resubmissions in the window.
  public var resubmissions: Int = 0
  /// Jobs the batch system requeued in the window: rerunnable jobs of a node pbs_server
  /// marked down (`batch.torque.rerunnable`), or HTCondor jobs whose machine vanished.
  public var requeues: Int = 0
  /// Native core-hours of work made safe in the window: cores × the native seconds of work
  /// an execution completed (credited at its completion), or that an HTCondor checkpoint
  /// saved beyond the previous one (credited at the checkpoint). A job of R native seconds on
  /// c cores that completes contributes c × R ÷ 3600 in all, however long it was suspended,
  /// slowed or restarted.
  public var goodputCoreHours: Double = 0
  /// Core-hours the executions held, in wall time: ∫ (cores running jobs) dt over the window,
  /// completed, lost and still-running executions alike, suspended or slowed time included.
  public var occupiedCoreHours: Double = 0
  /// Core-hours of lost executions inside the window.
  public var wastedCoreHours: Double = 0
  /// `wastedCoreHours` of executions lost to PC failures.
  public var wastedCoreHoursCrash: Double = 0
  /// … to shutdowns at closing.
  public var wastedCoreHoursShutdown: Double = 0
  /// … to reboots by students.
  public var wastedCoreHoursReboot: Double = 0
  /// … to HTCondor evictions.
  public var wastedCoreHoursEviction: Double = 0
  /// Core-hours spent taking HTCondor checkpoints (self-checkpointing or standard universe).
  public var checkpointCoreHours: Double = 0
  /// Mean time from a job's first submission to the start of its first execution (s),
  /// over jobs first started in the window.
  public var meanTimeToFirstStart: Double = .nan
  /// Mean wait per execution: from the execution's (re)submission to its start, over
  /// executions started in the window (s).
  public var meanAttemptWait: Double = .nan
  /// 95th percentile of that wait (s).
  public var p95AttemptWait: Double = .nan
  /// Mean wait per job: from the job's first submission to the start of the execution that
  /// completed, over jobs completed in the window (s).
  public var meanJobWait: Double = .nan
  /// Mean time from first submission to completion, over jobs completed in the window (s).
  public var meanResponse: Double = .nan
  /// Time-average fraction of hosts up.
  public var hostAvailability: Double = .nan
  /// Time-average fraction of hosts whose WN the batch system can use.
  public var wnUsableFraction: Double = .nan
  /// Mean time from host up to its WN being usable (s).
  public var meanRegistrationLatency: Double = .nan
  /// Mean time from host down to the batch system finding out (TORQUE marking its node
  /// down, HTCondor's collector dropping its ad) (s).
  public var meanDetectionLatency: Double = .nan
  /// pbs_server restarts begun in the window.
  public var batchRestarts: Int = 0
  /// Events that changed something, over the whole run.
  public var events: UInt64 = 0
  /// Events popped over the whole run that had been cancelled and changed nothing (stale).
  public var staleEvents: UInt64 = 0
  /// Executions lost because the PC failed.
  public var attemptsLostCrash: Int = 0
  /// Executions lost because the PC was shut down at closing.
  public var attemptsLostShutdown: Int = 0
  /// Executions lost because a student rebooted the PC.
  public var attemptsLostReboot: Int = 0
  /// Executions HTCondor vacated because the owner came back (the job is requeued).
  public var attemptsEvicted: Int = 0
  /// Core-hours the VMs computed (busy cores × their share of the CPU), lost work included.
  public var harvestedCoreHours: Double = 0
  /// Core-hours of cores idle on PCs that were on: neither the owner nor the grid used them.
  public var idleCoreHoursUnharvested: Double = 0
  /// Hours students spent logged in (summed over PCs).
  public var ownerHours: Double = 0
  /// Hours students spent logged in while their PC's VM computed.
  public var ownerImpairedHours: Double = 0
  /// Time-average slowdown of logged-in students' work (VM profile `owner_impact` × VM share of the CPU).
  public var meanOwnerSlowdown: Double = .nan
  /// Seconds from the first moment any PC came up until 95% of the WNs had been usable at
  /// least once (not limited to the window).
  public var labIntegrationTime: Double = .nan
  /// Electricity the lab's PCs drew in the window.
  public var energyKWh: Double = 0
  /// `energyKWh` ÷ `jobsCompleted`.
  public var energyKWhPerCompletedJob: Double = .nan
  /// Registration latencies measured (the n behind the mean).
  public var registrationSamples: Int = 0
  /// Detection latencies measured.
  public var detectionSamples: Int = 0
  /// Jobs in the system when the window opened (submitted before `warmup`, neither
  /// completed nor lost for good before it); 0 without a warm-up.
  public var jobsInSystemAtWarmup: Int = 0
  /// Jobs waiting in the batch queue when the run ended.
  public var jobsQueuedAtEnd: Int = 0
  /// Jobs with an execution running when the run ended.
  public var jobsRunningAtEnd: Int = 0
  /// Jobs whose execution was lost and that, when the run ended, were neither back in the
  /// queue nor lost for good: waiting for their user's resubmission, for the batch system's
  /// requeue, or for the loss to become known (TORQUE's `loss_known`).
  public var jobsInterruptedAtEnd: Int = 0

  /// Jobs still in the system when the run ended: queued, running or interrupted.
  public var backlogAtEnd: Int { jobsQueuedAtEnd + jobsRunningAtEnd + jobsInterruptedAtEnd }

  /// Jobs the counts miss: submitted plus carried in, minus completed, lost and the backlog.
  /// 0 in every run.
  public var unaccountedJobs: Int {
    jobsSubmitted + jobsInSystemAtWarmup - jobsCompleted - jobsLost - backlogAtEnd
  }

  /// Completed jobs per hour of window.
  public var throughputPerHour: Double { window > 0 ? Double(jobsCompleted) / (window / 3600) : .nan }

  /// Creates an empty summary for a run of `duration` with the given window.
  public init(duration: Double, window: Double) {
    self.duration = duration
    self.window = window
  }
}
