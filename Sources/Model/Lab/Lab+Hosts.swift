import Kernel

extension Lab {
  // MARK: - PCs

  mutating func pcEvent(_ event: PCEvent) -> Bool {
    switch event {
    case .starts(let pc):
      apply(pcs.start(Int(pc), &sim), to: Int(pc))
      owners.scheduleArrival(Int(pc), &sim)
    case .crashBegins(let pc): apply(pcs.crashBegan(Int(pc), &sim), to: Int(pc))
    case .crashEnds(let pc): apply(pcs.crashEnded(Int(pc), &sim), to: Int(pc))
    case .traceChanges(let pc): apply(pcs.traceChanged(Int(pc), &sim), to: Int(pc))
    case .rebootEnds(let pc): apply(pcs.rebootEnded(Int(pc), at: sim.now), to: Int(pc))
    case .labChanges: labChanged()
    case .labWakes: labWoke()
    case .batchPowers(let pc, let on): apply(pcs.setSuspendedByBatch(Int(pc), !on, at: sim.now), to: Int(pc))
    }
    return true
  }

  /// Tells the parts on `pc` what its change did, then tells the executions when its next
  /// failure comes. Only then: while a failure takes the PC down, its executions still expect
  /// it, so a speed change on the way (the student leaves) schedules no end for jobs about to
  /// be lost; and a PC that comes up has no executions yet.
  mutating func apply(_ change: PCChange, to pc: Int) {
    switch change {
    case .none: break
    case .cameUp: hostCameUp(pc)
    case .wentDown(let cause): hostWentDown(pc, cause: cause)
    }
    executions.setLostBy(pc, pcs.nextFailure(pc))
  }

  /// H1: the PC is up; its VM boots (V1), or in `instant` mode runs at once (V7).
  mutating func hostCameUp(_ pc: Int) {
    metrics.hostsUpChanging(at: sim.now, from: pcs.upCount - 1)
    metrics.hostCameUp(pc, at: sim.now)
    if vms.powerOn(pc, &sim) { daemonsStarted(pc) }
    refreshHost(pc)
  }

  /// H2: the PC goes down and takes its VM and every execution on it: the student leaves,
  /// the executions are lost under `cause`, and the batch system finds out in its own time.
  mutating func hostWentDown(_ pc: Int, cause: LossCause) {
    let now = sim.now
    metrics.hostsUpChanging(at: now, from: pcs.upCount + 1)
    endSession(pc, allowReboot: false)
    while case let slot = Int(executions.firstOnHost(pc)), slot >= 0 { loseExecution(slot, cause: cause) }
    metrics.hostWentDown(pc)
    vms.powerOff(pc, at: now)
    ganglia.gmondStopped(pc, at: now)
    withBatch { batch, fx in batch.nodeVanished(pc, cause: cause, &fx) }
    refreshHost(pc)
  }

  /// The lab opens or closes: students leave at closing, and the PCs are switched on or off
  /// as the power policy says (H5, H6).
  mutating func labChanged() {
    let calendar = pcs.calendar
    let open = calendar.isOpen(at: sim.now)
    if let change = calendar.nextChange(after: sim.now) { sim.schedule(.pc(.labChanges), at: change) }
    let on = calendar.powerIsOn(at: sim.now)
    for pc in 0..<layout.hostCount {
      if !open { endSession(pc, allowReboot: false) }
      apply(pcs.setPower(pc, on: on, at: sim.now), to: pc)
    }
  }

  /// Wake-on-LAN: every PC is switched on (H6).
  mutating func labWoke() {
    sim.schedule(.pc(.labWakes), after: 86_400)
    for pc in 0..<layout.hostCount { apply(pcs.setPower(pc, on: true, at: sim.now), to: pc) }
  }

  // MARK: - VMs and Ganglia

  mutating func vmEvent(_ event: VMEvent) -> Bool {
    switch event {
    case .booted(let pc, let life):
      return vms.booted(Int(pc), life: life, &sim)
    case .configured(let pc, let life):
      guard vms.configured(Int(pc), life: life, at: sim.now) else { return false }
      daemonsStarted(Int(pc))
      return true
    }
  }

  /// gmond and the batch system's daemon start in `pc`'s VM.
  mutating func daemonsStarted(_ pc: Int) {
    ganglia.gmondStarted(pc, at: sim.now)
    withBatch { batch, fx in batch.daemonsStarted(pc, &fx) }
  }

  // MARK: - The CE's cron scripts

  mutating func registrationEvent(_ event: RegistrationEvent) -> Bool {
    switch event {
    case .joinCron:
      let added = registration.joinCronRan(at: sim.now, ganglia: ganglia, vms: vms)
      let restarting = registration.restarts
      if !added.isEmpty && restarting {
        let duration = registration.restartDuration()
        withBatch { batch, fx in batch.restart(for: duration, &fx) }
      }
      for pc in added { withBatch { batch, fx in batch.addNode(pc, restarting: restarting, &fx) } }
      registration.joinCronFinished(&sim)
    case .cleanupCron:
      registration.cleanupCronRan()
      let removed = withBatch { batch, fx in batch.removeDownNodes(&fx) }
      // With `restart_on: any-change` the script restarts pbs_server after its removals, as the
      // join script does after its additions: every node is hidden until its class reports.
      if !removed.isEmpty && registration.restartsOnRemovals {
        let duration = registration.restartDuration()
        withBatch { batch, fx in batch.restart(for: duration, &fx) }
      }
      // A node whose VM came back but had not reported yet must join again (N8).
      for pc in removed where vms.isRunning(pc) { registration.request(pc, &sim) }
    }
    return true
  }

  // MARK: - CPU sharing and rates

  /// Recomputes `pc`'s job speed (carrying every running execution's remaining work over to
  /// the new speed) and its share of the lab-wide rates.
  mutating func refreshHost(_ pc: Int) {
    let speed = jobSpeed(pc)
    if speed != executions.speed(pc) { executions.changeSpeed(pc, to: speed, &sim) }
    ledger.set(pc, to: rates(pc, speed: speed))
  }

  /// The speed of `pc`'s jobs, from its student, busy cores and whether the batch system
  /// suspends them.
  @inline(__always)
  func jobSpeed(_ pc: Int) -> Double {
    CPUShare.speed(owner: owners.states[pc], busyCores: executions.busyCores(pc), cores: layout.cores[pc],
                   priority: layout.vmPriority, suspended: batch.isSuspended(pc))
  }

  /// `pc`'s share of the lab-wide rates when its jobs run at `speed`.
  @inline(__always)
  func rates(_ pc: Int, speed: Double) -> HostRates {
    HostRates.of(isUp: pcs.isUp(pc), owner: owners.states[pc], busyCores: executions.busyCores(pc), speed: speed,
                 layout.rateConstants[pc])
  }
}
