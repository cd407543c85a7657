import Kernel

extension Torque {
  // MARK: - Jobs

  mutating func jobSubmitted(_ slot: Int, _ job: BatchJob, _ fx: inout BatchEffects<TorqueEvent>) {
    while jobs.count <= slot { jobs.append(BatchJob()) }
    jobs[slot] = job
    queue.append(Int32(slot))
    passRequested = true
  }

  /// J5: the job ended; its cores are free, and pbs_sched runs.
  mutating func executionEnded(_ slot: Int, _ fx: inout BatchEffects<TorqueEvent>) {
    let pc = Int(running.node(of: slot))
    let cores = jobs[slot].cores
    running.remove(slot)
    sync(pc, &fx) { $0.busyCores -= cores }
    passRequested = true
  }

  /// With `owner-away` placement a student's coming or going moves the node between the free-node indexes.
  mutating func ownerChanged(_ pc: Int, _ change: OwnerChange, _ owner: OwnerState, _ fx: inout BatchEffects<TorqueEvent>) {
    owners[pc] = owner
    if placement.ownerAware && change == .session { sync(pc, &fx) }
  }

  mutating func handle(_ event: TorqueEvent, _ fx: inout BatchEffects<TorqueEvent>) -> Bool {
    switch event {
    case .momReports(let pc, let life): return momReported(Int(pc), life: life, &fx)
    case .checkMarksDown(let pc, let generation): return checkFired(Int(pc), generation: generation, &fx)
    case .restartEnds(let epoch): return restartEnded(epoch, &fx)
    case .phaseClassReports(let phaseClass, let epoch): return phaseClassReported(Int(phaseClass), epoch: epoch, &fx)
    case .schedulerIteration:
      passRequested = true
      fx.schedule(.schedulerIteration, at: PeriodicClock.tick(after: fx.now, period: config.schedulerIteration))
      return true
    case .momDisownsJobs(let pc, let life): return momDisownedJobs(Int(pc), life: life, &fx)
    case .operatorPurges(let pc): return operatorPurged(Int(pc), &fx)
    }
  }

  mutating func schedule(_ fx: inout BatchEffects<TorqueEvent>) { runPass(&fx) }

  // MARK: - The pass

  /// One pbs_sched pass: walks the queue in (re)submission order and starts every job that
  /// fits on a node TORQUE believes free. With `fifo` a job that does not fit is skipped;
  /// with `strict-fifo` the pass stops there; with `easy-backfill` the first job that does
  /// not fit reserves a node, and later jobs may not delay it. Nothing is scheduled while
  /// pbs_server restarts. A node that pbs_server believes free but whose MOM is dead fails
  /// the dispatch and is marked down (J6, N13); the job stays in its place.
  ///
  /// With `batch.drain_before_shutdown` a job whose requested walltime on the chosen node
  /// would end after the next scheduled switch-off is not started (J11): it stays queued, is
  /// passed over under `fifo` and `easy-backfill` (it takes no reservation and backfills
  /// nowhere), and stops the pass under `strict-fifo`. This is pbs_sched's dedicated-time
  /// rule (`check_ded_time_boundry` in the FIFO scheduler's `check.c`, with the switched-off
  /// hours as dedicated time), or a Maui standing reservation over them.
  mutating func runPass(_ fx: inout BatchEffects<TorqueEvent>) {
    // A pass can mark a node down, which can requeue jobs: the pass reaches them (it walks
    // to the end of the queue), so they ask for no other pass.
    defer { passRequested = false }
    guard case .running = restartState, !queue.isEmpty else { return }
    var largestFree = largestFreeNode()
    var reservation: Reservation?
    var cursor = queue.firstPosition
    while largestFree > 0, let position = queue.live(from: cursor) {
      cursor = position + 1
      let slot = Int(queue[position])
      let cores = Int(jobs[slot].cores)
      if var reserved = reservation {
        // EASY: backfill elsewhere, or on the reserved node without delaying the reservation.
        if cores <= largestFree && startAnywhere(slot, cores: cores, at: position, excluding: reserved.pc, &fx) == .noNode {
          let walltime = estimatedWalltime(slot, on: reserved.pc)
          let endsInTime = fx.now + walltime <= reserved.shadow
          if freeCores(reserved.pc) >= cores && (endsInTime || cores <= reserved.extraCores)
            && nodes[reserved.pc].mom.isAlive && drain.allows(now: fx.now, walltime: walltime)
          {
            queue.remove(at: position)
            startAttempt(slot, on: reserved.pc, &fx)
            if !endsInTime { reserved.extraCores -= cores }
            reservation = reserved
          }
        }
        largestFree = largestFreeNode()
        continue
      }
      let outcome = cores <= largestFree ? startAnywhere(slot, cores: cores, at: position, excluding: nil, &fx) : .noNode
      largestFree = largestFreeNode()
      if outcome == .started { continue }
      if outcome == .drained && config.policy != .strictFifo { continue }
      switch config.policy {
      case .fifo: continue
      case .strictFifo: break
      case .easyBackfill:
        // Under the drain, a job that could not start by its shadow time and still end
        // before the switch-off gets no reservation: it would hold back the backfill for a
        // start the drain refuses.
        reservation = reserve(for: slot, at: fx.now).flatMap { reserved in
          drain.allowsLater(start: reserved.shadow, walltime: estimatedWalltime(slot, on: reserved.pc), now: fx.now)
            ? reserved : nil
        }
        continue
      }
      break
    }
    queue.compactIfWorthIt()
  }

  /// Starts the job at queue `position` on the best free node other than `excluded`, marking
  /// down every dead node it tries first; unless the drain before a switch-off refuses the
  /// live node it chose (the job then stays queued; no other node is tried).
  private mutating func startAnywhere(_ slot: Int, cores: Int, at position: Int, excluding excluded: Int?,
                                      _ fx: inout BatchEffects<TorqueEvent>) -> StartOutcome {
    while let pc = findNode(cores: cores, excluding: excluded) {
      if nodes[pc].mom.isAlive {
        guard !drain.enabled || drain.allows(now: fx.now, walltime: estimatedWalltime(slot, on: pc)) else { return .drained }
        queue.remove(at: position)
        startAttempt(slot, on: pc, &fx)
        return .started
      }
      fx.append(.dispatchFailed)
      markDown(pc, &fx)
    }
    return .noNode
  }

  /// J2: pbs_server dispatches the job to `pc`.
  private mutating func startAttempt(_ slot: Int, on pc: Int, _ fx: inout BatchEffects<TorqueEvent>) {
    let cores = jobs[slot].cores
    while startedAt.count <= slot { startedAt.append(0) }
    startedAt[slot] = fx.now
    running.push(slot, on: pc)
    sync(pc, &fx) { $0.busyCores += cores }
    fx.append(.start(slot: Int32(slot), pc: Int32(pc), delay: 0))
  }

  /// The largest free-core count of any node the scheduler may use now.
  @inline(__always)
  func largestFreeNode() -> Int { placement.largestFree(activeClasses: activeClasses) }

  /// A node with `cores` free cores other than `excluded`: with `owner-away` placement, a PC
  /// without a student if any.
  @inline(__always)
  func findNode(cores: Int, excluding excluded: Int?) -> Int? {
    placement.find(cores: cores, activeClasses: activeClasses, excluding: excluded)
  }

  /// The job's requested walltime on `pc`, in wall seconds.
  @inline(__always)
  func estimatedWalltime(_ slot: Int, on pc: Int) -> Double {
    layout.requestedWalltime(jobs[slot], on: pc)
  }

  /// EASY's reservation for the job in `slot`: the usable node that will have its cores free
  /// soonest by the running jobs' requested walltimes (the lowest node on a tie), or nil when
  /// no node ever will (cores held by dead jobs never free up).
  func reserve(for slot: Int, at now: Double) -> Reservation? {
    let cores = Int(jobs[slot].cores)
    var best: Reservation?
    for pc in nodes.indices where nodes[pc].state == .up && Int(layout.cores[pc]) >= cores && isActive(nodes[pc].phaseClass) {
      var ends: [(time: Double, cores: Int)] = []
      var job = running.first[pc]
      while job >= 0 {
        let index = Int(job)
        ends.append((startedAt[index] + estimatedWalltime(index, on: pc), Int(jobs[index].cores)))
        job = running.after(job)
      }
      ends.sort { $0.time < $1.time }
      var free = freeCores(pc)
      var shadow = now
      for end in ends where free < cores || end.time <= shadow {
        free += end.cores
        shadow = max(shadow, end.time)
      }
      guard free >= cores else { continue }
      if best.map({ shadow < $0.shadow }) ?? true { best = Reservation(pc: pc, shadow: shadow, extraCores: free - cores) }
    }
    return best
  }
}
