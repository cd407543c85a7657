import Kernel

extension Condor {
  /// S1–S3, S5: a host-aware startd re-evaluates the DESKTOP policy (START, SUSPEND,
  /// CONTINUE) against its owner, and wakes up again when the keyboard's idle time or the
  /// owner's load crosses the next threshold that can change a decision. PREEMPT comes from
  /// its own timer. A startd that does not run evaluates nothing.
  mutating func evaluateStartd(_ pc: Int, _ fx: inout BatchEffects<CondorEvent>) {
    guard ownerAwareStartd, machines[pc].startd.isRunning else { return }
    let now = fx.now
    let limits = config.thresholds
    let owner = owners[pc]
    let idle = owner.keyboardIdle(at: now)
    let load = owner.load
    let keyboardBusy = owner.isPresent && idle < limits.keyboardBusyTime
    let cpuIdle = load <= limits.backgroundLoad
    let start = idle >= limits.startIdleTime && cpuIdle
    let busy = !running.isEmpty(pc)
    var cpuBusySince = Double.infinity
    if case .present(let since, let load, _) = owner, load >= limits.highLoad { cpuBusySince = since }
    let cpuBusy = now - cpuBusySince >= limits.cpuBusyTime
    if busy && !machines[pc].suspended && (keyboardBusy || cpuBusy) {
      sync(pc, &fx) { $0.suspended = true }
      fx.append(.refresh(pc: Int32(pc)))
      let generation = policyGenerations.bump(pc)
      fx.schedule(.preemptDue(pc: Int32(pc), generation: generation), after: limits.maxSuspendTime)
    } else if machines[pc].suspended && idle >= limits.continueIdleTime && cpuIdle {
      sync(pc, &fx) { $0.suspended = false }
      policyGenerations.bump(pc)  // the pending PREEMPT is void
      fx.append(.refresh(pc: Int32(pc)))
    }
    if start != machines[pc].accepting { sync(pc, &fx) { $0.accepting = start } }
    // Wake up when the idle time crosses the next threshold that can change a decision.
    let since = owner.keyboardIdleSince
    let wakeUps = [since + limits.keyboardBusyTime, since + limits.continueIdleTime, since + limits.startIdleTime,
                   cpuBusySince + limits.cpuBusyTime]
    guard let next = wakeUps.filter({ $0 > now }).min() else { return }
    // One pending wake-up per startd: an earlier one evaluates again and finds this one.
    guard next < evaluationAt[pc] || evaluationAt[pc] <= now else { return }
    evaluationAt[pc] = next
    let generation = evaluationGenerations.bump(pc)
    fx.schedule(.startdEvaluates(pc: Int32(pc), generation: generation), at: next)
  }

  /// S4: PREEMPT. The jobs have been suspended for `MaxSuspendTime`: each is vacated and
  /// requeued. It is checkpointed first if its universe does so on vacate (standard universe;
  /// self-checkpointing with `ON_EXIT_OR_EVICT`) within `MachineMaxVacateTime`; otherwise a
  /// plain vanilla job's work is lost, and a checkpointing one keeps its last checkpoint.
  mutating func preemptDue(_ pc: Int, generation: UInt32, _ fx: inout BatchEffects<CondorEvent>) -> Bool {
    guard policyGenerations.isCurrent(pc, generation: generation), machines[pc].suspended else { return false }
    sync(pc, &fx) { $0.suspended = false }
    let vacateCost = checkpointing?.vacateCost
    while let slot = running.popFirst(pc) {
      if vacateCost != nil { spooled[slot] = true }
      fx.append(.vacate(slot: Int32(slot), checkpointCost: vacateCost))
      let cores = jobs[slot].cores
      sync(pc, &fx) { $0.busyCores -= cores }
      checkpointGenerations.bump(slot)
      requeue(slot, &fx)
    }
    fx.append(.refresh(pc: Int32(pc)))
    evaluateStartd(pc, &fx)
    return true
  }
}
