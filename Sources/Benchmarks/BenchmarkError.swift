/// Why raw benchmark files could not be read, compared or written; ``description`` is planner-facing.
package enum BenchmarkError: Error, Equatable, CustomStringConvertible {
  /// The file could not be read or written.
  case io(file: String, reason: String)
  /// The first line is not the header `harvestsim bench` writes.
  case wrongHeader(file: String, found: String)
  /// A data line does not parse.
  case malformedRow(file: String, line: Int, reason: String)
  /// The file has no rows for a benchmark that the profile needs.
  case missingBenchmark(file: String, benchmark: BenchmarkKind)
  /// Too few runs of a benchmark for a trimmed mean worth the name.
  case tooFewRuns(file: String, benchmark: BenchmarkKind, count: Int, minimum: Int)
  /// The trimmed mean of a benchmark is not a positive number.
  case unusableThroughput(file: String, benchmark: BenchmarkKind)
  /// A command-line setting is out of range.
  case invalidSetting(String)
  /// One file holds runs measured with different values of a `bench` setting.
  case mixedSetting(file: String, setting: ComparedSetting, values: [Double])
  /// The native and the virtual file were measured with different values of a `bench` setting.
  case differentSetting(setting: ComparedSetting, nativeFile: String, native: Double, virtualFile: String, virtual: Double)
  /// The VM measured faster than native beyond the run-to-run spread (without `--cap`).
  case fasterThanNative(benchmark: BenchmarkKind, ratio: Double, lower: Double, upper: Double)

  /// The message printed to the planner.
  package var description: String {
    switch self {
    case let .io(file, reason):
      return "\(file): \(reason)"
    case let .wrongHeader(file, found):
      return "\(file): wrong header '\(found)'; expected '\(BenchmarkCSV.header)' "
        + "(write the file with 'harvestsim bench --out FILE.csv')"
    case let .malformedRow(file, line, reason):
      return "\(file):\(line): \(reason)"
    case let .missingBenchmark(file, benchmark):
      return "\(file): no '\(benchmark.rawValue)' runs; 'harvestsim bench' writes cpu, memory and disk rows"
    case let .tooFewRuns(file, benchmark, count, minimum):
      return "\(file): only \(count) '\(benchmark.rawValue)' run\(count == 1 ? "" : "s"); "
        + "a 20% trimmed mean needs at least \(minimum) (the paper used 14: harvestsim bench --runs 14)"
    case let .unusableThroughput(file, benchmark):
      return "\(file): the '\(benchmark.rawValue)' throughputs have no positive trimmed mean"
    case let .invalidSetting(text):
      return text
    case let .mixedSetting(file, setting, values):
      return "\(file): the \(setting.benchmark.rawValue) runs were measured with different \(setting.option) "
        + "(\(values.map(setting.text).joined(separator: ", "))); a profile compares runs of one setting: "
        + "keep one 'harvestsim bench' file per setting"
    case let .differentSetting(setting, nativeFile, native, virtualFile, virtual):
      let rerun =
        setting == .cpuIterations
        ? "rerun inside the VM with 'harvestsim bench \(setting.option) \(BenchmarkCSV.number(native))'"
        : "rerun one side with the same \(setting.option)"
      return "the two files were measured with different \(setting.option): \(nativeFile) \(setting.text(native)), "
        + "\(virtualFile) \(setting.text(virtual)); a profile compares equal work on both sides, so \(rerun)"
    case let .fasterThanNative(benchmark, ratio, lower, upper):
      return "\(benchmark.rawValue): the VM measured \(ProfileText.number(ratio, digits: 4)) times native "
        + "(95% interval \(ProfileText.number(lower, digits: 4))-\(ProfileText.number(upper, digits: 4))), faster "
        + "than its host beyond the run-to-run spread, but a profile value is at most 1. \(benchmark.fasterCause) "
        + "Measure again, or pass --cap to write 1.0 and keep the measured ratio in a comment."
    }
  }
}
