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

  /// Each virtual run's throughput ÷ the native trimmed mean, in file order.
  package var runRatios: [Double] {
    let reference = nativeTrimmedMean
    return virtual.map { $0 / reference }
  }

  /// The p-quantile of ``runRatios`` (GSL's (n−1)·p interpolation).
  package func runRatioQuantile(_ p: Double) -> Double { Statistics.quantile(runRatios, p) }
}
