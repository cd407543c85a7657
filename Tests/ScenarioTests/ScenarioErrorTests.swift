import Testing

@testable import Scenario

/// Decoding errors: each names the exact file:line:column, the key path and,
/// for typos, a did-you-mean.
@Suite("ScenarioError")
struct ScenarioErrorTests {
  /// Parses `yaml` and returns the single ScenarioError it must throw.
  static func error(_ yaml: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> ScenarioError {
    try #require(throws: ScenarioError.self, sourceLocation: sourceLocation) { try Fixture.parse(yaml) }
  }

  @Test("the base scenario is valid")
  func baseIsValid() throws {
    let scenario = try Fixture.parse(Fixture.full)
    #expect(scenario.config.name == "lab")
  }

  @Test("description: location, path, message, did-you-mean")
  func description() {
    let error = ScenarioError(location: .file(path: "paper-lab.yaml", line: 14, column: 9), path: "hosts[0].cores",
                              message: "must be a positive integer, got 'two'", suggestion: "count")
    #expect(error.description
      == "paper-lab.yaml:14:9: hosts[0].cores: must be a positive integer, got 'two' (did you mean 'count'?)")
    let bare = ScenarioError(location: .override("x=1"), path: "", message: "bad")
    #expect(bare.description == "--set x=1: bad")
    let errors = ScenarioErrors([error, bare])
    #expect(errors.description == error.description + "\n" + bare.description)
  }

  @Test("an unknown top-level key suggests the known one")
  func unknownTopLevelKey() throws {
    let yaml = Fixture.full(replacing: "warmup: 1d", with: "duraton: 1d")
    let error = try Self.error(yaml)
    #expect(error.location == Fixture.at(3, 1))
    #expect(error.path == "duraton")
    #expect(error.suggestion == "duration")
    #expect(error.message.contains("unknown key 'duraton'"))
    #expect(error.message.contains("workload"))  // lists the allowed keys
    #expect(error.description == "test.yaml:3:1: duraton: \(error.message) (did you mean 'duration'?)")
  }

  @Test("an unknown nested key names its path and suggests the known one")
  func unknownNestedKey() throws {
    let yaml = Fixture.full(replacing: "    count: 4", with: "    cuont: 4")
    let error = try Self.error(yaml)
    #expect(error.location == Fixture.at(6, 5))
    #expect(error.path == "hosts[0].cuont")
    #expect(error.suggestion == "count")
  }

  @Test("an unknown key in the second host group has index 1")
  func unknownKeySecondGroup() throws {
    let yaml = Fixture.full(replacing: "registration:", with: "  - {count: 2, sped: 2}\nregistration:")
    let error = try Self.error(yaml)
    #expect(error.path == "hosts[1].sped")
    #expect(error.suggestion == "speed")
    #expect(error.location == Fixture.locate("sped", in: yaml))
    #expect(error.location == Fixture.at(10, 16))
  }

  @Test("a word where an integer belongs is located at the value")
  func wrongType() throws {
    let yaml = Fixture.full(replacing: "    cores: 2", with: "    cores: two")
    let error = try Self.error(yaml)
    #expect(error.location == Fixture.at(7, 12))
    #expect(error.path == "hosts[0].cores")
    #expect(error.message.contains("integer"))
    #expect(error.message.contains("'two'"))
    #expect(error.suggestion == nil)
  }

  @Test("zero cores is rejected while decoding")
  func zeroCores() throws {
    let error = try Self.error(Fixture.full(replacing: "    cores: 2", with: "    cores: 0"))
    #expect(error.location == Fixture.at(7, 12))
    #expect(error.path == "hosts[0].cores")
    #expect(error.message == "must be a positive integer, got 0")
  }

  @Test("a mapping where a scalar belongs names what it got")
  func mappingForScalar() throws {
    let error = try Self.error(Fixture.full(replacing: "    cores: 2", with: "    cores: {n: 2}"))
    #expect(error.location == Fixture.at(7, 12))
    #expect(error.message == "expected a positive integer, got a mapping")
  }

  @Test("hosts must be a list")
  func hostsNotAList() throws {
    let error = try Self.error(Fixture.minimal.replacingOccurrences(of: "  - count: 4", with: "  count: 4"))
    #expect(error.path == "hosts")
    #expect(error.location == Fixture.at(4, 3))
    #expect(error.message == "expected a list, got a mapping")
  }

  @Test("a bad enum value lists the choices and suggests one")
  func badEnum() throws {
    let yaml = Fixture.full(replacing: "  mode: restart", with: "  mode: restrat")
    let error = try Self.error(yaml)
    #expect(error.location == Fixture.at(11, 9))
    #expect(error.path == "registration.mode")
    #expect(error.suggestion == "restart")
    #expect(error.message == "expected one of restart, live, instant, got 'restrat'")
  }

  @Test("a bad scheduling policy suggests strict-fifo")
  func badPolicy() throws {
    let yaml = Fixture.minimal + "\nbatch: {torque: {policy: strict_fifo}}"
    let error = try Self.error(yaml)
    #expect(error.path == "batch.torque.policy")
    #expect(error.suggestion == "strict-fifo")
    #expect(error.location == Fixture.locate("strict_fifo", in: yaml))
  }

  @Test("TORQUE settings under HTCondor are an error at their key")
  func torqueSettingsUnderCondor() throws {
    let yaml = Fixture.minimal + "\nbatch: {system: condor, torque: {policy: fifo}}"
    let error = try Self.error(yaml)
    #expect(error.path == "batch.torque")
    #expect(error.location == Fixture.locate("torque:", in: yaml))
    #expect(error.message.hasPrefix("settings for torque, but batch.system is condor"))
  }

  @Test("HTCondor settings under TORQUE (the default system) are an error at their key")
  func condorSettingsUnderTorque() throws {
    let yaml = Fixture.minimal + "\nbatch: {condor: {host_aware: true}}"
    let error = try Self.error(yaml)
    #expect(error.path == "batch.condor")
    #expect(error.location == Fixture.locate("condor:", in: yaml))
  }

  @Test("switching the system by an override keeps the file's other-system section an error")
  func overrideSwitchingTheSystem() throws {
    let yaml = Fixture.minimal + "\nbatch: {system: torque, torque: {policy: fifo}}"
    #expect(throws: ScenarioError.self) { try Fixture.parse(yaml, overrides: ["batch.system=condor"]) }
    let replaced = try Fixture.parse(yaml, overrides: ["batch={system: condor, condor: {host_aware: true}}"])
    #expect(replaced.config.batch.system.condor?.hostAware == true)
  }

  @Test("a misspelt distribution family suggests the right one")
  func badFamily() throws {
    let yaml = Fixture.full(replacing: "{exponential: {mean: 30m}}", with: "{exponental: {mean: 30m}}")
    let error = try Self.error(yaml)
    #expect(error.location == Fixture.at(13, 13))
    #expect(error.path == "workload.arrival.exponental")
    #expect(error.suggestion == "exponential")
    #expect(error.message.contains("unknown distribution 'exponental'"))
  }

  @Test("a wrong parameter key of a family suggests the right one")
  func badParameterKey() throws {
    let yaml = Fixture.full(replacing: "{exponential: {mean: 30m}}", with: "{exponential: {maen: 30m}}")
    let error = try Self.error(yaml)
    #expect(error.path == "workload.arrival.exponential.maen")
    #expect(error.suggestion == "mean")
    #expect(error.location == Fixture.at(13, 27))
  }

  @Test("a distribution that is neither a duration nor a one-key map is rejected")
  func badDistributionShape() throws {
    let twoKeys = Fixture.full(replacing: "{exponential: {mean: 30m}}",
                               with: "{exponential: {mean: 30m}, uniform: {low: 1s, high: 2s}}")
    let error = try Self.error(twoKeys)
    #expect(error.path == "workload.arrival")
    #expect(error.location == Fixture.at(13, 12))
    #expect(error.message.contains("one-key map"))

    let list = try Self.error(Fixture.full(replacing: "{exponential: {mean: 30m}}", with: "[1, 2]"))
    #expect(list.path == "workload.arrival")
    #expect(list.location == Fixture.at(13, 12))
  }

  @Test("a bad duration names the accepted units")
  func badDuration() throws {
    let error = try Self.error(Fixture.full(replacing: "duration: 10d", with: "duration: 10 days"))
    #expect(error.path == "duration")
    #expect(error.location == Fixture.at(2, 11))
    #expect(error.message == "expected a duration like 90s, 15m, 8h, 2d or 1w, got '10 days'")
  }

  @Test("a missing required key is located at its parent mapping")
  func missingNestedKey() throws {
    let error = try Self.error(Fixture.full(replacing: "    count: 4\n", with: ""))
    #expect(error.path == "hosts[0].count")
    #expect(error.location == Fixture.at(5, 5))
    #expect(error.message == "required key 'count' is missing")
  }

  @Test("a missing top-level key is located at the document")
  func missingTopLevelKey() throws {
    let error = try Self.error(Fixture.full(replacing: "duration: 10d\n", with: ""))
    #expect(error.path == "duration")
    #expect(error.location == Fixture.at(1, 1))
    #expect(error.message == "required key 'duration' is missing")
  }

  @Test("a missing workload runtime is located at the workload mapping")
  func missingRuntime() throws {
    let yaml = Fixture.full(replacing: "  runtime: {lognormal: {median: 1h, sigma: 1}}\n", with: "")
    let error = try Self.error(yaml)
    #expect(error.path == "workload.runtime")
    #expect(error.location == Fixture.at(13, 3))
  }

  @Test("a job class needs a name")
  func missingClassName() throws {
    let yaml = Fixture.full(replacing: "{name: b, weight: 0.5, cpu: 1}", with: "{weight: 0.5, cpu: 1}")
    let error = try Self.error(yaml)
    #expect(error.path == "workload.classes[1].name")
    #expect(error.location == Fixture.at(18, 7))
  }

  @Test("lognormal needs exactly one of median and mu")
  func lognormalBothOrNeither() throws {
    let bothYAML = Fixture.full(replacing: "{median: 1h, sigma: 1}", with: "{median: 1h, mu: 8, sigma: 1}")
    let both = try Self.error(bothYAML)
    #expect(both.path == "workload.runtime.lognormal")
    #expect(both.location == Fixture.locate("{median", in: bothYAML))
    #expect(both.location == Fixture.at(14, 24))
    #expect(both.message.contains("exactly one of 'median'"))
    let neither = try Self.error(Fixture.full(replacing: "{median: 1h, sigma: 1}", with: "{sigma: 1}"))
    #expect(neither.path == "workload.runtime.lognormal")
    let zeroYAML = Fixture.full(replacing: "median: 1h", with: "median: 0s")
    let zeroMedian = try Self.error(zeroYAML)
    #expect(zeroMedian.path == "workload.runtime.lognormal.median")
    #expect(zeroMedian.location == Fixture.locate("0s", in: zeroYAML))
    #expect(zeroMedian.message.contains("positive"))
  }

  @Test("a bad list element names its index")
  func badListElement() throws {
    let yaml = Fixture.full(replacing: "{exponential: {mean: 30m}}",
                            with: "{hyperexponential: {weights: [1, x], means: [1m, 2m]}}")
    let error = try Self.error(yaml)
    #expect(error.path == "workload.arrival.hyperexponential.weights[1]")
    #expect(error.location == Fixture.locate("x]", in: yaml))
    #expect(error.message == "expected a finite number, got 'x'")
  }

  @Test("max_attempts takes a positive integer or 'unlimited'")
  func maxAttempts() throws {
    let word = try Self.error(Fixture.full(replacing: "max_attempts: 3", with: "max_attempts: unlimted"))
    #expect(word.path == "workload.resubmit.max_attempts")
    #expect(word.location == Fixture.at(19, 40))
    #expect(word.message.contains("integer"))
    let zero = try Self.error(Fixture.full(replacing: "max_attempts: 3", with: "max_attempts: 0"))
    #expect(zero.message == "must be a positive integer, got 0")
  }

  @Test("resubmit and availability words suggest the one accepted word")
  func resubmitAndAvailabilityWords() throws {
    let resubmit = try Self.error(Fixture.full(replacing: "{after: 10m, max_attempts: 3}", with: "nevr"))
    #expect(resubmit.path == "workload.resubmit")
    #expect(resubmit.suggestion == "never")
    #expect(resubmit.location == Fixture.at(19, 13))
    let availability = try Self.error(
      Fixture.full(replacing: "{up: {exponential: {mean: 8h}}, down: 1h}", with: "alwyas"))
    #expect(availability.path == "hosts[0].availability")
    #expect(availability.suggestion == "always")
    #expect(availability.location == Fixture.at(9, 19))
  }

  @Test("booleans, seeds and strings are type-checked")
  func scalarTypes() throws {
    let flag = try Self.error(Fixture.minimal + "\noutput: {jobs: maybe}")
    #expect(flag.path == "output.jobs")
    #expect(flag.message == "expected true or false, got 'maybe'")
    let seed = try Self.error(Fixture.minimal + "\nseed: -3")
    #expect(seed.path == "seed")
    #expect(seed.location == Fixture.at(8, 7))
    let name = try Self.error(Fixture.minimal.replacingOccurrences(of: "name: minimal", with: "name: [a]"))
    #expect(name.path == "name")
    #expect(name.message == "expected a string, got a list")
  }

  @Test("the root must be a mapping")
  func rootNotMapping() throws {
    let error = try Self.error("just words")
    #expect(error.path == "")
    #expect(error.location == Fixture.at(1, 1))
    #expect(error.message.contains("expected a mapping"))
  }

  @Test("a missing file is reported at line 1")
  func missingFile() throws {
    let path = "/nonexistent-\(UInt64.random(in: 0...UInt64.max))/scenario.yaml"
    let error = try #require(throws: ScenarioError.self) { try Scenario.load(path: path) }
    #expect(error.location == .file(path: path, line: 1, column: 1))
    #expect(error.message.hasPrefix("cannot read the scenario file"))
  }
}
