import Foundation
import Model
import Testing
@testable import Scenario

/// Variants files for `harvestsim compare`: the plan they make, and strict errors located in the file.
struct VariantsReaderTests {
  static let paperLab = Fixture.packageRoot().appendingPathComponent("Scenarios/paper-lab.yaml").path

  static func plan(_ text: String) throws -> ComparePlan {
    try VariantsReader.parse(yaml: text, path: "variants.yaml", scenario: paperLab)
  }

  static let valid = """
    baseline: torque-live
    replications: 4
    metrics: [jobs_lost, throughput_per_hour]
    variants:
      torque-restart: {}
      torque-live: {registration.mode: live}
      short-cron: {registration.mode: restart, registration.add_period: 30s}
    """

  @Test func variantsBecomeOneVariantAxisWithEachPointApplyingItsOverrides() throws {
    let plan = try Self.plan(Self.valid)
    #expect(plan.variants == ["torque-restart", "torque-live", "short-cron"])
    #expect(plan.baseline == 1 && plan.baselineName == "torque-live")
    #expect(plan.replications == 4)
    #expect(plan.sweep.metrics?.map(\.name) == ["jobs_lost", "throughput_per_hour"])
    #expect(plan.sweep.parameters == ["variant"])
    #expect(plan.sweep.pointCount == 3)
    #expect((0..<3).map { plan.sweep.labels(forPoint: $0) } == [["torque-restart"], ["torque-live"], ["short-cron"]])
    #expect(plan.sweep.overrides(forPoint: 0).isEmpty)
    #expect(plan.sweep.overrides(forPoint: 2).map(\.text) == ["registration.mode=restart", "registration.add_period=30s"])
    let scenarios = try plan.sweep.resolveAllPoints()
    #expect(scenarios[0].config.registration.mode == .restart)
    #expect(scenarios[1].config.registration.mode == .live)
    #expect(scenarios[2].config.registration.addPeriod == 30)
    #expect(scenarios[0].config.hostGroups.map(\.count) == [10, 10])
  }

  @Test func defaultsAreTheFirstVariantTenReplicationsAndEveryMetric() throws {
    let plan = try Self.plan("variants: {a: {}, b: {registration.mode: live}}")
    #expect(plan.baseline == 0 && plan.replications == VariantsReader.defaultReplications)
    #expect(plan.sweep.metrics == nil)
    #expect(plan.sweep.name == "variants")
  }

  @Test func fixedOverridesApplyToEveryVariantBeforeItsOwn() throws {
    let plan = try VariantsReader.parse(
      yaml: "variants: {a: {}, b: {duration: 5d}}", path: "v.yaml", scenario: Self.paperLab,
      fixed: [try ScenarioOverride("duration=2d")])
    let scenarios = try plan.sweep.resolveAllPoints()
    #expect(scenarios.map(\.config.duration) == [2 * 86_400, 5 * 86_400])
  }

  @Test func anUnknownKeyIsLocatedWithADidYouMean() throws {
    let error = try #require(throws: ScenarioError.self) {
      try Self.plan("baseline: a\nreplication: 3\nvariants: {a: {}, b: {}}")
    }
    #expect(error.location == .file(path: "variants.yaml", line: 2, column: 1))
    #expect(error.suggestion == "replications")
  }

  @Test func aDuplicateVariantIsAnError() throws {
    let error = try #require(throws: ScenarioError.self) {
      try Self.plan("variants:\n  a: {}\n  b: {registration.mode: live}\n  b: {}\n")
    }
    #expect(error.message.contains("duplicate") && error.message.contains("b"))
    guard case .file(let path, let line, _) = error.location else { Issue.record("no file location"); return }
    #expect(path == "variants.yaml" && line >= 2)
  }

  @Test func anUnknownBaselineIsLocatedWithADidYouMean() throws {
    let error = try #require(throws: ScenarioError.self) {
      try Self.plan("baseline: torque-lve\nvariants: {torque-restart: {}, torque-live: {}}")
    }
    #expect(error.location == .file(path: "variants.yaml", line: 1, column: 11))
    #expect(error.message.contains("unknown baseline 'torque-lve'"))
    #expect(error.suggestion == "torque-live")
  }

  @Test func aBadOverrideKeyIsLocatedInTheVariantsFileAndNamesTheVariant() throws {
    let plan = try Self.plan("""
      variants:
        a: {}
        b: {registration.mod: live}
      """)
    let errors = try #require(throws: ScenarioErrors.self) { try plan.sweep.resolveAllPoints() }
    let error = try #require(errors.errors.first)
    #expect(errors.errors.count == 1)
    #expect(error.location == .file(path: "variants.yaml", line: 3, column: 7))
    #expect(error.suggestion == "mode")
    #expect(error.message.contains("[point 1: variant=b]"))
  }

  @Test func aBadOverrideValueIsLocatedAtTheValue() throws {
    let plan = try Self.plan("variants:\n  a: {}\n  b: {registration.mode: sometimes}\n")
    let errors = try #require(throws: ScenarioErrors.self) { try plan.sweep.resolveAllPoints() }
    #expect(errors.errors.first?.location == .file(path: "variants.yaml", line: 3, column: 26))
  }

  @Test func shapesOtherThanAMappingOfVariantsAreErrors() throws {
    #expect(throws: ScenarioError.self) { try Self.plan("variants: [a, b]") }
    #expect(throws: ScenarioError.self) { try Self.plan("variants: {a: {}}") }
    #expect(throws: ScenarioError.self) { try Self.plan("variants: {a: {}, b: [live]}") }
    #expect(throws: ScenarioError.self) { try Self.plan("baseline: a") }
    #expect(throws: ScenarioError.self) { try Self.plan("replications: 0\nvariants: {a: {}, b: {}}") }
  }
}

struct ShippedVariantsTests {
  @Test func theBatchSystemsComparisonLoadsOnTheUniversityLab() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    let plan = try VariantsReader.load(
      path: root.appendingPathComponent("Scenarios/batch-systems.yaml").path,
      scenario: root.appendingPathComponent("Scenarios/university-lab.yaml").path)
    #expect(plan.variants == [
      "torque-restart", "torque-live", "torque-rerunnable", "torque-drain", "torque-owner-away", "condor-vanilla",
      "condor-self-checkpointing", "condor-self-checkpointing-drain", "historical-condor-host-aware",
      "historical-condor-standard-host-aware", "slurm-static", "slurm-dynamic", "slurm-dynamic-drain",
      "slurm-dynamic-power-saving", "slurm-default-rts0",
    ])
    #expect(plan.baselineName == "torque-restart")
    let scenarios = try plan.sweep.resolveAllPoints()
    #expect(scenarios[2].config.batch.system.torque?.rerunnable == true)
    #expect(scenarios[3].config.batch.drainBeforeShutdown && scenarios[3].config.batch.system.name == "torque")
    #expect(scenarios[8].config.batch.system.condor?.hostAware == true)
    #expect(scenarios[11].config.batch.system.slurm?.nodes == .dynamic)
    #expect(scenarios[13].config.batch.system.slurm?.suspendTime == 1800)
  }
}
