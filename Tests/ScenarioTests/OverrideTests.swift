import Model
import Stochastics
import Testing

@testable import Scenario

@Suite("ScenarioOverride")
struct OverrideTests {
  static func error(_ overrides: [String], yaml: String = Fixture.full,
                    sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> ScenarioError {
    try #require(throws: ScenarioError.self, sourceLocation: sourceLocation) {
      try Fixture.parse(yaml, overrides: overrides)
    }
  }

  @Test("hosts.0.count=40 changes the count", arguments: ["hosts.0.count=40", "hosts[0].count=40"])
  func changesCount(_ text: String) throws {
    let scenario = try Fixture.parse(Fixture.full, overrides: [text])
    #expect(scenario.config.hostGroups[0].count == 40)
    // Nothing else changes.
    var expected = try Fixture.parse(Fixture.full).config
    expected.hostGroups[0].count = 40
    #expect(scenario.config == expected)
    // The grafted value is located at the override.
    #expect(scenario.source.nearest(path: "hosts[0].count").location == .override(text))
  }

  @Test("a distribution is replaced wholesale")
  func replacesDistribution() throws {
    let scenario = try Fixture.parse(Fixture.full, overrides: ["workload.arrival={exponential: {mean: 5m}}"])
    #expect(scenario.config.workload.arrival == .exponential(mean: 300))
    let runtime = try Fixture.parse(Fixture.full, overrides: ["workload.runtime={uniform: {low: 1m, high: 2m}}"])
    #expect(runtime.config.workload.runtime == .uniform(low: 60, high: 120))
  }

  @Test("a missing section is created under an existing mapping")
  func createsMissingKeys() throws {
    let scenario = try Fixture.parse(Fixture.minimal, overrides: ["vm.boot=30s", "batch.torque.policy=strict-fifo"])
    #expect(scenario.config.vm == VMLifecycleConfig(boot: .constant(30)))
    #expect(scenario.config.batch.system.torque?.policy == .strictFifo)
    #expect(scenario.config.batch.system.torque?.statusUpdate == TorqueConfig().statusUpdate)
  }

  @Test("overrides apply in order; the last one wins")
  func appliesInOrder() throws {
    let scenario = try Fixture.parse(Fixture.full, overrides: ["seed=5", "seed=9", "duration=20d"])
    #expect(scenario.config.seed == 9)
    #expect(scenario.config.duration == 20 * 86_400)
  }

  @Test("a whole host group can be replaced by a mapping")
  func replacesListItem() throws {
    let scenario = try Fixture.parse(Fixture.full, overrides: ["hosts.0={count: 7, cores: 4}"])
    #expect(scenario.config.hostGroups == [HostGroup(name: "group-0", count: 7, cores: 4)])
  }

  @Test("a value may contain '='")
  func valueWithEquals() throws {
    let scenario = try Fixture.parse(Fixture.full, overrides: ["description=a=b"])
    #expect(scenario.config.description == "a=b")
  }

  @Test("an index out of range is an error located at the override")
  func indexOutOfRange() throws {
    let error = try Self.error(["hosts.3.count=2"])
    #expect(error.location == .override("hosts.3.count=2"))
    #expect(error.path == "hosts[3]")
    #expect(error.message == "index 3 is out of range: 'hosts' has 1 item(s)")
  }

  @Test("a path through a scalar is an error")
  func pathThroughScalar() throws {
    let error = try Self.error(["duration.days=3"])
    #expect(error.location == .override("duration.days=3"))
    #expect(error.path == "duration.days")
    #expect(error.message == "'duration' is '10d', not a mapping")

    let index = try Self.error(["workload.cores.0=1"])
    #expect(index.path == "workload.cores[0]")
    #expect(index.message == "'workload.cores' is '1', not a list")

    let keyInList = try Self.error(["hosts.count=1"])
    #expect(keyInList.path == "hosts.count")
    #expect(keyInList.message == "'hosts' is a list, not a mapping")
  }

  @Test("an unknown key introduced by an override is reported at the override with a did-you-mean")
  func unknownKey() throws {
    let nested = try Self.error(["hosts.0.cuont=3"])
    #expect(nested.location == .override("hosts.0.cuont=3"))
    #expect(nested.path == "hosts[0].cuont")
    #expect(nested.suggestion == "count")
    #expect(nested.description.hasPrefix("--set hosts.0.cuont=3: hosts[0].cuont: unknown key 'cuont'"))

    let top = try Self.error(["duraton=5d"])
    #expect(top.location == .override("duraton=5d"))
    #expect(top.path == "duraton")
    #expect(top.suggestion == "duration")
  }

  @Test("malformed overrides are rejected before touching the tree")
  func malformed() throws {
    let noEquals = try #require(throws: ScenarioError.self) { try ScenarioOverride("hosts.0.count") }
    #expect(noEquals.location == .override("hosts.0.count"))
    #expect(noEquals.message.contains("key.path=value"))

    let emptyPath = try #require(throws: ScenarioError.self) { try ScenarioOverride("=3") }
    #expect(emptyPath.message == "the key path before '=' is empty")

    let emptyValue = try #require(throws: ScenarioError.self) { try ScenarioOverride("seed= ") }
    #expect(emptyValue.path == "seed")
    #expect(emptyValue.message == "the value after '=' is empty")

    let badYAML = try #require(throws: ScenarioError.self) { try ScenarioOverride("vm.boot={uniform: {low: 1s") }
    #expect(badYAML.path == "vm.boot")
    #expect(badYAML.location == .override("vm.boot={uniform: {low: 1s"))
    #expect(badYAML.message.contains("YAML"))

    // Through Scenario.parse the same error surfaces.
    let viaParse = try Self.error(["hosts.0.count"])
    #expect(viaParse.location == .override("hosts.0.count"))
  }

  @Test("an override parses its path and value")
  func parsesParts() throws {
    let override = try ScenarioOverride(" hosts.0.count =40")
    #expect(override.path == "hosts.0.count")
    #expect(override.text == " hosts.0.count =40")
    #expect(override.value.scalar == "40")
    #expect(override.value.location == .override(" hosts.0.count =40"))
  }

  @Test("override values are checked like the file")
  func validatedLikeFile() throws {
    let zero = try Self.error(["hosts.0.cores=0"])
    #expect(zero.location == .override("hosts.0.cores=0"))
    #expect(zero.path == "hosts[0].cores")
    #expect(zero.message == "must be a positive integer, got 0")

    let word = try Self.error(["hosts.0.cores=two"])
    #expect(word.location == .override("hosts.0.cores=two"))
    #expect(word.message.contains("integer"))

    let family = try Self.error(["workload.arrival={exponental: {mean: 5m}}"])
    #expect(family.location == .override("workload.arrival={exponental: {mean: 5m}}"))
    #expect(family.suggestion == "exponential")
  }

  @Test("validation problems caused by an override are located at the override")
  func validationAtOverride() throws {
    let errors = try #require(throws: ScenarioErrors.self) {
      try Fixture.parse(Fixture.full, overrides: ["hosts.0.speed=-2", "warmup=30d"])
    }.errors
    #expect(errors.map(\.path) == ["warmup", "hosts[0].speed"])
    #expect(errors.map(\.location) == [.override("warmup=30d"), .override("hosts.0.speed=-2")])
  }

  @Test("apply works on a bare tree and leaves the input untouched")
  func applyOnTree() throws {
    let tree = try ScenarioNode.parse(yaml: "a: {b: 1}\nc: [x, y]\n") { Fixture.at($0, $1) }
    let changed = try ScenarioOverride("c.1=z").apply(to: tree)
    #expect(changed.nearest(path: "c[1]").scalar == "z")
    #expect(changed.nearest(path: "c[0]").scalar == "x")
    #expect(tree.nearest(path: "c[1]").scalar == "y")
    let added = try ScenarioOverride("a.d.e=2").apply(to: tree)
    #expect(added.nearest(path: "a.d.e").scalar == "2")
    #expect(added.nearest(path: "a.b").scalar == "1")
    #expect(added.location == tree.location)
  }
}
