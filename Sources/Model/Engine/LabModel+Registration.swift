import Kernel
import Stochastics

extension LabModel {
  // MARK: - Ganglia and the join cron script

  func scheduleJoinCron() {
    guard !joinCronScheduled else { return }
    joinCronScheduled = true
    sim.schedule(.joinCron, at: PeriodicClock.tick(after: sim.now, period: config.registration.addPeriod))
  }

  /// Whether gmetad's last poll at `poll` showed `host` as alive:
  /// gmond had started by then and its last heartbeat was under 4 × TMAX old.
  func gangliaSawAlive(_ host: Int, atPoll poll: Double) -> Bool {
    let record = hosts[host]
    guard record.gmondStart <= poll else { return false }
    if record.vm == .running { return true }
    return poll - record.lastHeartbeat < config.monitoring.silenceLimit
  }

  /// The join script: reads Ganglia's view (as of gmetad's last poll) and adds
  /// every live host that TORQUE does not know; with `restart` it then restarts pbs_server.
  func joinCronRan() {
    joinCronScheduled = false
    let now = sim.now
    let poll = PeriodicClock.tick(atOrBefore: now, period: config.monitoring.gmetadPoll)
    var newNodes: [Int] = []
    for member in pendingRegistration.members {
      let host = Int(member)
      if gangliaSawAlive(host, atPoll: poll) {
        newNodes.append(host)
      } else if hosts[host].vm != .running {
        pendingRegistration.remove(host)  // Ganglia lost it before it was ever added
      }
    }
    // The restart takes effect as the node list changes: no node is usable
    // from the moment the script edits it until its MOM reports afterwards.
    if !newNodes.isEmpty && mode == .restart { beginRestart() }
    for host in newNodes {
      pendingRegistration.remove(host)
      addNode(host)
    }
    if !pendingRegistration.isEmpty { scheduleJoinCron() }
  }

  /// Puts `host` into TORQUE's node list.
  func addNode(_ host: Int) {
    detach(host)
    let alive = hosts[host].vm == .running
    switch (mode, alive) {
    case (.restart, true):
      // The restart that follows hides the node until its MOM reports.
      hosts[host].server = .up
    case (.live, true):
      hosts[host].server = .awaitingReport
      let record = hosts[host]
      let report = nextStatus(of: record.phaseClass, atOrAfter: max(sim.now, record.momStart))
      sim.schedule(.nodeHello(host: Int32(host), generation: vmGenerations[host]), at: report)
    default:
      // Ganglia still listed a VM that has died: added, but no MOM will ever report.
      hosts[host].server = .awaitingReport
      scheduleNodeCheck(host)
    }
    attach(host)
  }

  /// The next status time ≥ `time` of MOMs in `phaseClass`.
  func nextStatus(of phaseClass: Int32, atOrAfter time: Double) -> Double {
    let offset = Double(phaseClass) * classWidth
    return offset + PeriodicClock.tick(atOrAfter: time - offset, period: statusPeriod)
  }

  // MARK: - pbs_server restarts

  /// Restarts pbs_server: nothing is scheduled until it is back, and then
  /// every node stays down until its MOM's next status report.
  func beginRestart() {
    metrics.restartBegan(at: sim.now)
    restartInProgress = true
    restartEpoch &+= 1
    activeClasses = 0
    usableNodes = 0
    for member in ghosts.members {
      // A dead node that TORQUE still listed as up: after the restart it is
      // down, waiting for a report that never comes.
      let host = Int(member)
      detach(host)
      hosts[host].server = .awaitingReport
      hosts[host].ghostCores = 0
      attach(host)
    }
    let duration = config.registration.restartDuration.sample(restartStream)
    sim.schedule(.restartEnded(epoch: restartEpoch), after: duration)
  }

  func restartEnded(_ epoch: UInt32) {
    guard epoch == restartEpoch else { return }
    restartInProgress = false
    for phaseClass in 0..<classCount {
      let report = nextStatus(of: Int32(phaseClass), atOrAfter: sim.now)
      sim.schedule(.phaseClassReported(phaseClass: Int32(phaseClass), epoch: epoch), at: report)
    }
    schedulingPass()
  }

  /// Every MOM of `phaseClass` has now reported since the restart: its nodes are free again.
  func phaseClassReported(_ phaseClass: Int, _ epoch: UInt32) {
    guard epoch == restartEpoch, !restartInProgress else { return }
    activeClasses |= 1 << UInt64(phaseClass)
    usableNodes += usableInClass[phaseClass]
    var waiting: [Int32] = []
    swap(&waiting, &awaitingInClass[phaseClass])  // take the list without copying it
    defer {
      waiting.removeAll(keepingCapacity: true)
      swap(&waiting, &awaitingInClass[phaseClass])  // give the (empty) buffer back
    }
    for member in waiting {
      let host = Int(member)
      let record = hosts[host]
      if record.awaitingUsable && record.countedUsable && record.phaseClass == Int32(phaseClass) {
        hosts[host].awaitingUsable = false
        nodeBecameUsable(host, upSince: record.upSince)
      }
    }
  }

  // MARK: - MOM reports and check_nodes

  /// A MOM's first status since its node was created or went down: the node is up.
  func nodeReported(_ host: Int, _ generation: UInt32) {
    guard vmGenerations.isCurrent(host, generation: generation), hosts[host].server != .absent else { return }
    detach(host)
    hosts[host].server = .up
    hosts[host].ghostCores = 0  // the fresh MOM does not know the dead jobs; the server aborts them
    serverGenerations.bump(host)  // a pending check_nodes mark-down is void
    attach(host)
    settleGhostJobs(on: host, requeue: false)  // aborted even when rerunnable (req_stat.c)
  }

  /// Schedules the `check_nodes` pass that will find `host` silent for `node_check_rate`.
  func scheduleNodeCheck(_ host: Int) {
    let rate = torqueConfig.nodeCheckRate
    let silentFrom = hosts[host].lastStatus.isFinite ? hosts[host].lastStatus : sim.now
    let check = PeriodicClock.tick(atOrAfter: max(silentFrom + rate, sim.now), period: rate)
    sim.schedule(.nodeCheckMarksDown(host: Int32(host), generation: serverGenerations[host]), at: check)
  }

  func nodeCheckFired(_ host: Int, _ generation: UInt32) {
    guard serverGenerations.isCurrent(host, generation: generation) else { return }
    let state = hosts[host].server
    guard state == .up || state == .awaitingReport else { return }
    if restartInProgress && !condor {
      // pbs_server is down: its check_nodes runs again at the next tick.
      let rate = torqueConfig.nodeCheckRate
      sim.schedule(.nodeCheckMarksDown(host: Int32(host), generation: generation),
                   at: PeriodicClock.tick(after: sim.now, period: rate))
      return
    }
    markDown(host)
  }

  /// TORQUE marks the node down (by `check_nodes` or after a failed dispatch).
  func markDown(_ host: Int) {
    detach(host)
    hosts[host].server = condor ? .absent : .markedDown  // the collector simply forgets the machine
    hosts[host].ghostCores = 0
    serverGenerations.bump(host)
    attach(host)
    metrics.nodeMarkedDown(at: sim.now, hostDownSince: hosts[host].vmDeath)
    if condor { return }  // leased jobs wait for their lease (or the startd's return)
    scheduleCleanupCron()
    settleGhostJobs(on: host, requeue: true)
  }

  // MARK: - The clean-up cron script

  func scheduleCleanupCron() {
    guard !cleanupCronScheduled else { return }
    cleanupCronScheduled = true
    sim.schedule(.cleanupCron, at: PeriodicClock.tick(after: sim.now, period: config.registration.cleanupPeriod))
  }

  /// Removes every node that is down from TORQUE's node list.
  func cleanupCronRan() {
    cleanupCronScheduled = false
    for member in markedDown.members {
      let host = Int(member)
      detach(host)
      hosts[host].server = .absent
      serverGenerations.bump(host)
      attach(host)
      if hosts[host].vm == .running {
        // It came back but had not reported yet: it must join again.
        pendingRegistration.insert(host)
        scheduleJoinCron()
      }
    }
  }
}
