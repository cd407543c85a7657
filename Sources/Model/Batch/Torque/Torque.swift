import Kernel

/// TORQUE 2.5 on the CE: pbs_server's node list and its timers (MOM status reports,
/// `check_nodes`), restarts, pbs_sched's passes, and the pbs_moms in the VMs.
///
/// Each node's state is a ``TorqueNode``; the derived indexes (free nodes, usable counts,
/// ghosts, nodes marked down) change only in ``sync(_:_:_:)``, except that a restart hides
/// and reveals whole phase classes (``hideAllClasses()``, ``reveal(_:_:)``).
struct Torque: BatchSystem {
  typealias Event = TorqueEvent

  let config: TorqueConfig
  /// `registration.mode: instant`: nodes are usable while their PC is up, and gone with it.
  let instant: Bool
  let layout: LabLayout
  /// MOM status phase classes: report times of class c are ≡ c × classWidth (mod statusPeriod).
  let statusPeriod: Double
  let classCount: Int
  let classWidth: Double

  private(set) var nodes: [TorqueNode]
  /// Each MOM's life counter; a report of an earlier life is stale.
  var momLives: [UInt32]
  /// Each node's stamp for `check_nodes` mark-downs; bumping it voids the pending one.
  var checkGenerations: GenerationTable
  /// Jobs running in pbs_server's view, per node.
  var running: SlotLists
  /// When each running job started (for EASY's estimates).
  var startedAt: [Double] = []
  /// Rerunnable jobs that died with their node, waiting for pbs_server to mark it down.
  var held: SlotLists
  /// Jobs that are not rerunnable, dead with their node, that pbs_server still shows running
  /// (state R) until their users learn of the loss as `loss_known` says (J10).
  var unnoticed: SlotLists
  /// When each job in `unnoticed` died, by slot (for the operator's purge).
  var lostAt: [Double] = []
  /// `batch.drain_before_shutdown`: pbs_sched starts no job that would run past the next switch-off.
  var drain: ShutdownDrain
  var queue = JobQueue()
  /// What each job asked for, by slot.
  var jobs: ContiguousArray<BatchJob> = []
  /// What the student at each PC does.
  var owners: [OwnerState]
  var restartState = RestartState.running(epoch: 0)
  /// Phase classes that have reported since the last restart began (bit c: class c).
  var activeClasses: UInt64
  /// pbs_server asked pbs_sched for a pass (a job was submitted or ended, pbs_server came
  /// back, a node's jobs were requeued, a node became usable in `instant` mode, or the
  /// scheduler cycle came round).
  var passRequested = false

  // Derived state, changed only by `sync`.
  /// The free nodes, by free cores and phase class (and student, under `owner-away` placement).
  var placement: PlacementIndex
  var usableInClass: [Int]
  private(set) var usableNodes = 0
  /// Nodes that became usable while their class was hidden by a restart.
  var awaitingInClass: [[Int32]]
  /// Nodes pbs_server lists as up whose MOM is dead (down, not yet detected).
  var ghosts: IndexedSet
  /// Nodes marked down, for the clean-up script.
  var markedDown: IndexedSet

  init(config: TorqueConfig, lab: ModelConfig, layout: LabLayout) {
    self.config = config
    self.layout = layout
    instant = lab.registration.mode == .instant
    if instant {
      statusPeriod = 1
      classCount = 1
    } else {
      statusPeriod = config.statusUpdate
      classCount = min(Int(statusPeriod), 64)
    }
    classWidth = statusPeriod / Double(classCount)
    let count = layout.hostCount
    owners = Array(repeating: .away(keyboardIdleSince: -.infinity), count: count)
    nodes = Array(repeating: TorqueNode(), count: count)
    momLives = Array(repeating: 0, count: count)
    checkGenerations = GenerationTable(count: count)
    running = SlotLists(nodeCount: count)
    held = SlotLists(nodeCount: count)
    unnoticed = SlotLists(nodeCount: count)
    drain = ShutdownDrain(enabled: lab.batch.drainBeforeShutdown, calendar: layout.calendar)
    activeClasses = classCount == 64 ? ~0 : (1 << UInt64(classCount)) - 1
    placement = PlacementIndex(hostCount: count, maxCores: layout.maxCores, classCount: classCount,
                               ownerAware: lab.batch.placement == .ownerAway)
    usableInClass = Array(repeating: 0, count: classCount)
    awaitingInClass = Array(repeating: [], count: classCount)
    ghosts = IndexedSet(capacity: count)
    markedDown = IndexedSet(capacity: count)
  }

  var queueLength: Int { queue.count }
  func queuedSlots() -> [Int] { queue.slots }
  var wantsPass: Bool { passRequested }
  func isSuspended(_ pc: Int) -> Bool { false }

  /// Whether phase class `phaseClass` has reported since the last restart began.
  @inline(__always)
  func isActive(_ phaseClass: Int32) -> Bool { activeClasses & (1 << UInt64(phaseClass)) != 0 }

  /// Free cores in pbs_server's view.
  @inline(__always)
  func freeCores(_ pc: Int) -> Int { Int(layout.cores[pc] - nodes[pc].busyCores - nodes[pc].ghostCores) }

  /// Whether `pc`'s node counts as usable now.
  func isUsable(_ pc: Int) -> Bool { nodes[pc].countedUsable && isActive(nodes[pc].phaseClass) }

  mutating func start(_ fx: inout BatchEffects<TorqueEvent>) {
    fx.schedule(.schedulerIteration, at: config.schedulerIteration)
  }

  // MARK: - Derived state

  /// Changes `pc`'s node with `change`, then brings every derived index up to date: the
  /// free-node indexes, the usable counts, the ghosts and the nodes marked down. The only
  /// place they change (restarts and class reports excepted, which move whole classes).
  @inline(__always)
  mutating func sync(_ pc: Int, _ fx: inout BatchEffects<TorqueEvent>,
                     _ change: (inout TorqueNode) -> Void = { _ in }) {
    let before = nodes[pc]
    change(&nodes[pc])
    let after = nodes[pc]
    // The free-node index: listed while up with free cores, under its free cores and class.
    let free = Int32(freeCores(pc))
    placement.update(pc, freeCores: after.state == .up ? free : 0, ownerPresent: owners[pc].isPresent,
                     phaseClass: after.phaseClass)
    // The usable counts: up in pbs_server's view with a live MOM, visible when its class is.
    let counted = after.state == .up && after.mom.isAlive
    if counted != before.countedUsable || (counted && after.phaseClass != before.phaseClass) {
      if before.countedUsable {
        usableInClass[Int(before.phaseClass)] -= 1
        if isActive(before.phaseClass) { usableNodes -= 1 }
      }
      if counted {
        let phaseClass = after.phaseClass
        usableInClass[Int(phaseClass)] += 1
        if isActive(phaseClass) {
          usableNodes += 1
          if !before.countedUsable { fx.append(.nodeUsable(pc: Int32(pc))) }
        } else if !before.countedUsable {
          awaitingInClass[Int(phaseClass)].append(Int32(pc))
        }
      }
      nodes[pc].countedUsable = counted
    }
    // Ghosts (listed as up, MOM dead) and nodes marked down, for restarts and the clean-up script.
    if !instant && (after.state != before.state || after.mom.isAlive != before.mom.isAlive) {
      ghosts.set(pc, present: after.state == .up && !after.mom.isAlive)
      markedDown.set(pc, present: after.state == .markedDown)
    }
  }

  /// Hides every phase class (a restart began): nothing is usable until its class reports.
  mutating func hideAllClasses() {
    activeClasses = 0
    usableNodes = 0
  }

  /// Phase class `phaseClass` reported: its usable nodes count again; those that became
  /// usable while it was hidden are usable from now.
  mutating func reveal(_ phaseClass: Int, _ fx: inout BatchEffects<TorqueEvent>) {
    activeClasses |= 1 << UInt64(phaseClass)
    usableNodes += usableInClass[phaseClass]
    for member in awaitingInClass[phaseClass] {
      let pc = Int(member)
      if nodes[pc].countedUsable && nodes[pc].phaseClass == Int32(phaseClass) { fx.append(.nodeUsable(pc: member)) }
    }
    awaitingInClass[phaseClass].removeAll(keepingCapacity: true)
  }
}
