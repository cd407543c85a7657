import Foundation
import Stochastics
import Testing

@Suite("Fitting: maximum-likelihood estimates")
struct FittingTests {
  static let n = 20_000

  @Test("Weibull MLE of 20 000 draws lies within 4 asymptotic standard errors of (shape, scale)",
        arguments: [(0.5, 14.0), (2.5, 3.0)])
  func weibullRecoversParameters(_ shape: Double, _ scale: Double) throws {
    let xs = Sampling.draws(.weibull(shape: shape, scale: scale), n: Self.n, stream: "fit-weibull-\(shape)")
    let fit = try Fitting.weibullMLE(xs)
    // Inverse Fisher information of the Weibull (k, λ):
    //   Var(k̂) = 6k²/(π²n) ≈ 0.608·k²/n          → SE(k̂) ≈ 0.780·k/√n
    //   Var(λ̂) = (λ/k)²·(1 + 6(1−γ)²/π²)/n ≈ 1.109·(λ/k)²/n → SE(λ̂) ≈ 1.053·λ/(k√n)
    let root = Double(Self.n).squareRoot()
    let seShape = (6 / (Double.pi * Double.pi)).squareRoot() * shape / root
    let eulerGamma = 0.577_215_664_901_532_9
    let scaleFactor = (1 + 6 * (1 - eulerGamma) * (1 - eulerGamma) / (Double.pi * Double.pi)).squareRoot()
    let seScale = scaleFactor * scale / (shape * root)
    #expect(abs(scaleFactor - 1.053) < 0.001)
    #expect(abs(fit.shape - shape) <= 4 * seShape, "shape \(fit.shape) vs \(shape) ± \(4 * seShape)")
    #expect(abs(fit.scale - scale) <= 4 * seScale, "scale \(fit.scale) vs \(scale) ± \(4 * seScale)")
  }

  @Test("Weibull MLE matches an independent root of the profile equation (SciPy brentq, xtol 1e-15)")
  func weibullMatchesReference() throws {
    // python3: xs=[...]; l=np.log(xs); g=lambda k: sum(x**k*l)/sum(x**k)-1/k-l.mean()
    //          k=brentq(g,0.01,50,xtol=1e-15,rtol=1e-15); lam=(sum(x**k)/n)**(1/k)
    let xs = [0.5, 1.2, 3.3, 0.05, 7.9, 2.2, 1.0, 4.4, 0.8, 12.5]
    let fit = try Fitting.weibullMLE(xs)
    #expect(abs(fit.shape - 0.8354540015435697) <= 1e-9)
    #expect(abs(fit.scale - 3.0807042585790834) <= 1e-8)
  }

  @Test("the fit is a likelihood maximum and does not depend on the unit of measurement")
  func weibullIsMaximumAndScaleEquivariant() throws {
    let xs = Sampling.draws(.weibull(shape: 0.7, scale: 2), n: 2_000, stream: "fit-weibull-max")
    let fit = try Fitting.weibullMLE(xs)
    func logLikelihood(_ k: Double, _ lambda: Double) -> Double {
      xs.reduce(0) { sum, x in sum + log(k / lambda) + (k - 1) * log(x / lambda) - pow(x / lambda, k) }
    }
    let best = logLikelihood(fit.shape, fit.scale)
    for (dk, dl) in [(1.001, 1.0), (0.999, 1.0), (1.0, 1.001), (1.0, 0.999), (1.001, 1.001)] {
      #expect(logLikelihood(fit.shape * dk, fit.scale * dl) < best)
    }
    // Durations in hours instead of seconds: same shape, scale divided by 3600.
    let hours = try Fitting.weibullMLE(xs.map { $0 / 3600 })
    #expect(abs(hours.shape - fit.shape) <= 1e-9 * fit.shape)
    #expect(abs(hours.scale * 3600 - fit.scale) <= 1e-9 * fit.scale)
  }

  @Test("Weibull MLE copes with extreme magnitudes (Unix-second durations, tiny shapes)")
  func weibullExtremeValues() throws {
    let xs = Sampling.draws(.weibull(shape: 0.3, scale: 5e4), n: Self.n, stream: "fit-weibull-extreme")
    let fit = try Fitting.weibullMLE(xs)
    let root = Double(Self.n).squareRoot()
    #expect(abs(fit.shape - 0.3) <= 4 * 0.780 * 0.3 / root)
    #expect(abs(fit.scale - 5e4) <= 4 * 1.053 * 5e4 / (0.3 * root))
  }

  @Test("Weibull MLE rejects fewer than 2 values, non-positive values and constant samples")
  func weibullRejectsBadInput() {
    #expect(throws: FittingError(family: "weibull", message: "needs at least 2 values, got 1")) {
      try Fitting.weibullMLE([1])
    }
    #expect(throws: FittingError(family: "weibull", message: "needs at least 2 values, got 0")) {
      try Fitting.weibullMLE([])
    }
    #expect(throws: FittingError(family: "weibull",
                                 message: "values must be positive finite numbers, got 0.0 at index 1")) {
      try Fitting.weibullMLE([1, 0, 2])
    }
    #expect(throws: FittingError.self) { try Fitting.weibullMLE([1, -2]) }
    #expect(throws: FittingError.self) { try Fitting.weibullMLE([1, .infinity]) }
    #expect(throws: FittingError.self) { try Fitting.weibullMLE([1, .nan]) }
    do {
      _ = try Fitting.weibullMLE([3, 3, 3])
      Issue.record("constant sample should be rejected")
    } catch {
      #expect(error.description == "weibull fit: all 3 values are equal (3.0); the shape is unbounded")
    }
  }

  @Test("exponential MLE of 20 000 draws lies within 4·mean/√n of the mean", arguments: [2.0, 116_676.0])
  func exponentialRecoversMean(_ mean: Double) throws {
    let xs = Sampling.draws(.exponential(mean: mean), n: Self.n, stream: "fit-exponential-\(mean)")
    let fit = try Fitting.exponentialMLE(xs)
    #expect(abs(fit - mean) <= 4 * mean / Double(Self.n).squareRoot(), "mean \(fit) vs \(mean)")
  }

  @Test("exponential MLE is the sample mean, allows zeros, rejects empty or negative samples")
  func exponentialEdgeCases() throws {
    #expect(try Fitting.exponentialMLE([0, 1, 2, 5]) == 2)
    #expect(throws: FittingError(family: "exponential", message: "needs at least 1 value, got 0")) {
      try Fitting.exponentialMLE([])
    }
    #expect(throws: FittingError(family: "exponential",
                                 message: "values must be finite and >= 0, got -1.0 at index 0")) {
      try Fitting.exponentialMLE([-1, 2])
    }
  }
}
