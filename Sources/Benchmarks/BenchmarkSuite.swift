import Foundation

/// Runs the three micro-benchmarks `runs` times each and returns one record per run.
///
/// Runs are interleaved (cpu, memory, disk; cpu, memory, disk; …) so slow drifts such as
/// a warming CPU or a background job touch all three benchmarks alike.
package struct BenchmarkSuite {
  /// What to run.
  package var settings: BenchmarkSettings
  /// The `host` column.
  package var host: String
  /// Receives one line of progress per step (the CLI prints it to stderr).
  package var progress: (String) -> Void

  /// Creates a suite; `progress` defaults to silence.
  package init(settings: BenchmarkSettings, host: String = HostInfo.name, progress: @escaping (String) -> Void = { _ in }) {
    self.settings = settings
    self.host = host
    self.progress = progress
  }

  /// The CPU iteration count: the forced one, or one calibrated to `cpuSeconds` here.
  package func cpuIterations() -> Int {
    if let forced = settings.cpuIterations { return forced }
    progress("calibrating the CPU benchmark to about \(settings.cpuSeconds) s per run…")
    return CPUKernel.calibrate(targetSeconds: settings.cpuSeconds)
  }

  /// Runs everything with `cpuIterations` iterations per CPU run.
  package func run(cpuIterations: Int) throws(BenchmarkError) -> [BenchmarkRecord] {
    try settings.validate()
    var records: [BenchmarkRecord] = []
    var cpuValue: Double?
    let runs = settings.runs
    for run in 1...runs {
      let cpuDate = Date().ISO8601Format()
      let (value, cpuSeconds) = Stopwatch.time { CPUKernel.run(iterations: cpuIterations) }
      // Same iterations, same IEEE arithmetic: a different value would mean a broken machine.
      if let cpuValue, cpuValue != value {
        throw .invalidSetting("the CPU kernel gave \(value) in run \(run) but \(cpuValue) before; "
          + "this machine does not compute deterministically")
      }
      cpuValue = value
      records.append(record(.cpu, run, cpuSeconds, Double(cpuIterations), cpuDate))
      report(records.last!, of: runs, "")

      let memoryDate = Date().ISO8601Format()
      let memory = MemoryKernel.run(bytes: settings.memoryBytes, minimumSeconds: settings.memorySeconds)
      records.append(record(.memory, run, memory.seconds, Double(memory.bytesMoved), memoryDate,
                            bufferBytes: settings.memoryBytes))
      report(records.last!, of: runs, String(
        format: " (%d passes; write %.0f MB/s, read %.0f MB/s)", memory.passes,
        Double(memory.bytesWritten) / memory.writeSeconds / 1e6, Double(memory.bytesRead) / memory.readSeconds / 1e6))

      let diskDate = Date().ISO8601Format()
      let disk = try DiskKernel.run(bytes: settings.diskBytes, directory: settings.directory)
      guard disk.bytesRead == disk.bytesWritten, disk.readChecksum == disk.writtenChecksum else {
        throw .io(file: settings.directory, reason: "the disk benchmark read back \(disk.bytesRead) bytes "
          + "with checksum \(disk.readChecksum) after writing \(disk.bytesWritten) with \(disk.writtenChecksum)")
      }
      records.append(record(.disk, run, disk.seconds, Double(disk.bytesMoved), diskDate, bufferBytes: settings.diskBytes))
      report(records.last!, of: runs, String(
        format: " (write+fsync %.0f MB/s, read %.0f MB/s",
        Double(disk.bytesWritten) / disk.writeSeconds / 1e6, Double(disk.bytesRead) / disk.readSeconds / 1e6)
        + (disk.cacheDropped ? ")" : "; page cache NOT dropped, the read may be cached)"))
    }
    return records
  }

  private func record(_ kind: BenchmarkKind, _ run: Int, _ seconds: Double, _ work: Double, _ date: String,
                      bufferBytes: Int? = nil) -> BenchmarkRecord {
    BenchmarkRecord(label: settings.label, benchmark: kind, run: run, seconds: seconds, work: work,
                    host: host, date: date, bufferBytes: bufferBytes)
  }

  private func report(_ record: BenchmarkRecord, of runs: Int, _ detail: String) {
    let name = record.benchmark.rawValue.padding(toLength: 6, withPad: " ", startingAt: 0)
    progress("run \(record.run)/\(runs) \(name)" + String(format: " %8.3f s  %.4g ", record.seconds, record.throughput)
      + record.benchmark.workUnit + "/s" + detail)
  }
}
