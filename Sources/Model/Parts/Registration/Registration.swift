import Kernel
import Stochastics

/// The CE's cron scripts (the paper's registration): the join script polls Ganglia and adds
/// new worker nodes to the batch system (restarting it in `restart` mode); the clean-up
/// script removes the nodes the batch system marked down (restarting it too in `restart`
/// mode with `restart_on: any-change`).
///
/// Only batch systems whose nodes cannot register themselves ask for it.
struct Registration {
  /// Hosts whose VM runs and that wait for the join script.
  private(set) var pending: IndexedSet
  private(set) var joinCron = CronState.idle
  private(set) var cleanupCron = CronState.idle
  let config: RegistrationConfig
  private var restartStream: RandomStream

  init(config: RegistrationConfig, hostCount: Int, streams: RandomStreamFactory) {
    self.config = config
    pending = IndexedSet(capacity: hostCount)
    restartStream = streams.stream("pbs-server-restarts")
  }

  /// Whether added nodes are followed by a restart of the batch system (the paper's `restart` mode).
  var restarts: Bool { config.mode == .restart }

  /// Whether the clean-up script's removals restart the batch system too (`restart` mode with
  /// `restart_on: any-change`, the paper's "in case of any changes").
  var restartsOnRemovals: Bool { config.mode == .restart && config.restartOn == .anyChange }

  /// The batch system asks for `pc` to be registered (N8, V3): it waits for the join script.
  mutating func request<B>(_ pc: Int, _ sim: inout Simulator<LabEvent<B>>) {
    pending.insert(pc)
    scheduleJoinCron(&sim)
  }

  /// N1, N2, N9: the join script reads Ganglia's view as of gmetad's last poll. Returns the
  /// hosts to add, in the waiting set's order (the order they asked, until a removal
  /// moves the last one into its place); hosts Ganglia has lost whose VM is down are dropped.
  mutating func joinCronRan(at now: Double, ganglia: Ganglia, vms: WorkerNodes) -> [Int] {
    joinCron = .idle
    let poll = ganglia.lastPoll(atOrBefore: now)
    var added: [Int] = []
    for member in pending.members {
      let pc = Int(member)
      if ganglia.sawAlive(pc, atPoll: poll) {
        added.append(pc)
      } else if !vms.isRunning(pc) {
        pending.remove(pc)  // Ganglia lost it before it was ever added
      }
    }
    for pc in added { pending.remove(pc) }
    return added
  }

  /// How long this restart of the batch system takes (a draw).
  mutating func restartDuration() -> Double { config.restartDuration.sample(restartStream) }

  /// After the join script's additions: it runs again while hosts wait.
  mutating func joinCronFinished<B>(_ sim: inout Simulator<LabEvent<B>>) {
    if !pending.isEmpty { scheduleJoinCron(&sim) }
  }

  /// The batch system marked a node down: the clean-up script will run.
  mutating func requestCleanup<B>(_ sim: inout Simulator<LabEvent<B>>) {
    guard cleanupCron == .idle else { return }
    let time = PeriodicClock.tick(after: sim.now, period: config.cleanupPeriod)
    cleanupCron = .scheduled(at: time)
    sim.schedule(.registration(.cleanupCron), at: time)
  }

  /// The clean-up script runs now.
  mutating func cleanupCronRan() { cleanupCron = .idle }

  private mutating func scheduleJoinCron<B>(_ sim: inout Simulator<LabEvent<B>>) {
    guard joinCron == .idle else { return }
    let time = PeriodicClock.tick(after: sim.now, period: config.addPeriod)
    joinCron = .scheduled(at: time)
    sim.schedule(.registration(.joinCron), at: time)
  }
}
