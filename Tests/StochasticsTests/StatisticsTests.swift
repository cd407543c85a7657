import Testing
import Stochastics

@Suite("Statistics")
struct StatisticsTests {
  /// Sorted: 2 4 4 4 5 5 7 9; mean 5; Σ(x−5)² = 32, so sample sd = √(32/7).
  let data: [Double] = [5, 2, 9, 4, 7, 4, 5, 4]

  @Test("mean and standard deviation of a hand-computed array")
  func meanAndSD() {
    #expect(Statistics.mean(data) == 5)
    #expect(abs(Statistics.standardDeviation(data) - (32.0 / 7).squareRoot()) < 1e-14)
  }

  @Test("quantiles use GSL's (n−1)·p interpolation on a sorted copy")
  func quantiles() {
    #expect(Statistics.quantile(data, 0) == 2)
    #expect(Statistics.quantile(data, 1) == 9)
    #expect(Statistics.quantile(data, 0.5) == 4.5)     // r = 3.5: (4 + 5)/2
    #expect(Statistics.quantile(data, 0.25) == 4)      // r = 1.75: between 4 and 4
    #expect(abs(Statistics.quantile(data, 0.9) - 7.6) < 1e-12)  // r = 6.3: 7 + 0.3·2
    #expect(data == [5, 2, 9, 4, 7, 4, 5, 4])          // input untouched
    #expect(Statistics.quantile(data, 1.5).isNaN)
    #expect(Statistics.quantile(data, -0.1).isNaN)
  }

  @Test("trimmed mean drops ⌊trim·n⌋ values per tail")
  func trimmedMean() {
    let xs: [Double] = [80, 1, 1000, 3, 10, 20, 2, 50, 60, 70]
    // trim 0.2 of 10 drops 1, 2 and 80, 1000: mean of 3 10 20 50 60 70 = 213/6.
    #expect(abs(Statistics.trimmedMean(xs, trim: 0.2) - 35.5) < 1e-12)
    #expect(abs(Statistics.trimmedMean(xs, trim: 0) - Statistics.mean(xs)) < 1e-12)
    #expect(Statistics.trimmedMean(xs, trim: 0.6).isNaN)
    #expect(Statistics.trimmedMean([], trim: 0.2).isNaN)
  }

  @Test("empty and single-element inputs give nan, not GSL's 0 or -nan")
  func smallN() {
    #expect(Statistics.mean([]).isNaN)
    #expect(Statistics.standardDeviation([]).isNaN)
    #expect(Statistics.standardDeviation([3]).isNaN)
    #expect(Statistics.quantile([], 0.5).isNaN)
    #expect(Statistics.mean([3]) == 3)
    #expect(Statistics.quantile([3], 0.7) == 3)
    let one = Statistics.confidenceInterval95([3])
    #expect(one.mean == 3 && one.count == 1 && one.halfWidth.isNaN)
    #expect(!one.contains(3))
    let none = Statistics.confidenceInterval95([])
    #expect(none.mean.isNaN && none.count == 0 && none.halfWidth.isNaN)
  }

  @Test("distribution quantiles match standard tables")
  func tables() {
    #expect(abs(Statistics.studentTQuantile(probability: 0.975, degreesOfFreedom: 9) - 2.262157) < 1e-5)
    #expect(abs(Statistics.studentTQuantile(probability: 0.975, degreesOfFreedom: 7) - 2.364624) < 1e-5)
    #expect(abs(Statistics.normalQuantile(0.975) - 1.959964) < 1e-6)
    #expect(Statistics.normalQuantile(0.5) == 0)
    #expect(abs(Statistics.chiSquaredUpperTail(3.841459, degreesOfFreedom: 1) - 0.05) < 1e-6)
    #expect(abs(Statistics.chiSquaredUpperTail(30.143527, degreesOfFreedom: 19) - 0.05) < 1e-6)
    #expect(Statistics.studentTQuantile(probability: 0.975, degreesOfFreedom: .infinity)
      == Statistics.normalQuantile(0.975))
  }

  @Test("95% interval of a hand-computed array")
  func confidenceInterval() {
    let ci = Statistics.confidenceInterval95(data)
    let expectedHalfWidth = 2.364624 * (32.0 / 7).squareRoot() / 8.0.squareRoot()
    #expect(ci.mean == 5 && ci.count == 8)
    #expect(abs(ci.halfWidth - expectedHalfWidth) < 1e-5)
    #expect(ci.lower == 5 - ci.halfWidth && ci.upper == 5 + ci.halfWidth)
    #expect(ci.contains(5))
  }

  @Test("95% intervals of uniform(0,1) batches of 30 cover 0.5 about 95% of the time")
  func coverage() {
    let batches = 1_000
    let stream = RandomStream(seed: 11, replication: 0, stream: "coverage")
    let uniform = Distribution.uniform(low: 0, high: 1)
    var covered = 0
    for _ in 0..<batches {
      var batch: [Double] = []
      for _ in 0..<30 { batch.append(uniform.sample(stream)) }
      if Statistics.confidenceInterval95(batch).contains(0.5) { covered += 1 }
    }
    let fraction = Double(covered) / Double(batches)
    #expect(abs(fraction - 0.95) <= 4 * (0.95 * 0.05 / Double(batches)).squareRoot(), "coverage \(fraction)")
  }
}
