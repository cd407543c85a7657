import Foundation
import Model
import Scenario
import Stochastics
import Testing

@testable import Traces

/// The blocks `trace-stats --emit-scenario` prints, pasted into a scenario, read back to the
/// fitted laws and rates (to the six and four significant digits they are written with).
@Suite("Calibration blocks: paste-ready and read back by the scenario loader")
struct CalibrationRoundTripTests {
  /// A minimal scenario with `availability` (indented under the host group) and `owners`.
  static func scenario(availability: String?, owners: String?) -> String {
    var text = "name: calibrated\nduration: 1d\nhosts:\n  - count: 2\n"
    if let availability {
      text += availability.split(separator: "\n", omittingEmptySubsequences: false)
        .map { $0.isEmpty ? "" : "    " + $0 }.joined(separator: "\n") + "\n"
    }
    text += "workload:\n  arrival: {exponential: {mean: 20m}}\n  runtime: {exponential: {mean: 1h}}\n"
    if let owners { text += owners }
    return text
  }

  /// Whether two laws of one family have parameters equal within `relative`.
  static func close(_ a: Distribution, _ b: Distribution, relative: Double = 1e-5) -> Bool {
    func near(_ x: Double, _ y: Double) -> Bool { abs(x - y) <= relative * max(abs(x), abs(y)) }
    switch (a, b) {
    case (.exponential(let x), .exponential(let y)): return near(x, y)
    case (.weibull(let k1, let s1), .weibull(let k2, let s2)): return near(k1, k2) && near(s1, s2)
    case (.gamma(let k1, let s1), .gamma(let k2, let s2)): return near(k1, k2) && near(s1, s2)
    case (.logNormal(let m1, let s1), .logNormal(let m2, let s2)): return near(m1, m2) && near(s1, s2)
    case (.hyperexponential(let w1, let m1), .hyperexponential(let w2, let m2)):
      return w1.count == w2.count && zip(w1, w2).allSatisfy(near) && zip(m1, m2).allSatisfy(near)
    default: return false
    }
  }

  @Test("the availability block of the Grid'5000 excerpt reads back as the best laws")
  func availabilityRoundTrip() throws {
    let report = AvailabilityReport(trace: try AvailabilityExcerptTests.trace(), source: "excerpt")
    let up = report.up.lawSelection()
    let down = report.down.lawSelection()
    let block = try CalibrationYAML.availability(source: "excerpt", up: up, down: down)
    #expect(block.contains("\navailability:\n  up: {"))
    let scenario = try Scenario.parse(yaml: Self.scenario(availability: block, owners: nil), path: "calibrated.yaml")
    guard case .alternating(let readUp, let readDown) = scenario.config.hostGroups[0].availability else {
      Issue.record("not an up/down availability: \(scenario.config.hostGroups[0].availability)")
      return
    }
    let bestUp = try #require(up.best).distribution
    let bestDown = try #require(down.best).distribution
    #expect(Self.close(readUp, bestUp), "\(readUp) vs \(bestUp)")
    #expect(Self.close(readDown, bestDown), "\(readDown) vs \(bestDown)")
    // Every candidate is in the comment table, with its AIC.
    for law in up.fits { #expect(block.contains(String(format: "%.2f", law.aic))) }
  }

  @Test("every family's YAML reads back", arguments: [
    Distribution.exponential(mean: 116_676.3), .weibull(shape: 0.4843, scale: 51_721.2), .logNormal(mu: 8.1, sigma: 1.7),
    .gamma(shape: 0.3, scale: 12.5), .hyperexponential(weights: [0.25, 0.75], means: [42, 90_000]),
  ])
  func familyRoundTrip(law: Distribution) throws {
    let block = "availability:\n  up: " + (try CalibrationYAML.flowText(law)) + "\n  down: {exponential: {mean: 1h}}\n"
    let scenario = try Scenario.parse(yaml: Self.scenario(availability: block, owners: nil), path: "c.yaml")
    guard case .alternating(let readUp, _) = scenario.config.hostGroups[0].availability else {
      Issue.record("not alternating")
      return
    }
    #expect(Self.close(readUp, law), "\(readUp) vs \(law)")
  }

  @Test("the owners block of a session log reads back as its rates and session law")
  func ownersRoundTrip() throws {
    let log = try SessionLog.parse(SessionLogTests.log, file: "log.csv")
    let profile = SessionArrivalProfile(log: log)
    let lengths = LawSelection(log.sessions.map(\.duration))
    let block = try CalibrationYAML.owners(source: "log.csv", notes: profile.notes, rates: profile.rates, sessions: lengths)
    let scenario = try Scenario.parse(yaml: Self.scenario(availability: nil, owners: block), path: "c.yaml")
    let owners = try #require(scenario.config.owners)
    guard case .hourly(let rates) = owners.arrivals else {
      Issue.record("not an hourly profile: \(owners.arrivals)")
      return
    }
    for day in 0..<7 {
      for hour in 0..<24 {
        let expected = profile.rates[day][hour]
        #expect(abs(rates[day][hour] - expected) <= 5e-4 * expected, "day \(day) hour \(hour)")
      }
    }
    #expect(abs(rates[0][9] - 2 / 4.75) < 1e-4)
    #expect(Self.close(owners.session, try #require(lengths.best).distribution))
  }
}
