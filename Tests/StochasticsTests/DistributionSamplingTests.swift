import Testing
import Foundation
import Stochastics

@Suite("Distribution.sample")
struct DistributionSamplingTests {
  static let n = 200_000

  static let families: [Distribution] = [
    .constant(3),
    .uniform(low: 2, high: 5),
    .exponential(mean: 2),
    .weibull(shape: 0.7, scale: 3),
    .weibull(shape: 2.5, scale: 1.5),
    .logNormal(mu: 0.5, sigma: 0.5),
    .gamma(shape: 2.5, scale: 1.5),
    .gamma(shape: 0.4, scale: 2),
    .hyperexponential(weights: [2, 1], means: [0.5, 5]),
    .hyperexponential(weights: [0, 1], means: [100, 1]),
    .empirical(values: [1, 2, 2, 7]),
  ]

  @Test("sample mean of 200 000 draws lies within 4 standard errors of the theoretical mean",
        arguments: families)
  func sampleMean(_ distribution: Distribution) {
    let xs = Sampling.draws(distribution, n: Self.n, stream: "mean-\(distribution.family)")
    let tolerance = Sampling.meanTolerance(distribution, n: Self.n)
    #expect(abs(Statistics.mean(xs) - distribution.mean) <= tolerance,
            "mean \(Statistics.mean(xs)) vs \(distribution.mean) ± \(tolerance)")
    #expect(xs.allSatisfy { $0 >= 0 && $0.isFinite })
  }

  @Test("chi-squared goodness of fit on 20 equiprobable bins, p > 1e-4",
        arguments: [
          Distribution.exponential(mean: 2),
          .weibull(shape: 0.7, scale: 3),
          .weibull(shape: 2.5, scale: 1.5),
          .gamma(shape: 2.5, scale: 1.5),
          .gamma(shape: 0.4, scale: 2),
          .logNormal(mu: 0.5, sigma: 0.5),
          .hyperexponential(weights: [2, 1], means: [0.5, 5]),
          .uniform(low: 2, high: 5),
        ])
  func goodnessOfFit(_ distribution: Distribution) {
    let xs = Sampling.draws(distribution, n: Self.n, stream: "gof-\(distribution.family)")
    let p = Sampling.chiSquaredPValue(xs, against: distribution)
    #expect(p > 1e-4, "p-value \(p)")
  }

  @Test("sample variance is consistent with the theoretical variance")
  func sampleVariance() {
    // For an exponential, Var(s²) ≈ (μ₄ − σ⁴)/n = 8σ⁴/n (μ₄ = 9σ⁴).
    let distribution = Distribution.exponential(mean: 2)
    let xs = Sampling.draws(distribution, n: Self.n, stream: "variance")
    let s = Statistics.standardDeviation(xs)
    let sigma2 = distribution.variance
    #expect(abs(s * s - sigma2) <= 4 * (8 * sigma2 * sigma2 / Double(Self.n)).squareRoot())
  }

  @Test("CDFs agree with closed forms, pinning GSL's parameter order")
  func cdfAnchors() {
    // Medians in closed form: F(median) = 1/2.
    let weibull = Distribution.weibull(shape: 2.5, scale: 1.5)
    let ln2 = log(2.0)
    #expect(abs(weibull.cdf(1.5 * pow(ln2, 1 / 2.5)) - 0.5) < 1e-12)
    #expect(abs(Distribution.exponential(mean: 2).cdf(2 * ln2) - 0.5) < 1e-12)
    #expect(abs(Distribution.logNormal(mu: 0.5, sigma: 0.7).cdf(exp(0.5)) - 0.5) < 1e-12)
    // Gamma with shape 1 and scale 2 is the exponential with mean 2.
    #expect(abs(Distribution.gamma(shape: 1, scale: 2).cdf(3) - Distribution.exponential(mean: 2).cdf(3)) < 1e-12)
    #expect(Distribution.uniform(low: 2, high: 6).cdf(3) == 0.25)
    #expect(Distribution.empirical(values: [1, 2, 2, 7]).cdf(2) == 0.75)
    #expect(Distribution.constant(3).cdf(2.9) == 0 && Distribution.constant(3).cdf(3) == 1)
  }

  @Test("moments in closed form")
  func moments() {
    // Weibull shape 1 is exponential; shape 2: mean = scale·√π/2, variance = scale²(1 − π/4).
    #expect(abs(Distribution.weibull(shape: 1, scale: 3).mean - 3) < 1e-12)
    #expect(abs(Distribution.weibull(shape: 1, scale: 3).variance - 9) < 1e-10)
    let pi = Double.pi
    #expect(abs(Distribution.weibull(shape: 2, scale: 2).mean - pi.squareRoot()) < 1e-12)
    #expect(abs(Distribution.weibull(shape: 2, scale: 2).variance - 4 * (1 - pi / 4)) < 1e-12)
    #expect(abs(Distribution.uniform(low: 2, high: 5).variance - 0.75) < 1e-15)
    #expect(Distribution.empirical(values: [1, 2, 2, 7]).mean == 3)
    #expect(Distribution.empirical(values: [1, 2, 2, 7]).variance == 5.5)
    // weights 2:1 → p = 2/3, 1/3; mean = 2/3·0.5 + 1/3·5 = 2; E[X²] = 2/3·0.5 + 1/3·50 = 17.
    let hyper = Distribution.hyperexponential(weights: [2, 1], means: [0.5, 5])
    #expect(abs(hyper.mean - 2) < 1e-12)
    #expect(abs(hyper.variance - 13) < 1e-12)
  }

  @Test("constant, uniform and empirical exact properties")
  func exactProperties() {
    let stream = RandomStream(seed: 1, replication: 0, stream: "exact")
    for _ in 0..<10_000 {
      #expect(Distribution.constant(3).sample(stream) == 3)
      let u = Distribution.uniform(low: 2, high: 5).sample(stream)
      #expect(u >= 2 && u < 5)
      #expect(Distribution.uniform(low: 4, high: 4).sample(stream) == 4)
      #expect([1, 2, 7].contains(Distribution.empirical(values: [1, 2, 2, 7]).sample(stream)))
      #expect(Distribution.empirical(values: [6]).sample(stream) == 6)
    }
    // Each empirical entry is equally likely: the repeated 2 has probability 1/2.
    let xs = Sampling.draws(.empirical(values: [1, 2, 2, 7]), n: Self.n, stream: "empirical-frequency")
    let fraction = Double(xs.filter { $0 == 2 }.count) / Double(Self.n)
    #expect(abs(fraction - 0.5) <= 4 * (0.25 / Double(Self.n)).squareRoot())
  }

  @Test("sampling is reproducible from the stream key")
  func reproducible() {
    let d = Distribution.gamma(shape: 2.5, scale: 1.5)
    #expect(Sampling.draws(d, n: 100, stream: "repeat") == Sampling.draws(d, n: 100, stream: "repeat"))
  }
}
