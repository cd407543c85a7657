import Foundation
import Model
import Stochastics
import Testing

@testable import Scenario

/// `owners.load` is a distribution of plain numbers of cores: a unit (`2 cores`, `30s`) is
/// an error that says so, while every other distribution keeps reading durations.
@Suite("owners.load")
struct OwnerLoadTests {
  static let lab = Fixture.minimal + "\nowners: {arrivals: {rate: 1}}\n"

  static func error(_ override: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws
    -> ScenarioError
  {
    try #require(throws: ScenarioError.self, sourceLocation: sourceLocation) {
      try Fixture.parse(lab, overrides: [override])
    }
  }

  @Test("'2 cores' is refused with what owners.load accepts, and the number as the did-you-mean")
  func aUnitOfCoresIsRefused() throws {
    let error = try Self.error("owners.load=2 cores")
    #expect(error.location == .override("owners.load=2 cores"))
    #expect(error.path == "owners.load")
    #expect(error.message == "expected a number of cores without a unit, like 0.3, or a one-key map naming a "
      + "distribution of them, like {uniform: {low: 0.1, high: 0.6}}, got '2 cores'")
    #expect(error.suggestion == "2")
    #expect(!error.description.contains("duration"))
  }

  @Test("a duration is no load: '2h' was once read as 7200 cores")
  func aDurationIsRefused() throws {
    let error = try Self.error("owners.load=2h")
    #expect(error.path == "owners.load")
    #expect(error.message.hasPrefix("expected a number of cores without a unit"))
    #expect(error.message.hasSuffix("got '2h'"))
    #expect(error.suggestion == nil)
  }

  @Test("a parameter with a unit is reported at the parameter, as one number of cores")
  func aParameterWithAUnitIsRefused() throws {
    let error = try Self.error("owners.load={uniform: {low: 0.1, high: 1 core}}")
    #expect(error.path == "owners.load.uniform.high")
    #expect(error.message == "expected a number of cores without a unit, like 0.3, got '1 core'")
    #expect(error.suggestion == "1")
  }

  @Test("a hexadecimal load gets the decimal spelling")
  func hexadecimalIsExplained() throws {
    let error = try Self.error("owners.load=0x1")
    #expect(error.message.contains("hexadecimal numbers are not accepted"))
    #expect(error.suggestion == "1")
  }

  @Test("plain numbers are read as cores", arguments: [
    ("0.5", Distribution.constant(0.5)),
    ("{uniform: {low: 0.1, high: 0.6}}", .uniform(low: 0.1, high: 0.6)),
    ("{exponential: {mean: 0.25}}", .exponential(mean: 0.25)),
    ("{lognormal: {median: 0.3, sigma: 0.5}}", .logNormal(mu: Foundation.log(0.3), sigma: 0.5)),
    ("{empirical: {values: [0.1, 1, 2]}}", .empirical(values: [0.1, 1, 2])),
  ])
  func plainNumbersAreCores(_ text: String, _ expected: Distribution) throws {
    let scenario = try Fixture.parse(Self.lab, overrides: ["owners.load=\(text)"])
    #expect(scenario.config.owners?.load == expected)
  }

  @Test("the other distributions of owners still take durations")
  func sessionsStayDurations() throws {
    let scenario = try Fixture.parse(Self.lab, overrides: ["owners.session={uniform: {low: 30m, high: 1h}}"])
    #expect(scenario.config.owners?.session == .uniform(low: 1800, high: 3600))
    let error = try #require(throws: ScenarioError.self) {
      try Fixture.parse(Self.lab, overrides: ["owners.session=2 cores"])
    }
    #expect(error.message.hasPrefix("expected a duration like 90s"))
  }

  @Test("a non-positive lognormal median of a load names cores, not seconds")
  func aZeroMedianNamesCores() throws {
    let error = try Self.error("owners.load={lognormal: {median: 0, sigma: 0.5}}")
    #expect(error.path == "owners.load.lognormal.median")
    #expect(error.message == "must be a positive number of cores, got 0")
  }
}
