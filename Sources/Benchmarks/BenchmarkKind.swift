/// The three micro-benchmarks of `harvestsim bench`, one per measured VM subsystem.
///
/// Descher & Baumgartner (2006) compared a VM with its host through three small
/// programs (CPU, memory, disk), each run 14 times natively and inside the VM.
package enum BenchmarkKind: String, Sendable, CaseIterable, Comparable {
  /// Floating-point work: a fixed number of iterations of ``CPUKernel``.
  case cpu
  /// Block writes (memcpy) and a checksum read over one buffer (``MemoryKernel``).
  case memory
  /// POSIX write, fsync and read back of one file in 16 KiB blocks (``DiskKernel``).
  case disk

  /// What the `work` column counts for this benchmark.
  package var workUnit: String {
    switch self {
    case .cpu: "iterations"
    case .memory, .disk: "bytes"
    }
  }

  /// Orders benchmarks as in ``allCases`` (cpu, memory, disk).
  package static func < (lhs: BenchmarkKind, rhs: BenchmarkKind) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}
