import Model
import Stochastics
import Testing

@testable import Scenario

@Suite("Defaults")
struct DefaultsTests {
  @Test("a minimal scenario gets exactly the documented defaults")
  func minimalScenario() throws {
    let scenario = try Fixture.parse(Fixture.minimal)
    let config = scenario.config
    #expect(config.name == "minimal")
    #expect(config.description == "")
    #expect(config.seed == 1)
    #expect(config.replication == 0)
    #expect(config.duration == 864_000)
    #expect(config.warmup == 0)
    #expect(config.vm == VMLifecycleConfig())
    #expect(config.monitoring == MonitoringConfig())
    #expect(config.registration == RegistrationConfig())
    #expect(config.batch == BatchConfig())
    #expect(config.batch.system.torque == TorqueConfig())
    #expect(config.sampleEvery == 300)
    #expect(scenario.output == OutputOptions())
    #expect(scenario.output.jobs && scenario.output.timeseries)
    #expect(scenario.path == Fixture.file)

    #expect(config.hostGroups.count == 1)
    let group = try #require(config.hostGroups.first)
    #expect(group == HostGroup(name: "group-0", count: 4, cores: 1, speed: 1, os: "linux",
                               profile: .native, availability: .always))

    #expect(config.workload == WorkloadConfig(
      arrival: .exponential(mean: 1800), runtime: .constant(3600), cores: 1, classes: [.cpuBound],
      resubmit: .after(.exponential(mean: 1800), maxAttempts: 3)))
  }

  @Test("the whole config equals one built from ModelConfig's own defaults")
  func matchesModelDefaults() throws {
    let expected = ModelConfig(
      name: "minimal", duration: 864_000,
      hostGroups: [HostGroup(name: "group-0", count: 4)],
      // The one scenario default that is not the Model's: users resubmit lost jobs
      // (ScenarioSchema.defaultResubmit); the Model's own default is `.never`.
      workload: WorkloadConfig(arrival: .exponential(mean: 1800), runtime: .constant(3600),
                               resubmit: ScenarioSchema.defaultResubmit))
    #expect(try Fixture.parse(Fixture.minimal).config == expected)
  }

  @Test("unnamed host groups are named by their index")
  func groupNames() throws {
    let yaml = Fixture.minimal.replacingOccurrences(
      of: "  - count: 4", with: "  - count: 4\n  - {name: named, count: 1}\n  - count: 2")
    let names = try Fixture.parse(yaml).config.hostGroups.map(\.name)
    #expect(names == ["group-0", "named", "group-2"])
  }

  @Test("a partly written section keeps the defaults of the keys it omits")
  func partialSections() throws {
    let yaml = Fixture.minimal + """

      vm: {boot: 5s}
      monitoring: {host_tmax: 30s}
      registration: {mode: live}
      batch: {torque: {policy: strict-fifo}}
      output: {jobs: no}
      """
    let scenario = try Fixture.parse(yaml)
    let config = scenario.config
    #expect(config.vm == VMLifecycleConfig(boot: .constant(5)))
    #expect(config.monitoring == MonitoringConfig(hostTmax: 30))
    #expect(config.registration == RegistrationConfig(mode: .live))
    #expect(config.batch == BatchConfig(system: .torque(TorqueConfig(policy: .strictFifo))))
    #expect(scenario.output == OutputOptions(jobs: false, timeseries: true))
    #expect(config.sampleEvery == 300)
  }

  @Test("job class keys default to weight 1, zero fractions and no own cores")
  func jobClassDefaults() throws {
    let yaml = Fixture.minimal + "\n  classes: [{name: only, cpu: 1}]"
    let classes = try Fixture.parse(yaml).config.workload.classes
    #expect(classes == [JobClass(name: "only", weight: 1, cpu: 1, memory: 0, disk: 0, network: 0, cores: nil)])
  }

  @Test("numbers accept underscores and booleans accept yes/no/on/off")
  func scalarSpellings() throws {
    let yaml = Fixture.minimal + "\nseed: 1_000_000\nreplication: 3\noutput: {jobs: off, timeseries: Yes}"
    let scenario = try Fixture.parse(yaml)
    #expect(scenario.config.seed == 1_000_000)
    #expect(scenario.config.replication == 3)
    #expect(scenario.output == OutputOptions(jobs: false, timeseries: true))
  }

  @Test("the largest seed fits")
  func largestSeed() throws {
    let scenario = try Fixture.parse(Fixture.minimal + "\nseed: 18446744073709551615")
    #expect(scenario.config.seed == UInt64.max)
  }
}
