import Stochastics
import Testing
import Traces

@Suite("Availability statistics and report")
struct AvailabilityReportTests {
  /// pc1: up 2 h + 4 h, down 1 h + 1 h; pc2: up 3 h, down 0 h (a zero-length interval).
  static let csv = """
    host,start,end,state
    pc1,0,7200,up
    pc1,7200,10800,down
    pc1,10800,25200,up
    pc1,25200,28800,down
    pc2,0,10800,up
    pc2,10800,10800,down
    """

  static func report() throws -> AvailabilityReport {
    AvailabilityReport(trace: try AvailabilityCSVReader.parse(csv, file: "lab.csv"), source: "lab.csv")
  }

  @Test("per-node and pooled counts, means and availability")
  func statistics() throws {
    let report = try Self.report()
    let pc1 = report.nodes[0]
    #expect(pc1.upCount == 2 && pc1.downCount == 2)
    #expect(pc1.meanUp == 10_800 && pc1.meanDown == 3_600)
    #expect(pc1.availability == 0.75)
    let pc2 = report.nodes[1]
    #expect(pc2.availability == 1 && pc2.meanDown == 0)
    let pooled = report.pooled
    #expect(pooled.name == "all" && pooled.nodeCount == 2)
    #expect(pooled.upCount == 3 && pooled.downCount == 3)
    #expect(pooled.meanUp == 10_800 && pooled.meanDown == 2_400)
    #expect(pooled.availability == 32_400.0 / 39_600.0)
    let empty = AvailabilityStatistics(name: "x", nodeCount: 1, upCount: 0, downCount: 0, upTime: 0, downTime: 0)
    #expect(empty.availability.isNaN && empty.meanUp.isNaN && empty.meanDown.isNaN)
  }

  @Test("fits: exponential mean over all intervals; Weibull leaves zero lengths out and reports failures")
  func fits() throws {
    let report = try Self.report()
    #expect(report.up.exponential == .exponential(mean: 10_800))
    #expect(report.down.exponential == .exponential(mean: 2_400))
    #expect(report.up.weibullExcludedZeros == 0)
    let upFit = try Fitting.weibullMLE([7_200, 14_400, 10_800])
    #expect(report.up.weibull == .weibull(shape: upFit.shape, scale: upFit.scale))
    // Down: 3600, 3600 and a zero: the zero is left out, and two equal values have no finite MLE.
    #expect(report.down.weibullExcludedZeros == 1)
    #expect(report.down.weibull == nil)
    #expect(report.down.weibullFailure == "weibull fit: all 2 values are equal (3600.0); the shape is unbounded")
  }

  @Test("text: aligned tables in hours, per-node rows with a limit, Weibull failure note")
  func text() throws {
    let report = try Self.report()
    let upFit = try Fitting.weibullMLE([7_200, 14_400, 10_800])
    let shape = String(format: "%.4f", upFit.shape)
    let scale = String(format: "%.4f", upFit.scale / 3600)
    let full = report.text(perNode: true)
    let expected = """
      lab.csv: 2 nodes, 6 intervals, 0.33 days from t = 0 s

      node  up  down  mean up (h)  mean down (h)  up (h)  down (h)  availability
      pc1    2     2         3.00           1.00    6.00      2.00        0.7500
      pc2    1     1         3.00           0.00    3.00      0.00        1.0000
      all    3     3         3.00           0.67    9.00      2.00        0.8182

      fit (maximum likelihood)  intervals  exp. mean (h)  weibull shape  weibull scale (h)  zeros left out
      up                                3           3.00         \(shape)             \(scale)               0
      down                              3           0.67            n/a                n/a               1
      down: no Weibull fit: weibull fit: all 2 values are equal (3600.0); the shape is unbounded

      """
    #expect(full == expected)
    let pooledOnly = report.text()
    #expect(!pooledOnly.contains("pc1") && pooledOnly.contains("\nall "))
    let limited = report.text(perNode: true, limit: 1).split(separator: "\n").map(String.init)
    #expect(limited.contains { $0.hasPrefix("pc1 ") })
    #expect(!limited.contains { $0.hasPrefix("pc2 ") })
    #expect(limited.contains { $0.hasPrefix("… 1 more nodes") })
  }
}
