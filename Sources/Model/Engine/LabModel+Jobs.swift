import Kernel
import Stochastics

extension LabModel {
  /// A user submits a new job; its native runtime and class are drawn now, once.
  func jobArrived() {
    let now = sim.now
    let slot = allocateJobSlot()
    jobs[slot].id = nextJobID
    nextJobID += 1
    if let job = pendingTraceJob, let trace = config.workload.trace {
      jobs[slot].nativeRuntime = job.runtime
      jobs[slot].estimatedNative = job.requested.map { max($0, job.runtime) } ?? job.runtime * config.workload.walltimeFactor
      jobs[slot].jobClass = Int32(trace.jobClass)
      jobs[slot].cores = Int32(min(job.cores, config.maxCoresPerHost))
    } else {
      jobs[slot].nativeRuntime = runtimeDistribution.sample(runtimeStream)
      jobs[slot].estimatedNative = jobs[slot].nativeRuntime * config.workload.walltimeFactor
      jobs[slot].jobClass = drawJobClass()
      jobs[slot].cores = Int32(classCores[Int(jobs[slot].jobClass)])
    }
    jobs[slot].attempts = 0
    jobs[slot].firstSubmit = now
    metrics.jobSubmitted(at: now)
    enqueue(slot)
    if jobSource != nil {
      scheduleTraceArrival()
    } else {
      sim.schedule(.jobArrival, after: arrivalDistribution.sample(arrivalStream))
    }
    schedulingPass()
  }

  /// Reads the trace's next job and schedules its arrival (jobs arriving before now arrive now).
  func scheduleTraceArrival() {
    do {
      pendingTraceJob = try jobSource?.nextJob()
    } catch {
      pendingTraceJob = nil
      traceError = error
    }
    if let job = pendingTraceJob { sim.schedule(.jobArrival, at: max(sim.now, job.arrival)) }
  }

  func drawJobClass() -> Int32 {
    guard classCumulativeWeights.count > 1 else { return 0 }
    let u = classStream.uniform()
    for (index, bound) in classCumulativeWeights.enumerated() where u < bound { return Int32(index) }
    return Int32(classCumulativeWeights.count - 1)
  }

  func allocateJobSlot() -> Int {
    if let slot = freeJobSlots.popLast() { return Int(slot) }
    jobs.append(JobRecord())
    return jobs.count - 1
  }

  func releaseJobSlot(_ slot: Int) {
    jobs[slot].state = .free
    jobs[slot].savedNative = 0
    jobs[slot].checkpointGeneration &+= 1
    jobs[slot].generation &+= 1
    freeJobSlots.append(Int32(slot))
  }

  func enqueue(_ slot: Int) {
    jobs[slot].state = .queued
    jobs[slot].submit = sim.now
    queue.append(Int32(slot))
  }

  func jobResubmitted(_ slot: Int) {
    metrics.resubmitted(at: sim.now)
    enqueue(slot)
    schedulingPass()
  }

  /// Starts an execution of the job in `slot` on `host`, whose MOM is alive.
  func startAttempt(_ slot: Int, on host: Int) {
    let now = sim.now
    let cores = jobs[slot].cores
    jobs[slot].state = .running
    jobs[slot].host = Int32(host)
    jobs[slot].start = now
    jobs[slot].resumedAt = now
    jobs[slot].attempts += 1
    jobs[slot].generation &+= 1
    detach(host)
    hosts[host].busyCores += cores
    let first = hosts[host].firstJob
    jobs[slot].nextOnHost = first
    jobs[slot].previousOnHost = -1
    if first >= 0 { jobs[Int(first)].previousOnHost = Int32(slot) }
    hosts[host].firstJob = Int32(slot)
    attach(host)
    busySlots += Int(cores)
    metrics.executionStarted(at: now, wait: now - jobs[slot].submit)
    if jobs[slot].attempts == 1 { metrics.firstStart(at: now, sinceSubmit: now - jobs[slot].firstSubmit) }
    let factor = slowdown[Int(hosts[host].group) * jobClassCount + Int(jobs[slot].jobClass)]
    jobs[slot].factor = factor
    jobs[slot].remaining = (jobs[slot].nativeRuntime - jobs[slot].savedNative) * factor
    jobs[slot].lastCheckpoint = now
    if let checkpoint = standardUniverse {
      jobs[slot].checkpointGeneration &+= 1
      sim.schedule(.checkpointDue(slot: Int32(slot), generation: jobs[slot].checkpointGeneration),
                   after: condorConfig.claimDelay + checkpoint.interval.sample(checkpointStream))
    }
    if condor { jobs[slot].resumedAt = now + condorConfig.claimDelay }  // claiming takes a moment
    let speed = hosts[host].speed
    refreshHost(host)
    // If the new job changed the host's speed, refreshHost rescheduled every job, this one included.
    if hosts[host].speed == speed { scheduleEnd(slot, speed: speed) }
  }

  /// Takes the job off its host's list and frees its cores (real and, if
  /// `keepServerView`, not in pbs_server's view: they become ghost cores).
  func unlinkFromHost(_ slot: Int, keepServerView: Bool) {
    let host = Int(jobs[slot].host)
    let cores = jobs[slot].cores
    let next = jobs[slot].nextOnHost
    let previous = jobs[slot].previousOnHost
    if previous >= 0 { jobs[Int(previous)].nextOnHost = next } else { hosts[host].firstJob = next }
    if next >= 0 { jobs[Int(next)].previousOnHost = previous }
    hosts[host].busyCores -= cores
    if keepServerView { hosts[host].ghostCores += cores }
    busySlots -= Int(cores)
  }

  func record(_ slot: Int, end: Double, outcome: AttemptOutcome, cause: LossCause? = nil) {
    guard let observer else { return }
    let job = jobs[slot]
    observer.attemptEnded(AttemptRecord(
      jobID: job.id, attempt: Int(job.attempts), host: Int(job.host), submit: job.submit,
      start: job.start, end: end, outcome: outcome, coreSeconds: Double(job.cores) * (end - job.start), cause: cause))
  }

  /// An execution ran to its end.
  func attemptEnded(_ slot: Int, _ generation: UInt32) {
    guard jobs[slot].generation == generation, jobs[slot].state == .running else { return }
    let now = sim.now
    let host = Int(jobs[slot].host)
    record(slot, end: now, outcome: .completed)
    metrics.attemptCompleted(start: jobs[slot].start, end: now, cores: Int(jobs[slot].cores),
                             firstSubmit: jobs[slot].firstSubmit)
    detach(host)
    unlinkFromHost(slot, keepServerView: false)
    attach(host)
    releaseJobSlot(slot)
    refreshHost(host)
    schedulingPass()
  }

  /// The host died: every job on it is lost. pbs_server does not know yet and
  /// keeps their cores busy until it marks the node down or hears a fresh MOM.
  /// The caller detaches and re-attaches the host around the state change.
  func killJobs(on host: Int, cause: LossCause) {
    let now = sim.now
    let keepServerView = mode != .instant && hosts[host].server == .up
    while hosts[host].firstJob >= 0 {
      let slot = Int(hosts[host].firstJob)
      record(slot, end: now, outcome: .lost, cause: cause)
      metrics.attemptSaved(start: jobs[slot].start, until: jobs[slot].lastCheckpoint, cores: Int(jobs[slot].cores))
      metrics.attemptLost(start: jobs[slot].lastCheckpoint, end: now, cores: Int(jobs[slot].cores), cause: cause)
      detach(host)
      unlinkFromHost(slot, keepServerView: keepServerView)
      attach(host)
      jobs[slot].generation &+= 1
      jobs[slot].checkpointGeneration &+= 1
      if condor {
        // The schedd keeps the job's claim for the lease, then requeues the job (vanilla: from scratch).
        jobs[slot].state = .awaitingRequeue
        jobs[slot].nextOnHost = hosts[host].firstGhostJob
        hosts[host].firstGhostJob = Int32(slot)
        sim.schedule(.leaseExpired(slot: Int32(slot), generation: jobs[slot].generation),
                     after: condorConfig.jobLeaseDuration)
        continue
      }
      if rerunnable {
        // pbs_server still shows the job running; it requeues it when it marks the node down.
        jobs[slot].state = .awaitingRequeue
        if mode == .instant {
          requeue(slot)
        } else {
          jobs[slot].nextOnHost = hosts[host].firstGhostJob
          hosts[host].firstGhostJob = Int32(slot)
        }
        continue
      }
      userHandlesLoss(slot)
    }
  }

  /// The user resubmits the lost job after a delay, or gives up on it.
  func userHandlesLoss(_ slot: Int) {
    if case .after(let delay, let maxAttempts) = resubmitPolicy,
      maxAttempts.map({ Int(jobs[slot].attempts) < $0 }) ?? true
    {
      jobs[slot].state = .awaitingResubmission
      sim.schedule(.jobResubmitted(slot: Int32(slot)), after: delay.sample(resubmitStream))
    } else {
      metrics.jobLost(at: sim.now)
      releaseJobSlot(slot)
    }
  }

  /// pbs_server requeues a rerunnable job, or the schedd a job whose lease ran out
  /// (it joins the tail of the queue). Under HTCondor a limit on attempts
  /// (`batch.condor.max_attempts`, none by default) applies: past it the job is lost.
  func requeue(_ slot: Int) {
    if condor, let maxAttempts = condorConfig.maxAttempts, Int(jobs[slot].attempts) >= maxAttempts {
      metrics.jobLost(at: sim.now)
      releaseJobSlot(slot)
      return
    }
    metrics.jobRequeued(at: sim.now)
    enqueue(slot)
  }

  /// The lease of a job whose machine vanished runs out: the schedd requeues it.
  func leaseExpired(_ slot: Int, _ generation: UInt32) {
    guard jobs[slot].generation == generation, jobs[slot].state == .awaitingRequeue else { return }
    // Take it off its machine's list of leased jobs.
    let host = Int(jobs[slot].host)
    var previous: Int32 = -1
    var current = hosts[host].firstGhostJob
    while current >= 0 && Int(current) != slot {
      previous = current
      current = jobs[Int(current)].nextOnHost
    }
    if current >= 0 {
      if previous >= 0 { jobs[Int(previous)].nextOnHost = jobs[slot].nextOnHost } else {
        hosts[host].firstGhostJob = jobs[slot].nextOnHost
      }
      jobs[slot].nextOnHost = -1
    }
    requeue(slot)
  }

  /// The node's rerunnable dead jobs: requeued when it is marked down (`requeue: true`),
  /// or aborted when a fresh MOM reports without them (the user then decides).
  func settleGhostJobs(on host: Int, requeue: Bool) {
    guard hosts[host].firstGhostJob >= 0 else { return }
    while hosts[host].firstGhostJob >= 0 {
      let slot = Int(hosts[host].firstGhostJob)
      hosts[host].firstGhostJob = jobs[slot].nextOnHost
      jobs[slot].nextOnHost = -1
      if requeue { self.requeue(slot) } else { userHandlesLoss(slot) }
    }
    if requeue { schedulingPass() }
  }
}
