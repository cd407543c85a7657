@testable import Model

extension BatchConfig {
  /// Slurm's settings; setting them makes Slurm the batch system.
  var slurm: SlurmConfig {
    get { system.slurm ?? SlurmConfig() }
    set { system = .slurm(newValue) }
  }
}

extension TestLab where Batch == Slurm {
  /// A Slurm lab of `config` that has scheduled its initial events.
  static func started(_ config: ModelConfig, observer: RunObserver? = nil) -> TestLab<Slurm> {
    started(config, observer: observer) { _, layout in Slurm(config: config.batch.slurm, lab: config, layout: layout) }
  }

  /// slurmctld's view of `host`'s node.
  func node(_ host: Int) -> SlurmNodeState { lab.batch.nodes[host].state }

  /// The real slurmd on `host`.
  func slurmd(_ host: Int) -> SlurmdState { lab.batch.nodes[host].slurmd }

  /// Whether `host`'s PC is up.
  func pcIsUp(_ host: Int) -> Bool { lab.pcs.isUp(host) }

  /// Why `host`'s PC is down.
  func pcDownReasons(_ host: Int) -> PCDownReasons { lab.pcs.states[host].downReasons }

  /// Whether slurmctld is being restarted.
  var restarting: Bool {
    if case .restarting = lab.batch.slurmctld { true } else { false }
  }

  /// The PC at `host` is switched off by the timetable now (a clean power-off, H5).
  func switchOff(_ host: Int) { lab.apply(lab.pcs.setPower(host, on: false, at: lab.sim.now), to: host) }

  /// The PC at `host` is switched on by the timetable now.
  func switchOn(_ host: Int) { lab.apply(lab.pcs.setPower(host, on: true, at: lab.sim.now), to: host) }

  /// A student finds `host` switched off by power saving and switches it on (H11).
  func studentSwitchesOn(_ host: Int) { lab.switchOnIfSuspended(host) }
}

typealias SlurmLab = TestLab<Slurm>

extension Fixtures {
  /// `cyclingHost` run by Slurm with `slurm`'s settings.
  static func slurmHost(
    _ slurm: SlurmConfig, mode: RegistrationMode = .restart, up: Double = 1e6, down: Double = 500,
    arrivalEvery: Double = 1e9, runtime: Double = 100, resubmit: ResubmitPolicy = .never, duration: Double = 5000,
    hostCount: Int = 1
  ) -> ModelConfig {
    var config = cyclingHost(mode: mode, up: up, down: down, arrivalEvery: arrivalEvery, runtime: runtime,
                             resubmit: resubmit, duration: duration, hostCount: hostCount)
    config.batch.slurm = slurm
    return config
  }

  /// Slurm's defaults with dynamic nodes and `returnToService`.
  static func dynamicSlurm(_ returnToService: SlurmReturnToService = .always) -> SlurmConfig {
    var slurm = SlurmConfig()
    slurm.nodes = .dynamic
    slurm.returnToService = returnToService
    return slurm
  }
}
