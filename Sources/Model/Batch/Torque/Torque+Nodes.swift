import Kernel

extension Torque {
  // MARK: - MOMs start and die

  /// V3: the VM's pbs_mom starts now. A node TORQUE already lists hears from it at its
  /// first status report; an unknown one waits for the join script. In `instant` mode the
  /// node is up at once (N4).
  mutating func daemonsStarted(_ pc: Int, _ fx: inout BatchEffects<TorqueEvent>) {
    let now = fx.now
    momLives[pc] &+= 1
    let life = momLives[pc]
    if instant {
      sync(pc, &fx) { node in
        node.state = .up
        node.phaseClass = 0
        node.mom = .alive(firstStatus: now, life: life)
      }
      passRequested = true
      return
    }
    // pbs_mom reports on whole-second ticks of its phase class.
    let firstStatus = PeriodicClock.tick(atOrAfter: now, period: classWidth)
    let phaseClass = Int32(Int((firstStatus / classWidth).rounded()) % classCount)
    sync(pc, &fx) { node in
      node.mom = .alive(firstStatus: firstStatus, life: life)
      node.phaseClass = phaseClass
    }
    if nodes[pc].state == .absent {
      fx.append(.register(pc: Int32(pc)))
    } else {
      fx.schedule(.momReports(pc: Int32(pc), life: life), at: firstStatus)
    }
    // pbs_server polls a running job's MOM by its execution host, listed or not (an
    // assumption for a removed node); the model takes the fresh MOM's first status time.
    if !unnoticed.isEmpty(pc) && (config.lossKnown == .momReturns || config.lossKnown == .nodeDown) {
      fx.schedule(.momDisownsJobs(pc: Int32(pc), life: life), at: firstStatus)
    }
  }

  /// H2 with V4–V6: the PC and its MOM are gone. Its jobs died with it: pbs_server keeps
  /// counting their cores (ghost cores) until it hears otherwise; a rerunnable job waits
  /// for the node to be marked down (J9); any other job stays running in pbs_server's view
  /// until its user learns of the loss as `loss_known` says (J10), at once with `at-once`
  /// and in `instant` mode (J3, J7). pbs_server notices the silence at the next
  /// `check_nodes` (N11, N12, N14).
  ///
  /// The cause does not matter: a graceful power-off (`cause.isGraceful`) stops pbs_mom with
  /// SIGTERM, whose handler (`stop_me`, `mom_main.c`) only sets the exit state, "leaving jobs
  /// running, just exiting"; `main` then closes its connections and logs "Is down" without a
  /// last status to pbs_server. So pbs_server learns of a shut-down node as of a crashed one,
  /// by `check_nodes`, and the jobs, killed with the guest, stay in state R.
  mutating func nodeVanished(_ pc: Int, cause: LossCause, _ fx: inout BatchEffects<TorqueEvent>) {
    let keepServerView = !instant && nodes[pc].state == .up
    let now = fx.now
    var purge = false
    while let slot = running.popFirst(pc) {
      let cores = jobs[slot].cores
      sync(pc, &fx) { node in
        node.busyCores -= cores
        if keepServerView { node.ghostCores += cores }
      }
      if config.rerunnable {
        fx.append(.holdForRequeue(slot: Int32(slot)))
        if instant {
          requeue(slot, &fx)
        } else {
          held.push(slot, on: pc)
        }
      } else if instant || config.lossKnown == .atOnce {
        fx.append(.handToUser(slot: Int32(slot)))
      } else {
        // J10: still R in pbs_server's view; the lab keeps the job until it is handed back.
        fx.append(.holdForRequeue(slot: Int32(slot)))
        unnoticed.push(slot, on: pc)
        while lostAt.count <= slot { lostAt.append(0) }
        lostAt[slot] = now
        purge = config.lossKnown == .momReturns || config.lossKnown == .operatorPurge
      }
    }
    if purge { fx.schedule(.operatorPurges(pc: Int32(pc)), at: now + config.purgeAfter) }
    let statusPeriod = statusPeriod
    let mom = nodes[pc].mom
    let phaseClass = nodes[pc].phaseClass
    let active = isActive(phaseClass)
    let instant = instant
    var check = false
    sync(pc, &fx) { node in
      if instant {
        node.state = .absent
        node.ghostCores = 0
        node.mom = .dead(lastStatus: -.infinity)
      } else if case .alive(let firstStatus, _) = mom {
        node.mom = .dead(lastStatus: PeriodicClock.lastBeat(atOrBefore: now, start: firstStatus, period: statusPeriod))
        if node.state == .up && !active {
          // Its MOM had not reported since the last pbs_server restart: the node was still
          // DOWN in TORQUE, and now no report will ever come (N14).
          node.state = .awaitingReport
          node.ghostCores = 0
        }
        check = node.state == .up || node.state == .awaitingReport
      }
    }
    if check { scheduleCheck(pc, &fx) }
  }

  // MARK: - The CE's scripts

  /// N1, N2, N9: the join script adds `pc` to the node list.
  mutating func addNode(_ pc: Int, restarting: Bool, _ fx: inout BatchEffects<TorqueEvent>) {
    switch (restarting, nodes[pc].mom) {
    case (true, .alive):
      // The restart that began hides the node until its MOM reports.
      sync(pc, &fx) { $0.state = .up }
    case (false, .alive(let firstStatus, let life)):
      sync(pc, &fx) { $0.state = .awaitingReport }
      let report = nextStatus(of: nodes[pc].phaseClass, atOrAfter: max(fx.now, firstStatus))
      fx.schedule(.momReports(pc: Int32(pc), life: life), at: report)
    default:
      // Ganglia still listed a VM that has died: added, but no MOM will ever report.
      sync(pc, &fx) { $0.state = .awaitingReport }
      scheduleCheck(pc, &fx)
    }
  }

  /// The next status time ≥ `time` of MOMs in `phaseClass`.
  func nextStatus(of phaseClass: Int32, atOrAfter time: Double) -> Double {
    let offset = Double(phaseClass) * classWidth
    return offset + PeriodicClock.tick(atOrAfter: time - offset, period: statusPeriod)
  }

  /// The join script restarts pbs_server: nothing is scheduled until it is back, and then
  /// every node stays down until its MOM's next status report. A ghost (a dead node still
  /// listed as up) is DOWN after the restart, waiting for a report that never comes (N10).
  mutating func restart(for duration: Double, _ fx: inout BatchEffects<TorqueEvent>) {
    fx.append(.restartBegan)
    let epoch = restartState.epoch &+ 1
    restartState = .restarting(epoch: epoch)
    hideAllClasses()
    for member in ghosts.members {
      sync(Int(member), &fx) { node in
        node.state = .awaitingReport
        node.ghostCores = 0
      }
    }
    fx.schedule(.restartEnds(epoch: epoch), after: duration)
  }

  /// N8: the clean-up script removes every node marked down from the node list.
  mutating func removeDownNodes(_ fx: inout BatchEffects<TorqueEvent>) -> [Int] {
    let removed = markedDown.members.map(Int.init)
    for pc in removed {
      sync(pc, &fx) { $0.state = .absent }
      checkGenerations.bump(pc)
    }
    return removed
  }

  // MARK: - pbs_server's timers

  /// Restart `epoch` is over: each phase class reports at its next status time, and pbs_sched runs.
  mutating func restartEnded(_ epoch: UInt32, _ fx: inout BatchEffects<TorqueEvent>) -> Bool {
    guard restartState == .restarting(epoch: epoch) else { return false }
    restartState = .running(epoch: epoch)
    // In time order, so the series stays in its lane; the classes' times differ, so the order
    // they are scheduled in does not change the order they fire.
    let reports = (0..<classCount).map { nextStatus(of: Int32($0), atOrAfter: fx.now) }
    for phaseClass in reports.indices.sorted(by: { reports[$0] < reports[$1] }) {
      fx.scheduleInSeries(.phaseClassReports(phaseClass: Int32(phaseClass), epoch: epoch), at: reports[phaseClass])
    }
    passRequested = true
    return true
  }

  /// Every MOM of `phaseClass` has now reported since the restart: its nodes are usable again.
  mutating func phaseClassReported(_ phaseClass: Int, epoch: UInt32, _ fx: inout BatchEffects<TorqueEvent>) -> Bool {
    guard restartState == .running(epoch: epoch) else { return false }
    reveal(phaseClass, &fx)
    return true
  }

  /// N3, N6, N7: a MOM's first status since its node was created or went down: the node is
  /// up. The fresh MOM does not know the jobs that died with its VM: pbs_server aborts them,
  /// even rerunnable ones (`req_stat.c`), and their users decide.
  mutating func momReported(_ pc: Int, life: UInt32, _ fx: inout BatchEffects<TorqueEvent>) -> Bool {
    guard case .alive(_, let current) = nodes[pc].mom, current == life, nodes[pc].state != .absent else { return false }
    sync(pc, &fx) { node in
      node.state = .up
      node.ghostCores = 0
    }
    checkGenerations.bump(pc)  // a pending check_nodes mark-down is void
    while let slot = held.popFirst(pc) { fx.append(.handToUser(slot: Int32(slot))) }
    return true
  }

  /// Schedules the `check_nodes` pass that will find `pc` silent for `node_check_rate`.
  mutating func scheduleCheck(_ pc: Int, _ fx: inout BatchEffects<TorqueEvent>) {
    let rate = config.nodeCheckRate
    var silentFrom = fx.now
    if case .dead(let lastStatus) = nodes[pc].mom, lastStatus.isFinite { silentFrom = lastStatus }
    let check = PeriodicClock.tick(atOrAfter: max(silentFrom + rate, fx.now), period: rate)
    fx.schedule(.checkMarksDown(pc: Int32(pc), generation: checkGenerations[pc]), at: check)
  }

  /// N11, N12: `check_nodes` finds the node silent. While pbs_server restarts, it runs again
  /// at its next tick.
  mutating func checkFired(_ pc: Int, generation: UInt32, _ fx: inout BatchEffects<TorqueEvent>) -> Bool {
    guard checkGenerations.isCurrent(pc, generation: generation) else { return false }
    let state = nodes[pc].state
    guard state == .up || state == .awaitingReport else { return false }
    if case .restarting = restartState {
      fx.schedule(.checkMarksDown(pc: Int32(pc), generation: generation),
                  at: PeriodicClock.tick(after: fx.now, period: config.nodeCheckRate))
      return true
    }
    markDown(pc, &fx)
    return true
  }

  /// pbs_server marks the node down (by `check_nodes`, N11/N12, or after a failed dispatch, N13):
  /// the clean-up script will remove it, and its rerunnable dead jobs are requeued (J9).
  mutating func markDown(_ pc: Int, _ fx: inout BatchEffects<TorqueEvent>) {
    sync(pc, &fx) { node in
      node.state = .markedDown
      node.ghostCores = 0
    }
    checkGenerations.bump(pc)
    fx.append(.nodeDetectedDown(pc: Int32(pc)))
    fx.append(.cleanUp)
    if config.lossKnown == .nodeDown { handUnnoticedJobs(on: pc, &fx) }
    guard !held.isEmpty(pc) else { return }
    while let slot = held.popFirst(pc) { requeue(slot, &fx) }
    passRequested = true
  }

  // MARK: - When a lost job's user learns of it (J10)

  /// J10 (`node-down`, `mom-returns`): the fresh MOM of life `life` on `pc` answers pbs_server's
  /// job status request; it does not know the jobs pbs_server still shows running there, and
  /// pbs_server aborts them (`req_stat.c`). Stale if that MOM has died since.
  mutating func momDisownedJobs(_ pc: Int, life: UInt32, _ fx: inout BatchEffects<TorqueEvent>) -> Bool {
    guard case .alive(_, let current) = nodes[pc].mom, current == life, !unnoticed.isEmpty(pc) else { return false }
    handUnnoticedJobs(on: pc, &fx)
    return true
  }

  /// J10 (`mom-returns`, `operator-purge`): the operator purges (`qdel -p`) the jobs on `pc`
  /// that went down `purge_after` ago or earlier and that pbs_server still shows running.
  mutating func operatorPurged(_ pc: Int, _ fx: inout BatchEffects<TorqueEvent>) -> Bool {
    var due: [Int] = []
    var slot = unnoticed.first[pc]
    while slot >= 0 {
      if lostAt[Int(slot)] + config.purgeAfter <= fx.now { due.append(Int(slot)) }
      slot = unnoticed.after(slot)
    }
    for slot in due {
      unnoticed.remove(slot)
      fx.append(.handToUser(slot: Int32(slot)))
    }
    return !due.isEmpty
  }

  /// pbs_server ends every job it still showed running on `pc`: their users learn of the loss.
  mutating func handUnnoticedJobs(on pc: Int, _ fx: inout BatchEffects<TorqueEvent>) {
    while let slot = unnoticed.popFirst(pc) { fx.append(.handToUser(slot: Int32(slot))) }
  }

  /// pbs_server requeues a rerunnable job: it joins the tail of the queue.
  mutating func requeue(_ slot: Int, _ fx: inout BatchEffects<TorqueEvent>) {
    fx.append(.requeued(slot: Int32(slot)))
    queue.append(Int32(slot))
  }
}
