import Foundation
import Model
import Stochastics
import Testing

@testable import Scenario

@Suite("DistributionReader")
struct DistributionReaderTests {
  /// Decodes `text` as `vm.boot` of the minimal scenario.
  static func boot(_ text: String) throws -> Distribution {
    try Fixture.parse(Fixture.minimal + "\nvm: {boot: \(text)}").config.vm.boot
  }

  static let cases: [(String, Distribution)] = [
    ("90s", .constant(90)),
    ("2m", .constant(120)),
    ("0", .constant(0)),
    ("{constant: {value: 1h}}", .constant(3600)),
    ("{uniform: {low: 30s, high: 2m}}", .uniform(low: 30, high: 120)),
    ("{exponential: {mean: 8h}}", .exponential(mean: 28_800)),
    ("{weibull: {shape: 0.45, scale: 4h}}", .weibull(shape: 0.45, scale: 14_400)),
    ("{gamma: {shape: 2, scale: 30s}}", .gamma(shape: 2, scale: 30)),
    ("{lognormal: {mu: 8.2, sigma: 0.5}}", .logNormal(mu: 8.2, sigma: 0.5)),
    ("{hyperexponential: {weights: [0.9, 0.1], means: [1m, 1h]}}",
     .hyperexponential(weights: [0.9, 0.1], means: [60, 3600])),
    ("{empirical: {values: [10s, 1m, 2]}}", .empirical(values: [10, 60, 2])),
  ]

  @Test("every family decodes with durations in seconds", arguments: cases)
  func decodes(_ text: String, _ expected: Distribution) throws {
    #expect(try Self.boot(text) == expected)
  }

  @Test("every family the reader knows is covered above")
  func familiesCovered() {
    let tested = Set(Self.cases.map(\.1.family))
    #expect(Set(DistributionReader.families.map(\.name)) == tested)
  }

  @Test("lognormal by median is stored as mu = ln(median seconds)")
  func lognormalMedian() throws {
    let distribution = try Self.boot("{lognormal: {median: 1h, sigma: 1.0}}")
    #expect(distribution == .logNormal(mu: log(3600), sigma: 1))
  }

  @Test("block-style distributions decode like flow style")
  func blockStyle() throws {
    let yaml = Fixture.minimal + """

      vm:
        boot:
          uniform:
            low: 30s
            high: 120s
      """
    #expect(try Fixture.parse(yaml).config.vm.boot == .uniform(low: 30, high: 120))
  }

  @Test("a missing parameter is located at the family's mapping")
  func missingParameter() throws {
    let yaml = Fixture.minimal + "\nvm: {boot: {uniform: {low: 30s}}}"
    let error = try #require(throws: ScenarioError.self) { try Fixture.parse(yaml) }
    #expect(error.path == "vm.boot.uniform.high")
    #expect(error.location == Fixture.locate("{low", in: yaml))
    #expect(error.message == "required key 'high' is missing")
  }

  @Test("weibull shape is a plain number, not a duration")
  func shapeIsNumber() throws {
    let yaml = Fixture.minimal + "\nvm: {boot: {weibull: {shape: 2s, scale: 1m}}}"
    let error = try #require(throws: ScenarioError.self) { try Fixture.parse(yaml) }
    #expect(error.path == "vm.boot.weibull.shape")
    #expect(error.message == "expected a finite number, got '2s'")
  }

  @Test("a family whose value is not a mapping is rejected at that value")
  func familyValueNotMapping() throws {
    let yaml = Fixture.minimal + "\nvm: {boot: {exponential: 5m}}"
    let error = try #require(throws: ScenarioError.self) { try Fixture.parse(yaml) }
    #expect(error.path == "vm.boot.exponential")
    #expect(error.location == Fixture.locate("5m", in: yaml))
    #expect(error.message.contains("expected a mapping with keys mean"))
  }
}
