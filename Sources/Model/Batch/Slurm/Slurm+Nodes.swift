import Kernel

extension Slurm {
  // MARK: - slurmds start and die

  /// V3: slurmd starts in `pc`'s VM and sends its registration at once (slurmd.c
  /// `_registration_engine`). A static node not in slurm.conf waits for the join script; a
  /// dynamic node (`slurmd -Z`) creates its record (L3). While slurmctld restarts, the
  /// registration waits for it (slurmd retries every second).
  mutating func daemonsStarted(_ pc: Int, _ fx: inout BatchEffects<SlurmEvent>) {
    let now = fx.now
    sync(pc, &fx) { $0.slurmd = .starting(since: now) }
    if nodes[pc].state == .absent && !instant && config.nodes == .slurmConf {
      fx.append(.register(pc: Int32(pc)))
      return
    }
    guard case .running = slurmctld else { return }
    register(pc, &fx)
  }

  /// slurmd's registration reaches slurmctld (node_mgr.c `validate_node_specs`, Slurm 22.05).
  /// The slurmd has always just started in a freshly booted VM, so slurmctld sees a reboot it
  /// did not order unless it resumed the node itself.
  mutating func register(_ pc: Int, _ fx: inout BatchEffects<SlurmEvent>) {
    let now = fx.now
    let state = nodes[pc].state
    // The reason the node stays DOWN unless ReturnToService=2 returns it.
    let stays: SlurmDownReason
    switch state {
    case .absent, .unknown, .poweringUp:
      // L2, L3 (a node's first registration), L14 (the resume it asked for).
      bringUp(pc, at: now, &fx)
      if state == .poweringUp { startConfiguringJobs(pc, &fx) }
      return
    case .up:
      // L8, L9: a node slurmctld still believed up comes back from a reboot: its jobs are gone.
      resolveHeldJobs(pc, &fx)
      stays = .unexpectedReboot
    case .down(let reason):
      // L6, L7: ReturnToService=2 returns it; 0 never; 1 only after no reboot, never here. The
      // reason "Not responding" becomes "Node unexpectedly rebooted"; another reason stays.
      stays = reason == .notResponding ? .unexpectedReboot : reason
    case .poweringDown, .poweredDown:
      // L16: someone switched the PC on (a student): slurmctld did not resume it, so this is
      // an unexpected reboot unless ReturnToService=2.
      powerGenerations.bump(pc)
      stays = .unexpectedReboot
    }
    if config.returnToService == .always {
      bringUp(pc, at: now, &fx)
      return
    }
    sync(pc, &fx) { node in
      node.slurmd = .registered(at: now)
      node.state = .down(stays)
      node.ghostCores = 0
    }
    if case .up = state {
      // L8: the reboot is how slurmctld finds the node down.
      pingGenerations.bump(pc)
      fx.append(.nodeDetectedDown(pc: Int32(pc)))
    }
  }

  /// The node is up and its slurmd registered; slurmctld asks for a scheduling pass
  /// (a node newly available, proc_req.c `queue_job_scheduler`).
  private mutating func bringUp(_ pc: Int, at now: Double, _ fx: inout BatchEffects<SlurmEvent>) {
    sync(pc, &fx) { node in
      node.slurmd = .registered(at: now)
      node.state = .up
      node.ghostCores = 0
    }
    pingGenerations.bump(pc)
    mainDue = true
  }

  /// H2: the PC and its slurmd are gone. Nothing tells slurmctld: slurmd sends no message when it
  /// stops, even cleanly (slurmd.c: SIGTERM only ends its message loop), so a graceful power-off
  /// is found like a crash, by the pings (L4, then L5). Its jobs died: slurmctld still counts
  /// them (ghost cores) and decides at the mark-down. In `instant` mode the node is gone at once (L17),
  /// unless power saving switched it off: it stays POWERING_DOWN or POWERED_DOWN (L11, L12).
  mutating func nodeVanished(_ pc: Int, cause: LossCause, _ fx: inout BatchEffects<SlurmEvent>) {
    let slurmd = nodes[pc].slurmd
    let state = nodes[pc].state
    let keepView = !instant && state == .up
    // The dead jobs' cores move in one change with the slurmd's death, so the node never
    // looks idle (registered, no job) on the way.
    var lost: Int32 = 0
    while let slot = running.popFirst(pc) {
      lost += jobs[slot].cores
      fx.append(.holdForRequeue(slot: Int32(slot)))
      held.push(slot, on: pc)
    }
    sync(pc, &fx) { node in
      node.busyCores -= lost
      if keepView { node.ghostCores += lost }
      node.slurmd = .dead
    }
    if instant {
      resolveHeldJobs(pc, &fx)
      // A node power saving switched off stays POWERING_DOWN / POWERED_DOWN, so a job can
      // resume it; any other node is gone with its PC.
      let poweredOff = state == .poweringDown || state == .poweredDown
      sync(pc, &fx) { node in
        if !poweredOff { node.state = .absent }
        node.ghostCores = 0
      }
      return
    }
    guard state == .up, case .registered(let registeredAt) = slurmd else { return }
    let lastResponse = lastResponse(registeredAt: registeredAt, before: fx.now)
    scheduleNotResponding(pc, lastResponse: lastResponse, &fx)
  }

  /// The last time before `time` that slurmctld heard from a slurmd that registered at
  /// `registeredAt`. slurmctld pings every `ping_interval` P = `SlurmdTimeout`/3, at its ticks,
  /// only the nodes it has not heard from within P (ping_nodes.c `still_live_time`): after its
  /// registration at r a node answers at the first tick after r + P and then every 2P.
  func lastResponse(registeredAt: Double, before time: Double) -> Double {
    let period = config.pingInterval
    let first = PeriodicClock.tick(after: registeredAt + period, period: period)
    guard time >= first else { return registeredAt }
    return first + PeriodicClock.tick(atOrBefore: time - first, period: 2 * period)
  }

  /// Schedules the ping cycle that sets the node DOWN: the first tick T of the ping interval P,
  /// not before now, at which the last response is at or before the previous cycle less
  /// `SlurmdTimeout` (ping_nodes.c `node_dead_time`): T ≥ last response + P + `SlurmdTimeout`.
  mutating func scheduleNotResponding(_ pc: Int, lastResponse: Double, _ fx: inout BatchEffects<SlurmEvent>) {
    let period = config.pingInterval
    let due = PeriodicClock.tick(atOrAfter: max(lastResponse + period + config.slurmdTimeout, fx.now), period: period)
    fx.schedule(.notResponding(pc: Int32(pc), generation: pingGenerations[pc]), at: due)
  }

  /// L5: the ping cycle finds the node silent: slurmctld sets it DOWN (not responding). While
  /// slurmctld restarts, the check waits for the next ping cycle.
  mutating func notRespondingDue(_ pc: Int, generation: UInt32, _ fx: inout BatchEffects<SlurmEvent>) -> Bool {
    guard pingGenerations.isCurrent(pc, generation: generation), nodes[pc].state == .up,
      !nodes[pc].slurmd.isRegistered
    else { return false }
    if case .restarting = slurmctld {
      fx.schedule(.notResponding(pc: Int32(pc), generation: generation),
                  at: PeriodicClock.tick(after: fx.now, period: config.pingInterval))
      return true
    }
    setDown(pc, .notResponding, &fx)
    return true
  }

  /// slurmctld sets the node DOWN (L5, L10, L15): the jobs it believed ran there are requeued or
  /// fail (node_mgr.c `_make_node_down` → `kill_running_job_by_node_ptr`). A node that failed
  /// (not a resume that timed out) counts as detected down.
  mutating func setDown(_ pc: Int, _ reason: SlurmDownReason, _ fx: inout BatchEffects<SlurmEvent>) {
    sync(pc, &fx) { node in
      node.state = .down(reason)
      node.ghostCores = 0
    }
    pingGenerations.bump(pc)
    if reason != .resumeTimeout { fx.append(.nodeDetectedDown(pc: Int32(pc))) }
    resolveHeldJobs(pc, &fx)
  }

  /// B3, B4: the jobs that died on `pc` are requeued (`JobRequeue=1`, keeping their priority)
  /// or fail and go back to their users (`JobRequeue=0`).
  mutating func resolveHeldJobs(_ pc: Int, _ fx: inout BatchEffects<SlurmEvent>) {
    guard !held.isEmpty(pc) else { return }
    while let slot = held.popFirst(pc) {
      if config.jobRequeue {
        fx.append(.requeued(slot: Int32(slot)))
        queue.insert(slot, key: priority[slot])
      } else {
        fx.append(.handToUser(slot: Int32(slot)))
      }
    }
    if config.jobRequeue { mainDue = true }
  }

  // MARK: - The CE's join script (static nodes)

  /// L1: the join script adds `pc` to slurm.conf. After a restart (`restarting`) its slurmd
  /// registers when slurmctld is back; otherwise (`registration.mode: live`) at once, if it runs.
  mutating func addNode(_ pc: Int, restarting: Bool, _ fx: inout BatchEffects<SlurmEvent>) {
    guard nodes[pc].state == .absent else { return }
    sync(pc, &fx) { $0.state = .unknown }
    if case .running = slurmctld, nodes[pc].slurmd.isRunning { register(pc, &fx) }
  }

  /// R1: the join script restarts slurmctld to read the new slurm.conf (Slurm 22.05 cannot add
  /// a node with `scontrol reconfigure` alone: the Slurm FAQ on adding nodes). It schedules
  /// nothing and answers no RPC until it is back; running jobs keep running (their slurmstepds
  /// do not depend on slurmctld), and the node table is recovered from its state files, so no
  /// node is hidden afterwards.
  mutating func restart(for duration: Double, _ fx: inout BatchEffects<SlurmEvent>) {
    fx.append(.restartBegan)
    let epoch = slurmctld.epoch &+ 1
    slurmctld = .restarting(epoch: epoch)
    fx.schedule(.restartEnds(epoch: epoch), after: duration)
  }

  /// R2: slurmctld is back: every slurmd that waited registers (L2, and L6–L9, L14, L16 for
  /// nodes whose slurmd restarted meanwhile), and the main scheduler runs.
  mutating func restartEnded(_ epoch: UInt32, _ fx: inout BatchEffects<SlurmEvent>) -> Bool {
    guard slurmctld == .restarting(epoch: epoch) else { return false }
    slurmctld = .running(epoch: epoch)
    for pc in nodes.indices where nodes[pc].state != .absent {
      if case .starting = nodes[pc].slurmd { register(pc, &fx) }
    }
    mainDue = true
    return true
  }

  /// Slurm's nodes are never removed by the CE's clean-up script: a node once in slurm.conf
  /// (or once registered, for a dynamic node) keeps its record.
  mutating func removeDownNodes(_ fx: inout BatchEffects<SlurmEvent>) -> [Int] { [] }
}
