import Kernel
import Stochastics

/// One run of the harvested lab, as a set of parts that own their state: the PCs, the
/// worker-node VMs, Ganglia, the CE's cron scripts, the students, the users' jobs, the
/// running executions, the metrics, and a batch system.
///
/// The lab owns the simulator and routes each event to the part it belongs to. Parts never
/// hold one another: the lab passes what one part reports to the next (the glue in
/// `Lab+*.swift`), and carries out the ``BatchAction``s of the batch system.
struct Lab<Batch: BatchSystem> {
  var sim: Simulator<LabEvent<Batch.Event>>
  let config: ModelConfig
  let layout: LabLayout
  var pcs: PCs
  var owners: Owners
  var workload: Workload
  var vms: WorkerNodes
  var ganglia: Ganglia
  var registration: Registration
  var executions: Executions
  var ledger: RateLedger
  var metrics: MetricsAccumulator
  var batch: Batch
  /// The batch system's actions of the current call.
  var effects = BatchEffects<Batch.Event>()
  weak var observer: (any RunObserver)?
  /// Ended attempts not yet handed to the observer: they go in batches, since reading a
  /// weak reference per attempt is a measurable share of a run. Flushed before any other
  /// observer call, so the observer sees every call in the order the lab made it.
  var unreportedAttempts: [AttemptRecord] = []
  /// Run ``checkInvariants()`` after every event (debug builds do by default).
  var checksInvariants: Bool
  /// Events that changed something.
  private(set) var eventsHandled: UInt64 = 0
  /// Events popped that had been cancelled (stale generation), and changed nothing.
  private(set) var staleEvents: UInt64 = 0
  var samplesTaken = 0
  var started = false
  /// Set when the jobs in the system pass their limit: the run stops there.
  var jobLimitExceeded: JobLimitExceeded?

  /// Builds a lab of `config` (whose facts are `layout`) around `batch`. `jobSource` feeds a
  /// trace workload (and only then).
  init(config: ModelConfig, layout: LabLayout, batch: Batch, streams: RandomStreamFactory,
       observer: (any RunObserver)?, jobSource: (any JobSource)?) {
    precondition((config.workload.trace == nil) == (jobSource == nil), "a trace workload needs its job source, and only then")
    self.config = config
    self.layout = layout
    self.observer = observer
    sim = Simulator(endTime: config.duration, laneCount: QueueLane.allCases.count)
    pcs = PCs(config: config, layout: layout, streams: streams)
    owners = Owners(config: config, layout: layout, streams: streams)
    workload = Workload(config: config, layout: layout, streams: streams, jobSource: jobSource)
    vms = WorkerNodes(config: config, layout: layout, streams: streams)
    ganglia = Ganglia(config: config.monitoring, hostCount: layout.hostCount)
    registration = Registration(config: config.registration, hostCount: layout.hostCount, streams: streams)
    executions = Executions(hostCount: layout.hostCount)
    ledger = RateLedger(hostCount: layout.hostCount)
    metrics = MetricsAccumulator(warmup: config.warmup, duration: config.duration, hostCount: layout.hostCount)
    self.batch = batch
    checksInvariants = _isDebugAssertConfiguration()
  }

  /// Why the trace stopped early (nil when it was read to its end, or there is none).
  var traceError: (any Error)? { workload.traceError }

  // MARK: - The run

  /// Runs to the end time and returns the summary; gives up (nil) when `shouldStop` says so
  /// (asked every 65,536 events). Stops early when the jobs in the system pass their limit
  /// (``jobLimitExceeded``); the summary then covers the run up to that event.
  mutating func run(stoppingWhen shouldStop: () -> Bool = { false }) -> RunSummary? {
    start()
    var count: UInt64 = 0
    while step() {
      if jobLimitExceeded != nil { break }
      count &+= 1
      if count & 0xFFFF == 0 {
        flushAttempts()
        observer?.progressed(to: sim.now)
        if shouldStop() { return nil }
      }
    }
    return finish()
  }

  /// Schedules the initial events: every PC starts at time 0, the timetable, the first
  /// arrival, the first sample and the batch system's first timers.
  mutating func start() {
    precondition(!started, "a lab runs once")
    started = true
    for pc in 0..<layout.hostCount {
      refreshHost(pc)  // the PC is off: it draws its off power
      sim.schedule(.pc(.starts(pc: Int32(pc))), at: 0)
    }
    for block in owners.classBlocks.indices { owners.scheduleClassBlock(block, fromDay: 0, &sim) }
    pcs.startTimetable(&sim)
    workload.start(&sim)
    sim.schedule(.sample, at: 0)
    withBatch { batch, fx in batch.start(&fx) }
  }

  /// Handles the next event; after the last event of an instant, lets the batch system
  /// schedule if it asked to, so a scheduling pass sees every event of the instant. False
  /// once the end time is reached.
  @inline(__always)
  mutating func step() -> Bool {
    // What the last instant's events left holds until the next event.
    metrics.settle(at: sim.now, usableNodes: batch.usableNodes, rates: ledger.totals)
    guard let event = sim.next() else { return false }
    if !metrics.windowOpened && sim.now >= metrics.windowStart {
      metrics.openWindow(jobsInSystem: workload.jobsInSystem)
    }
    if dispatch(event) { eventsHandled &+= 1 } else { staleEvents &+= 1 }
    if batch.wantsPass && !sim.hasEventNow {
      // The pass may schedule events at this instant; they are handled next, then it may run again.
      withBatch { batch, fx in batch.schedule(&fx) }
    }
    if checksInvariants { checkInvariants() }
    return true
  }

  /// Handles every event due at or before `time`, then sets the clock to `time`
  /// (for tests that inspect or change the state between events).
  mutating func advance(through time: Double) {
    while let next = sim.nextEventTime, next <= time, step() {}
    flushAttempts()
    guard time <= sim.endTime else { return }
    metrics.settle(at: sim.now, usableNodes: batch.usableNodes, rates: ledger.totals)
    sim.advanceClock(to: time)
  }

  /// Closes the metric integrals at the end time, counts the jobs left in the system, and
  /// returns the summary.
  mutating func finish() -> RunSummary {
    // A window with no event in it opens at the end, on the jobs then in the system.
    if !metrics.windowOpened { metrics.openWindow(jobsInSystem: workload.jobsInSystem) }
    let backlog = workload.backlog
    metrics.backlogAtEnd(queued: backlog.queued, running: backlog.running, interrupted: backlog.interrupted)
    metrics.settle(at: sim.now, usableNodes: batch.usableNodes, rates: ledger.totals)
    metrics.integrate(to: sim.endTime)
    metrics.hostsUpChanging(at: sim.endTime, from: pcs.upCount)
    flushAttempts()
    observer?.progressed(to: sim.endTime)
    var summary = metrics.finish(events: eventsHandled)
    summary.staleEvents = staleEvents
    return summary
  }

  /// Routes `event` to its part; false when it was stale.
  @inline(__always)
  private mutating func dispatch(_ event: LabEvent<Batch.Event>) -> Bool {
    switch event {
    case .pc(let event): return pcEvent(event)
    case .vm(let event): return vmEvent(event)
    case .registration(let event): return registrationEvent(event)
    case .owner(let event): return ownerEvent(event)
    case .workload(let event): return workloadEvent(event)
    case .execution(.ends(let slot, let generation)): return executionEnded(Int(slot), generation: generation)
    case .batch(let event): return withBatch { batch, fx in batch.handle(event, &fx) }
    case .sample:
      takeSample()
      return true
    }
  }

  /// Takes a time-series sample and schedules the next.
  private mutating func takeSample() {
    flushAttempts()
    observer?.sampled(TimeSample(
      time: sim.now, hostsUp: pcs.upCount, wnsUsable: batch.usableNodes, busySlots: executions.busySlots,
      queueLength: batch.queueLength))
    samplesTaken += 1
    sim.schedule(.sample, at: Double(samplesTaken) * config.sampleEvery)
  }

  // MARK: - The batch system

  /// Calls the batch system with the time and an empty effects list, then carries out the
  /// actions it asked for, in order.
  @inline(__always)
  @discardableResult
  mutating func withBatch<R>(_ call: (inout Batch, inout BatchEffects<Batch.Event>) -> R) -> R {
    effects.begin(at: sim.now)
    let result = call(&batch, &effects)
    if effects.count > 0 { carryOutBatchActions() }
    return result
  }

  private mutating func carryOutBatchActions() {
    let count = effects.count
    var index = 0
    while index < count {
      carryOut(effects.actions[index])
      index += 1
    }
    precondition(effects.count == count, "carrying out a batch action called the batch system")
  }

  // MARK: - Output

  /// Hands an ended attempt to the observer (in the next batch).
  mutating func report(_ record: AttemptRecord) {
    unreportedAttempts.append(record)
    if unreportedAttempts.count >= 256 { flushAttempts() }
  }

  /// Hands the ended attempts not yet reported to the observer, in order.
  mutating func flushAttempts() {
    guard !unreportedAttempts.isEmpty else { return }
    if let observer {
      for record in unreportedAttempts { observer.attemptEnded(record) }
    }
    unreportedAttempts.removeAll(keepingCapacity: true)
  }
}
