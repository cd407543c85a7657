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
  }

  /// H2 with V4–V6: the PC and its MOM are gone. Its jobs died with it: pbs_server keeps
  /// counting their cores (ghost cores) until it hears otherwise; a rerunnable job waits
  /// for the node to be marked down (J9), any other job goes back to its user at once (J3,
  /// J7). pbs_server notices the silence at the next `check_nodes` (N11, N12, N14).
  mutating func nodeVanished(_ pc: Int, cause: LossCause, _ fx: inout BatchEffects<TorqueEvent>) {
    let keepServerView = !instant && nodes[pc].state == .up
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
      } else {
        fx.append(.handToUser(slot: Int32(slot)))
      }
    }
    let now = fx.now
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
    guard !held.isEmpty(pc) else { return }
    while let slot = held.popFirst(pc) { requeue(slot, &fx) }
    passRequested = true
  }

  /// pbs_server requeues a rerunnable job: it joins the tail of the queue.
  mutating func requeue(_ slot: Int, _ fx: inout BatchEffects<TorqueEvent>) {
    fx.append(.requeued(slot: Int32(slot)))
    queue.append(Int32(slot))
  }
}
