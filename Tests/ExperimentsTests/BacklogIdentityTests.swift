import Foundation
import Testing

@testable import Experiments
import Model
import Scenario

/// The backlog identity of docs/model.md §9 in every `summary.csv` row:
/// jobs_completed + jobs_lost + jobs_queued_at_end + jobs_running_at_end + jobs_interrupted_at_end
/// = jobs_submitted + jobs_in_system_at_warmup, for every shipped scenario, shortened, under
/// TORQUE, HTCondor and Slurm, without resubmission and a warm-up, and with resubmission after
/// a warm-up (jobs carried in). The values are read through the catalogue, as the CSV writes them.
@Suite("Backlog identity in every row")
struct BacklogIdentityTests {
  /// Every shipped scenario (not the sweep plans, variants files or VM profiles).
  static let files: [URL] = {
    let root = CommandLineTests.packageRoot.appendingPathComponent("Scenarios")
    guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { return [] }
    var files: [URL] = []
    for case let url as URL in walker where url.pathExtension == "yaml" {
      if url.path.contains("/sweeps/") || url.path.contains("/profiles/") { continue }
      if let text = try? String(contentsOf: url, encoding: .utf8), text.contains("\nvariants:") { continue }
      files.append(url)
    }
    return files.sorted { $0.path < $1.path }
  }()

  /// The three batch systems, with their defaults.
  static let systems: [BatchSystemConfig] = [.torque(TorqueConfig()), .condor(CondorConfig()), .slurm(SlurmConfig())]

  /// `config` cut to two days and at most 60 PCs per group, its Poisson arrivals thinned in
  /// proportion (so the load stays the same), on `system`.
  static func shortened(_ config: ModelConfig, on system: BatchSystemConfig, resubmit: ResubmitPolicy,
                        warmup: Double) -> ModelConfig {
    var config = config
    let hosts = Double(config.hostCount)
    config.duration = 2 * 86_400
    config.warmup = warmup
    for index in config.hostGroups.indices where config.hostGroups[index].count > 60 {
      config.hostGroups[index].count = 60
    }
    if case .exponential(let mean) = config.workload.arrival {
      config.workload.arrival = .exponential(mean: mean * hosts / Double(config.hostCount))
    }
    config.batch.system = system
    config.workload.resubmit = resubmit
    return config
  }

  /// A metric's value in the row, as the CSV writes it (a count).
  static func cell(_ name: String, _ summary: RunSummary) throws -> Int {
    let metric = try #require(MetricCatalogue.metric(named: name), "no metric \(name)")
    let value = metric.value(summary)
    return try #require(Int(exactly: value), "\(name) = \(value) is not a count")
  }

  static func checkIdentity(_ summary: RunSummary, _ label: String) throws {
    let accounted = try ["jobs_completed", "jobs_lost", "jobs_queued_at_end", "jobs_running_at_end",
                         "jobs_interrupted_at_end"].map { try cell($0, summary) }.reduce(0, +)
    let entered = try cell("jobs_submitted", summary) + cell("jobs_in_system_at_warmup", summary)
    #expect(accounted == entered, "\(label): completed + lost + backlog = \(accounted), submitted + carried in = \(entered)")
    #expect(summary.unaccountedJobs == 0, "\(label)")
  }

  @Test("completed + lost + backlog = submitted + carried in", arguments: files)
  func identityHolds(_ file: URL) throws {
    let scenario = try Scenario.load(path: file.path)
    let cases: [(ResubmitPolicy, Double, String)] = [
      (.never, 0, "no resubmission, no warm-up"),
      (.after(.constant(1800), maxAttempts: 3), 12 * 3600, "resubmission after 30 min, 12 h warm-up"),
    ]
    var carriedIn = 0
    for system in Self.systems {
      for (resubmit, warmup, name) in cases {
        let model = LabModel(config: Self.shortened(scenario.config, on: system, resubmit: resubmit, warmup: warmup))
        model.checksInvariants = false
        let summary = model.run()
        let label = "\(file.lastPathComponent), \(system.name), \(name)"
        #expect(summary.jobsSubmitted > 0, "\(label)")
        try Self.checkIdentity(summary, label)
        if warmup == 0 { #expect(summary.jobsInSystemAtWarmup == 0, "\(label)") }
        carriedIn += summary.jobsInSystemAtWarmup
      }
    }
    // The warm-up cases do carry jobs in, so the identity's second term is exercised.
    #expect(carriedIn > 0, "\(file.lastPathComponent): no job was in the system at any warm-up")
  }
}
