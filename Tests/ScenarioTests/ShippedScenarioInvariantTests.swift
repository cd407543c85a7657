import Foundation
import Testing

@testable import Model
@testable import Scenario

/// Every shipped scenario (the theory ones included), every variant of the TORQUE-vs-HTCondor
/// comparison and every point of the shipped sweep plans runs with
/// the model's invariant checks after every event (docs/architecture.md), shortened so the
/// checks stay affordable: two days, and labs of more than 60 PCs cut to 60 PCs per group for
/// one day, with their Poisson arrivals thinned in proportion so the load stays the same.
@Suite("Shipped scenarios under invariant checks")
struct ShippedScenarioInvariantTests {
  static func shortened(_ config: ModelConfig) -> ModelConfig {
    var config = config
    let hosts = Double(config.hostCount)
    config.duration = min(config.duration, config.hostCount > 60 ? 86_400 : 2 * 86_400)
    config.warmup = 0
    for index in config.hostGroups.indices where config.hostGroups[index].count > 60 {
      config.hostGroups[index].count = 60
    }
    if case .exponential(let mean) = config.workload.arrival {
      config.workload.arrival = .exponential(mean: mean * hosts / Double(config.hostCount))
    }
    return config
  }

  static func runChecked(_ config: ModelConfig) -> RunSummary {
    let model = LabModel(config: shortened(config))
    model.checksInvariants = true
    return model.run()
  }

  static let files = Fixture.shippedScenarios().filter { !$0.path.contains("/profiles/") }

  @Test("each shipped scenario runs with every invariant checked", arguments: files)
  func shippedScenario(_ file: URL) throws {
    let scenario = try Scenario.load(path: file.path)
    let summary = Self.runChecked(scenario.config)
    #expect(summary.jobsSubmitted > 0, "\(file.lastPathComponent) submitted no job")
    #expect(summary.events > 0)
  }

  @Test("each variant of the batch-systems comparison runs with every invariant checked")
  func comparisonVariants() throws {
    let root = Fixture.packageRoot().appendingPathComponent("Scenarios")
    let plan = try VariantsReader.load(path: root.appendingPathComponent("batch-systems.yaml").path,
                                       scenario: root.appendingPathComponent("university-lab.yaml").path)
    let scenarios = try plan.sweep.resolveAllPoints()
    #expect(scenarios.count == plan.variants.count)
    for (name, scenario) in zip(plan.variants, scenarios) {
      let summary = Self.runChecked(scenario.config)
      #expect(summary.jobsCompleted > 0, "variant \(name) completed no job")
    }
  }

  /// Every point of the shipped sweep plans (lab sizes up to 100 + 100 PCs, cron periods
  /// from 30 s, every nightly power policy), shortened like the scenarios.
  @Test("each point of the shipped sweep plans runs with every invariant checked",
        arguments: ["lab-size", "cron-period", "nightly-shutdown"])
  func sweepPlanPoints(_ name: String) throws {
    let path = Fixture.packageRoot().appendingPathComponent("Scenarios/sweeps/\(name).yaml").path
    let points = try SweepPlanReader.load(path: path).resolveAllPoints()
    #expect(!points.isEmpty)
    for (index, scenario) in points.enumerated() {
      #expect(Self.runChecked(scenario.config).jobsSubmitted > 0, "\(name) point \(index)")
    }
  }
}
