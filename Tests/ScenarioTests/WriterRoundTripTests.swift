import Foundation
import Model
import Stochastics
import Testing

@testable import Scenario

@Suite("ScenarioWriter round trip")
struct WriterRoundTripTests {
  /// The shipped scenario files (profile files are not scenarios).
  static let scenarioFiles = Fixture.shippedScenarios().filter { !$0.path.contains("/profiles/") }

  /// Writes `scenario` and parses the text again.
  static func reparse(_ scenario: Scenario, baseDirectory: URL? = nil) throws -> (String, Scenario) {
    let text = ScenarioWriter.yaml(scenario.config, output: scenario.output)
    return (text, try Scenario.parse(yaml: text, path: "written.yaml", baseDirectory: baseDirectory))
  }

  @Test("there are shipped scenarios to round-trip")
  func foundScenarios() {
    let names = Set(Self.scenarioFiles.map(\.lastPathComponent))
    #expect(names.isSuperset(of: ["paper-lab.yaml", "mmc-instant.yaml", "lab-churn.yaml", "lab-10k-full.yaml"]))
  }

  @Test("every shipped scenario loads back to the same config and output", arguments: scenarioFiles)
  func shippedScenario(_ url: URL) throws {
    let scenario = try Scenario.load(path: url.path)
    let (text, again) = try Self.reparse(scenario, baseDirectory: url.deletingLastPathComponent())
    #expect(again.config == scenario.config, "\(url.lastPathComponent) written as:\n\(text)")
    #expect(again.output == scenario.output)
    // Writing is stable: the re-read scenario writes the same text.
    #expect(ScenarioWriter.yaml(again.config, output: again.output) == text)
  }

  @Test("the written file spells out every section")
  func writesEverySection() throws {
    let (text, _) = try Self.reparse(try Fixture.parse(Fixture.minimal))
    // Top-level keys start a line; `- ` items of a block list start at their key's indentation.
    let topKeys = text.split(separator: "\n").filter { !$0.hasPrefix(" ") && !$0.hasPrefix("- ") }
      .map { $0.split(separator: ":")[0] }
    #expect(topKeys.map(String.init) == [
      "name", "description", "seed", "replication", "duration", "warmup", "hosts", "vm", "monitoring",
      "registration", "batch", "workload", "timetable", "output", "limits",
    ])
    #expect(text.contains("  mode: restart\n"))
    #expect(text.contains("    policy: fifo\n"))
    #expect(text.contains("  sample_every: 5m\n"))
    #expect(text.contains("  resubmit: {after: {exponential: {mean: 30m}}, max_attempts: 3}\n"))
    #expect(text.hasSuffix("\n"))
  }

  @Test("lognormal given by median is written as mu and reads back equal")
  func lognormalMedian() throws {
    let yaml = Fixture.full  // runtime: {lognormal: {median: 1h, sigma: 1}}
    let scenario = try Fixture.parse(yaml)
    #expect(scenario.config.workload.runtime == .logNormal(mu: log(3600), sigma: 1))
    let (text, again) = try Self.reparse(scenario)
    #expect(text.contains("runtime: {lognormal: {mu: \(Units.numberText(log(3600))), sigma: 1}}"))
    #expect(!text.contains("median"))
    #expect(again.config.workload.runtime == scenario.config.workload.runtime)
    #expect(again.config == scenario.config)
  }

  static let distributions: [Distribution] = [
    .constant(0), .constant(0.25), .constant(5400), .uniform(low: 30, high: 120),
    .exponential(mean: 11.571428571428571), .exponential(mean: 1.2),
    .weibull(shape: 0.45, scale: 4.16 * 3600), .gamma(shape: 2.5, scale: 0.74 * 3600),
    .logNormal(mu: -1.25, sigma: 0.3),
    .hyperexponential(weights: [0.9, 0.1], means: [60, 9.34 * 3600]),
    .empirical(values: [0, 1.5, 60, 86_400]),
  ]

  @Test("every distribution family round-trips", arguments: distributions)
  func distribution(_ distribution: Distribution) throws {
    var config = try Fixture.parse(Fixture.minimal).config
    config.vm.boot = distribution
    config.registration.restartDuration = distribution
    config.hostGroups[0].availability = .alternating(up: .exponential(mean: 3600), down: distribution)
    let text = ScenarioWriter.yaml(config, output: OutputOptions())
    let again = try Scenario.parse(yaml: text, path: "written.yaml")
    #expect(again.config.vm.boot == distribution, "written as \(ScenarioWriter.distribution(distribution))")
    #expect(again.config == config)
  }

  @Test("distributions are written in scenario syntax")
  func distributionSyntax() {
    #expect(ScenarioWriter.distribution(.constant(60)) == "1m")
    #expect(ScenarioWriter.distribution(.exponential(mean: 28_800)) == "{exponential: {mean: 8h}}")
    #expect(ScenarioWriter.distribution(.uniform(low: 30, high: 120)) == "{uniform: {low: 30s, high: 2m}}")
    #expect(ScenarioWriter.distribution(.weibull(shape: 0.5, scale: 7200)) == "{weibull: {shape: 0.5, scale: 2h}}")
    #expect(ScenarioWriter.distribution(.hyperexponential(weights: [1, 3], means: [60, 120]))
      == "{hyperexponential: {weights: [1, 3], means: [1m, 2m]}}")
  }

  @Test("every other field round-trips, including awkward strings")
  func everyField() throws {
    var config = try Fixture.parse(Fixture.full).config
    config.name = "lab \"A\": #1"
    config.description = "line one\nline two with \\ backslash, a tab\tand ünïcödé; yes: no"
    config.seed = UInt64.max
    config.replication = 7
    config.duration = 35.30 * 3600
    config.warmup = 0.74 * 3600
    config.hostGroups.append(HostGroup(
      name: "true", count: 3, cores: 2, speed: 1.25, os: "null",
      profile: VMProfile(name: "odd: name", cpu: 0.9, memory: 0.8, disk: 0.3, network: 0.6, source: "'quoted'"),
      availability: .always))
    config.vm = VMLifecycleConfig(boot: .uniform(low: 1, high: 2), configure: .constant(0.5))
    config.monitoring = MonitoringConfig(hostTmax: 25, gmetadPoll: 7.5)
    config.registration = RegistrationConfig(mode: .live, addPeriod: 90, restartDuration: .exponential(mean: 4),
                                             cleanupPeriod: 3600)
    config.batch = BatchConfig(system: .torque(TorqueConfig(statusUpdate: 30, nodeCheckRate: 120, schedulerIteration: 60,
                                                            policy: .strictFifo)))
    config.workload.classes = [
      JobClass(name: "wide", weight: 2, cpu: 0.25, memory: 0.25, disk: 0.25, network: 0.25, cores: 2),
      JobClass(name: "narrow", weight: 1.0 / 3, cpu: 1),
    ]
    config.workload.resubmit = .after(.constant(600), maxAttempts: nil)
    config.sampleEvery = 90
    let output = OutputOptions(jobs: false, timeseries: true)
    #expect(ScenarioSchema.validate(ResolvedScenario(config: config, output: output)).isEmpty)

    let text = ScenarioWriter.yaml(config, output: output)
    let again = try Scenario.parse(yaml: text, path: "written.yaml")
    #expect(again.config == config, "written as:\n\(text)")
    #expect(again.output == output)
    #expect(text.contains("max_attempts: unlimited"))
  }

  static let awkwardStrings = [
    "windows\r\nline end", "bare\rreturn", "bell\u{7}and escape\u{1B}", "next line\u{85}here",
    "line\u{2028}separator", "para\u{2029}graph", "del\u{7F}", "bom\u{FEFF}inside", "  leading and trailing  ",
    "", "#not a comment", "'single'", "emoji 🧪 and 中文",
  ]

  @Test("strings with control characters and YAML line breaks survive the round trip", arguments: awkwardStrings)
  func awkwardString(_ text: String) throws {
    var config = try Fixture.parse(Fixture.minimal).config
    config.description = text
    config.name = text
    let written = ScenarioWriter.yaml(config, output: OutputOptions())
    let again = try Scenario.parse(yaml: written, path: "written.yaml")
    #expect(again.config.description.unicodeScalars.elementsEqual(text.unicodeScalars))
    #expect(again.config.name.unicodeScalars.elementsEqual(text.unicodeScalars))
  }

  @Test("strings are double-quoted by Yams, which escapes quotes, backslashes, line breaks and control characters")
  func quotedStrings() {
    func written(_ text: String) -> String { WrittenValue.text(text).flowText }
    #expect(written("plain") == "\"plain\"")
    #expect(written("a\"b\\c\nd") == "\"a\\\"b\\\\c\\nd\"")
    #expect(written("a\r\nb\tc") == "\"a\\r\\nb\\tc\"")
    // libyaml's short escapes: \a for BEL, \L for the line separator (YAML 1.1 section 5.7).
    #expect(written("\u{7}\u{2028}") == "\"\\a\\L\"")
    // Text in the Basic Multilingual Plane is kept; libyaml counts characters beyond it
    // (4-byte UTF-8, such as emoji) as not printable and escapes them. Both read back the same.
    #expect(written("ünï 中文 🧪") == "\"ünï 中文 \\U0001F9EA\"")
  }

  @Test("describe's layout: block sections, flow distributions and small sections, `- ` items at the key's indentation")
  func layout() throws {
    let text = try Self.reparse(try Fixture.parse(Fixture.minimal)).0
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let hosts = try #require(lines.firstIndex(of: "hosts:"))
    #expect(lines[hosts + 1].hasPrefix("- name: "))
    #expect(lines[hosts + 2].hasPrefix("  count: "))
    #expect(text.contains("\nvm:\n  boot: "))
    #expect(!text.hasPrefix("---"))
    #expect(!text.contains("!!"))
  }

  @Test("a trace availability's settings, kept as flow text, are written back in flow style")
  func traceSettingsText() {
    // Yams quotes the key `b, 2` (a comma ends a plain scalar in a flow mapping); strings stay double-quoted.
    let text = "{trace: \"/x.csv\", format: csv, mapping: {a: [0], 'b, 2': [1, 2]}}"
    let value = WrittenValue(flowText: text)
    #expect(value.isFlow)
    #expect(value.flowText == text)
  }

  @Test("owners.load is written as the plain numbers a user writes, without a unit")
  func ownersLoad() throws {
    let owners = """
      owners:
        arrivals: {rate: 1}
        load: {uniform: {low: 0.1, high: 0.6}}
      """
    let scenario = try Fixture.parse(Fixture.minimal + "\n" + owners)
    let (text, again) = try Self.reparse(scenario)
    #expect(text.contains("\n  load: {uniform: {low: 0.1, high: 0.6}}\n"), "written as:\n\(text)")
    #expect(again.config == scenario.config)
    var config = scenario.config
    config.owners?.load = .constant(0.1)
    #expect(ScenarioWriter.yaml(config, output: OutputOptions()).contains("\n  load: 0.1\n"))
  }
}
