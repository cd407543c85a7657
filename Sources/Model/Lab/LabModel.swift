import Stochastics

/// One simulation run of the harvested lab: PCs and their VMs, Ganglia, the CE's cron
/// scripts, the batch system, the students and the jobs.
///
/// Create it from a validated ``ModelConfig``, then call ``run()`` once. The model does no
/// I/O: attempts, samples and progress go to the ``RunObserver``.
public final class LabModel {
  private let config: ModelConfig
  private weak var observer: (any RunObserver)?
  private let jobSource: (any JobSource)?
  private var hasRun = false

  /// Why the trace stopped early (nil when it was read to its end, or there is none).
  public private(set) var traceError: (any Error)?

  /// Why the run stopped before its end time, when the jobs in the system passed their limit
  /// (nil otherwise). The summary then covers only the run up to that moment.
  public private(set) var jobLimitExceeded: JobLimitExceeded?

  /// Whether the run recomputes every part's derived state after every event and stops at the
  /// first disagreement (``Lab/checkInvariants()``). On by default in debug builds, off in
  /// release builds; long statistical tests turn it off.
  package var checksInvariants = _isDebugAssertConfiguration()

  /// Prepares a run of `config`, which must be valid (the Scenario layer checks it);
  /// `jobSource` feeds a trace workload, and only then.
  public init(config: ModelConfig, observer: (any RunObserver)? = nil, jobSource: (any JobSource)? = nil) {
    precondition((config.workload.trace == nil) == (jobSource == nil), "a trace workload needs its job source, and only then")
    self.config = config
    self.observer = observer
    self.jobSource = jobSource
  }

  /// Runs the simulation to its end time and returns the summary metrics.
  public func run() -> RunSummary {
    run(stoppingWhen: { false })!
  }

  /// Runs like ``run()``, but asks `shouldStop` every 65,536 events and gives up
  /// (returning `nil`) when it says yes: for Ctrl-C and per-run time limits.
  public func run(stoppingWhen shouldStop: () -> Bool) -> RunSummary? {
    precondition(!hasRun, "a LabModel runs once")
    hasRun = true
    let streams = RandomStreamFactory(seed: config.seed, replication: config.replication)
    let layout = LabLayout(config)
    // The one place that asks which batch system runs: it picks the type the lab is made of.
    switch config.batch.system {
    case .torque(let torque):
      return run(Torque(config: torque, lab: config, layout: layout), layout, streams, shouldStop)
    case .condor(let condor):
      return run(Condor(config: condor, lab: config, layout: layout, streams: streams), layout, streams, shouldStop)
    case .slurm(let slurm):
      return run(Slurm(config: slurm, lab: config, layout: layout), layout, streams, shouldStop)
    }
  }

  /// Runs a lab made with `batch` (specialized for each batch system: no dynamic dispatch per event).
  private func run<Batch: BatchSystem>(_ batch: Batch, _ layout: LabLayout, _ streams: RandomStreamFactory,
                                       _ shouldStop: () -> Bool) -> RunSummary? {
    var lab = Lab(config: config, layout: layout, batch: batch, streams: streams, observer: observer,
                  jobSource: jobSource)
    lab.checksInvariants = checksInvariants
    let summary = lab.run(stoppingWhen: shouldStop)
    traceError = lab.traceError
    jobLimitExceeded = lab.jobLimitExceeded
    return summary
  }
}
