import Stochastics

/// What a run will roughly cost, from the configuration's sizes and rates alone (nothing is
/// simulated): the events it fires, its peak memory and its run time. It is meant to be right
/// within a factor of about two, enough to refuse a run that cannot finish or fit
/// (``RunLimits``) and to warn about a long one; docs/performance.md gives the measurements
/// behind its constants.
public struct RunCostEstimate: Sendable, Equatable {
  /// Events, by what fires them, largest first.
  public private(set) var events: [CostShare] = []
  /// Peak memory in bytes, by what holds it, largest first (the program's fixed part apart).
  public private(set) var memory: [CostShare] = []

  /// Memory the program needs whatever the lab: code, libraries, buffers (measured: 28 MiB).
  public static let fixedBytes = 32.0 * 1_048_576
  /// Memory per PC with every mechanism on (measured: 0.9–1.1 KiB at 10⁴–10⁶ PCs).
  public static let bytesPerPC = 1_536.0
  /// Memory per job in the system (measured: about 200 bytes).
  public static let bytesPerJob = 256.0
  /// Events a PC fires per up-and-down cycle: the failure and the recovery, the VM's boot and
  /// configuration, its registration, the batch system noticing.
  static let eventsPerCycle = 6.0
  /// Events per job: its arrival, start and end, and a scheduling pass.
  static let eventsPerJob = 4.0

  /// Estimates the cost of a run of `config`.
  public init(_ config: ModelConfig) {
    let duration = config.duration
    let days = duration / 86_400
    var eventShares: [CostShare] = []
    var memoryShares: [CostShare] = []
    var totalPCs = 0.0
    var totalCores = 0.0
    // Cycles of PCs that come and go on their own (failures, traces); the timetable's
    // nightly cycles switch every PC at once.
    var ownCycles = 0.0
    // Power cycles a day when the timetable switches PCs off at night.
    let nightlyCycles = (config.timetable.isAlwaysOpen || config.timetable.power == .alwaysOn) ? 0.0 : 1.0
    for (index, group) in config.hostGroups.enumerated() {
      let count = Double(group.count)
      totalPCs += count
      totalCores += count * Double(group.cores)
      var cycles = 1 + nightlyCycles * days
      var own = 0.0
      switch group.availability {
      case .always: break
      case .alternating(let up, let down):
        let period = Self.finiteMean(up) + Self.finiteMean(down)
        own = period > 0 ? duration / period : .infinity
      case .trace(let schedule):
        // Each PC replays a timeline; a trace shorter than the run repeats.
        let changes = schedule.timelines.reduce(0.0) { $0 + Double($1.times.count) }
        let perPC = changes / Double(max(1, schedule.timelines.count))
        own = perPC / 2 * max(1, duration / max(schedule.duration, 1))
      }
      cycles += own
      ownCycles += count * own
      eventShares.append(CostShare(driver: .hostGroup(index), amount: count * cycles * Self.eventsPerCycle))
      memoryShares.append(CostShare(driver: .hostGroup(index), amount: count * Self.bytesPerPC))
    }

    // Jobs: drawn arrivals only (a trace's jobs are counted by the trace's reader).
    if config.workload.trace == nil {
      let interval = Self.finiteMean(config.workload.arrival)
      let arrivals = interval > 0 ? duration / interval : .infinity
      eventShares.append(CostShare(driver: .jobs, amount: arrivals * Self.eventsPerJob))
      // Jobs in the system: Little's law while the lab keeps up; the ceiling when it cannot.
      let runtime = Self.finiteMean(config.workload.runtime)
      let offered = interval > 0 ? runtime / interval * Double(config.workload.cores) : .infinity
      let jobs = offered < 0.9 * totalCores ? 2 * runtime / max(interval, .leastNonzeroMagnitude) + totalPCs
                                             : Double(config.limits.jobsInSystem)
      memoryShares.append(CostShare(driver: .jobs, amount: min(jobs, Double(config.limits.jobsInSystem)) * Self.bytesPerJob))
    }

    if let owners = config.owners {
      let perHour = Self.loginsPerPCHour(owners.arrivals)
      let toggle = Self.finiteMean(owners.activity.active) + Self.finiteMean(owners.activity.idle)
      let session = Self.finiteMean(owners.session)
      let perSession = 2 + (toggle > 0 ? 2 * session / toggle : 0)
      eventShares.append(CostShare(driver: .owners, amount: totalPCs * perHour * duration / 3_600 * perSession))
    }

    eventShares.append(CostShare(driver: .samples, amount: config.sampleEvery > 0 ? duration / config.sampleEvery : .infinity))
    if config.registration.mode == .restart && config.registration.addPeriod > 0 {
      // A restart when a cron run finds new nodes: at most one per period, one per PC that
      // comes up on its own, and a few at time 0 and each morning when the timetable switches every PC on
      // together (their boots spread over about three cron runs); after each, a report per
      // status phase class.
      let runs = duration / config.registration.addPeriod
      let mornings = nightlyCycles * days
      eventShares.append(CostShare(driver: .registration, amount: min(runs, ownCycles + 3 * (mornings + 1)) * 46))
    }
    events = eventShares.sorted { $0.amount > $1.amount }
    memory = memoryShares.sorted { $0.amount > $1.amount }
  }

  /// All events.
  public var totalEvents: Double { events.reduce(0) { $0 + $1.amount } }

  /// All memory, the fixed part included.
  public var totalBytes: Double { memory.reduce(Self.fixedBytes) { $0 + $1.amount } }

  /// The estimated run time in seconds: the events at the rate measured for a lab of
  /// `pcs` PCs (docs/performance.md: 5.2 M events/s at 10³ PCs down to 0.77 M at 10⁶,
  /// interpolated in the fourth root of the PCs).
  public func seconds(pcs: Double) -> Double {
    let measured: [(pcs: Double, rate: Double)] = [(1e3, 5.16e6), (1e4, 2.70e6), (1e5, 1.19e6), (1e6, 0.77e6)]
    let rate: Double
    if pcs <= measured[0].pcs {
      rate = measured[0].rate
    } else if let upper = measured.firstIndex(where: { $0.pcs >= pcs }) {
      let low = measured[upper - 1], high = measured[upper]
      let fraction = (pcs.squareRoot().squareRoot() - low.pcs.squareRoot().squareRoot())
        / (high.pcs.squareRoot().squareRoot() - low.pcs.squareRoot().squareRoot())
      rate = low.rate + fraction * (high.rate - low.rate)
    } else {
      rate = measured[measured.count - 1].rate * measured[measured.count - 1].pcs / pcs
    }
    return totalEvents / rate
  }

  /// The mean of `distribution`, or 0 when it has none (an infinite mean draws nothing in a run's span).
  package static func finiteMean(_ distribution: Distribution) -> Double {
    let mean = distribution.mean
    return mean.isFinite ? max(0, mean) : 0
  }

  /// Log-ins per PC per hour, averaged over the week.
  package static func loginsPerPCHour(_ arrivals: OwnerArrivals) -> Double {
    switch arrivals {
    case .hourly(let days):
      let rates = days.joined()
      return rates.isEmpty ? 0 : rates.reduce(0, +) / Double(rates.count)
    case .classes(let blocks):
      return Double(blocks.count) / 168
    }
  }
}
