import Stochastics
@testable import Model

/// Small deterministic labs whose timelines can be worked out by hand.
enum Fixtures {
  /// One single-core host that is up for `up` seconds and down for `down`
  /// seconds, over and over, with constant VM delays (boot 60 s, configure 10 s)
  /// and the default Ganglia, cron and TORQUE timers. Jobs arrive every
  /// `arrivalEvery` seconds and run `runtime` native seconds.
  static func cyclingHost(
    mode: RegistrationMode = .restart, up: Double = 1000, down: Double = 500,
    arrivalEvery: Double = 1e9, runtime: Double = 100, resubmit: ResubmitPolicy = .never,
    duration: Double = 5000, cores: Int = 1, hostCount: Int = 1, profile: VMProfile = .native
  ) -> ModelConfig {
    ModelConfig(
      name: "fixture", seed: 1, duration: duration,
      hostGroups: [HostGroup(count: hostCount, cores: cores, profile: profile,
                             availability: .alternating(up: .constant(up), down: .constant(down)))],
      vm: VMLifecycleConfig(boot: .constant(60), configure: .constant(10)),
      registration: RegistrationConfig(mode: mode),
      workload: WorkloadConfig(arrival: .constant(arrivalEvery), runtime: .constant(runtime), resubmit: resubmit))
  }
}

/// Collects what a run reports.
final class RecordingObserver: RunObserver {
  var attempts: [AttemptRecord] = []
  func attemptEnded(_ record: AttemptRecord) { attempts.append(record) }
  func sampled(_ sample: TimeSample) {}
  func progressed(to simulatedTime: Double) {}
}

extension BatchConfig {
  /// TORQUE's settings; setting them makes TORQUE the batch system.
  var torque: TorqueConfig {
    get { system.torque ?? TorqueConfig() }
    set { system = .torque(newValue) }
  }

  /// HTCondor's settings; setting them makes HTCondor the batch system.
  var condor: CondorConfig {
    get { system.condor ?? CondorConfig() }
    set { system = .condor(newValue) }
  }
}

extension LabModel {
  /// A model for a long statistical run: the invariant checks are left to the state-machine
  /// tests (they recompute every index after every event, which debug builds do by default).
  static func statistical(_ config: ModelConfig, observer: (any RunObserver)? = nil) -> LabModel {
    let model = LabModel(config: config, observer: observer)
    model.checksInvariants = false
    return model
  }
}
