import Foundation
import Testing

@testable import Experiments

/// The metric catalogue against its copies: the JSON the Python analysis reads, and
/// the rules every entry must follow. Set `HARVESTSIM_WRITE_CATALOGUE=1` to rewrite the JSON.
@Suite("Metric catalogue")
struct MetricCatalogueTests {
  static let jsonPath = CommandLineTests.packageRoot.appendingPathComponent("Analysis/harvestplots/metrics.json")

  @Test("Analysis/harvestplots/metrics.json is the catalogue")
  func jsonCopyIsCurrent() throws {
    let expected = MetricCatalogue.json()
    if ProcessInfo.processInfo.environment["HARVESTSIM_WRITE_CATALOGUE"] == "1" {
      try expected.write(to: Self.jsonPath, atomically: true, encoding: .utf8)
    }
    let written = try String(contentsOf: Self.jsonPath, encoding: .utf8)
    #expect(written == expected, "rerun with HARVESTSIM_WRITE_CATALOGUE=1 swift test --filter MetricCatalogue")
  }

  @Test("names are unique, labels and definitions present, thresholds positive")
  func entriesAreWellFormed() {
    let names = MetricCatalogue.metrics.map(\.name)
    #expect(Set(names).count == names.count)
    for metric in MetricCatalogue.metrics {
      #expect(!metric.label.isEmpty && !metric.definition.isEmpty, "\(metric.name)")
      switch metric.threshold {
      case .relative(let fraction): #expect(fraction > PracticalThreshold.noise, "\(metric.name)")
      case .absolute(let amount): #expect(amount > 0, "\(metric.name)")
      }
      // A name's unit suffix matches the declared unit.
      if metric.name.hasSuffix("_s") { #expect(metric.unit == .seconds, "\(metric.name)") }
      if metric.name.hasSuffix("_core_hours") { #expect(metric.unit == .coreHours, "\(metric.name)") }
    }
  }
}
