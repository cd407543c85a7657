import Model
import Testing

@testable import Scenario

/// Rules declared with the scenario keys (``ScenarioSchema``), reported together as ``ScenarioErrors``
/// with each problem located at the value (or the nearest written ancestor).
@Suite("ScenarioErrors from validation")
struct ValidationErrorTests {
  static func errors(_ yaml: String, overrides: [String] = [],
                     sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> [ScenarioError] {
    try #require(throws: ScenarioErrors.self, sourceLocation: sourceLocation) {
      try Fixture.parse(yaml, overrides: overrides)
    }.errors
  }

  @Test("a distribution parameter out of range is located at that value")
  func distributionParameter() throws {
    let yaml = Fixture.full(replacing: "{exponential: {mean: 30m}}", with: "{exponential: {mean: -1h}}")
    let errors = try Self.errors(yaml)
    let error = try #require(errors.first { $0.path == "workload.arrival.exponential.mean" })
    #expect(error.location == Fixture.at(13, 33))
    #expect(error.location == Fixture.locate("-1h", in: yaml))
    #expect(error.message == "must be a positive finite number, got -3600.0")
    // The negative mean also breaks the arrival rule; nothing else is wrong.
    #expect(Set(errors.map(\.path)) == ["workload.arrival.exponential.mean", "workload.arrival"])
  }

  @Test("a bare negative duration is a constant reported at the value")
  func negativeConstant() throws {
    let yaml = Fixture.minimal + "\nvm: {boot: -5s}"
    let errors = try Self.errors(yaml)
    #expect(errors.count == 1)
    #expect(errors.first?.path == "vm.boot.constant.value")
    #expect(errors.first?.location == Fixture.locate("-5s", in: yaml))
  }

  @Test("availability parameters are located inside the host group")
  func availabilityParameter() throws {
    let yaml = Fixture.full(replacing: "{up: {exponential: {mean: 8h}}, down: 1h}",
                            with: "{up: {weibull: {shape: 0, scale: 8h}}, down: 1h}")
    let errors = try Self.errors(yaml)
    let error = try #require(errors.first)
    #expect(error.path == "hosts[0].availability.up.weibull.shape")
    #expect(error.location == Fixture.locate("0, scale", in: yaml))
  }

  @Test("a bad list element of a distribution is located at that element")
  func hyperexponentialWeight() throws {
    let yaml = Fixture.full(replacing: "{exponential: {mean: 30m}}",
                            with: "{hyperexponential: {weights: [1, -2], means: [1m, 2m]}}")
    let errors = try Self.errors(yaml)
    #expect(errors.map(\.path) == ["workload.arrival.hyperexponential.weights[1]"])
    #expect(errors.first?.location == Fixture.locate("-2", in: yaml))
  }

  @Test("a per-class cores value must be a positive integer")
  func classCoresDecoding() throws {
    let yaml = Fixture.full(replacing: "{name: b, weight: 0.5, cpu: 1}", with: "{name: b, weight: 0.5, cpu: 1, cores: 0}")
    let error = try #require(throws: ScenarioError.self) { try Fixture.parse(yaml) }
    #expect(error.path == "workload.classes[1].cores")
    #expect(error.location == Fixture.locate("0}", in: yaml))
    let ok = try Fixture.parse(Fixture.full(replacing: "cpu: 1}", with: "cpu: 1, cores: 2}"))
    #expect(ok.config.workload.classes[1].cores == 2)
    #expect(ok.config.workload.classes[0].cores == nil)
  }

  @Test("wide workload cores are allowed when every class sets its own")
  func everyClassOverridesCores() throws {
    var yaml = Fixture.full(replacing: "  cores: 1", with: "  cores: 8")
    yaml = yaml.replacingOccurrences(of: "memory: 0.5}", with: "memory: 0.5, cores: 1}")
    yaml = yaml.replacingOccurrences(of: "cpu: 1}", with: "cpu: 1, cores: 2}")
    let scenario = try Fixture.parse(yaml)
    #expect(scenario.config.workload.cores == 8)
  }

  @Test("jobs needing more cores than any host are reported at workload.cores")
  func jobTooWide() throws {
    let yaml = Fixture.full(replacing: "  cores: 1", with: "  cores: 4")
    let errors = try Self.errors(yaml)
    #expect(errors.count == 1)
    let error = try #require(errors.first)
    #expect(error.path == "workload.cores")
    #expect(error.location == Fixture.at(15, 10))
    #expect(error.message == "jobs need 4 cores but the largest host has 2; no job could ever run")
  }

  @Test("a class needing more cores than any host is reported at its cores")
  func classTooWide() throws {
    let yaml = Fixture.full(replacing: "{name: b, weight: 0.5, cpu: 1}", with: "{name: b, weight: 0.5, cpu: 1, cores: 3}")
    let errors = try Self.errors(yaml)
    #expect(errors.map(\.path) == ["workload.classes[1].cores"])
    #expect(errors.first?.location == Fixture.locate("3}", in: yaml))
    #expect(errors.first?.message.contains("'b' need 3 cores") == true)
  }

  @Test("a host with more than 64 cores is rejected")
  func tooManyHostCores() throws {
    let yaml = Fixture.full(replacing: "    cores: 2", with: "    cores: 65")
    let errors = try Self.errors(yaml)
    #expect(errors.map(\.path) == ["hosts[0].cores"])
    #expect(errors.first?.location == Fixture.at(7, 12))
    #expect(errors.first?.message == "must be an integer from 1 to 64, got 65")
  }

  @Test("warmup must be shorter than duration", arguments: ["10d", "11d", "-1s"])
  func warmupNotShorter(_ warmup: String) throws {
    let yaml = Fixture.full(replacing: "warmup: 1d", with: "warmup: \(warmup)")
    let errors = try Self.errors(yaml)
    #expect(errors.map(\.path) == ["warmup"])
    #expect(errors.first?.location == Fixture.at(3, 9))
    #expect(errors.first?.message.contains("shorter than duration") == true)
  }

  @Test("class fractions must add up to 1, reported at the class")
  func fractionsNotOne() throws {
    let yaml = Fixture.full(replacing: "cpu: 0.5, memory: 0.5}", with: "cpu: 0.5, memory: 0.4}")
    let errors = try Self.errors(yaml)
    #expect(errors.map(\.path) == ["workload.classes[0]"])
    #expect(errors.first?.location == Fixture.at(17, 7))
    #expect(errors.first?.message == "cpu + memory + disk + network must add up to 1, got 0.9")
  }

  @Test("a fraction above 1 is reported at that fraction")
  func fractionOutOfRange() throws {
    let yaml = Fixture.full(replacing: "{name: b, weight: 0.5, cpu: 1}", with: "{name: b, weight: 0.5, cpu: 1.5}")
    let errors = try Self.errors(yaml)
    #expect(Set(errors.map(\.path)) == ["workload.classes[1].cpu", "workload.classes[1]"])
    let cpu = try #require(errors.first { $0.path == "workload.classes[1].cpu" })
    #expect(cpu.location == Fixture.locate("1.5", in: yaml))
  }

  @Test("an inline profile above native speed is reported at that value")
  func profileAboveNative() throws {
    let yaml = Fixture.full(replacing: "vm_profile: native",
                            with: "vm_profile: {cpu: 1.2, memory: 1, disk: 1, network: 1}")
    let errors = try Self.errors(yaml)
    #expect(errors.map(\.path) == ["hosts[0].vm_profile.cpu"])
    #expect(errors.first?.location == Fixture.locate("1.2", in: yaml))
    #expect(errors.first?.message == "relative performance must be in (0, 1], got 1.2")
  }

  @Test("a defaulted value that breaks a rule is located at its nearest written ancestor")
  func defaultedValueLocation() throws {
    // sample_every written as 0 is reported at the value.
    let yaml = Fixture.minimal + "\noutput: {sample_every: 0s}"
    let errors = try Self.errors(yaml)
    #expect(errors.map(\.path) == ["output.sample_every"])
    #expect(errors.first?.location == Fixture.locate("0s", in: yaml))
    // Duration 0 with the default warmup 0: warmup is absent, so it is reported at the document.
    let zero = try Self.errors(Fixture.minimal.replacingOccurrences(of: "duration: 10d", with: "duration: 0s"))
    #expect(zero.map(\.path) == ["duration", "warmup"])
    #expect(zero[0].location == Fixture.at(2, 11))
    #expect(zero[1].location == Fixture.at(1, 1))
  }

  @Test("several problems are reported at once, in rule order")
  func severalAtOnce() throws {
    var yaml = Fixture.full(replacing: "warmup: 1d", with: "warmup: 20d")
    yaml = yaml.replacingOccurrences(of: "    cores: 2", with: "    cores: 2\n    speed: -1")
    let errors = try Self.errors(yaml)
    #expect(errors.count == 2)
    #expect(errors.map(\.path) == ["warmup", "hosts[0].speed"])
    #expect(errors[0].location == Fixture.at(3, 9))
    #expect(errors[1].location == Fixture.at(8, 12))
    #expect(errors[1].message == "must be a positive number, got -1.0")
    let description = ScenarioErrors(errors).description
    #expect(description.split(separator: "\n").count == 2)
    #expect(description.hasPrefix("test.yaml:3:9: warmup: "))
  }

  @Test("resubmit max_attempts: unlimited and an integer both validate")
  func maxAttemptsAccepted() throws {
    let limited = try Fixture.parse(Fixture.full)
    #expect(limited.config.workload.resubmit == .after(.constant(600), maxAttempts: 3))
    let unlimited = try Fixture.parse(Fixture.full(replacing: "max_attempts: 3", with: "max_attempts: unlimited"))
    #expect(unlimited.config.workload.resubmit == .after(.constant(600), maxAttempts: nil))
    let absent = try Fixture.parse(Fixture.full(replacing: ", max_attempts: 3", with: ""))
    #expect(absent.config.workload.resubmit == .after(.constant(600), maxAttempts: nil))
  }

  @Test("every issue of a real validation maps to exactly one located error")
  func issuesMapOneToOne() throws {
    var yaml = Fixture.full(replacing: "duration: 10d", with: "duration: 1d")  // warmup 1d is now too long
    yaml = yaml.replacingOccurrences(of: "  arrival: {exponential: {mean: 30m}}", with: "  arrival: {exponential: {mean: 0s}}")
    let scenarioErrors = try Self.errors(yaml)
    // Build the same config and compare with the schema's validation directly.
    let valid = try Fixture.parse(Fixture.full)
    var config = valid.config
    config.duration = 86_400
    config.workload.arrival = .exponential(mean: 0)
    let issues = ScenarioSchema.validate(ResolvedScenario(config: config, output: valid.output))
    #expect(issues.count == 3)
    #expect(scenarioErrors.map(\.path) == issues.map(\.path))
    #expect(scenarioErrors.map(\.message) == issues.map(\.message))
  }

  @Test("host group names must differ; the second use is reported at its name")
  func duplicateGroupNames() throws {
    let yaml = Fixture.minimal.replacingOccurrences(
      of: "  - count: 4", with: "  - {name: lab, count: 4}\n  - {name: other, count: 1}\n  - {name: lab, count: 2}")
    let errors = try Self.errors(yaml)
    #expect(errors.map(\.path) == ["hosts[2].name"])
    #expect(errors.first?.location == Fixture.locate("lab", in: yaml, after: "other"))
    #expect(errors.first?.message
      == "'lab' is already the name of hosts[0]; group names key the random streams, so they must differ")
    // An unnamed group is named by its index, which another group's name can clash with.
    let clash = Fixture.minimal.replacingOccurrences(of: "  - count: 4", with: "  - count: 4\n  - {name: group-0, count: 1}")
    #expect(try Self.errors(clash).map(\.path) == ["hosts[1].name"])
  }
}
