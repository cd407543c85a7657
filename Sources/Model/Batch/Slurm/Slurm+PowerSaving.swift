import Kernel

extension Slurm {
  /// L11: the node has been idle for `SuspendTime`: slurmctld runs `SuspendProgram`, which
  /// switches the PC off (power_save.c). For `SuspendTimeout` the node cannot be resumed.
  mutating func suspendDue(_ pc: Int, generation: UInt32, _ fx: inout BatchEffects<SlurmEvent>) -> Bool {
    guard powerGenerations.isCurrent(pc, generation: generation), nodes[pc].countedIdle,
      nodes[pc].slurmd.isRegistered
    else { return false }
    sync(pc, &fx) { $0.state = .poweringDown }
    let next = powerGenerations.bump(pc)
    fx.append(.powerDown(pc: Int32(pc)))
    fx.schedule(.suspendDone(pc: Int32(pc), generation: next), after: config.suspendTimeout)
    return true
  }

  /// L12: `SuspendTimeout` is over: the node is POWERED_DOWN and may be resumed.
  mutating func suspendDone(_ pc: Int, generation: UInt32, _ fx: inout BatchEffects<SlurmEvent>) -> Bool {
    guard powerGenerations.isCurrent(pc, generation: generation), nodes[pc].state == .poweringDown else { return false }
    sync(pc, &fx) { $0.state = .poweredDown }
    return true
  }

  /// L13: a job needs the powered-down node: slurmctld allocates it there (CONFIGURING) and runs
  /// `ResumeProgram`, which wakes the PC (wake-on-LAN); the node must register within
  /// `ResumeTimeout`.
  mutating func resume(_ pc: Int, for slot: Int, _ fx: inout BatchEffects<SlurmEvent>) {
    let cores = jobs[slot].cores
    configuring.push(slot, on: pc)
    sync(pc, &fx) { node in
      node.state = .poweringUp
      node.busyCores += cores
    }
    let generation = powerGenerations.bump(pc)
    fx.append(.powerUp(pc: Int32(pc)))
    // Strictly after the timeout (see `resumeTimedOut`).
    fx.schedule(.resumeTimeout(pc: Int32(pc), generation: generation), at: (fx.now + config.resumeTimeout).nextUp)
  }

  /// L14: the resumed node registered: the jobs allocated to it start. Their cores stay
  /// busy as they pass from CONFIGURING to running, so the node is never idle in between.
  mutating func startConfiguringJobs(_ pc: Int, _ fx: inout BatchEffects<SlurmEvent>) {
    while let slot = configuring.popFirst(pc) { launch(slot, on: pc, &fx) }
  }

  /// L15: the resumed node has not registered within `ResumeTimeout`: slurmctld sets it DOWN
  /// ("ResumeTimeout reached"), and the jobs allocated to it go back to the queue, keeping
  /// their priority (they never ran). The check is strictly after the timeout: a node that
  /// registers at that very instant is in time (power_save.c compares `>`), so the event is
  /// scheduled at the next representable time after it.
  mutating func resumeTimedOut(_ pc: Int, generation: UInt32, _ fx: inout BatchEffects<SlurmEvent>) -> Bool {
    guard powerGenerations.isCurrent(pc, generation: generation), nodes[pc].state == .poweringUp else { return false }
    while let slot = configuring.popFirst(pc) {
      let cores = jobs[slot].cores
      sync(pc, &fx) { $0.busyCores -= cores }
      queue.insert(slot, key: priority[slot])
    }
    setDown(pc, .resumeTimeout, &fx)
    mainDue = true
    return true
  }

  /// A powered-down node with at least `cores` cores, the lowest index first (nil: none).
  func poweredDownNode(cores: Int) -> Int? {
    var best: Int?
    for member in poweredDown.members {
      let pc = Int(member)
      if Int(layout.cores[pc]) >= cores && pc < (best ?? Int.max) { best = pc }
    }
    return best
  }
}
