import Testing

@testable import Experiments

/// Human forms of metric values, worked out by hand.
@Suite("Metric values in human form")
struct MetricFormatTests {
  @Test("times pick the unit that keeps the number readable")
  func durations() {
    #expect(MetricFormat.text(38805.13937618538, unit: .seconds) == "10.8 h")
    #expect(MetricFormat.text(45, unit: .seconds) == "45.0 s")
    #expect(MetricFormat.text(600, unit: .seconds) == "10.0 min")
    #expect(MetricFormat.text(4 * 86400, unit: .seconds) == "4.00 d")
    #expect(MetricFormat.text(1.5, unit: .hours) == "1.500 h")
    #expect(MetricFormat.text(1402.4, unit: .hours) == "1,402 h")
  }

  @Test("fractions are percentages, counts are grouped, undefined is n/a")
  func otherUnits() {
    #expect(MetricFormat.text(0.3506, unit: .fraction) == "35.1 %")
    #expect(MetricFormat.text(1069, unit: .count) == "1,069")
    #expect(MetricFormat.text(12.94, unit: .jobsPerHour) == "12.94 jobs/h")
    #expect(MetricFormat.text(123456.7, unit: .coreHours) == "123,457 core-h")
    #expect(MetricFormat.text(.nan, unit: .seconds) == "n/a")
  }

  @Test("differences carry a sign")
  func differences() {
    #expect(MetricFormat.difference(-10800, unit: .seconds) == "−3.00 h")
    #expect(MetricFormat.difference(2, unit: .count) == "+2")
    #expect(MetricFormat.difference(0, unit: .count) == "0")
  }
}
