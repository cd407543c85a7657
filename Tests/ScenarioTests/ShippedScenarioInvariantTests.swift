import Foundation
import Testing

@testable import Model
@testable import Scenario

/// Every shipped scenario, and every variant of the TORQUE-vs-HTCondor comparison, runs with
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

  @Test("each TORQUE-vs-HTCondor variant runs with every invariant checked")
  func comparisonVariants() throws {
    let root = Fixture.packageRoot().appendingPathComponent("Scenarios")
    let plan = try VariantsReader.load(path: root.appendingPathComponent("torque-vs-condor.yaml").path,
                                       scenario: root.appendingPathComponent("university-lab.yaml").path)
    let scenarios = try plan.sweep.resolveAllPoints()
    #expect(scenarios.count == plan.variants.count)
    for (name, scenario) in zip(plan.variants, scenarios) {
      let summary = Self.runChecked(scenario.config)
      #expect(summary.jobsCompleted > 0, "variant \(name) completed no job")
    }
  }

  @Test("the theory scenarios run with every invariant checked")
  func theoryScenarios() throws {
    let theory = Self.files.filter { $0.path.contains("/theory/") }
    #expect(!theory.isEmpty)
    for file in theory {
      #expect(Self.runChecked(try Scenario.load(path: file.path).config).jobsCompleted > 0, "\(file.lastPathComponent)")
    }
  }
}
