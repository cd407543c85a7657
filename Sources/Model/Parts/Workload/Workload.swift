import Kernel
import Stochastics

/// The users and their jobs: arrivals (drawn, or replayed from a trace), each job's
/// runtime, class and cores, and what users do with lost jobs.
struct Workload {
  /// Live jobs in reusable slots.
  private(set) var jobs: ContiguousArray<JobRecord> = []
  private var freeSlots: [Int32] = []
  private var nextJobID: UInt64 = 1
  private let config: WorkloadConfig
  private let maxCores: Int
  private let classCumulativeWeights: [Double]
  private let classCores: [Int]
  private var arrivalStream: RandomStream
  private var runtimeStream: RandomStream
  private var classStream: RandomStream
  private var resubmitStream: RandomStream
  /// The trace's jobs, when the workload replays one.
  private let jobSource: (any JobSource)?
  /// The trace's next job, read ahead.
  private var pendingTraceJob: TraceJob?
  /// Why the trace stopped early (nil when it was read to its end).
  private(set) var traceError: (any Error)?

  /// Jobs in the system: queued, running, or waiting to be resubmitted or requeued.
  var jobsInSystem: Int { jobs.count - freeSlots.count }

  /// The jobs in the system, by where they are: in the batch queue, running, or interrupted
  /// (their execution lost, waiting for their user's resubmission, the batch system's
  /// requeue, or the loss to become known). Their sum is ``jobsInSystem``.
  var backlog: (queued: Int, running: Int, interrupted: Int) {
    var queued = 0, running = 0, interrupted = 0
    for job in jobs {
      switch job.state {
      case .free: break
      case .queued: queued += 1
      case .running: running += 1
      case .awaitingResubmission, .awaitingRequeue: interrupted += 1
      }
    }
    return (queued, running, interrupted)
  }

  /// Jobs submitted so far (first submissions).
  var submittedCount: Int { Int(nextJobID) - 1 }

  init(config: ModelConfig, layout: LabLayout, streams: RandomStreamFactory, jobSource: (any JobSource)?) {
    self.config = config.workload
    self.jobSource = jobSource
    maxCores = layout.maxCores
    classCores = layout.classCores
    let classes = config.workload.classes
    let totalWeight = classes.reduce(0) { $0 + $1.weight }
    var running = 0.0
    classCumulativeWeights = classes.map { running += $0.weight / totalWeight; return running }
    arrivalStream = streams.stream("arrivals")
    runtimeStream = streams.stream("runtimes")
    classStream = streams.stream("job-classes")
    resubmitStream = streams.stream("resubmissions")
  }

  /// Schedules the first arrival.
  mutating func start<B>(_ sim: inout Simulator<LabEvent<B>>) {
    if jobSource != nil {
      scheduleTraceArrival(&sim)
    } else {
      sim.schedule(.workload(.arrival), at: config.arrival.sample(arrivalStream), in: .arrivals)
    }
  }

  /// J1: a user submits a new job now (its native runtime and class are drawn now, once);
  /// the next arrival is scheduled. Returns the job's slot; the job is queued.
  mutating func arrive<B>(_ sim: inout Simulator<LabEvent<B>>) -> Int {
    let now = sim.now
    let slot = allocateSlot()
    var job = JobRecord()
    job.id = nextJobID
    nextJobID += 1
    if let traced = pendingTraceJob, let trace = config.trace {
      job.nativeRuntime = traced.runtime
      job.estimatedNative = traced.requested.map { max($0, traced.runtime) } ?? traced.runtime * config.walltimeFactor
      job.jobClass = Int32(trace.jobClass)
      job.cores = Int32(min(traced.cores, maxCores))
    } else {
      job.nativeRuntime = config.runtime.sample(runtimeStream)
      job.estimatedNative = job.nativeRuntime * config.walltimeFactor
      job.jobClass = drawJobClass()
      job.cores = Int32(classCores[Int(job.jobClass)])
    }
    job.firstSubmit = now
    job.state = .queued
    job.submit = now
    jobs[slot] = job
    if jobSource != nil {
      scheduleTraceArrival(&sim)
    } else {
      sim.schedule(.workload(.arrival), after: config.arrival.sample(arrivalStream), in: .arrivals)
    }
    return slot
  }

  /// Queues a job of `cores` cores and `runtime` native seconds (`estimate` requested) now,
  /// outside the arrival process (for tests that build a queue by hand); returns its slot.
  mutating func addJob(cores: Int32, runtime: Double, estimate: Double, at now: Double) -> Int {
    let slot = allocateSlot()
    jobs[slot] = JobRecord()
    jobs[slot].id = nextJobID
    nextJobID += 1
    jobs[slot].cores = cores
    jobs[slot].nativeRuntime = runtime
    jobs[slot].estimatedNative = estimate
    jobs[slot].firstSubmit = now
    enqueue(slot, at: now)
    return slot
  }

  /// J4: the user's resubmission enters the queue now.
  mutating func resubmitted(_ slot: Int, at now: Double) { enqueue(slot, at: now) }

  /// The batch system put the job back in the queue now.
  mutating func requeued(_ slot: Int, at now: Double) { enqueue(slot, at: now) }

  /// J2: an execution of the job starts on `host`.
  mutating func started(_ slot: Int, on host: Int) {
    jobs[slot].state = .running(on: Int32(host))
    jobs[slot].attempts += 1
  }

  /// The batch system holds the lost job to requeue it later.
  mutating func awaitRequeue(_ slot: Int) { jobs[slot].state = .awaitingRequeue }

  /// A checkpoint saved the job's work up to `nativeDone` native seconds.
  mutating func saveProgress(_ slot: Int, nativeDone: Double) {
    jobs[slot].savedNative = max(jobs[slot].savedNative, nativeDone)
  }

  /// J3, J7: the user learns that the job was lost: they resubmit it after a delay, or give up.
  /// Returns true when the job is lost for good (its slot is then free).
  mutating func userHandlesLoss<B>(_ slot: Int, _ sim: inout Simulator<LabEvent<B>>) -> Bool {
    if case .after(let delay, let maxAttempts) = config.resubmit,
      maxAttempts.map({ Int(jobs[slot].attempts) < $0 }) ?? true
    {
      jobs[slot].state = .awaitingResubmission
      sim.schedule(.workload(.resubmitted(slot: Int32(slot))), after: delay.sample(resubmitStream), in: .resubmissions)
      return false
    }
    release(slot)
    return true
  }

  /// The job completed, or is lost for good: its slot is freed.
  mutating func release(_ slot: Int) {
    jobs[slot].state = .free
    jobs[slot].savedNative = 0
    freeSlots.append(Int32(slot))
  }

  private mutating func enqueue(_ slot: Int, at now: Double) {
    jobs[slot].state = .queued
    jobs[slot].submit = now
  }

  private mutating func allocateSlot() -> Int {
    if let slot = freeSlots.popLast() { return Int(slot) }
    jobs.append(JobRecord())
    return jobs.count - 1
  }

  private func drawJobClass() -> Int32 {
    guard classCumulativeWeights.count > 1 else { return 0 }
    let u = classStream.uniform()
    for (index, bound) in classCumulativeWeights.enumerated() where u < bound { return Int32(index) }
    return Int32(classCumulativeWeights.count - 1)
  }

  /// Reads the trace's next job and schedules its arrival (jobs arriving before now arrive now).
  private mutating func scheduleTraceArrival<B>(_ sim: inout Simulator<LabEvent<B>>) {
    do {
      pendingTraceJob = try jobSource?.nextJob()
    } catch {
      pendingTraceJob = nil
      traceError = error
    }
    if let job = pendingTraceJob { sim.schedule(.workload(.arrival), at: max(sim.now, job.arrival), in: .arrivals) }
  }
}
