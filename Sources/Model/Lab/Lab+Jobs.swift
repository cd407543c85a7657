import Kernel

extension Lab {
  // MARK: - The users

  mutating func workloadEvent(_ event: WorkloadEvent) -> Bool {
    switch event {
    case .arrival:
      let slot = workload.arrive(&sim)
      metrics.jobSubmitted(at: sim.now)
      submit(slot)
      if workload.jobsInSystem > config.limits.jobsInSystem { noteJobLimitExceeded() }
    case .resubmitted(let slot):
      metrics.resubmitted(at: sim.now)
      workload.resubmitted(Int(slot), at: sim.now)
      submit(Int(slot))
    }
    return true
  }

  /// The jobs in the system passed their limit: records why, and the run stops after this event.
  private mutating func noteJobLimitExceeded() {
    let cores = config.hostGroups.reduce(0) { $0 + $1.count * $1.cores }
    let runtime = config.workload.trace == nil ? RunCostEstimate.finiteMean(config.workload.runtime) : 0
    jobLimitExceeded = JobLimitExceeded(time: sim.now, limit: config.limits.jobsInSystem, submitted: workload.submittedCount,
                                        cores: cores, meanRuntime: runtime, coresPerJob: config.workload.cores)
  }

  /// Hands the job in `slot`, now queued, to the batch system.
  mutating func submit(_ slot: Int) {
    let job = workload.jobs[slot]
    let request = BatchJob(cores: job.cores, estimatedNative: job.estimatedNative, jobClass: job.jobClass,
                           attempts: job.attempts)
    withBatch { batch, fx in batch.jobSubmitted(slot, request, &fx) }
  }

  // MARK: - Executions

  /// J5: an execution ran to its end.
  mutating func executionEnded(_ slot: Int, generation: UInt32) -> Bool {
    guard executions.isCurrentEnd(slot, generation: generation) else { return false }
    let now = sim.now
    let execution = executions.remove(slot)
    report(attempt(slot, execution, end: now, outcome: .completed))
    let job = workload.jobs[slot]
    // The work no checkpoint had saved yet is done now (goodput in native terms).
    metrics.workSecured(at: now, coreSeconds: Double(execution.cores) * (job.nativeRuntime - job.savedNative))
    metrics.attemptCompleted(start: execution.start, end: now, firstSubmit: job.firstSubmit)
    withBatch { batch, fx in batch.executionEnded(slot, &fx) }
    workload.release(slot)
    refreshHost(Int(execution.host))
    return true
  }

  /// The execution of the job in `slot` ends lost under `cause`: reported, and its wall time
  /// since its last checkpoint counted as wasted (what the checkpoints saved was counted as
  /// goodput when they were taken).
  mutating func loseExecution(_ slot: Int, cause: LossCause) {
    let now = sim.now
    let execution = executions.remove(slot)
    report(attempt(slot, execution, end: now, outcome: .lost, cause: cause))
    metrics.attemptLost(start: execution.lastCheckpoint, end: now, cores: Int(execution.cores), cause: cause)
  }

  /// The record of an execution of the job in `slot` that ended at `end`.
  func attempt(_ slot: Int, _ execution: Execution, end: Double, outcome: AttemptOutcome,
               cause: LossCause? = nil) -> AttemptRecord {
    let job = workload.jobs[slot]
    return AttemptRecord(
      jobID: job.id, attempt: Int(job.attempts), host: Int(execution.host), submit: job.submit,
      start: execution.start, end: end, outcome: outcome,
      coreSeconds: Double(execution.cores) * (end - execution.start), cause: cause)
  }

  /// J2, C5: an execution of the job in `slot` starts on `pc` now; its work begins after `delay`.
  mutating func startExecution(_ slot: Int, on pc: Int, delay: Double) {
    let now = sim.now
    workload.started(slot, on: pc)
    let job = workload.jobs[slot]
    metrics.executionStarted(at: now, wait: now - job.submit)
    if job.attempts == 1 { metrics.firstStart(at: now, sinceSubmit: now - job.firstSubmit) }
    executions.start(slot, on: pc, cores: job.cores, work: job.nativeRuntime - job.savedNative,
                     factor: layout.slowdown(jobClass: job.jobClass, on: pc), delay: delay, at: now)
    let speed = executions.speed(pc)
    refreshHost(pc)
    // If the new execution changed the PC's speed, every execution there was rescheduled, this one too.
    if executions.speed(pc) == speed { executions.scheduleEnd(slot, &sim) }
  }

  /// Saves the running job's progress now (a checkpoint costing `cost` seconds of its cores);
  /// the native work it saves beyond the last checkpoint is goodput now.
  mutating func saveCheckpoint(_ slot: Int, cost: Double) {
    let job = workload.jobs[slot]
    workload.saveProgress(slot, nativeDone: executions.nativeDone(slot, native: job.nativeRuntime, at: sim.now))
    let saved = workload.jobs[slot].savedNative - job.savedNative
    metrics.workSecured(at: sim.now, coreSeconds: Double(job.cores) * saved)
    metrics.checkpointTaken(at: sim.now, coreSeconds: Double(job.cores) * cost)
  }

  // MARK: - The batch system's actions

  /// Carries out one action of the batch system.
  mutating func carryOut(_ action: BatchAction<Batch.Event>) {
    let now = sim.now
    switch action {
    case .schedule(let event, let time):
      sim.schedule(.batch(event), at: time)
    case .scheduleInSeries(let event, let time):
      sim.schedule(.batch(event), at: time, in: .batchSeries)
    case .start(let slot, let pc, let delay):
      startExecution(Int(slot), on: Int(pc), delay: delay)
    case .vacate(let slot, let checkpointCost):
      let slot = Int(slot)
      if let cost = checkpointCost {
        // Checkpoint on vacate: the work done so far is saved; the checkpoint's cost is counted.
        saveCheckpoint(slot, cost: cost)
        executions.markCheckpoint(slot, at: now)
      }
      // The PC's speed and rates follow with the batch system's `.refresh`.
      loseExecution(slot, cause: .eviction)
    case .checkpoint(let slot, let cost):
      saveCheckpoint(Int(slot), cost: cost)
      executions.checkpoint(Int(slot), cost: cost, &sim)
    case .handToUser(let slot):
      if workload.userHandlesLoss(Int(slot), &sim) { metrics.jobLost(at: now) }
    case .holdForRequeue(let slot):
      workload.awaitRequeue(Int(slot))
    case .requeued(let slot):
      metrics.jobRequeued(at: now)
      workload.requeued(Int(slot), at: now)
    case .giveUp(let slot):
      metrics.jobLost(at: now)
      workload.release(Int(slot))
    case .nodeUsable(let pc):
      metrics.nodeUsable(Int(pc), at: now, upSince: pcs.upSince(Int(pc)) ?? now)
    case .nodeDetectedDown(let pc):
      metrics.nodeMarkedDown(at: now, hostDownSince: vms.lastDeath[Int(pc)])
    case .dispatchFailed:
      metrics.dispatchFailed(at: now)
    case .restartBegan:
      metrics.restartBegan(at: now)
    case .register(let pc):
      registration.request(Int(pc), &sim)
    case .cleanUp:
      registration.requestCleanup(&sim)
    case .refresh(let pc):
      refreshHost(Int(pc))
    case .powerDown(let pc):
      // The PC goes down in its own event at this instant: the batch system hears of it then.
      sim.schedule(.pc(.batchPowers(pc: pc, on: false)), at: now)
    case .powerUp(let pc):
      sim.schedule(.pc(.batchPowers(pc: pc, on: true)), at: now)
    }
  }
}
