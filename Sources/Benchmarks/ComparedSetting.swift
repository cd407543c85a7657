/// A `harvestsim bench` setting that changes what a run measures, so the native and the
/// virtual file of one profile must share it: the CPU work per run, the memory buffer and
/// the disk file. (`--runs` and `--memory-seconds` change only how precise a side is, and
/// may differ.)
package enum ComparedSetting: String, Sendable, CaseIterable {
  /// Iterations of one cpu run (the `work` of cpu rows).
  case cpuIterations = "--cpu-iterations"
  /// The memory buffer (the `bufferBytes` of memory rows, when the file records it).
  case memoryBytes = "--memory-bytes"
  /// The disk file (its size, or half the bytes written plus read back).
  case diskBytes = "--disk-bytes"

  /// The option as typed on the `bench` command line.
  package var option: String { rawValue }

  /// The benchmark whose rows carry it.
  package var benchmark: BenchmarkKind {
    switch self {
    case .cpuIterations: .cpu
    case .memoryBytes: .memory
    case .diskBytes: .disk
    }
  }

  /// Its value in one run; nil when the record does not tell (a memory row of a file
  /// that does not record the buffer size).
  package func value(_ record: BenchmarkRecord) -> Double? {
    switch self {
    case .cpuIterations: record.work
    case .memoryBytes: record.bufferBytes.map(Double.init)
    // The disk kernel writes the file and reads all of it back (checked by bench).
    case .diskBytes: record.bufferBytes.map(Double.init) ?? record.work / 2
    }
  }

  /// The distinct values in the runs of its benchmark among `records`, in increasing order.
  package func values(_ records: [BenchmarkRecord]) -> [Double] {
    Set(records.filter { $0.benchmark == benchmark }.compactMap(value)).sorted()
  }

  /// A value for people: `2000000000 iterations`, `256 MiB`.
  package func text(_ value: Double) -> String {
    switch self {
    case .cpuIterations: BenchmarkCSV.number(value) + " iterations"
    case .memoryBytes, .diskBytes:
      value == value.rounded() && abs(value) < 9e15 ? ByteCount.text(Int(value)) : BenchmarkCSV.number(value) + " bytes"
    }
  }
}
