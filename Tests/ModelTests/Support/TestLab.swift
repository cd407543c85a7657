import Kernel
import Stochastics
@testable import Model

/// A lab under test: a reference around a ``Lab`` of one batch system, with the views the
/// state-machine tests read (what each host, VM, node and job is doing).
final class TestLab<Batch: BatchSystem> {
  var lab: Lab<Batch>

  init(_ lab: Lab<Batch>) { self.lab = lab }

  /// A lab of `config` around the batch system `makeBatch` builds, its initial events scheduled.
  static func started(_ config: ModelConfig, observer: RunObserver?,
                      batch makeBatch: (RandomStreamFactory, LabLayout) -> Batch) -> TestLab<Batch> {
    let streams = RandomStreamFactory(seed: config.seed, replication: config.replication)
    let layout = LabLayout(config)
    let lab = TestLab(Lab(config: config, layout: layout, batch: makeBatch(streams, layout), streams: streams,
                          observer: observer, jobSource: nil))
    lab.lab.start()
    return lab
  }

  /// Handles every event due at or before `time`, then sets the clock to `time`.
  func advance(through time: Double) { lab.advance(through: time) }

  /// Handles the next event; false at the end.
  func step() -> Bool {
    let more = lab.step()
    lab.flushAttempts()
    return more
  }

  /// Closes the metrics and returns the summary.
  func finish() -> RunSummary { lab.finish() }

  /// The simulated time.
  var now: Double { lab.sim.now }

  /// Schedules a lab event (to provoke a transition at a chosen time).
  func schedule(_ event: LabEvent<Batch.Event>, at time: Double) { lab.sim.schedule(event, at: time) }

  /// Each job slot as the tests see it.
  var jobs: [JobView] { lab.workload.jobs.indices.map(job) }

  /// The queued job slots, front first.
  var queue: [Int] { lab.batch.queuedSlots() }

  /// Cores running executions.
  var busySlots: Int { lab.executions.busySlots }

  /// Worker nodes the batch system can use.
  var usableNodes: Int { lab.batch.usableNodes }

  /// The lab-wide rates.
  var rates: LabRates { lab.ledger.totals }

  /// Hosts waiting for the join cron script.
  var pendingRegistration: IndexedSet { lab.registration.pending }

  /// How long the keyboard at `host` has been idle at `time`.
  func keyboardIdle(_ host: Int, at time: Double) -> Double { lab.owners.states[host].keyboardIdle(at: time) }

  /// Queues a job needing `cores` cores and `runtime` native seconds, as a submission would
  /// (its requested walltime is exact).
  @discardableResult
  func submitTestJob(cores: Int, runtime: Double = 1000) -> Int {
    let slot = lab.workload.addJob(cores: Int32(cores), runtime: runtime, estimate: runtime, at: lab.sim.now)
    lab.submit(slot)
    return slot
  }

  /// Runs the batch system's scheduling pass now.
  func schedulingPass() { lab.withBatch { batch, fx in batch.schedule(&fx) } }

  /// A student logs in at `host` until `end`.
  func startSession(_ host: Int, until end: Double) { lab.startSession(host, until: end) }

  /// What every batch system shares of a host's view: the PC, its VM and its owner.
  func commonHost(_ index: Int) -> HostView {
    var view = HostView()
    let pc = lab.pcs.states[index]
    view.isUp = pc.isUp
    view.crashed = pc.downReasons.contains(.crashed)
    view.rebooting = pc.downReasons.contains(.rebooting)
    switch lab.vms.states[index] {
    case .off: view.vm = .off
    case .booting: view.vm = .booting
    case .configuring: view.vm = .configuring
    case .running: view.vm = .running
    }
    let owner = lab.owners.states[index]
    view.inSession = owner.isPresent
    view.ownerLoad = owner.load
    if case .present(_, _, .typing) = owner { view.keyboardActive = true }
    view.keyboardIdleSince = owner.keyboardIdleSince
    view.speed = lab.executions.speed(index)
    switch lab.ganglia.states[index] {
    case .beating(let since): view.gmondStart = since
    case .silent(let startedAt, _): view.gmondStart = startedAt
    }
    return view
  }

  func job(_ slot: Int) -> JobView {
    let record = lab.workload.jobs[slot]
    var view = JobView(cores: record.cores)
    switch record.state {
    case .free: view.state = .free
    case .queued: view.state = .queued
    case .running(let host):
      view.state = .running
      view.host = host
    case .awaitingResubmission: view.state = .awaitingResubmission
    case .awaitingRequeue: view.state = .awaitingRequeue
    }
    return view
  }
}

/// A host as the tests see it: the PC, its VM and owner, and the batch system's view of its node.
struct HostView {
  var isUp = false
  var crashed = false
  var rebooting = false
  var vm = VMPhase.off
  var inSession = false
  var ownerLoad = 0.0
  var keyboardActive = false
  var keyboardIdleSince = -Double.infinity
  var speed = 1.0
  var gmondStart = -Double.infinity
  /// The batch system's view of the node.
  var server = ServerView.absent
  var phaseClass: Int32 = 0
  var lastStatus = -Double.infinity
  var suspended = false
  var startdAccepting = true
}

/// A VM's phase, without its data.
enum VMPhase { case off, booting, configuring, running }

/// The batch system's view of a node: TORQUE's node states; HTCondor's listed ad is `up`.
enum ServerView { case absent, awaitingReport, up, markedDown }

/// A job as the tests see it.
struct JobView {
  var cores: Int32
  var state = JobPhase.free
  var host: Int32 = -1
}

/// A job's state, without its data.
enum JobPhase { case free, queued, running, awaitingResubmission, awaitingRequeue }

extension TestLab where Batch == Torque {
  /// A TORQUE lab of `config` that has scheduled its initial events.
  static func started(_ config: ModelConfig, observer: RunObserver? = nil) -> TestLab<Torque> {
    started(config, observer: observer) { _, layout in Torque(config: config.batch.torque, lab: config, layout: layout) }
  }

  var hosts: [HostView] { (0..<lab.layout.hostCount).map(host) }

  func host(_ index: Int) -> HostView {
    var view = commonHost(index)
    let node = lab.batch.nodes[index]
    switch node.state {
    case .absent: view.server = .absent
    case .awaitingReport: view.server = .awaitingReport
    case .up: view.server = .up
    case .markedDown: view.server = .markedDown
    }
    view.phaseClass = node.phaseClass
    if case .dead(let lastStatus) = node.mom { view.lastStatus = lastStatus }
    return view
  }

  /// Whether `host`'s node counts as usable now.
  func isUsable(_ host: Int) -> Bool { lab.batch.isUsable(host) }

  /// Whether pbs_server is restarting.
  var restartInProgress: Bool {
    if case .restarting = lab.batch.restartState { true } else { false }
  }

  /// Dead nodes pbs_server lists as up.
  var ghosts: IndexedSet { lab.batch.ghosts }

  /// The free-node indexes.
  var placement: PlacementIndex { lab.batch.placement }

  /// Restarts pbs_server now for 5 s.
  func beginRestart() { lab.withBatch { batch, fx in batch.restart(for: 5, &fx) } }
}

extension TestLab where Batch == Condor {
  /// An HTCondor lab of `config` that has scheduled its initial events.
  static func started(_ config: ModelConfig, observer: RunObserver? = nil) -> TestLab<Condor> {
    started(config, observer: observer) { streams, layout in
      Condor(config: config.batch.condor, lab: config, layout: layout, streams: streams)
    }
  }

  var hosts: [HostView] { (0..<lab.layout.hostCount).map(host) }

  func host(_ index: Int) -> HostView {
    var view = commonHost(index)
    let machine = lab.batch.machines[index]
    view.server = machine.ad == .listed ? .up : .absent
    view.suspended = machine.suspended
    view.startdAccepting = machine.accepting
    return view
  }

  /// Whether `host`'s machine counts as usable now.
  func isUsable(_ host: Int) -> Bool { lab.batch.machines[host].countedUsable }
}

typealias TorqueLab = TestLab<Torque>
typealias CondorLab = TestLab<Condor>
