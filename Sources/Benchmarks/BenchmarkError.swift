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
    }
  }
}
