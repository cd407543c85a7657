import Kernel

extension Slurm {
  // MARK: - Jobs

  /// A job is submitted (or resubmitted by its user: a new job): it gets the next priority
  /// (priority/basic, FIFO) and the main scheduler runs (slurmctld schedules on submission).
  mutating func jobSubmitted(_ slot: Int, _ job: BatchJob, _ fx: inout BatchEffects<SlurmEvent>) {
    ensureSlot(slot)
    jobs[slot] = job
    nextPriority += 1
    priority[slot] = nextPriority
    queue.append(slot, key: nextPriority)
    mainDue = true
  }

  /// The job ended; its cores are free and the main scheduler runs.
  mutating func executionEnded(_ slot: Int, _ fx: inout BatchEffects<SlurmEvent>) {
    let pc = running.node(of: slot)
    let cores = jobs[slot].cores
    running.remove(slot)
    sync(pc, &fx) { $0.busyCores -= cores }
    mainDue = true
  }

  /// A student's coming or going moves the node between the free-node indexes (`owner-away`
  /// placement) and stops or restarts power saving's idle clock (a PC in use is not idle); the
  /// derived flags follow it whether or not either is on.
  mutating func ownerChanged(_ pc: Int, _ change: OwnerChange, _ owner: OwnerState,
                             _ fx: inout BatchEffects<SlurmEvent>) {
    owners[pc] = owner
    if change == .session { sync(pc, &fx) }
  }

  /// One of Slurm's own events: a scheduler's periodic tick, a ping cycle's mark-down, the end
  /// of a restart, or a power-saving timer; false when it was stale and changed nothing.
  mutating func handle(_ event: SlurmEvent, _ fx: inout BatchEffects<SlurmEvent>) -> Bool {
    switch event {
    case .mainScheduler:
      mainDue = true
      fx.schedule(.mainScheduler, at: PeriodicClock.tick(after: fx.now, period: config.schedInterval))
      return true
    case .backfill:
      backfillDue = true
      fx.schedule(.backfill, at: PeriodicClock.tick(after: fx.now, period: config.bfInterval))
      return true
    case .notResponding(let pc, let generation): return notRespondingDue(Int(pc), generation: generation, &fx)
    case .restartEnds(let epoch): return restartEnded(epoch, &fx)
    case .suspendDue(let pc, let generation): return suspendDue(Int(pc), generation: generation, &fx)
    case .suspendDone(let pc, let generation): return suspendDone(Int(pc), generation: generation, &fx)
    case .resumeTimeout(let pc, let generation): return resumeTimedOut(Int(pc), generation: generation, &fx)
    }
  }

  /// Runs the schedulers that are due, after every event of the instant: the main scheduler,
  /// then backfill. Nothing runs while slurmctld restarts (the restart's end asks again).
  mutating func schedule(_ fx: inout BatchEffects<SlurmEvent>) {
    let main = mainDue, backfill = backfillDue
    mainDue = false
    backfillDue = false
    guard case .running = slurmctld else { return }
    if main { mainPass(&fx) }
    if backfill && config.schedulerType == .backfill { backfillPass(&fx) }
    queue.compactIfWorthIt()
  }

  // MARK: - The main scheduler

  /// B1: the main scheduler (job_scheduler.c `schedule`) walks the queue in priority order and
  /// starts each job on a node with enough free cores (§5's choice of node). In the one
  /// partition, the first job that cannot start stops it: lower-priority jobs are left to
  /// backfill (Slurm's scheduling configuration guide). A job that fits no up node may resume
  /// a powered-down one (L13). A job `drain_before_shutdown` refuses cannot start either.
  mutating func mainPass(_ fx: inout BatchEffects<SlurmEvent>) {
    while let position = queue.firstPosition {
      let slot = queue[position]
      let cores = Int(jobs[slot].cores)
      // Choosing may set dead nodes DOWN and requeue their jobs, which moves the queue's
      // positions: the job is removed by its slot.
      let choice = chooseNode(cores: cores, &fx)
      // A requeued job may now be ahead of this one: it goes first, to a node or to a resume.
      if queue.firstPosition.map({ queue[$0] }) != slot { continue }
      guard let pc = choice else {
        guard powerSaving, let asleep = poweredDownNode(cores: cores),
          drain.allows(now: fx.now, walltime: walltime(slot, on: asleep))
        else { return }
        queue.remove(slot: slot)
        resume(asleep, for: slot, &fx)
        continue
      }
      guard drain.allows(now: fx.now, walltime: walltime(slot, on: pc)) else { return }
      queue.remove(slot: slot)
      startJob(slot, on: pc, &fx)
    }
  }

  /// The up node with `cores` free cores the job gets, setting DOWN every node whose slurmd
  /// turns out to be dead on the way (L10: the launch fails, `dispatch_failures`); nil when
  /// none fits.
  mutating func chooseNode(cores: Int, excluding excluded: Int? = nil, _ fx: inout BatchEffects<SlurmEvent>) -> Int? {
    while let pc = placement.find(cores: cores, activeClasses: 1, excluding: excluded) {
      if nodes[pc].slurmd.isRegistered { return pc }
      fx.append(.dispatchFailed)
      setDown(pc, .notResponding, &fx)
    }
    return nil
  }

  /// J2: slurmctld launches the job on `pc`, allocating its cores.
  mutating func startJob(_ slot: Int, on pc: Int, _ fx: inout BatchEffects<SlurmEvent>) {
    let cores = jobs[slot].cores
    sync(pc, &fx) { $0.busyCores += cores }
    launch(slot, on: pc, &fx)
  }

  /// J2: the job runs on `pc` from now; its cores are already counted busy there.
  mutating func launch(_ slot: Int, on pc: Int, _ fx: inout BatchEffects<SlurmEvent>) {
    startedAt[slot] = fx.now
    running.push(slot, on: pc)
    fx.append(.start(slot: Int32(slot), pc: Int32(pc), delay: 0))
  }

  // MARK: - Backfill

  /// B2: the backfill scheduler (sched/backfill, every `bf_interval`) plans the first
  /// `bf_max_job_test` queued jobs in priority order, conservatively: each job gets the earliest
  /// start on any up node at which enough cores are free for its whole time limit, given the
  /// running jobs' expected ends (start + time limit) and the plans of the jobs before it. A
  /// job whose earliest start is now starts; every other job keeps its planned cores, so no
  /// job delays a higher-priority one. A job that would run past the next switch-off
  /// (`drain_before_shutdown`) is neither started nor planned.
  mutating func backfillPass(_ fx: inout BatchEffects<SlurmEvent>) {
    guard !queue.isEmpty else { return }
    let now = fx.now
    var plans: [[(start: Double, end: Double, cores: Int)]] = Array(repeating: [], count: nodes.count)
    // The jobs to test, taken first: a failed launch requeues jobs, which moves positions.
    var candidates: [Int] = []
    var cursor = queue.firstPosition
    while let position = cursor, candidates.count < config.bfMaxJobTest {
      candidates.append(queue[position])
      cursor = queue.live(from: position + 1)
    }
    for slot in candidates {
      // Within a pass free cores only shrink: once none is left, no later job can start.
      guard placement.largestFree(activeClasses: 1) > 0 else { break }
      backfill(slot, plans: &plans, now: now, &fx)
    }
  }

  /// Backfill's decision for one job: start it now on the best node, or plan its cores at its
  /// earliest start. A launch to a node whose slurmd is dead fails and sets the node DOWN
  /// (L10); the job then tries the next best node, as the main scheduler does.
  private mutating func backfill(_ slot: Int, plans: inout [[(start: Double, end: Double, cores: Int)]],
                                 now: Double, _ fx: inout BatchEffects<SlurmEvent>) {
    let cores = Int(jobs[slot].cores)
    while true {
      var best: (pc: Int, start: Double)?
      for pc in nodes.indices where nodes[pc].state == .up && Int(layout.cores[pc]) >= cores {
        let start = earliestStart(cores: cores, length: walltime(slot, on: pc), on: pc, plans: plans[pc], now: now)
        guard start.isFinite else { continue }
        if let chosen = best {
          if start < chosen.start || (start == chosen.start && start == now && prefers(pc, over: chosen.pc)) {
            best = (pc, start)
          }
        } else {
          best = (pc, start)
        }
      }
      guard let chosen = best else { return }
      let length = walltime(slot, on: chosen.pc)
      // A job `drain_before_shutdown` will refuse is neither started nor planned: it holds no
      // cores against the jobs behind it.
      if drain.enabled && chosen.start + length > drain.switchOff(after: now) { return }
      guard chosen.start == now else {
        plans[chosen.pc].append((chosen.start, chosen.start + length, cores))
        return
      }
      guard nodes[chosen.pc].slurmd.isRegistered else {
        fx.append(.dispatchFailed)
        setDown(chosen.pc, .notResponding, &fx)
        continue
      }
      queue.remove(slot: slot)
      startJob(slot, on: chosen.pc, &fx)
      return
    }
  }

  /// The earliest time ≥ `now` at which `pc` has `cores` cores free for `length` seconds, by
  /// the expected ends of the jobs slurmctld believes run there and the cores already planned
  /// (+∞: never).
  func earliestStart(cores: Int, length: Double, on pc: Int, plans: [(start: Double, end: Double, cores: Int)],
                     now: Double) -> Double {
    // Steps of the free-core count: running jobs free their cores at their expected ends (a
    // job past its time limit is taken to end at once, but not at this very instant: its cores
    // are still busy now); plans take theirs in between.
    let soon = now.nextUp
    var steps: [(time: Double, delta: Int)] = []
    for list in [running, held] {
      var job = list.first[pc]
      while job >= 0 {
        let slot = Int(job)
        steps.append((max(startedAt[slot] + walltime(slot, on: pc), soon), Int(jobs[slot].cores)))
        job = list.after(job)
      }
    }
    for plan in plans {
      steps.append((plan.start, -plan.cores))
      steps.append((plan.end, plan.cores))
    }
    // At one time, cores are freed before they are taken.
    steps.sort { $0.time < $1.time || ($0.time == $1.time && $0.delta > $1.delta) }
    var candidates = [now]
    for step in steps where step.delta > 0 { candidates.append(step.time) }
    let freeNow = freeCores(pc)
    for start in candidates {
      var free = freeNow
      var index = 0
      while index < steps.count && steps[index].time <= start {
        free += steps[index].delta
        index += 1
      }
      var fits = free >= cores
      while fits && index < steps.count && steps[index].time < start + length {
        free += steps[index].delta
        fits = free >= cores
        index += 1
      }
      if fits { return start }
    }
    return .infinity
  }

  /// Whether `pc` is a better choice than `other` for a job that can start on both now: under
  /// `owner-away` a PC without a student first, then the fewest free cores, then the lowest index.
  func prefers(_ pc: Int, over other: Int) -> Bool {
    if placement.ownerAware && owners[pc].isPresent != owners[other].isPresent { return !owners[pc].isPresent }
    let free = freeCores(pc), otherFree = freeCores(other)
    if free != otherFree { return free < otherFree }
    return pc < other
  }
}
