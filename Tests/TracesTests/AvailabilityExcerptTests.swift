import Foundation
import Stochastics
import Testing
import Traces

/// The Grid'5000 FTA excerpt shipped in Resources/ (see Resources/README.md).
///
/// Expected values were computed independently with awk over the same file:
///   awk -F'\t' 'NR>1 { n=$5; t=$6+0; d=$8-$7; nodes[n]=1;
///     if (t==1) {uc++; ut+=d} else {dc++; dt+=d}; c[n,t]++; s[n,t]+=d }
///     END { printf "nodes %d up %d down %d upTime %.0f downTime %.0f meanUp_h %.10f
///           meanDown_h %.10f avail %.12f\n", length(nodes), uc, dc, ut, dt,
///           ut/uc/3600, dt/dc/3600, ut/(ut+dt);
///           for (k in nodes) printf "%s %d %d %.0f %.0f\n", k, c[k,1], c[k,0], s[k,1], s[k,0] }' \
///     Tests/TracesTests/Resources/grid5000-excerpt.tab
/// and the Weibull fits with SciPy: brentq on Σx^k·ln x/Σx^k − 1/k − mean(ln x)
/// (xtol 1e-14) over the positive durations, scale = (Σx^k/n)^(1/k).
@Suite("Grid'5000 FTA excerpt")
struct AvailabilityExcerptTests {
  static let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Resources/grid5000-excerpt.tab").path

  static func trace() throws -> AvailabilityTrace {
    try FTAEventTraceReader.read(path: path)
  }

  @Test("node count, node order, interval counts and time span")
  func counts() throws {
    let trace = try Self.trace()
    #expect(trace.nodes.map(\.name) == (1...9).map { "G1/site\($0)/c1/node1" })
    #expect(trace.nodes.first?.id == 0)
    #expect(trace.intervalCount == 3_398)
    #expect(trace.origin == 1_115_811_139)
    #expect(trace.end == 1_163_165_604)
    let report = AvailabilityReport(trace: trace, source: "excerpt")
    #expect(report.pooled.upCount == 1_702)
    #expect(report.pooled.downCount == 1_696)
    #expect(report.pooled.nodeCount == 9)
  }

  @Test("per-node counts and up/down seconds match awk exactly")
  func perNode() throws {
    let report = AvailabilityReport(trace: try Self.trace(), source: "excerpt")
    let expected: [(String, Int, Int, Double, Double)] = [
      ("G1/site1/c1/node1", 211, 211, 33_938_718, 13_415_747),
      ("G1/site2/c1/node1", 170, 169, 21_457_665, 11_892_127),
      ("G1/site3/c1/node1", 90, 89, 45_360_593, 1_986_408),
      ("G1/site4/c1/node1", 381, 380, 44_501_194, 2_746_396),
      ("G1/site5/c1/node1", 111, 110, 26_723_491, 18_821_646),
      ("G1/site6/c1/node1", 68, 68, 29_369_806, 16_075_040),
      ("G1/site7/c1/node1", 202, 201, 22_704_209, 3_017_114),
      ("G1/site8/c1/node1", 378, 378, 26_301_052, 20_974_933),
      ("G1/site9/c1/node1", 91, 90, 14_131_678, 7_310_477),
    ]
    #expect(report.nodes.count == expected.count)
    for (statistics, row) in zip(report.nodes, expected) {
      #expect(statistics.name == row.0)
      #expect(statistics.upCount == row.1 && statistics.downCount == row.2, "\(row.0)")
      #expect(statistics.upTime == row.3 && statistics.downTime == row.4, "\(row.0)")
    }
  }

  @Test("pooled mean up/down hours and availability match awk")
  func pooled() throws {
    let pooled = AvailabilityReport(trace: try Self.trace(), source: "excerpt").pooled
    #expect(pooled.upTime == 264_488_406)
    #expect(pooled.downTime == 96_239_888)
    #expect(abs(pooled.meanUp / 3600 - 43.1662759499) < 1e-9)
    #expect(abs(pooled.meanDown / 3600 - 15.7625602725) < 1e-9)
    #expect(abs(pooled.availability - 0.733206710977) < 1e-11)
  }

  @Test("pooled exponential and Weibull fits match an independent SciPy computation")
  func fits() throws {
    let report = AvailabilityReport(trace: try Self.trace(), source: "excerpt")
    #expect(report.up.exponential == .exponential(mean: 264_488_406 / 1_702))
    #expect(report.down.exponential == .exponential(mean: 96_239_888 / 1_696))
    #expect(report.up.weibullExcludedZeros == 0)
    #expect(report.down.weibullExcludedZeros == 1)
    guard case .weibull(let upShape, let upScale) = report.up.weibull,
          case .weibull(let downShape, let downScale) = report.down.weibull
    else {
      let failures = [report.up.weibullFailure, report.down.weibullFailure].compactMap { $0 }
      Issue.record("missing Weibull fits: \(failures)")
      return
    }
    #expect(abs(upShape - 0.48256717463609133) < 1e-9)
    #expect(abs(upScale / 3600 - 19.63690376536404) < 1e-7)
    #expect(abs(downShape - 0.3231646870610721) < 1e-9)
    #expect(abs(downScale / 3600 - 1.043965117144845) < 1e-8)
  }

  @Test("trace-stats text for the excerpt: title, pooled row and fit rows")
  func reportText() throws {
    let text = try AvailabilityReport.text(path: Self.path, perNode: true, limit: 2)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(lines[0] == "\(Self.path): 9 nodes, 3398 intervals, 548.08 days from t = 1115811139 s")
    #expect(lines.contains { $0.hasPrefix("G1/site1/c1/node1") })
    #expect(lines.contains { $0.hasPrefix("G1/site2/c1/node1") })
    #expect(!lines.contains { $0.hasPrefix("G1/site3/c1/node1") })
    #expect(lines.contains { $0.hasPrefix("… 7 more nodes") })
    let all = lines.first { $0.hasPrefix("all ") }?.split(separator: " ").map(String.init)
    #expect(all == ["all", "1702", "1696", "43.17", "15.76", "73469.00", "26733.30", "0.7332"])
    let up = lines.first { $0.hasPrefix("up ") }?.split(separator: " ").map(String.init)
    #expect(up == ["up", "1702", "43.17", "0.4826", "19.6369", "0"])
    let down = lines.first { $0.hasPrefix("down ") }?.split(separator: " ").map(String.init)
    #expect(down == ["down", "1696", "15.76", "0.3232", "1.0440", "1"])
  }
}
