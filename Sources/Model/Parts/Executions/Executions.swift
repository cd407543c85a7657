import Kernel

/// The jobs' processes running in the VMs: how much work each has left, at what speed its
/// PC runs it, and when it ends. Job slots index the executions as they index the jobs.
///
/// This is what truly runs; the batch system keeps its own (possibly outdated) view.
struct Executions {
  private(set) var executions: ContiguousArray<Execution> = []
  /// Each PC's executions, busy cores and speed.
  private var hosts: [ExecutionHost]
  /// Cores running executions in the whole lab.
  private(set) var busySlots = 0

  init(hostCount: Int) {
    hosts = Array(repeating: ExecutionHost(), count: hostCount)
  }

  /// The first execution on `host` (−1: none).
  @inline(__always)
  func firstOnHost(_ host: Int) -> Int32 { hosts[host].first }

  /// Cores running executions on `host`.
  @inline(__always)
  func busyCores(_ host: Int) -> Int32 { hosts[host].busyCores }

  /// The fraction of full speed `host` gives its executions.
  @inline(__always)
  func speed(_ host: Int) -> Double { hosts[host].speed }

  /// The time by which `host` is certain to go down (infinity when unknown).
  @inline(__always)
  func lostBy(_ host: Int) -> Double { hosts[host].lostBy }

  /// Whether the slot has a running execution.
  func isRunning(_ slot: Int) -> Bool { slot < executions.count && executions[slot].host >= 0 }

  /// J2/C5: starts an execution of `work` native seconds in `slot` on `host` now, at
  /// `factor` wall seconds per native second; the work begins after `delay` (HTCondor's claim).
  /// Its end is scheduled by ``scheduleEnd(_:_:)`` once the PC's speed is known.
  mutating func start(_ slot: Int, on host: Int, cores: Int32, work: Double, factor: Double, delay: Double, at now: Double) {
    assert(!isRunning(slot), "Executions: slot \(slot) already runs on PC \(executions[slot].host)")
    while executions.count <= slot { executions.append(Execution()) }
    let first = hosts[host].first
    var execution = Execution()
    execution.host = Int32(host)
    execution.cores = cores
    execution.start = now
    execution.resumedAt = now + delay
    execution.generation = executions[slot].generation &+ 1
    execution.factor = factor
    execution.remaining = work * factor
    execution.lastCheckpoint = now
    execution.next = first
    execution.previous = -1
    executions[slot] = execution
    if first >= 0 { executions[Int(first)].previous = Int32(slot) }
    hosts[host].first = Int32(slot)
    hosts[host].busyCores += cores
    busySlots += Int(cores)
  }

  /// Schedules the end of the execution in `slot` at its PC's speed: none while it is
  /// stalled, and none when its PC is certain to go down first (``setLostBy(_:_:)``), since
  /// that end could only pop stale.
  mutating func scheduleEnd<B>(_ slot: Int, _ sim: inout Simulator<LabEvent<B>>) {
    let execution = executions[slot]
    let host = hosts[Int(execution.host)]
    guard host.speed > 0 else { return }
    let end = max(sim.now, execution.resumedAt) + execution.remaining / host.speed
    // An end at the very instant of the failure would pop after it (the failure was scheduled first).
    guard end < host.lostBy else { return }
    sim.schedule(.execution(.ends(slot: Int32(slot), generation: execution.generation)), at: end)
  }

  /// `host` is certain to go down at `time` (its pending failure), or nil when no failure is
  /// known: executions that would end at or after it get no end event.
  ///
  /// - Precondition: set only while the failure at `time` is pending and will take the PC down.
  mutating func setLostBy(_ host: Int, _ time: Double?) { hosts[host].lostBy = time ?? .infinity }

  /// J8: every execution on `host` continues at `newSpeed`: its remaining work is brought up
  /// to date at the old speed and its end is rescheduled (never recomputed from scratch).
  mutating func changeSpeed<B>(_ host: Int, to newSpeed: Double, _ sim: inout Simulator<LabEvent<B>>) {
    let now = sim.now
    let old = hosts[host].speed
    hosts[host].speed = newSpeed
    var slot = hosts[host].first
    while slot >= 0 {
      let index = Int(slot)
      bringUpToDate(index, at: now, speed: old)
      executions[index].generation &+= 1
      scheduleEnd(index, &sim)
      slot = executions[index].next
    }
  }

  /// Whether an end event stamped `generation` is still current for `slot`.
  func isCurrentEnd(_ slot: Int, generation: UInt32) -> Bool {
    slot < executions.count && executions[slot].host >= 0 && executions[slot].generation == generation
  }

  /// Takes the execution in `slot` off its PC (it ended, was killed or vacated) and returns it.
  @discardableResult
  mutating func remove(_ slot: Int) -> Execution {
    let execution = executions[slot]
    let host = Int(execution.host)
    if execution.previous >= 0 { executions[Int(execution.previous)].next = execution.next } else {
      hosts[host].first = execution.next
    }
    if execution.next >= 0 { executions[Int(execution.next)].previous = execution.previous }
    hosts[host].busyCores -= execution.cores
    busySlots -= Int(execution.cores)
    executions[slot].host = -1
    executions[slot].next = -1
    executions[slot].previous = -1
    executions[slot].generation &+= 1
    return execution
  }

  /// The native seconds of work the execution in `slot` has done by `now`, given its job's
  /// `native` runtime (what a checkpoint taken now saves).
  func nativeDone(_ slot: Int, native: Double, at now: Double) -> Double {
    let execution = executions[slot]
    let remaining = max(0, execution.remaining - max(0, now - execution.resumedAt) * hosts[Int(execution.host)].speed)
    return native - remaining / execution.factor
  }

  /// C10: the execution checkpoints now; it stands still for `cost` seconds while the image
  /// is written, so its end moves later.
  mutating func checkpoint<B>(_ slot: Int, cost: Double, _ sim: inout Simulator<LabEvent<B>>) {
    let now = sim.now
    bringUpToDate(slot, at: now, speed: hosts[Int(executions[slot].host)].speed)
    executions[slot].lastCheckpoint = now
    executions[slot].resumedAt = now + cost
    executions[slot].generation &+= 1
    scheduleEnd(slot, &sim)
  }

  /// A checkpoint on vacate: the progress is saved as of now, taking no wall time.
  mutating func markCheckpoint(_ slot: Int, at now: Double) {
    executions[slot].lastCheckpoint = now
  }

  private mutating func bringUpToDate(_ slot: Int, at now: Double, speed: Double) {
    executions[slot].remaining = max(0, executions[slot].remaining - max(0, now - executions[slot].resumedAt) * speed)
    executions[slot].resumedAt = max(now, executions[slot].resumedAt)
  }

  /// Checks the per-PC lists and counts against the executions.
  func checkInvariants() {
    let executions = self.executions, hosts = self.hosts
    var listed = 0
    var cores: Int32 = 0
    var host = 0
    while host < hosts.count {
      var slot = hosts[host].first
      var previous: Int32 = -1
      var busy: Int32 = 0
      while slot >= 0 {
        let execution = executions[Int(slot)]
        precondition(execution.host == Int32(host) && execution.previous == previous, "Executions: broken list on host \(host)")
        busy += execution.cores
        listed += 1
        previous = slot
        slot = execution.next
      }
      precondition(busy == hosts[host].busyCores, "Executions: busy cores of host \(host) disagree with its list")
      cores += busy
      host += 1
    }
    precondition(busySlots == Int(cores), "Executions: busy slots disagree")
    var running = 0
    var slot = 0
    while slot < executions.count {
      if executions[slot].host >= 0 { running += 1 }
      slot += 1
    }
    precondition(listed == running, "Executions: an execution is on no list")
  }
}
