import Stochastics

/// One subsystem of a measured profile: native and virtual throughputs of one benchmark
/// reduced to trimmed means, their ratio, and the spread of the individual virtual runs.
package struct SubsystemComparison: Sendable, Equatable {
  /// Which benchmark.
  package var benchmark: BenchmarkKind
  /// Native throughputs, in file order.
  package var native: [Double]
  /// Virtual throughputs, in file order.
  package var virtual: [Double]
  /// Fraction trimmed from each tail (0.2 in the paper).
  package var trim: Double

  /// Creates a comparison of two samples of throughputs.
  package init(benchmark: BenchmarkKind, native: [Double], virtual: [Double], trim: Double) {
    self.benchmark = benchmark
    self.native = native
    self.virtual = virtual
    self.trim = trim
  }

  /// The trimmed mean of the native throughputs.
  package var nativeTrimmedMean: Double { Statistics.trimmedMean(native, trim: trim) }
  /// The trimmed mean of the virtual throughputs.
  package var virtualTrimmedMean: Double { Statistics.trimmedMean(virtual, trim: trim) }
  /// Virtual ÷ native trimmed means, uncapped (equal to native time ÷ virtual time for fixed work).
  package var ratio: Double { virtualTrimmedMean / nativeTrimmedMean }
  /// The profile value: ``ratio`` capped at 1 (a VM is not faster than its host).
  package var relativePerformance: Double { min(ratio, 1) }
  /// Whether ``ratio`` exceeded 1 and was capped.
  package var isCapped: Bool { ratio > 1 }

  /// The 95% confidence interval of ``ratio``, from the two trimmed means' standard errors
  /// (``TrimmedMeanError``) by the delta method: the squared relative error of the ratio is
  /// r = d_v ÷ m_v² + d_n ÷ m_n², on Welch–Satterthwaite degrees of freedom
  /// ν = r² ÷ ((d_v ÷ m_v²)² ÷ ν_v + (d_n ÷ m_n²)² ÷ ν_n), and the interval is
  /// ratio × (1 ± t₀.₉₇₅,ν × √r). Nan bounds when a side keeps fewer than two runs.
  package var ratioInterval95: (lower: Double, upper: Double) {
    let nativeError = TrimmedMeanError(native, trim: trim)
    let virtualError = TrimmedMeanError(virtual, trim: trim)
    let relativeNative = nativeError.variance / (nativeTrimmedMean * nativeTrimmedMean)
    let relativeVirtual = virtualError.variance / (virtualTrimmedMean * virtualTrimmedMean)
    let relative = relativeNative + relativeVirtual
    let ratio = ratio
    guard relative.isFinite else { return (.nan, .nan) }
    guard relative > 0 else { return (ratio, ratio) }
    let freedom = relative * relative
      / (relativeNative * relativeNative / nativeError.degreesOfFreedom
        + relativeVirtual * relativeVirtual / virtualError.degreesOfFreedom)
    let half = Statistics.studentTQuantile(probability: 0.975, degreesOfFreedom: freedom) * relative.squareRoot()
    return (ratio * (1 - half), ratio * (1 + half))
  }

  /// Whether the VM measured faster than native beyond the run-to-run spread: the whole
  /// ``ratioInterval95`` lies above 1.
  package var isMeasurablyFaster: Bool { ratioInterval95.lower > 1 }

  /// Each virtual run's throughput ÷ the native trimmed mean, in file order.
  package var runRatios: [Double] {
    let reference = nativeTrimmedMean
    return virtual.map { $0 / reference }
  }

  /// The p-quantile of ``runRatios`` (GSL's (n−1)·p interpolation).
  package func runRatioQuantile(_ p: Double) -> Double { Statistics.quantile(runRatios, p) }
}
