import Stochastics

/// One simulation run of the harvested lab: PCs and their VMs, Ganglia, the CE's cron
/// scripts, the batch system, the students and the jobs.
///
/// Create it from a validated ``ModelConfig``, then call ``run()`` once. The model does no
/// I/O: attempts, samples and progress go to the ``RunObserver``.
public final class LabModel {
  private var lab: any LabRun

  /// Builds the model's initial state. The configuration must be valid (the Scenario layer
  /// checks it); `jobSource` feeds a trace workload, and only then.
  public init(config: ModelConfig, observer: (any RunObserver)? = nil, jobSource: (any JobSource)? = nil) {
    let streams = RandomStreamFactory(seed: config.seed, replication: config.replication)
    let layout = LabLayout(config)
    switch config.batch.system {
    case .torque(let torque):
      lab = Lab(config: config, batch: Torque(config: torque, lab: config, layout: layout), streams: streams,
                observer: observer, jobSource: jobSource)
    case .condor(let condor):
      lab = Lab(config: config, batch: Condor(config: condor, lab: config, layout: layout, streams: streams),
                streams: streams, observer: observer, jobSource: jobSource)
    }
  }

  /// Runs the simulation to its end time and returns the summary metrics.
  public func run() -> RunSummary {
    lab.run(stoppingWhen: { false })!
  }

  /// Runs like ``run()``, but asks `shouldStop` every 65,536 events and gives up
  /// (returning `nil`) when it says yes: for Ctrl-C and per-run time limits.
  public func run(stoppingWhen shouldStop: () -> Bool) -> RunSummary? {
    lab.run(stoppingWhen: shouldStop)
  }

  /// Why the trace stopped early (nil when it was read to its end, or there is none).
  public var traceError: (any Error)? { lab.traceError }
}
