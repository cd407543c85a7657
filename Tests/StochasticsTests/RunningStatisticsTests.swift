import Testing
import Stochastics

@Suite("RunningStatistics")
struct RunningStatisticsTests {
  static func relativeError(_ a: Double, _ b: Double) -> Double {
    abs(a - b) / abs(b)
  }

  @Test("Welford equals GSL's two-pass results on the same data to 1e-12")
  func matchesStatistics() {
    let xs = Sampling.draws(.gamma(shape: 2.5, scale: 1.5), n: 10_000, stream: "running")
    var running = RunningStatistics()
    for x in xs { running.add(x) }
    #expect(running.count == xs.count)
    #expect(Self.relativeError(running.mean, Statistics.mean(xs)) < 1e-12)
    #expect(Self.relativeError(running.standardDeviation, Statistics.standardDeviation(xs)) < 1e-12)
    let ci = running.confidenceInterval95
    #expect(Self.relativeError(ci.halfWidth, Statistics.confidenceInterval95(xs).halfWidth) < 1e-12)
  }

  @Test("merging two halves equals adding everything")
  func merge() {
    let xs = Sampling.draws(.exponential(mean: 3), n: 5_001, stream: "merge")
    var whole = RunningStatistics()
    var left = RunningStatistics()
    var right = RunningStatistics()
    for (i, x) in xs.enumerated() {
      whole.add(x)
      if i < 1_234 { left.add(x) } else { right.add(x) }
    }
    left.merge(right)
    #expect(left.count == whole.count)
    #expect(Self.relativeError(left.mean, whole.mean) < 1e-12)
    #expect(Self.relativeError(left.variance, whole.variance) < 1e-12)
    var empty = RunningStatistics()
    empty.merge(whole)
    #expect(empty.mean == whole.mean)
  }

  @Test("empty and single observations give nan where undefined")
  func smallN() {
    var stats = RunningStatistics()
    #expect(stats.count == 0 && stats.mean.isNaN && stats.variance.isNaN)
    stats.add(4)
    #expect(stats.mean == 4 && stats.variance.isNaN && stats.standardDeviation.isNaN)
    stats.add(6)
    #expect(stats.mean == 5 && stats.variance == 2)
  }
}
