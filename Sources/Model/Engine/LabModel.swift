import Kernel
import Stochastics

/// One simulation run of the harvested lab: hosts and their VMs, Ganglia, the
/// CE's cron scripts, TORQUE and the jobs.
///
/// Create it from a validated ``ModelConfig``, then call ``run()`` once.
/// The model does no I/O: attempts, samples and progress go to the
/// ``RunObserver``.
public final class LabModel {
  let config: ModelConfig
  /// TORQUE's settings (defaults when HTCondor runs).
  let torqueConfig: TorqueConfig
  /// HTCondor's settings (defaults when TORQUE runs).
  let condorConfig: CondorConfig
  let mode: RegistrationMode
  let policy: SchedulingPolicy
  weak var observer: (any RunObserver)?
  let jobSource: (any JobSource)?
  /// The next job of a trace workload, read ahead; the first read error ends the run.
  var pendingTraceJob: TraceJob?
  /// Why the trace stopped early (nil when it was read to its end).
  public internal(set) var traceError: (any Error)?
  var sim: Simulator<ModelEvent>

  // MOM status phase classes: report times of class c are ≡ c × classWidth (mod statusPeriod).
  let statusPeriod: Double
  let classCount: Int
  let classWidth: Double

  // Random streams, one per process and entity.
  var availabilityStreams: [RandomStream?]
  var vmStreams: [RandomStream]
  let arrivalStream: RandomStream
  let runtimeStream: RandomStream
  let classStream: RandomStream
  let resubmitStream: RandomStream
  let restartStream: RandomStream

  // Static tables.
  let groupAvailability: [Availability]
  let groupPower: [HostPower]
  /// Up and down period laws per group (alternating availability only; nil otherwise).
  let groupUpPeriods: [Distribution?]
  let groupDownPeriods: [Distribution?]
  // Hot-path copies of configuration values: reading them through `config` retains
  // its arrays on every event.
  let arrivalDistribution: Distribution
  let runtimeDistribution: Distribution
  let resubmitPolicy: ResubmitPolicy
  let jobClassCount: Int
  let rerunnable: Bool
  /// HTCondor instead of TORQUE: machines join through the collector, jobs start at negotiation cycles.
  let condor: Bool
  /// Inside a negotiation cycle (HTCondor starts jobs only then).
  var negotiating = false
  let condorPolicy: CondorPolicy
  /// HTCondor's standard universe: its checkpoint settings (nil: vanilla, or TORQUE).
  let standardUniverse: CheckpointConfig?
  let checkpointStream: RandomStream
  var startdGenerations: GenerationTable
  let classCores: [Int]
  let groupOwnerImpact: [Double]
  let vmPriority: VMPriority
  /// Wall seconds per native second, by `group * classes + jobClass`.
  let slowdown: [Double]
  let classCumulativeWeights: [Double]

  // Hosts, VMs and TORQUE's node list.
  var hosts: ContiguousArray<HostRecord>
  var vmGenerations: GenerationTable
  var serverGenerations: GenerationTable
  var freeNodes: FreeNodeIndex
  /// With `owner-away` placement: free nodes whose PC has a student logged in.
  var freeNodesOwnerPresent: FreeNodeIndex
  let ownerAwarePlacement: Bool
  var activeClasses: UInt64
  var usableInClass: [Int]
  var usableNodes = 0
  var hostsUp = 0
  var restartInProgress = false
  var restartEpoch: UInt32 = 0
  var awaitingInClass: [[Int32]]
  var pendingRegistration: IndexedSet
  var ghosts: IndexedSet
  var markedDown: IndexedSet
  var joinCronScheduled = false
  var cleanupCronScheduled = false

  // Jobs.
  var jobs: ContiguousArray<JobRecord> = []
  var freeJobSlots: [Int32] = []
  var queue = JobQueue()
  var nextJobID: UInt64 = 1
  var busySlots = 0
  var passInProgress = false

  // The lab's people, calendar and power.
  var ownerStreams: [RandomStream?]
  var keyboardStreams: [RandomStream?]
  var ownerGenerations: GenerationTable
  var ownerArrivalPending: [Bool]
  var rates = LabRates()
  let timetableAlwaysOpen: Bool
  let closedDayNumbers: Set<Int>
  /// When the VM image has reached every PC (rapid deployment; 0 without one).
  let deploymentDone: Double
  var hostsEverUsable = 0
  /// Each host's index within its group (it selects the trace timeline).
  let hostIndexInGroup: [Int]
  /// Each host's position in its trace timeline, counting laps.
  var traceCursor: [Int]

  var metrics: MetricsAccumulator
  var started = false
  var samplesTaken = 0

  /// Builds the model's initial state. The configuration must be valid
  /// (``ModelConfig/validate()`` returned no issues).
  public init(config: ModelConfig, observer: (any RunObserver)? = nil, jobSource: (any JobSource)? = nil) {
    precondition((config.workload.trace == nil) == (jobSource == nil), "a trace workload needs its job source, and only then")
    self.config = config
    torqueConfig = config.batch.system.torque ?? TorqueConfig()
    condorConfig = config.batch.system.condor ?? CondorConfig()
    self.observer = observer
    self.jobSource = jobSource
    mode = config.registration.mode
    policy = torqueConfig.policy
    sim = Simulator(endTime: config.duration)

    if mode == .instant || config.batch.system.condor != nil {
      statusPeriod = 1
      classCount = 1
    } else {
      statusPeriod = torqueConfig.statusUpdate
      classCount = min(Int(statusPeriod), 64)
    }
    classWidth = statusPeriod / Double(classCount)

    let streams = RandomStreamFactory(seed: config.seed, replication: config.replication)
    func stream(_ name: String, _ entity: Int = 0) -> RandomStream { streams.stream(name, entity: entity) }
    arrivalStream = stream("arrivals")
    runtimeStream = stream("runtimes")
    classStream = stream("job-classes")
    resubmitStream = stream("resubmissions")
    restartStream = stream("pbs-server-restarts")
    checkpointStream = stream("checkpoints")

    var hosts = ContiguousArray<HostRecord>()
    var availabilityStreams: [RandomStream?] = []
    var vmStreams: [RandomStream] = []
    var ownerStreams: [RandomStream?] = []
    var keyboardStreams: [RandomStream?] = []
    // Host streams are keyed by the group's name and the host's place in its group,
    // so resizing one group does not shift any other host's draws.
    for (groupIndex, group) in config.hostGroups.enumerated() {
      for member in 0..<group.count {
        hosts.append(HostRecord(group: Int32(groupIndex), cores: Int32(group.cores)))
        if case .alternating = group.availability {
          availabilityStreams.append(stream("host-availability/\(group.name)", member))
        } else {
          availabilityStreams.append(nil)
        }
        vmStreams.append(stream("vm-lifecycle/\(group.name)", member))
        ownerStreams.append(config.owners == nil ? nil : stream("owners/\(group.name)", member))
        keyboardStreams.append(config.owners == nil ? nil : stream("keyboard/\(group.name)", member))
      }
    }
    self.hosts = hosts
    self.availabilityStreams = availabilityStreams
    self.vmStreams = vmStreams
    self.ownerStreams = ownerStreams
    self.keyboardStreams = keyboardStreams
    groupAvailability = config.hostGroups.map(\.availability)
    groupPower = config.hostGroups.map(\.power)
    groupUpPeriods = config.hostGroups.map {
      if case .alternating(let up, _) = $0.availability { up } else { nil }
    }
    groupDownPeriods = config.hostGroups.map {
      if case .alternating(_, let down) = $0.availability { down } else { nil }
    }
    arrivalDistribution = config.workload.arrival
    runtimeDistribution = config.workload.runtime
    resubmitPolicy = config.workload.resubmit
    jobClassCount = config.workload.classes.count
    rerunnable = torqueConfig.rerunnable
    condor = config.batch.system.condor != nil
    condorPolicy = condorConfig.policy
    if condor, case .standard(let checkpoint) = condorConfig.universe {
      standardUniverse = checkpoint
    } else {
      standardUniverse = nil
    }
    classCores = config.workload.classes.map { $0.cores ?? config.workload.cores }
    groupOwnerImpact = config.hostGroups.map(\.profile.ownerImpact)
    vmPriority = config.vm.priority

    let classes = config.workload.classes
    slowdown = config.hostGroups.flatMap { group in
      classes.map { group.profile.slowdown(for: $0) / group.speed }
    }
    let totalWeight = classes.reduce(0) { $0 + $1.weight }
    var running = 0.0
    classCumulativeWeights = classes.map { running += $0.weight / totalWeight; return running }

    let count = hosts.count
    vmGenerations = GenerationTable(count: count)
    serverGenerations = GenerationTable(count: count)
    freeNodes = FreeNodeIndex(hostCount: count, maxCores: config.maxCoresPerHost, classCount: classCount)
    freeNodesOwnerPresent = FreeNodeIndex(hostCount: count, maxCores: config.maxCoresPerHost, classCount: classCount)
    ownerAwarePlacement = config.batch.placement == .ownerAway
    activeClasses = classCount == 64 ? ~0 : (1 << UInt64(classCount)) - 1
    usableInClass = Array(repeating: 0, count: classCount)
    awaitingInClass = Array(repeating: [], count: classCount)
    pendingRegistration = IndexedSet(capacity: count)
    ghosts = IndexedSet(capacity: count)
    markedDown = IndexedSet(capacity: count)
    hostIndexInGroup = config.hostGroups.flatMap { Array(0..<$0.count) }
    traceCursor = Array(repeating: 0, count: count)
    ownerGenerations = GenerationTable(count: count)
    startdGenerations = GenerationTable(count: count)
    ownerArrivalPending = Array(repeating: false, count: count)
    timetableAlwaysOpen = config.timetable.isAlwaysOpen
    closedDayNumbers = Set(config.timetable.closedDates.map(\.dayNumber))
    deploymentDone = config.deployment?.copyTime(hosts: count) ?? 0
    metrics = MetricsAccumulator(warmup: config.warmup, duration: config.duration, hostCount: count)
  }

  /// Runs the simulation to its end time and returns the summary metrics.
  public func run() -> RunSummary {
    start()
    while step() {}
    return finish()
  }

  /// Runs like ``run()``, but asks `shouldStop` every 65,536 events and gives up
  /// (returning `nil`) when it says yes: for Ctrl-C and per-run time limits.
  public func run(stoppingWhen shouldStop: () -> Bool) -> RunSummary? {
    start()
    while step() {
      if sim.eventsFired & 0xFFFF == 0 && shouldStop() { return nil }
    }
    return finish()
  }

  /// Schedules the initial events: every host powers on at time 0, the first
  /// arrival, the first sample and the first timed scheduler cycle.
  func start() {
    precondition(!started, "a LabModel runs once")
    started = true
    for host in hosts.indices {
      hosts[host].watts = groupPower[Int(hosts[host].group)].off
      rates.watts += hosts[host].watts
      sim.schedule(.hostStarts(host: Int32(host)), at: 0)
    }
    startTimetable()
    if jobSource != nil {
      scheduleTraceArrival()
    } else {
      sim.schedule(.jobArrival, at: arrivalDistribution.sample(arrivalStream))
    }
    sim.schedule(.sample, at: 0)
    if condor {
      sim.schedule(.negotiationCycle, at: condorConfig.negotiatorInterval)
    } else {
      sim.schedule(.schedulerIteration, at: torqueConfig.schedulerIteration)
    }
  }

  /// Handles the next event; false once the end time is reached.
  @inline(__always)
  func step() -> Bool {
    guard let event = sim.next() else { return false }
    metrics.advance(to: sim.now, hostsUp: hostsUp, usableNodes: usableNodes, rates: rates)
    handle(event)
    if sim.eventsFired & 0xFFFF == 0 { observer?.progressed(to: sim.now) }
    return true
  }

  /// Handles every event due at or before `time`, then sets the clock to `time`
  /// (for tests that inspect or change the state between events).
  func advance(through time: Double) {
    while let next = sim.nextEventTime, next <= time, step() {}
    guard time <= sim.endTime else { return }
    metrics.advance(to: time, hostsUp: hostsUp, usableNodes: usableNodes, rates: rates)
    sim.advanceClock(to: time)
  }

  /// Closes the metric integrals at the end time and returns the summary.
  func finish() -> RunSummary {
    metrics.advance(to: sim.endTime, hostsUp: hostsUp, usableNodes: usableNodes, rates: rates)
    metrics.hostsUpChanging(at: sim.endTime, from: hostsUp)
    observer?.progressed(to: sim.endTime)
    return metrics.finish(events: sim.eventsFired)
  }

  private func handle(_ event: ModelEvent) {
    switch event {
    case .hostStarts(let host): hostStarts(Int(host))
    case .crashBegan(let host): crashBegan(Int(host))
    case .crashEnded(let host): crashEnded(Int(host))
    case .traceChanges(let host): replayTrace(Int(host))
    case .negotiationCycle:
      negotiating = true
      schedulingPass()
      negotiating = false
      sim.schedule(.negotiationCycle,
                   at: PeriodicClock.tick(after: sim.now, period: condorConfig.negotiatorInterval))
    case .leaseExpired(let slot, let generation): leaseExpired(Int(slot), generation)
    case .startdEvaluates(let host): evaluateStartd(Int(host))
    case .preemptDue(let host, let generation): preemptDue(Int(host), generation)
    case .checkpointDue(let slot, let generation): checkpointDue(Int(slot), generation)
    case .labChanges: labChanged()
    case .labWakes: labWoke()
    case .ownerArrives(let host): ownerArrived(Int(host))
    case .classBegins(let block, let day): classBegan(Int(block), day: Int(day))
    case .sessionEnds(let host, let generation): sessionEnded(Int(host), generation)
    case .keyboardToggles(let host, let generation): keyboardToggled(Int(host), generation)
    case .rebootEnds(let host): rebootEnded(Int(host))
    case .vmBooted(let host, let generation): vmBooted(Int(host), generation)
    case .vmConfigured(let host, let generation): vmConfigured(Int(host), generation)
    case .nodeHello(let host, let generation): nodeReported(Int(host), generation)
    case .nodeCheckMarksDown(let host, let generation): nodeCheckFired(Int(host), generation)
    case .joinCron: joinCronRan()
    case .cleanupCron: cleanupCronRan()
    case .restartEnded(let epoch): restartEnded(epoch)
    case .phaseClassReported(let phaseClass, let epoch): phaseClassReported(Int(phaseClass), epoch)
    case .schedulerIteration:
      schedulingPass()
      sim.schedule(.schedulerIteration,
                   at: PeriodicClock.tick(after: sim.now, period: torqueConfig.schedulerIteration))
    case .jobArrival: jobArrived()
    case .jobResubmitted(let slot): jobResubmitted(Int(slot))
    case .attemptEnded(let slot, let generation): attemptEnded(Int(slot), generation)
    case .sample:
      observer?.sampled(TimeSample(
        time: sim.now, hostsUp: hostsUp, wnsUsable: usableNodes, busySlots: busySlots,
        queueLength: queue.count))
      samplesTaken += 1
      sim.schedule(.sample, at: Double(samplesTaken) * config.sampleEvery)
    }
  }

  // MARK: - Node bookkeeping

  /// Whether phase class `phaseClass` has reported since the last pbs_server restart.
  @inline(__always)
  func isActive(_ phaseClass: Int32) -> Bool { activeClasses & (1 << UInt64(phaseClass)) != 0 }

  /// Takes a node out of every derived structure before its state changes.
  /// Always pair with ``attach(_:)``.
  @inline(__always)
  func detach(_ host: Int) {
    freeNodes.remove(host)
    if ownerAwarePlacement { freeNodesOwnerPresent.remove(host) }
    if hosts[host].countedUsable {
      hosts[host].countedUsable = false
      let phaseClass = hosts[host].phaseClass
      usableInClass[Int(phaseClass)] -= 1
      if isActive(phaseClass) { usableNodes -= 1 }
    }
  }

  /// Records a registration latency and, the first time, the node joining the lab
  /// (for `lab_integrated_after_s`: 95% of the WNs usable at least once).
  func nodeBecameUsable(_ host: Int, upSince: Double) {
    metrics.nodeBecameUsable(at: sim.now, hostUpSince: upSince)
    guard !hosts[host].everUsable else { return }
    hosts[host].everUsable = true
    hostsEverUsable += 1
    if hostsEverUsable == Int((0.95 * Double(hosts.count)).rounded(.up)) { metrics.labIntegrated(at: sim.now) }
  }

  /// Puts a node back into the derived structures from its current state:
  /// the free-node index, the usable counts, the ghost and marked-down sets,
  /// and the registration-latency bookkeeping.
  func attach(_ host: Int) {
    // Fields are read one by one: copying the whole host record is costly on this path.
    let server = hosts[host].server
    let phaseClass = hosts[host].phaseClass
    let free = Int(hosts[host].serverFreeCores)
    if server == .up && free > 0 && hosts[host].startdAccepting {
      if ownerAwarePlacement && hosts[host].inSession {
        freeNodesOwnerPresent.insert(host, freeCores: free, phaseClass: Int(phaseClass))
      } else {
        freeNodes.insert(host, freeCores: free, phaseClass: Int(phaseClass))
      }
    }
    let running = hosts[host].vm == .running
    if server == .up && running {
      hosts[host].countedUsable = true
      usableInClass[Int(phaseClass)] += 1
      if isActive(phaseClass) {
        usableNodes += 1
        if hosts[host].awaitingUsable {
          hosts[host].awaitingUsable = false
          nodeBecameUsable(host, upSince: hosts[host].upSince)
        }
      } else if hosts[host].awaitingUsable {
        awaitingInClass[Int(phaseClass)].append(Int32(host))
      }
    }
    if mode != .instant {
      ghosts.set(host, present: server == .up && !running)
      markedDown.set(host, present: server == .markedDown)
    }
  }
}
