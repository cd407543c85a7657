import Kernel

/// Slurm 22.05 on the CE (Debian 12's slurm-wlm): slurmctld's node table and its pings, the
/// slurmds in the VMs, the main and backfill schedulers, requeues and power saving
/// (docs/model.md §15).
///
/// Each node's state is a ``SlurmNode``; the derived indexes (free nodes, usable count,
/// powered-down nodes, the idle clock of power saving) change only in ``sync(_:_:_:)``.
struct Slurm: BatchSystem {
  typealias Event = SlurmEvent

  let config: SlurmConfig
  /// `registration.mode: instant`: a node is up while its PC is up, and gone with it.
  let instant: Bool
  let layout: LabLayout

  private(set) var nodes: [SlurmNode]
  /// Each node's stamp for its pending "not responding" mark-down.
  var pingGenerations: GenerationTable
  /// Each node's stamp for its pending power-saving event (suspend, suspend done, resume timeout).
  var powerGenerations: GenerationTable
  /// Jobs running on each node in slurmctld's view.
  var running: SlotLists
  /// Jobs allocated to a node that is being resumed (CONFIGURING), waiting for its slurmd.
  var configuring: SlotLists
  /// Jobs that died with their node, until slurmctld finds out (requeue or failure).
  var held: SlotLists
  /// When each running job started (its expected end, for backfill).
  var startedAt: [Double] = []
  var queue = SlurmJobQueue()
  /// Each job's priority key (priority/basic: its submission order).
  var priority: [UInt64] = []
  var nextPriority: UInt64 = 0
  /// What each job asked for, by slot.
  var jobs: ContiguousArray<BatchJob> = []
  /// What the student at each PC does.
  var owners: [OwnerState]
  var slurmctld = SlurmctldState.running(epoch: 0)
  /// The main scheduler should run at this instant (an event asked, or `sched_interval` came round).
  var mainDue = false
  /// The backfill scheduler should run at this instant (`bf_interval` came round).
  var backfillDue = false
  /// `batch.drain_before_shutdown`.
  var drain: ShutdownDrain

  // Derived state, changed only by `sync`.
  /// The up nodes with free cores (and student, under `owner-away` placement).
  var placement: PlacementIndex
  /// Nodes up with their slurmd registered.
  private(set) var usableNodes = 0
  /// Nodes powered down by power saving that a job may resume.
  var poweredDown: IndexedSet

  /// Slurm with `config` for the lab `lab` laid out as `layout`: no node known, slurmctld running.
  init(config: SlurmConfig, lab: ModelConfig, layout: LabLayout) {
    self.config = config
    self.layout = layout
    instant = lab.registration.mode == .instant
    let count = layout.hostCount
    nodes = Array(repeating: SlurmNode(), count: count)
    pingGenerations = GenerationTable(count: count)
    powerGenerations = GenerationTable(count: count)
    running = SlotLists(nodeCount: count)
    configuring = SlotLists(nodeCount: count)
    held = SlotLists(nodeCount: count)
    owners = Array(repeating: .away(keyboardIdleSince: -.infinity), count: count)
    drain = ShutdownDrain(enabled: lab.batch.drainBeforeShutdown, calendar: layout.calendar)
    placement = PlacementIndex(hostCount: count, maxCores: layout.maxCores, classCount: 1,
                               ownerAware: lab.batch.placement == .ownerAway)
    poweredDown = IndexedSet(capacity: count)
  }

  /// The jobs pending in slurmctld's queue (not those CONFIGURING on a resuming node).
  var queueLength: Int { queue.count }
  /// The pending jobs in priority order, then the jobs allocated to a resuming node
  /// (CONFIGURING): not started, so queued in the lab's view.
  func queuedSlots() -> [Int] { queue.liveSlots + configuring.allSlots }
  /// The jobs that died with their node, until slurmctld requeues them or they fail.
  func heldSlots() -> [Int] { held.allSlots }

  /// Whether a scheduler is due at this instant.
  var wantsPass: Bool { mainDue || backfillDue }
  /// Slurm suspends no job here (no preemption, no owner policy): never.
  func isSuspended(_ pc: Int) -> Bool { false }

  /// Free cores in slurmctld's view.
  @inline(__always)
  func freeCores(_ pc: Int) -> Int { Int(layout.cores[pc] - nodes[pc].busyCores - nodes[pc].ghostCores) }

  /// Whether power saving is on (`SuspendTime` not INFINITE).
  var powerSaving: Bool { config.suspendTime != nil }

  /// Time 0: the first ticks of the main scheduler (`sched_interval`) and of backfill (`bf_interval`).
  mutating func start(_ fx: inout BatchEffects<SlurmEvent>) {
    fx.schedule(.mainScheduler, at: config.schedInterval)
    if config.schedulerType == .backfill { fx.schedule(.backfill, at: config.bfInterval) }
  }

  // MARK: - Derived state

  /// Changes `pc`'s node with `change`, then brings the free-node index, the usable count,
  /// the powered-down set and the idle clock up to date: the only place they change.
  @inline(__always)
  mutating func sync(_ pc: Int, _ fx: inout BatchEffects<SlurmEvent>, _ change: (inout SlurmNode) -> Void = { _ in }) {
    let before = nodes[pc]
    change(&nodes[pc])
    let after = nodes[pc]
    placement.update(pc, freeCores: after.state == .up ? Int32(freeCores(pc)) : 0,
                     ownerPresent: owners[pc].isPresent, phaseClass: 0)
    let counted = after.state == .up && after.slurmd.isRegistered
    if counted != before.countedUsable {
      nodes[pc].countedUsable = counted
      usableNodes += counted ? 1 : -1
      if counted { fx.append(.nodeUsable(pc: Int32(pc))) }
    }
    if after.state != before.state { poweredDown.set(pc, present: after.state == .poweredDown) }
    // Power saving's clock: a node idle for SuspendTime is powered down (L11). A PC with a
    // student logged in does not count as idle: the lab's SuspendProgram will not switch it off.
    let idle = isIdle(pc)
    if idle != before.countedIdle {
      nodes[pc].countedIdle = idle
      if let suspendTime = config.suspendTime {
        let generation = powerGenerations.bump(pc)
        if idle { fx.schedule(.suspendDue(pc: Int32(pc), generation: generation), after: suspendTime) }
      }
    }
  }

  /// Whether `pc`'s node counts as idle for power saving's `SuspendTime` clock: up with its
  /// slurmd registered (so a slurmd that died and registers again restarts the clock), no job
  /// allocated, no dead job counted, and no student logged in at the PC (the lab's
  /// `SuspendProgram` does not switch off a PC in use; an assumption, docs/model.md §15).
  func isIdle(_ pc: Int) -> Bool {
    let node = nodes[pc]
    return node.state == .up && node.slurmd.isRegistered && node.busyCores == 0 && node.ghostCores == 0
      && !owners[pc].isPresent
  }

  /// Grows the per-job tables to hold `slot`.
  mutating func ensureSlot(_ slot: Int) {
    while jobs.count <= slot { jobs.append(BatchJob()) }
    while priority.count <= slot { priority.append(0) }
    while startedAt.count <= slot { startedAt.append(0) }
  }

  /// The job's requested walltime on `pc`, in wall seconds (its time limit).
  @inline(__always)
  func walltime(_ slot: Int, on pc: Int) -> Double {
    layout.requestedWalltime(jobs[slot], on: pc)
  }
}
