import Foundation
import Testing

@testable import Stochastics

@Suite("Law selection: maximum likelihood, AIC and Kolmogorov-Smirnov")
struct LawSelectionTests {
  /// The sample 1, 2, 4 seconds: n = 3, Σx = 7, Σ ln x = 3 ln 2.
  static let tiny = [4.0, 1, 2]

  @Test("AIC of the tiny sample equals 2k − 2 ln L worked out by hand")
  func tinySampleAIC() throws {
    let selection = LawSelection(Self.tiny)
    func law(_ family: String) throws -> FittedLaw {
      try #require(selection.fits.first { $0.distribution.family == family })
    }
    // Exponential: mean 7/3, ln L = −3 ln(7/3) − 7/(7/3) = −3 ln(7/3) − 3.
    let exponential = try law("exponential")
    #expect(exponential.distribution == .exponential(mean: 7.0 / 3))
    #expect(abs(exponential.logLikelihood - (-3 * log(7.0 / 3) - 3)) < 1e-12)
    #expect(abs(exponential.aic - (2 + 6 * log(7.0 / 3) + 6)) < 1e-12)
    // Log-normal: logs 0, ln 2, 2 ln 2, so mu = ln 2 and sigma² = 2(ln 2)²/3; the squared
    // deviations sum to 3 sigma², so ln L = −3 ln 2 − (3/2) ln sigma² − (3/2) ln 2π − 3/2.
    let logNormal = try law("lognormal")
    let sigma2 = 2 * log(2.0) * log(2.0) / 3
    guard case .logNormal(let mu, let sigma) = logNormal.distribution else { Issue.record("not lognormal"); return }
    #expect(abs(mu - log(2.0)) < 1e-12 && abs(sigma * sigma - sigma2) < 1e-12)
    let logNormalL: Double = -3 * log(2.0) - 1.5 * log(sigma2) - 1.5 * log(2 * Double.pi) - 1.5
    #expect(abs(logNormal.logLikelihood - logNormalL) < 1e-12)
    #expect(abs(logNormal.aic - (4 - 2 * logNormalL)) < 1e-12)
    // Weibull (k, λ): ln L = 3 ln k − 3k ln λ + (k − 1)·3 ln 2 − Σ (x/λ)^k, and at the maximum
    // Σ (x/λ)^k = n = 3 (the scale equation λ^k = Σx^k/n).
    let weibull = try law("weibull")
    guard case .weibull(let k, let lambda) = weibull.distribution else { Issue.record("not weibull"); return }
    let powers = [1.0, 2, 4].reduce(0) { $0 + pow($1 / lambda, k) }
    #expect(abs(powers - 3) < 1e-9)
    let weibullShapeTerms: Double = 3 * log(k) - 3 * k * log(lambda)
    let weibullL: Double = weibullShapeTerms + (k - 1) * 3 * log(2.0) - powers
    #expect(abs(weibull.logLikelihood - weibullL) < 1e-9)
    #expect(abs(weibull.aic - (4 - 2 * weibullL)) < 1e-9)
    // Gamma (k, θ): θ = mean/k and ln L = (k − 1)·3 ln 2 − 7/θ − 3k ln θ − 3 ln Γ(k).
    let gamma = try law("gamma")
    guard case .gamma(let shape, let scale) = gamma.distribution else { Issue.record("not gamma"); return }
    #expect(abs(shape * scale - 7.0 / 3) < 1e-12)
    let gammaDataTerms: Double = (shape - 1) * 3 * log(2.0) - 7 / scale
    let gammaL: Double = gammaDataTerms - 3 * shape * log(scale) - 3 * lgamma(shape)
    #expect(abs(gamma.logLikelihood - gammaL) < 1e-9)
    // The table is in increasing AIC.
    #expect(selection.fits.map(\.aic) == selection.fits.map(\.aic).sorted())
  }

  @Test("the gamma and log-normal fits solve their likelihood equations")
  func likelihoodEquations() throws {
    // Gamma: ln k − ψ(k) = ln(mean) − mean(ln x); for 1, 2, 4 the right side is ln(7/3) − ln 2.
    let fit = try Fitting.gammaMLE(Self.tiny)
    let s = log(7.0 / 3) - log(2.0)
    #expect(abs(log(fit.shape) - SpecialFunctions.digamma(fit.shape) - s) < 1e-12)
    // Digamma and trigamma at known points: ψ(1) = −γ, ψ(1/2) = −γ − 2 ln 2, ψ′(1) = π²/6.
    let euler = 0.577_215_664_901_532_9
    #expect(abs(SpecialFunctions.digamma(1) + euler) < 1e-13)
    #expect(abs(SpecialFunctions.digamma(0.5) + euler + 2 * log(2.0)) < 1e-13)
    #expect(abs(SpecialFunctions.trigamma(1) - Double.pi * Double.pi / 6) < 1e-13)
  }

  /// n = 4000 draws; each true law is chosen. With n values the log-likelihood gap between the
  /// true law and a wrong family grows like n·KL (here at least 0.01 per value, so 40 AIC units
  /// or more), far beyond the 2-unit tolerance.
  @Test("samples from a known law select that law", arguments: [
    (Distribution.exponential(mean: 3600), "exponential"),
    (.weibull(shape: 0.5, scale: 3600), "weibull"),
    (.logNormal(mu: 8, sigma: 1), "lognormal"),
    (.gamma(shape: 3, scale: 600), "gamma"),
    (.hyperexponential(weights: [0.7, 0.3], means: [600, 18_000]), "hyperexponential"),
  ])
  func selectsTheTrueLaw(truth: Distribution, family: String) throws {
    let n = 4000
    let sample = Sampling.draws(truth, n: n, stream: "law-selection-\(family)")
    let selection = LawSelection(sample)
    let best = try #require(selection.best)
    #expect(best.distribution.family == family, "AIC table: \(selection.fits.map { ($0.distribution.family, $0.aic) })")
    // The true law fits: KS D within its 1 % critical value 1.63/√n (and the fitted one better).
    #expect(best.kolmogorovSmirnov.statistic < 1.63 / Double(n).squareRoot())
  }

  @Test("the Weibull and gamma shapes are recovered within four standard errors")
  func shapesRecovered() throws {
    let n = 4000
    let weibull = try Fitting.weibullMLE(Sampling.draws(.weibull(shape: 0.5, scale: 3600), n: n, stream: "w"))
    // SE(k̂) ≈ 0.780 k/√n (Fitting's documentation).
    #expect(abs(weibull.shape - 0.5) < 4 * 0.780 * 0.5 / Double(n).squareRoot())
    // SE(k̂) for the gamma shape: Var = k / (n (k ψ′(k) − 1)); ψ′(3) = π²/6 − 1 − 1/4.
    let trigamma3 = Double.pi * Double.pi / 6 - 1.25
    let gamma = try Fitting.gammaMLE(Sampling.draws(.gamma(shape: 3, scale: 600), n: n, stream: "g"))
    #expect(abs(gamma.shape - 3) < 4 * (3 / (Double(n) * (3 * trigamma3 - 1))).squareRoot())
  }

  @Test("zeros are left out of every fit and counted")
  func zeros() {
    let selection = LawSelection([0, 1, 2, 4, 0])
    #expect(selection.count == 5 && selection.zerosLeftOut == 2 && selection.sorted == [1, 2, 4])
    #expect(selection.fits.first { $0.distribution.family == "exponential" }?.distribution == .exponential(mean: 7.0 / 3))
  }

  @Test("too few or equal values fit no two-parameter law, and say why")
  func failures() {
    let single = LawSelection([5])
    #expect(single.fits.map(\.distribution) == [.exponential(mean: 5)])
    #expect(single.failures.map(\.family) == ["weibull", "lognormal", "gamma", "hyperexponential"])
    #expect(LawSelection([]).best == nil)
  }

  @Test("Kolmogorov-Smirnov: D by hand and the Kolmogorov tail at its tabulated points")
  func kolmogorovSmirnov() {
    // 1/4, 1/2, 3/4 against U(0, 1): the steps are 1/3, 2/3, 1, so D = max(1/4 − 0, 1 − 3/4) = 1/4.
    let ks = KolmogorovSmirnov(sorted: [0.25, 0.5, 0.75], cdf: Distribution.uniform(low: 0, high: 1).cdf)
    #expect(abs(ks.statistic - 0.25) < 1e-15)
    // Critical values of the limiting distribution: P(K > 1.3581) = 0.05, P(K > 1.6276) = 0.01,
    // P(K > 1.2238) = 0.10 (Smirnov 1948's table), and P(K > 0.5) = 0.9639.
    #expect(abs(KolmogorovSmirnov.tail(1.3581) - 0.05) < 1e-4)
    #expect(abs(KolmogorovSmirnov.tail(1.6276) - 0.01) < 1e-4)
    #expect(abs(KolmogorovSmirnov.tail(1.2238) - 0.10) < 1e-4)
    #expect(abs(KolmogorovSmirnov.tail(0.5) - 0.9639) < 1e-4)
    // The two series agree where they meet.
    #expect(abs(KolmogorovSmirnov.tail(1.18 - 1e-9) - KolmogorovSmirnov.tail(1.18)) < 1e-9)
  }

  @Test("quantiles invert the CDF", arguments: [
    Distribution.exponential(mean: 10), .weibull(shape: 0.7, scale: 5), .logNormal(mu: 1, sigma: 0.5),
    .gamma(shape: 2.5, scale: 3), .hyperexponential(weights: [1, 3], means: [2, 50]), .uniform(low: 2, high: 6),
  ])
  func quantileInvertsCDF(distribution: Distribution) {
    for p in [0.001, 0.1, 0.5, 0.9, 0.999] {
      #expect(abs(distribution.cdf(distribution.quantile(p)) - p) < 1e-9, "p = \(p)")
    }
  }
}
