import Foundation
import Model
import Testing

@testable import Scenario

/// `harvestsim sweep --set`: command-line overrides of the base scenario, applied after the
/// plan's own `set` and before the varied values, at every point.
struct SweepOverrideTests {
  static let sweeps = SweepPlanTests.scenarios.appendingPathComponent("sweeps")

  static func plan(_ text: String, _ overrides: [String]) throws -> SweepPlan {
    try SweepPlanReader.parse(yaml: text, path: "plan.yaml", directory: sweeps,
                              overrides: try overrides.map { try ScenarioOverride($0) })
  }

  static let text = """
    base: ../paper-lab.yaml
    set: {duration: 14d, warmup: 1d}
    vary:
      - {path: hosts.0.count, values: [3, 4]}
    """

  @Test func overridesApplyAtEveryPointAfterThePlansSet() throws {
    let plan = try Self.plan(Self.text, ["duration=3d", "hosts.1.count=2"])
    let points = try plan.resolveAllPoints()
    #expect(points.count == 2)
    for (index, point) in points.enumerated() {
      #expect(point.config.duration == 3 * 86_400)  // the command line wins over the plan's set (14d)
      #expect(point.config.warmup == 86_400)  // the plan's set still applies where not overridden
      #expect(point.config.hostGroups[1].count == 2)
      #expect(point.config.hostGroups[0].count == 3 + index)  // the axis still varies
    }
    #expect(plan.fixed.map(\.text) == ["duration=14d", "warmup=1d", "duration=3d", "hosts.1.count=2"])
  }

  @Test func withoutOverridesThePlanIsUnchanged() throws {
    let plain = try SweepPlanReader.parse(yaml: Self.text, path: "plan.yaml", directory: Self.sweeps)
    #expect(try Self.plan(Self.text, []).fixed == plain.fixed)
  }

  @Test func overridingAVariedKeyIsAnErrorAtTheOverride() throws {
    for typed in ["hosts.0.count=9", "hosts[0].count=9"] {
      let error = try #require(throws: ScenarioError.self) { try Self.plan(Self.text, [typed]) }
      #expect(error.location == .override(typed))
      #expect(error.description.contains("the plan varies 'hosts.0.count' (at plan.yaml:4:5)"), "\(error)")
    }
  }

  @Test func aBadOverrideNamesItselfAtThePointsItBreaks() throws {
    let plan = try Self.plan(Self.text, ["hosts.1.coers=2"])
    let error = try #require(throws: (any Error).self) { try plan.scenario(forPoint: 0) }
    #expect("\(error)".contains("--set hosts.1.coers=2"), "\(error)")
  }
}
