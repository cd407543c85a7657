/// HTCondor's timers, for `batch.system: condor` (domain.md §2). The defaults are those of
/// today's 23.x/24.x series, from `src/condor_utils/param_info.in` and the admin manual
/// (model.md §14 lists each with its source and the 2007-era value where it differed).
public struct CondorConfig: Sendable, Equatable {
  /// Startd `UPDATE_INTERVAL`: seconds between machine ads to the collector (300 s,
  /// `param_info.in`; the same in the 2007 configuration).
  public var updateInterval: Double
  /// Collector `CLASSAD_LIFETIME`: an ad not refreshed this long is dropped (900 s, admin
  /// manual, "Collector Daemon Configuration Options"; the same in 2007's `collector.C`).
  public var classadLifetime: Double
  /// `NEGOTIATOR_INTERVAL`: seconds between negotiation cycles (60 s, `param_info.in`; 300 s in
  /// 2007-era Condor's `matchmaker.C`).
  public var negotiatorInterval: Double
  /// Time from a match to the job running on the claimed machine (assumption: 5 s).
  public var claimDelay: Double
  /// `job_lease_duration`: how long the schedd waits for a vanished machine before it
  /// requeues the job (2400 s, `JOB_DEFAULT_LEASE_DURATION` in `param_info.in`).
  public var jobLeaseDuration: Double

  /// The startd policy: `desktop` (HTCondor's DESKTOP / UWCS policy) or `always-run`.
  public var policy: CondorPolicy = .desktop
  /// The startd in the VM sees the owner's keyboard and load (Condor 6.8/7's VMP host
  /// link, `VMP_HOST_MACHINE`). Without it the guest sees only itself: nobody types in
  /// the VM and its load is the job's, so `desktop` behaves like `always-run`.
  public var hostAware: Bool = false
  /// Executions a job may have before the schedd gives up on it (`nil`: no limit, HTCondor's
  /// default; the user's `workload.resubmit` does not apply under HTCondor).
  public var maxAttempts: Int? = nil
  /// The universe jobs run in: plain vanilla by default.
  public var universe: CondorUniverse = .vanilla
  /// DESKTOP thresholds (domain.md §2).
  public var thresholds: DesktopThresholds = DesktopThresholds()

  /// Creates HTCondor's configuration with today's defaults.
  public init(updateInterval: Double = 300, classadLifetime: Double = 900, negotiatorInterval: Double = 60,
              claimDelay: Double = 5, jobLeaseDuration: Double = 2400) {
    self.updateInterval = updateInterval
    self.classadLifetime = classadLifetime
    self.negotiatorInterval = negotiatorInterval
    self.claimDelay = claimDelay
    self.jobLeaseDuration = jobLeaseDuration
  }
}
