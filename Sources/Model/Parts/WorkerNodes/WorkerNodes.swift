import Kernel
import Stochastics

/// The worker-node VMs, one per PC: boot, configuration, and death with the PC.
struct WorkerNodes {
  private(set) var states: [VMState]
  /// When each PC's last running VM died (NaN: none has died yet). Kept across later boots:
  /// detection latency counts from the death of the daemon the batch system last heard.
  private(set) var lastDeath: [Double]
  /// Each PC's VM life counter; an event of an earlier life is stale.
  private var lives: GenerationTable
  private(set) var streams: [RandomStream]
  private let boot: Distribution
  private let configure: Distribution
  /// No VM boots before the image has reached the PCs (rapid deployment; 0 without one).
  private let deploymentDone: Double
  /// `registration.mode: instant`: the VM runs the moment its PC is up.
  private let instant: Bool

  init(config: ModelConfig, layout: LabLayout, streams factory: RandomStreamFactory) {
    var streams: [RandomStream] = []
    for group in config.hostGroups {
      for member in 0..<group.count { streams.append(factory.stream("vm-lifecycle/\(group.name)", entity: member)) }
    }
    self.streams = streams
    states = Array(repeating: .off, count: layout.hostCount)
    lastDeath = Array(repeating: .nan, count: layout.hostCount)
    lives = GenerationTable(count: layout.hostCount)
    boot = config.vm.boot
    configure = config.vm.configure
    deploymentDone = config.deployment?.copyTime(hosts: layout.hostCount) ?? 0
    instant = config.registration.mode == .instant
  }

  /// Whether `pc`'s VM runs its daemons.
  @inline(__always)
  func isRunning(_ pc: Int) -> Bool { states[pc].isRunning }

  /// V1 (or V7 in `instant` mode): the PC is up and its VM starts. Returns true when the VM
  /// runs at once (`instant`), so its daemons start now.
  mutating func powerOn<B>(_ pc: Int, _ sim: inout Simulator<LabEvent<B>>) -> Bool {
    if instant {
      states[pc] = .running(since: sim.now)
      return true
    }
    let life = lives.bump(pc)
    states[pc] = .booting(life: life)
    let start = max(sim.now, deploymentDone)
    sim.schedule(.vm(.booted(pc: Int32(pc), life: life)), at: start + boot.sample(streams[pc]))
    return false
  }

  /// V2: booted; configuration starts. False for a stale event.
  mutating func booted<B>(_ pc: Int, life: UInt32, _ sim: inout Simulator<LabEvent<B>>) -> Bool {
    guard states[pc] == .booting(life: life) else { return false }
    states[pc] = .configuring(life: life)
    sim.schedule(.vm(.configured(pc: Int32(pc), life: life)), after: configure.sample(streams[pc]))
    return true
  }

  /// V3: configured; gmond and the batch system's daemon start now. False for a stale event.
  mutating func configured(_ pc: Int, life: UInt32, at now: Double) -> Bool {
    guard states[pc] == .configuring(life: life) else { return false }
    states[pc] = .running(since: now)
    return true
  }

  /// V4–V6: the PC went down and the VM with it (a running VM's death time is kept for the
  /// detection latency).
  mutating func powerOff(_ pc: Int, at now: Double) {
    if case .running = states[pc] { lastDeath[pc] = now }
    states[pc] = .off
    lives.bump(pc)
  }
}
