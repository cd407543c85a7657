import Kernel
import Stochastics
import Testing
@testable import Model

/// A batch system that lives only in the tests: it proves that a batch system is a type
/// conforming to ``BatchSystem`` and nothing more (docs/architecture.md, "Adding a batch system").
///
/// It knows a node the moment its daemon starts and forgets it the moment it vanishes,
/// hands a dead node's jobs straight back to their users, and schedules FIFO (a job that
/// does not fit is skipped) on the tightest-fitting node, lowest index first.
struct ImmediateBatch: BatchSystem {
  enum Event { case never }

  private let cores: [Int32]
  private var alive: [Bool]
  private var busy: [Int32]
  private var jobs: ContiguousArray<BatchJob> = []
  private var running: SlotLists
  private var queue = JobQueue()
  private var free: FreeNodeIndex
  private(set) var wantsPass = false

  init(layout: LabLayout) {
    cores = layout.cores
    alive = Array(repeating: false, count: layout.hostCount)
    busy = Array(repeating: 0, count: layout.hostCount)
    running = SlotLists(nodeCount: layout.hostCount)
    free = FreeNodeIndex(hostCount: layout.hostCount, maxCores: layout.maxCores, classCount: 1)
  }

  var usableNodes: Int { alive.count(where: { $0 }) }
  var queueLength: Int { queue.count }
  func isSuspended(_ pc: Int) -> Bool { false }
  func queuedSlots() -> [Int] { queue.slots }
  /// It hands a dead node's jobs back at once: it holds none.
  func heldSlots() -> [Int] { [] }

  private mutating func sync(_ pc: Int) {
    free.remove(pc)
    let available = Int(cores[pc] - busy[pc])
    if alive[pc] && available > 0 { free.insert(pc, freeCores: available, phaseClass: 0) }
  }

  mutating func start(_ fx: inout BatchEffects<Event>) {}

  mutating func daemonsStarted(_ pc: Int, _ fx: inout BatchEffects<Event>) {
    alive[pc] = true
    sync(pc)
    fx.append(.nodeUsable(pc: Int32(pc)))
    wantsPass = true
  }

  mutating func nodeVanished(_ pc: Int, cause: LossCause, _ fx: inout BatchEffects<Event>) {
    while let slot = running.popFirst(pc) {
      busy[pc] -= jobs[slot].cores
      fx.append(.handToUser(slot: Int32(slot)))
    }
    alive[pc] = false
    sync(pc)
  }

  mutating func addNode(_ pc: Int, restarting: Bool, _ fx: inout BatchEffects<Event>) {}
  mutating func restart(for duration: Double, _ fx: inout BatchEffects<Event>) {}
  mutating func removeDownNodes(_ fx: inout BatchEffects<Event>) -> [Int] { [] }

  mutating func jobSubmitted(_ slot: Int, _ job: BatchJob, _ fx: inout BatchEffects<Event>) {
    while jobs.count <= slot { jobs.append(BatchJob()) }
    jobs[slot] = job
    queue.append(Int32(slot))
    wantsPass = true
  }

  mutating func executionEnded(_ slot: Int, _ fx: inout BatchEffects<Event>) {
    let pc = Int(running.node(of: slot))
    running.remove(slot)
    busy[pc] -= jobs[slot].cores
    sync(pc)
    wantsPass = true
  }

  mutating func ownerChanged(_ pc: Int, _ change: OwnerChange, _ owner: OwnerState, _ fx: inout BatchEffects<Event>) {}

  mutating func handle(_ event: Event, _ fx: inout BatchEffects<Event>) -> Bool { true }

  mutating func schedule(_ fx: inout BatchEffects<Event>) {
    wantsPass = false
    var cursor = queue.firstPosition
    while let position = queue.live(from: cursor) {
      cursor = position + 1
      let slot = Int(queue[position])
      guard let pc = free.find(cores: Int(jobs[slot].cores), activeClasses: 1) else { continue }
      queue.remove(at: position)
      running.push(slot, on: pc)
      busy[pc] += jobs[slot].cores
      sync(pc)
      fx.append(.start(slot: Int32(slot), pc: Int32(pc), delay: 0))
    }
    queue.compactIfWorthIt()
  }

  func checkInvariants() {
    free.checkInvariants()
    running.checkInvariants()
    for pc in cores.indices {
      precondition(busy[pc] >= 0 && busy[pc] <= cores[pc], "ImmediateBatch: busy cores out of range")
      if !alive[pc] { precondition(running.isEmpty(pc), "ImmediateBatch: jobs on a dead node") }
    }
  }
}

struct TestBatchSystemTests {
  /// Churning PCs of 1 and 2 cores, `instant` registration, Poisson arrivals, lost jobs
  /// resubmitted: TORQUE (`fifo`) learns of every change at once too, and places the same way.
  static func lab() -> ModelConfig {
    let churn = Availability.alternating(up: .exponential(mean: 4 * 3600), down: .exponential(mean: 1800))
    return ModelConfig(
      name: "seam", seed: 7, duration: 5 * 86_400,
      hostGroups: [HostGroup(name: "one", count: 6, cores: 1, availability: churn),
                   HostGroup(name: "two", count: 4, cores: 2, availability: churn)],
      registration: RegistrationConfig(mode: .instant),
      workload: WorkloadConfig(arrival: .exponential(mean: 600), runtime: .exponential(mean: 3600),
                               classes: [JobClass(name: "a", cpu: 1), JobClass(name: "wide", cpu: 1, cores: 2)],
                               resubmit: .after(.constant(600), maxAttempts: nil)))
  }

  @Test func aBatchSystemDefinedOutsideTheModelRunsALab() {
    let config = Self.lab()
    let observer = RecordingObserver()
    let streams = RandomStreamFactory(seed: config.seed, replication: config.replication)
    let layout = LabLayout(config)
    var lab = Lab(config: config, layout: layout, batch: ImmediateBatch(layout: layout), streams: streams,
                  observer: observer, jobSource: nil)
    lab.checksInvariants = true
    let summary = lab.run()!
    // The lab did real work: Poisson arrivals every 600 s for 5 days, 720 expected (within 4 SD).
    #expect(abs(Double(summary.jobsSubmitted) - 720) <= 4 * 720.0.squareRoot(), "\(summary.jobsSubmitted) submitted")
    #expect(summary.jobsCompleted > 0)
    #expect(summary.attemptsLost > 0)

    let torqueObserver = RecordingObserver()
    let torque = LabModel(config: config, observer: torqueObserver).run()
    // The same lab under TORQUE with instant registration: the same executions, in the same order.
    #expect(observer.attempts == torqueObserver.attempts)
    #expect(summary.jobsCompleted == torque.jobsCompleted && summary.attemptsLost == torque.attemptsLost)
  }
}
