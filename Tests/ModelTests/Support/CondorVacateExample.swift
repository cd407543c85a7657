@testable import Model

/// The vacate example of docs/model.md §14, shared by the standard-universe and the
/// self-checkpointing tests: one always-up PC with a host-aware DESKTOP startd, one job of
/// 20,000 s submitted at 0 s, and a student who logs in at 5000 s and types until 6000 s
/// (the job is suspended at 5000 s and vacated at 5600 s; START holds again at 6900 s).
enum CondorVacateExample {
  /// Runs the example on `config` (an always-up single-PC HTCondor lab) to 40,000 s and
  /// returns the summary and every ended attempt.
  static func run(_ config: ModelConfig) -> (RunSummary, [AttemptRecord]) {
    var config = config
    config.batch.condor.hostAware = true
    config.owners = OwnerConfig(arrivals: .constant(perHour: 0), load: .constant(0.1),
                                activity: KeyboardActivity(active: .constant(1000), idle: .constant(1e6)))
    let observer = RecordingObserver()
    let model = CondorLab.started(config, observer: observer)
    model.advance(through: 0)
    model.submitTestJob(cores: 1, runtime: 20_000)
    model.advance(through: 5000)
    model.startSession(0, until: 6500)
    model.advance(through: 40_000)
    return (model.finish(), observer.attempts)
  }
}
