import Foundation
import Testing
import Stochastics

@Suite("QuantileHistogram")
struct QuantileHistogramTests {
  @Test("p50/p95/p99 of 100 000 exponential draws: within the relative precision of the exact sample quantile, and of theory within sampling error",
        arguments: [0.5, 0.95, 0.99])
  func exponentialQuantiles(_ p: Double) {
    let n = 100_000
    let mean = 2.0
    let xs = Sampling.draws(.exponential(mean: mean), n: n, stream: "histogram")
    var histogram = QuantileHistogram()
    for x in xs { histogram.add(x) }
    #expect(histogram.count == n)

    let exact = Statistics.quantile(xs, p)
    let estimate = histogram.quantile(p)
    // The bucket guarantee, with a hair for floating-point rounding at bucket edges.
    #expect(abs(estimate - exact) <= histogram.relativePrecision * exact * (1 + 1e-9),
            "histogram \(estimate) vs exact \(exact)")

    // Theory: q = −mean·ln(1−p); the sample quantile's sd is √(p(1−p)/n)/f(q) = mean·√(p/((1−p)n)).
    let theoretical = -mean * log1p(-p)
    let samplingSD = mean * (p / ((1 - p) * Double(n))).squareRoot()
    #expect(abs(exact - theoretical) <= 4 * samplingSD)
    #expect(abs(estimate - theoretical) <= histogram.relativePrecision * exact + 4 * samplingSD)
  }

  @Test("memory depends on the value range, not on the number of samples")
  func boundedMemory() {
    // Bounded support: once the range is covered, a million more draws add no bucket.
    let bounded = Distribution.uniform(low: 0.5, high: 2)
    let stream = RandomStream(seed: 2, replication: 0, stream: "memory")
    var histogram = QuantileHistogram()
    for _ in 0..<100_000 { histogram.add(bounded.sample(stream)) }
    let before = histogram.bucketCount
    for _ in 0..<1_000_000 { histogram.add(bounded.sample(stream)) }
    #expect(histogram.bucketCount == before)
    let gamma = (1 + histogram.relativePrecision) / (1 - histogram.relativePrecision)
    #expect(Double(before) <= (log(2 / 0.5) / log(gamma)).rounded(.up) + 1)

    // Unbounded support: the count only follows the logarithm of the largest value.
    let exponential = Distribution.exponential(mean: 1)
    var tail = QuantileHistogram()
    var largest = 0.0
    for _ in 0..<1_100_000 {
      let x = exponential.sample(stream)
      largest = max(largest, x)
      tail.add(x)
    }
    #expect(Double(tail.bucketCount) <= (log(largest / tail.resolution) / log(gamma)).rounded(.up) + 1)
    #expect(tail.count == 1_100_000)
  }

  @Test("follows GSL's rank convention on small data")
  func rankConvention() {
    let xs: [Double] = [4, 1, 3, 2, 10]
    var histogram = QuantileHistogram()
    for x in xs { histogram.add(x) }
    for p in [0.0, 0.1, 0.25, 0.5, 0.6, 0.9, 1.0] {
      let exact = Statistics.quantile(xs, p)
      #expect(abs(histogram.quantile(p) - exact) <= histogram.relativePrecision * exact * (1 + 1e-9))
    }
    #expect(histogram.quantile(0) == 1)    // clamped to the exact minimum
    #expect(histogram.quantile(1) == 10)   // and maximum
  }

  @Test("values below the resolution go to the zero bucket")
  func zeroBucket() {
    var histogram = QuantileHistogram(relativePrecision: 0.01, resolution: 0.001)
    for x in [0, 0.0005, 5.0] { histogram.add(x) }
    #expect(histogram.count == 3)
    #expect(histogram.bucketCount == 1)
    #expect(abs(histogram.quantile(0.5) - 0.0005) < histogram.resolution)
    #expect(histogram.quantile(0) == 0)
    #expect(histogram.quantile(1) == 5)
  }

  @Test("deterministic: the same values in another order give identical quantiles")
  func orderIndependent() {
    let xs = Sampling.draws(.logNormal(mu: 0, sigma: 1), n: 10_000, stream: "order")
    var forward = QuantileHistogram()
    var backward = QuantileHistogram()
    for x in xs { forward.add(x) }
    for x in xs.reversed() { backward.add(x) }
    for p in stride(from: 0.0, through: 1.0, by: 0.05) {
      #expect(forward.quantile(p) == backward.quantile(p))
    }
  }

  @Test("empty or out-of-range p gives nan")
  func empty() {
    var histogram = QuantileHistogram()
    #expect(histogram.quantile(0.5).isNaN)
    histogram.add(1)
    #expect(histogram.quantile(1.1).isNaN)
    #expect(histogram.quantile(-0.1).isNaN)
  }
}
