import Foundation
import Model
import Testing
@testable import Scenario

/// Sweep plans: the grid, zip, ranges, fixed overrides, and strict errors with locations.
struct SweepPlanTests {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  static let scenarios = root.appendingPathComponent("Scenarios")

  static func plan(_ text: String) throws -> SweepPlan {
    try SweepPlanReader.parse(yaml: text, path: "plan.yaml", directory: scenarios.appendingPathComponent("sweeps"))
  }

  @Test func gridIsTheCartesianProductWithTheFirstAxisSlowest() throws {
    let plan = try Self.plan("""
      base: ../paper-lab.yaml
      replications: 3
      vary:
        - {path: hosts.0.count, values: [1, 2, 3]}
        - {path: registration.mode, values: [restart, live]}
      """)
    #expect(plan.pointCount == 6)
    #expect(plan.parameters == ["hosts.0.count", "registration.mode"])
    #expect(plan.labels(forPoint: 0) == ["1", "restart"])
    #expect(plan.labels(forPoint: 1) == ["1", "live"])
    #expect(plan.labels(forPoint: 5) == ["3", "live"])
    #expect(plan.replications == 3)
    #expect(plan.name == "plan")
    let scenarios = try plan.resolveAllPoints()
    #expect(scenarios[5].config.hostGroups[0].count == 3)
    #expect(scenarios[5].config.registration.mode == .live)
    #expect(scenarios[5].config.hostGroups[1].count == 10)  // untouched
  }

  @Test func zippedAxesMoveTogether() throws {
    let plan = try Self.plan("""
      base: ../paper-lab.yaml
      vary:
        - zip:
            - {path: hosts.0.count, values: [1, 2]}
            - {path: hosts.1.count, values: [3, 4]}
        - {path: seed, values: [7, 8, 9]}
      """)
    #expect(plan.pointCount == 6)
    #expect(plan.labels(forPoint: 4) == ["2", "4", "8"])
  }

  @Test func zipWithUnequalLengthsIsAnErrorAtTheAxis() throws {
    let error = try #require(throws: ScenarioError.self) {
      try Self.plan("""
        base: ../paper-lab.yaml
        vary:
          - zip:
              - {path: hosts.0.count, values: [1, 2]}
              - {path: hosts.1.count, values: [3]}
        """)
    }
    #expect(error.location == .file(path: "plan.yaml", line: 5, column: 9))
    #expect(error.message.contains("same number of values"))
  }

  @Test func rangesIncludeTheirEndAndKeepUnits() throws {
    let plan = try Self.plan("""
      base: ../paper-lab.yaml
      vary:
        - {path: registration.add_period, range: {from: 30s, to: 2m, step: 30s}}
        - {path: hosts.0.speed, range: {from: 0.1, to: 0.3, step: 0.1}}
      """)
    #expect(plan.dimensions[0].axes[0].values.map(\.inlineText) == ["30s", "1m", "90s", "2m"])
    #expect(plan.dimensions[1].axes[0].values.map(\.inlineText) == ["0.1", "0.2", "0.3"])
  }

  @Test func fixedOverridesApplyToEveryPoint() throws {
    let plan = try Self.plan("""
      base: ../paper-lab.yaml
      set: {duration: 3d, hosts.1.count: 2}
      vary:
        - {path: hosts.0.count, values: [1, 2]}
      """)
    for scenario in try plan.resolveAllPoints() {
      #expect(scenario.config.duration == 3 * 86_400)
      #expect(scenario.config.hostGroups[1].count == 2)
    }
  }

  @Test func unknownPlanKeysSuggestTheRightOne() throws {
    let error = try #require(throws: ScenarioError.self) {
      try Self.plan("""
        base: ../paper-lab.yaml
        replicatons: 3
        vary:
          - {path: seed, values: [1]}
        """)
    }
    #expect(error.location == .file(path: "plan.yaml", line: 2, column: 1))
    #expect(error.suggestion == "replications")
  }

  @Test func anAxisVariedTwiceIsAnError() throws {
    #expect(throws: ScenarioError.self) {
      try Self.plan("""
        base: ../paper-lab.yaml
        vary:
          - {path: seed, values: [1]}
          - {path: seed, values: [2]}
        """)
    }
  }

  @Test func everyPointIsValidatedAndBadValuesPointAtThePlan() throws {
    let plan = try Self.plan("""
      base: ../paper-lab.yaml
      vary:
        - {path: hosts.0.count, values: [4, 0, 5]}
        - {path: registration.mode, values: [restart, restrat]}
      """)
    let errors = try #require(throws: ScenarioErrors.self) { try plan.resolveAllPoints() }
    let texts = errors.errors.map(\.description)
    // count 0 is rejected where it is written in the plan (line 3), reported once for its first point.
    #expect(texts.contains { $0.hasPrefix("plan.yaml:3:39: hosts[0].count: must be a positive integer") && $0.contains("[point 2:") })
    #expect(texts.contains { $0.hasPrefix("plan.yaml:4:49: registration.mode:") && $0.contains("did you mean 'restart'") })
  }

  @Test func inlineBaseScenario() throws {
    let plan = try Self.plan("""
      base:
        name: inline
        duration: 1d
        hosts: [{count: 2}]
        workload: {arrival: {exponential: {mean: 1h}}, runtime: 30m}
      vary:
        - {path: hosts.0.count, values: [2, 4]}
      """)
    let scenarios = try plan.resolveAllPoints()
    #expect(scenarios.map(\.config.hostCount) == [2, 4])
    #expect(scenarios[0].config.name == "inline")
  }

  @Test func shippedSweepPlansLoadAndValidate() throws {
    for name in ["lab-size", "cron-period", "bench/short-runs", "bench/tiny-runs"] {
      let plan = try SweepPlanReader.load(path: Self.scenarios.appendingPathComponent("sweeps/\(name).yaml").path)
      #expect(plan.name == name || name.hasPrefix("bench/"))
      #expect(try plan.resolveAllPoints().count == plan.pointCount)
    }
  }
}
