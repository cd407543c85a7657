import Kernel

extension Condor {
  // MARK: - Startds start and die

  /// C1: the startd starts and sends its first ad; the collector lists the machine at once
  /// (it can be matched at the next negotiation cycle). Jobs still leased to this machine
  /// cannot reconnect to the fresh startd and are requeued now (C8). The startd then
  /// evaluates its policy.
  mutating func daemonsStarted(_ pc: Int, _ fx: inout BatchEffects<CondorEvent>) {
    let now = fx.now
    sync(pc, &fx) { machine in
      machine.startd = .running(since: now)
      machine.ad = .listed
      machine.suspended = false
      machine.ghostCores = 0
    }
    adGenerations.bump(pc)  // the old ad's expiry is void
    if !leased.isEmpty(pc) {
      while let slot = leased.popFirst(pc) { requeue(slot, &fx) }
    }
    evaluateStartd(pc, &fx)
  }

  /// H2: the PC and its startd are gone. After a graceful power-off the startd stopped
  /// cleanly (C11, C12). After a crash (C6) its jobs died with it: the schedd keeps each
  /// job's claim for its lease, then requeues it (plain vanilla: from scratch), and the
  /// collector drops the machine's ad `CLASSAD_LIFETIME` after the last update the startd
  /// sent (C2).
  mutating func nodeVanished(_ pc: Int, cause: LossCause, _ fx: inout BatchEffects<CondorEvent>) {
    if machines[pc].suspended {
      sync(pc, &fx) { $0.suspended = false }
      policyGenerations.bump(pc)  // no PREEMPT for jobs that are gone
    }
    if cause.isGraceful && machines[pc].startd.isRunning {
      startdShutDown(pc, &fx)
      return
    }
    let keepClaims = !instant && machines[pc].ad == .listed
    while let slot = running.popFirst(pc) {
      let cores = jobs[slot].cores
      sync(pc, &fx) { machine in
        machine.busyCores -= cores
        if keepClaims { machine.ghostCores += cores }
      }
      ensureSlot(slot)
      let lease = leaseGenerations.bump(slot)
      checkpointGenerations.bump(slot)
      fx.append(.holdForRequeue(slot: Int32(slot)))
      leased.push(slot, on: pc)
      fx.schedule(.leaseExpires(slot: Int32(slot), generation: lease), after: config.jobLeaseDuration)
    }
    let startd = machines[pc].startd
    let instant = instant
    sync(pc, &fx) { machine in
      machine.startd = .dead
      if instant {
        machine.ad = .absent
        machine.ghostCores = 0
      }
    }
    if !instant, case .running(let since) = startd {
      let lastAd = PeriodicClock.lastBeat(atOrBefore: fx.now, start: since, period: config.updateInterval)
      fx.schedule(.adExpires(pc: Int32(pc), generation: adGenerations[pc]),
                  at: max(fx.now, lastAd + config.classadLifetime))
    }
  }

  /// C11, C12: a graceful power-off stops the VM's condor_master with SIGTERM (`condor_off`),
  /// and the startd shuts down gracefully (`main_shutdown_graceful` in `startd_main.cpp`): it
  /// releases its claims, so each job is soft-killed (vacated) and its shadow reports the
  /// eviction, and the schedd puts the job back in the queue at once (C12, unless C9); then it
  /// invalidates its slot ads at the collector on its way out (`Resource::final_update`,
  /// `INVALIDATE_STARTD_ADS`), so the machine leaves the pool now (C11). No lease, no ghost
  /// cores, no ad expiry. A job keeps only its last checkpoint at the access point: the lab has
  /// already ended the execution under the shutdown's cause.
  mutating func startdShutDown(_ pc: Int, _ fx: inout BatchEffects<CondorEvent>) {
    while let slot = running.popFirst(pc) {
      let cores = jobs[slot].cores
      sync(pc, &fx) { $0.busyCores -= cores }
      checkpointGenerations.bump(slot)
      requeue(slot, &fx)
    }
    let instant = instant
    sync(pc, &fx) { machine in
      machine.startd = .dead
      if instant { machine.ad = .absent }
    }
    if machines[pc].ad == .listed { dropAd(pc, &fx) }
  }

  /// C2: the machine's ad was not refreshed for `CLASSAD_LIFETIME`: the collector drops it.
  mutating func adExpired(_ pc: Int, generation: UInt32, _ fx: inout BatchEffects<CondorEvent>) -> Bool {
    guard adGenerations.isCurrent(pc, generation: generation), machines[pc].ad == .listed else { return false }
    dropAd(pc, &fx)
    return true
  }

  /// The collector forgets the machine (its ad expired, or a match to it failed, C3); jobs
  /// leased to it wait for their leases or the startd's return.
  mutating func dropAd(_ pc: Int, _ fx: inout BatchEffects<CondorEvent>) {
    sync(pc, &fx) { machine in
      machine.ad = .absent
      machine.ghostCores = 0
    }
    adGenerations.bump(pc)
    fx.append(.nodeDetectedDown(pc: Int32(pc)))
  }

  /// C7: the lease of a job whose machine vanished runs out: the schedd requeues it.
  mutating func leaseExpired(_ slot: Int, generation: UInt32, _ fx: inout BatchEffects<CondorEvent>) -> Bool {
    guard leaseGenerations.isCurrentIfPresent(slot, generation: generation), leased.contains(slot) else { return false }
    leased.remove(slot)
    requeue(slot, &fx)
    return true
  }

  /// The schedd requeues a job at the tail of the queue, unless `max_attempts` executions
  /// have started (C9: the job is then lost).
  mutating func requeue(_ slot: Int, _ fx: inout BatchEffects<CondorEvent>) {
    if let maxAttempts = config.maxAttempts, Int(jobs[slot].attempts) >= maxAttempts {
      fx.append(.giveUp(slot: Int32(slot)))
      return
    }
    fx.append(.requeued(slot: Int32(slot)))
    queue.append(Int32(slot))
  }

  // MARK: - Registration plays no part

  /// HTCondor's machines join by sending ads: the CE's join script never adds one.
  mutating func addNode(_ pc: Int, restarting: Bool, _ fx: inout BatchEffects<CondorEvent>) {}

  /// HTCondor is never restarted by the CE's scripts.
  mutating func restart(for duration: Double, _ fx: inout BatchEffects<CondorEvent>) {}

  /// HTCondor marks no machine down for a clean-up script: the collector drops ads itself.
  mutating func removeDownNodes(_ fx: inout BatchEffects<CondorEvent>) -> [Int] { [] }
}
