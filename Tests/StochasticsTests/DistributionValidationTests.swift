import Testing
import Stochastics

@Suite("Distribution.validate")
struct DistributionValidationTests {
  static let invalid: [(Distribution, String)] = [
    (.constant(-1), "value"),
    (.constant(.nan), "value"),
    (.uniform(low: -1, high: 2), "low"),
    (.uniform(low: 3, high: 2), "high"),
    (.uniform(low: 0, high: .infinity), "high"),
    (.exponential(mean: 0), "mean"),
    (.exponential(mean: -1), "mean"),
    (.exponential(mean: .infinity), "mean"),
    (.weibull(shape: 0, scale: 1), "shape"),
    (.weibull(shape: 1, scale: -2), "scale"),
    (.logNormal(mu: .nan, sigma: 1), "mu"),
    (.logNormal(mu: 0, sigma: 0), "sigma"),
    (.gamma(shape: -1, scale: 1), "shape"),
    (.gamma(shape: 2, scale: 0), "scale"),
    (.hyperexponential(weights: [], means: []), "weights"),
    (.hyperexponential(weights: [1, 2], means: [1]), "means"),
    (.hyperexponential(weights: [1, 2, -1], means: [1, 2, 3]), "weights[2]"),
    (.hyperexponential(weights: [0, 0], means: [1, 2]), "weights"),
    (.hyperexponential(weights: [1, 1], means: [1, 0]), "means[1]"),
    (.hyperexponential(weights: [1, .nan], means: [1, 1]), "weights[1]"),
    (.empirical(values: []), "values"),
    (.empirical(values: [1, -2]), "values[1]"),
    (.empirical(values: [1, 2, .infinity]), "values[2]"),
  ]

  @Test("rejects bad parameters naming the parameter", arguments: invalid)
  func rejects(_ distribution: Distribution, _ parameter: String) {
    do {
      try distribution.validate()
      Issue.record("\(distribution) passed validation")
    } catch {
      #expect(error.parameter == parameter)
      #expect(error.family == distribution.family)
      #expect(error.description.hasPrefix("\(distribution.family).\(parameter): "))
      #expect(!error.message.isEmpty)
    }
    #expect(!distribution.isValid)
  }

  static let valid: [Distribution] = [
    .constant(0), .constant(3),
    .uniform(low: 0, high: 0), .uniform(low: 1, high: 2),
    .exponential(mean: 2),
    .weibull(shape: 0.5, scale: 3),
    .logNormal(mu: -1, sigma: 0.5),
    .gamma(shape: 0.3, scale: 2),
    .hyperexponential(weights: [0, 3], means: [1, 2]),
    .empirical(values: [0, 1, 1]),
  ]

  @Test("accepts good parameters", arguments: valid)
  func accepts(_ distribution: Distribution) throws {
    try distribution.validate()
    #expect(distribution.isValid)
  }

  @Test("error message reads well")
  func message() {
    do {
      try Distribution.exponential(mean: -1).validate()
      Issue.record("exponential(mean: -1) passed validation")
    } catch {
      #expect(error.description == "exponential.mean: must be a positive finite number, got -1.0")
    }
  }

  @Test("family names")
  func families() {
    #expect(Distribution.constant(1).family == "constant")
    #expect(Distribution.uniform(low: 0, high: 1).family == "uniform")
    #expect(Distribution.exponential(mean: 1).family == "exponential")
    #expect(Distribution.weibull(shape: 1, scale: 1).family == "weibull")
    #expect(Distribution.logNormal(mu: 0, sigma: 1).family == "lognormal")
    #expect(Distribution.gamma(shape: 1, scale: 1).family == "gamma")
    #expect(Distribution.hyperexponential(weights: [1], means: [1]).family == "hyperexponential")
    #expect(Distribution.empirical(values: [1]).family == "empirical")
  }
}
