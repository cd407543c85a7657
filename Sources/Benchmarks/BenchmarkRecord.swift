/// One timed run of one micro-benchmark: a row of the raw CSV written by `harvestsim bench`.
package struct BenchmarkRecord: Sendable, Equatable {
  /// Who ran it: `native` on the bare PC, or the VM's name inside the VM.
  package var label: String
  /// Which micro-benchmark.
  package var benchmark: BenchmarkKind
  /// Run number, 1-based.
  package var run: Int
  /// Wall-clock seconds of the timed part.
  package var seconds: Double
  /// Work done: iterations (cpu) or bytes moved (memory, disk); see ``BenchmarkKind/workUnit``.
  package var work: Double
  /// Work per second (`work ÷ seconds`): the number that is compared.
  package var throughput: Double
  /// Host name of the machine (or VM) that ran it.
  package var host: String
  /// ISO 8601 start time of the run (UTC).
  package var date: String
  /// The size the run worked on: the memory buffer (`--memory-bytes`) of a memory run, the
  /// file (`--disk-bytes`) of a disk run; nil for a cpu run, and when the file does not say.
  package var bufferBytes: Int?

  /// Creates a record; `throughput` defaults to `work ÷ seconds`.
  package init(label: String, benchmark: BenchmarkKind, run: Int, seconds: Double, work: Double,
              throughput: Double? = nil, host: String, date: String, bufferBytes: Int? = nil) {
    self.label = label
    self.benchmark = benchmark
    self.run = run
    self.seconds = seconds
    self.work = work
    self.throughput = throughput ?? work / seconds
    self.host = host
    self.date = date
    self.bufferBytes = bufferBytes
  }
}
