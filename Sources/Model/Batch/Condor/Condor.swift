import Kernel
import Stochastics

/// HTCondor on the CE: startds advertise their machines to the collector, the negotiator
/// matches idle jobs to machines every `NEGOTIATOR_INTERVAL`, the schedd keeps a job's claim
/// for its lease when its machine vanishes, and each startd applies its policy (DESKTOP or
/// always-run). Jobs run in the vanilla universe, plain or self-checkpointing, or in the
/// historical standard universe. A startd that stops cleanly (a graceful power-off) vacates
/// its jobs and withdraws its ads at once; one that dies leaves them to the lease and the ad's
/// lifetime.
///
/// Each machine's state is a ``CondorMachine``; the derived indexes (free machines, usable
/// count) change only in ``sync(_:_:_:)``.
struct Condor: BatchSystem {
  typealias Event = CondorEvent

  let config: CondorConfig
  /// `registration.mode: instant`: a machine is listed while its PC is up, and gone with it.
  let instant: Bool
  let layout: LabLayout
  /// The startd applies the DESKTOP policy to the owner it can see (`host_aware`).
  let ownerAwareStartd: Bool
  /// How jobs checkpoint (nil: plain vanilla).
  let checkpointing: CondorCheckpointing?
  var checkpointStream: RandomStream
  /// `batch.drain_before_shutdown`: START refuses a job that would run past the next switch-off.
  var drain: ShutdownDrain

  private(set) var machines: [CondorMachine]
  /// Each machine's ad stamp; bumping it voids a pending ad expiry.
  var adGenerations: GenerationTable
  /// Each startd's policy stamp; bumping it voids a pending PREEMPT.
  var policyGenerations: GenerationTable
  /// Each startd's pending policy wake-up (+∞: none) and its stamp.
  var evaluationAt: [Double]
  var evaluationGenerations: GenerationTable
  /// Jobs running on each machine.
  var running: SlotLists
  /// Jobs whose machine vanished, held for their lease, per machine.
  var leased: SlotLists
  /// Each job's lease stamp and checkpoint stamp (grown as job slots are first claimed).
  var leaseGenerations = GenerationTable(count: 0)
  var checkpointGenerations = GenerationTable(count: 0)
  /// Per job slot: the access point holds a checkpoint of the job (taken by one of its
  /// executions); a new execution must get it back first.
  var spooled: [Bool] = []
  var queue = JobQueue()
  /// What each job asked for, by slot.
  var jobs: ContiguousArray<BatchJob> = []
  /// What the student at each PC does.
  var owners: [OwnerState]
  /// A negotiation cycle is due at this instant (it runs after the instant's other events).
  var cycleDue = false

  // Derived state, changed only by `sync`.
  /// The free machines, by free cores (and student, under `owner-away` placement).
  var placement: PlacementIndex
  private(set) var usableNodes = 0

  init(config: CondorConfig, lab: ModelConfig, layout: LabLayout, streams: RandomStreamFactory) {
    self.config = config
    self.layout = layout
    instant = lab.registration.mode == .instant
    ownerAwareStartd = config.policy == .desktop && config.hostAware
    checkpointing = CondorCheckpointing(config.universe, maxVacateTime: config.thresholds.maxVacateTime)
    drain = ShutdownDrain(enabled: lab.batch.drainBeforeShutdown, calendar: layout.calendar)
    checkpointStream = streams.stream("checkpoints")
    let count = layout.hostCount
    owners = Array(repeating: .away(keyboardIdleSince: -.infinity), count: count)
    machines = Array(repeating: CondorMachine(), count: count)
    adGenerations = GenerationTable(count: count)
    policyGenerations = GenerationTable(count: count)
    evaluationAt = Array(repeating: .infinity, count: count)
    evaluationGenerations = GenerationTable(count: count)
    running = SlotLists(nodeCount: count)
    leased = SlotLists(nodeCount: count)
    placement = PlacementIndex(hostCount: count, maxCores: layout.maxCores, classCount: 1,
                               ownerAware: lab.batch.placement == .ownerAway)
  }

  var queueLength: Int { queue.count }
  func queuedSlots() -> [Int] { queue.slots }
  var wantsPass: Bool { cycleDue }
  func isSuspended(_ pc: Int) -> Bool { machines[pc].suspended }

  /// Free cores in the negotiator's view.
  @inline(__always)
  func freeCores(_ pc: Int) -> Int { Int(layout.cores[pc] - machines[pc].busyCores - machines[pc].ghostCores) }

  mutating func start(_ fx: inout BatchEffects<CondorEvent>) {
    fx.schedule(.negotiationCycle, at: config.negotiatorInterval)
  }

  // MARK: - Derived state

  /// Changes `pc`'s machine with `change`, then brings the free-machine indexes and the
  /// usable count up to date: the only place they change.
  @inline(__always)
  mutating func sync(_ pc: Int, _ fx: inout BatchEffects<CondorEvent>,
                     _ change: (inout CondorMachine) -> Void = { _ in }) {
    let before = machines[pc]
    change(&machines[pc])
    let after = machines[pc]
    let free = Int32(freeCores(pc))
    placement.update(pc, freeCores: after.ad == .listed && after.accepting ? free : 0,
                     ownerPresent: owners[pc].isPresent, phaseClass: 0)
    let counted = after.ad == .listed && after.startd.isRunning
    if counted != before.countedUsable {
      machines[pc].countedUsable = counted
      usableNodes += counted ? 1 : -1
      if counted { fx.append(.nodeUsable(pc: Int32(pc))) }
    }
  }

  /// Grows the per-job stamps and flags to hold `slot`.
  mutating func ensureSlot(_ slot: Int) {
    leaseGenerations.grow(toInclude: slot)
    checkpointGenerations.grow(toInclude: slot)
    while spooled.count <= slot { spooled.append(false) }
  }
}
