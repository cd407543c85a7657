import Foundation
import Model

/// The scenario's estimated cost (``RunCostEstimate``) against its limits: what is refused,
/// and what gets a warning. docs/reliability.md lists the limits.
enum CostRules {
  /// The most PCs a lab may have in all: the model numbers its PCs with 32-bit integers.
  static let maximumPCs = Int(Int32.max)
  /// The most availability-trace intervals that may be replayed over all PCs of a group
  /// (about 1 GiB of timelines).
  static let maximumTraceIntervals = 100_000_000.0
  /// A run estimated to take longer than this many seconds gets a warning.
  static let warningSeconds = 30.0
  /// The longest duration without a warning: 100 years. Beyond it the clock's resolution
  /// (the spacing of doubles near the end time) passes a microsecond.
  static let longestDuration = 100 * 365.25 * 86_400
  /// The shortest period without a warning, in seconds: sampling, mean up or down periods,
  /// and mean times between arrivals (of jobs, and of students at one PC).
  static let shortestPeriod = 1.0

  /// The limits the scenario breaks: too many PCs, too much memory, too many events.
  static func issues(_ config: ModelConfig) -> [ValidationIssue] {
    let counts = config.hostGroups.map { Double($0.count) }
    let pcs = counts.reduce(0, +)
    if pcs > Double(maximumPCs) {
      let bytes = RunCostEstimate.fixedBytes + pcs * RunCostEstimate.bytesPerPC
      return [ValidationIssue(path: "hosts[\(largest(counts))].count",
                              message: "the lab has \(approximate(pcs)) PCs in all, which would need about "
                                + "\(gibibytes(bytes)) of memory; at most \(maximumPCs) PCs are supported")]
    }
    let estimate = RunCostEstimate(config)
    var issues: [ValidationIssue] = []
    let limits = config.limits
    if estimate.totalBytes > limits.memoryBytes, let top = estimate.memory.first {
      issues.append(ValidationIssue(
        path: memoryKey(top.driver),
        message: "\(memoryCause(top.driver, config)) need about \(gibibytes(estimate.totalBytes)) of memory "
          + "(limit \(gibibytes(limits.memoryBytes)); raise it with limits.memory)"))
    }
    if estimate.totalEvents > limits.events, let top = estimate.events.first {
      issues.append(ValidationIssue(
        path: config.duration > longestDuration ? "duration" : eventsKey(top.driver, config),
        message: "the run would fire about \(approximate(estimate.totalEvents)) events in "
          + "\(Units.durationText(config.duration)) (\(approximate(top.amount)) of them set by "
          + "\(eventsKey(top.driver, config))), which would take about "
          + "\(span(estimate.seconds(pcs: pcs))) (limit \(approximate(limits.events)) events; shorten duration, "
          + "or raise limits.events)"))
    }
    return issues
  }

  /// Warnings: a duration beyond the longest, periods below the shortest, and a run estimated
  /// to take long (at the key that drives most of its events).
  static func warnings(_ config: ModelConfig) -> [ValidationIssue] {
    var warnings: [ValidationIssue] = []
    if config.duration > longestDuration {
      warnings.append(ValidationIssue(
        path: "duration", message: "longer than 100 years: the clock then resolves only "
          + "\(String(format: "%.1g", config.duration.ulp)) s"))
    }
    func period(_ path: String, _ seconds: Double, _ what: String) {
      guard seconds < shortestPeriod else { return }
      warnings.append(ValidationIssue(
        path: path, message: "\(what) of \(Units.durationText(seconds)), under a second: every second of the lab costs "
          + "at least one event"))
    }
    period("output.sample_every", config.sampleEvery, "a sampling period")
    for (index, group) in config.hostGroups.enumerated() {
      guard case .alternating(let up, let down) = group.availability else { continue }
      period("hosts[\(index)].availability.up", RunCostEstimate.finiteMean(up), "mean up periods")
      period("hosts[\(index)].availability.down", RunCostEstimate.finiteMean(down), "mean down periods")
    }
    if config.workload.trace == nil {
      period("workload.arrival", RunCostEstimate.finiteMean(config.workload.arrival), "a mean time between arrivals")
    }
    if let owners = config.owners {
      let perHour = RunCostEstimate.loginsPerPCHour(owners.arrivals)
      if perHour > 0 { period("owners.arrivals", 3_600 / perHour, "a mean time between log-ins at a PC") }
    }
    let estimate = RunCostEstimate(config)
    let pcs = config.hostGroups.reduce(0.0) { $0 + Double($1.count) }
    let seconds = estimate.seconds(pcs: pcs)
    if seconds > warningSeconds, let top = estimate.events.first {
      warnings.append(ValidationIssue(
        path: eventsKey(top.driver, config),
        message: "a long run: about \(approximate(estimate.totalEvents)) events, about \(span(seconds)) on a machine "
          + "like the project's (docs/performance.md)"))
    }
    return warnings
  }

  /// The key that sets a driver's memory.
  static func memoryKey(_ driver: CostDriver) -> String {
    switch driver {
    case .hostGroup(let index): "hosts[\(index)].count"
    case .jobs, .owners, .samples, .registration: "limits.jobs_in_system"
    }
  }

  /// The key that sets a driver's events.
  static func eventsKey(_ driver: CostDriver, _ config: ModelConfig) -> String {
    switch driver {
    case .hostGroup(let index):
      if case .always = config.hostGroups[index].availability { return "hosts[\(index)].count" }
      return "hosts[\(index)].availability"
    case .jobs: return "workload.arrival"
    case .owners: return "owners.arrivals"
    case .samples: return "output.sample_every"
    case .registration: return "registration.add_period"
    }
  }

  /// What holds a driver's memory, in words.
  private static func memoryCause(_ driver: CostDriver, _ config: ModelConfig) -> String {
    switch driver {
    case .hostGroup(let index): "\(approximate(Double(config.hostGroups[index].count))) PCs"
    case .jobs, .owners, .samples, .registration: "\(config.limits.jobsInSystem) jobs in the system"
    }
  }

  /// The index of the largest count.
  private static func largest(_ counts: [Double]) -> Int {
    counts.indices.max { counts[$0] < counts[$1] } ?? 0
  }

  /// A count to two significant digits: `3200`, `1.2e+09`.
  static func approximate(_ value: Double) -> String {
    guard value.isFinite else { return "infinitely many" }
    return value < 1e6 ? String(Int(value.rounded())) : String(format: "%.2g", value)
  }

  /// Bytes in GiB, MiB or KiB.
  static func gibibytes(_ bytes: Double) -> String {
    guard bytes.isFinite else { return "an unbounded amount" }
    if bytes >= 1_073_741_824 { return "\(approximateUnit(bytes / 1_073_741_824)) GiB" }
    if bytes >= 1_048_576 { return "\(approximateUnit(bytes / 1_048_576)) MiB" }
    return "\(approximateUnit(bytes / 1_024)) KiB"
  }

  private static func approximateUnit(_ value: Double) -> String {
    value < 1e6 ? String(format: value < 10 ? "%.1f" : "%.0f", value) : String(format: "%.2g", value)
  }

  /// A span of time in words, to one decimal: `40 s`, `12.5 min`, `3.5 h`, `20.0 days`,
  /// `3e+05 years` (run times, and the simulated times of a stopped run).
  static func span(_ seconds: Double) -> String {
    guard seconds.isFinite else { return "forever" }
    if seconds < 120 { return String(format: "%.0f s", seconds) }
    if seconds < 7_200 { return String(format: "%.1f min", seconds / 60) }
    if seconds < 172_800 { return String(format: "%.1f h", seconds / 3_600) }
    if seconds < 3.15e7 * 2 { return String(format: "%.1f days", seconds / 86_400) }
    return "\(approximate(seconds / 3.15e7)) years"
  }

}
