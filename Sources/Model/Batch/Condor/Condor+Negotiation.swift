import Kernel

extension Condor {
  // MARK: - Jobs

  /// A job enters the schedd's queue; it waits for the next negotiation cycle. A new job has
  /// no checkpoint at the access point.
  mutating func jobSubmitted(_ slot: Int, _ job: BatchJob, _ fx: inout BatchEffects<CondorEvent>) {
    while jobs.count <= slot { jobs.append(BatchJob()) }
    jobs[slot] = job
    ensureSlot(slot)
    spooled[slot] = false
    queue.append(Int32(slot))
  }

  /// The job ended; its claim's cores are free.
  mutating func executionEnded(_ slot: Int, _ fx: inout BatchEffects<CondorEvent>) {
    let pc = Int(running.node(of: slot))
    let cores = jobs[slot].cores
    running.remove(slot)
    checkpointGenerations.bump(slot)
    sync(pc, &fx) { $0.busyCores -= cores }
  }

  /// With `owner-away` placement a student's coming or going moves the machine between the
  /// free-machine indexes; a host-aware startd re-evaluates its policy.
  mutating func ownerChanged(_ pc: Int, _ change: OwnerChange, _ owner: OwnerState, _ fx: inout BatchEffects<CondorEvent>) {
    owners[pc] = owner
    if placement.ownerAware && change == .session { sync(pc, &fx) }
    evaluateStartd(pc, &fx)
  }

  mutating func handle(_ event: CondorEvent, _ fx: inout BatchEffects<CondorEvent>) -> Bool {
    switch event {
    case .negotiationCycle:
      cycleDue = true
      fx.schedule(.negotiationCycle, at: PeriodicClock.tick(after: fx.now, period: config.negotiatorInterval))
      return true
    case .adExpires(let pc, let generation): return adExpired(Int(pc), generation: generation, &fx)
    case .leaseExpires(let slot, let generation): return leaseExpired(Int(slot), generation: generation, &fx)
    case .startdEvaluates(let pc, let generation):
      guard evaluationGenerations.isCurrent(Int(pc), generation: generation) else { return false }
      evaluationAt[Int(pc)] = .infinity
      evaluateStartd(Int(pc), &fx)
      return true
    case .preemptDue(let pc, let generation): return preemptDue(Int(pc), generation: generation, &fx)
    case .checkpointDue(let slot, let generation): return checkpointDue(Int(slot), generation: generation, &fx)
    }
  }

  mutating func schedule(_ fx: inout BatchEffects<CondorEvent>) {
    guard cycleDue else { return }
    cycleDue = false
    negotiate(&fx)
  }

  // MARK: - The negotiation cycle

  /// C4: the negotiator walks the queue in submission order and matches each job to a
  /// listed machine with enough free cores whose START holds (a job that fits nowhere is
  /// skipped). A match to a machine whose startd is dead fails and its ad is dropped (C3).
  /// With `drain_before_shutdown`, START also refuses a job whose requested walltime on the
  /// chosen machine would end after the next scheduled switch-off (C13): it keeps its place.
  mutating func negotiate(_ fx: inout BatchEffects<CondorEvent>) {
    guard !queue.isEmpty else { return }
    var largestFree = largestFreeMachine()
    var cursor = queue.firstPosition
    while largestFree > 0, let position = queue.live(from: cursor) {
      cursor = position + 1
      let slot = Int(queue[position])
      let cores = Int(jobs[slot].cores)
      guard cores <= largestFree else { continue }
      while let pc = findMachine(cores: cores) {
        if machines[pc].startd.isRunning {
          guard startAllows(slot, on: pc, now: fx.now) else { break }
          queue.remove(at: position)
          claim(slot, on: pc, &fx)
          break
        }
        fx.append(.dispatchFailed)
        dropAd(pc, &fx)
      }
      largestFree = largestFreeMachine()
    }
    queue.compactIfWorthIt()
  }

  /// C13: the drain part of START: whether the job in `slot` may start on `pc` now, given its
  /// requested walltime there and the next scheduled switch-off (always, without the option).
  private mutating func startAllows(_ slot: Int, on pc: Int, now: Double) -> Bool {
    guard drain.enabled else { return true }
    return drain.allows(now: now, walltime: layout.requestedWalltime(jobs[slot], on: pc))
  }

  /// C5: the schedd claims the machine and starts the job after `claim_delay`, and, for a
  /// self-checkpointing job with a checkpoint at the access point, after the checkpoint's
  /// transfer back to the new sandbox. The first periodic checkpoint is scheduled one interval
  /// after the work starts.
  private mutating func claim(_ slot: Int, on pc: Int, _ fx: inout BatchEffects<CondorEvent>) {
    let cores = jobs[slot].cores
    ensureSlot(slot)
    jobs[slot].attempts += 1
    running.push(slot, on: pc)
    sync(pc, &fx) { $0.busyCores += cores }
    var delay = config.claimDelay
    if let checkpointing {
      if spooled[slot] { delay += checkpointing.restoreCost }
      let generation = checkpointGenerations.bump(slot)
      fx.schedule(.checkpointDue(slot: Int32(slot), generation: generation),
                  after: delay + checkpointing.interval.sample(checkpointStream))
    }
    fx.append(.start(slot: Int32(slot), pc: Int32(pc), delay: delay))
  }

  /// C10: the periodic checkpoint (standard universe: the image; self-checkpointing: the
  /// checkpoint exit and the transfer to the access point); the next is scheduled after its
  /// cost and an interval.
  private mutating func checkpointDue(_ slot: Int, generation: UInt32, _ fx: inout BatchEffects<CondorEvent>) -> Bool {
    guard let checkpointing, checkpointGenerations.isCurrentIfPresent(slot, generation: generation),
      running.contains(slot)
    else { return false }
    spooled[slot] = true
    fx.append(.checkpoint(slot: Int32(slot), cost: checkpointing.cost))
    fx.schedule(.checkpointDue(slot: Int32(slot), generation: generation),
                after: checkpointing.cost + checkpointing.interval.sample(checkpointStream))
    return true
  }

  /// The largest free-core count of any machine the negotiator may match now.
  @inline(__always)
  func largestFreeMachine() -> Int { placement.largestFree(activeClasses: 1) }

  /// A machine with `cores` free cores: with `owner-away` placement, a PC without a student if any.
  @inline(__always)
  func findMachine(cores: Int) -> Int? { placement.find(cores: cores, activeClasses: 1) }
}
