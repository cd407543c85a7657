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

  /// The likely reason a VM measures faster than its host in this benchmark, and the remedy.
  package var fasterCause: String {
    switch self {
    case .cpu:
      "The sides likely ran under different conditions: CPU frequency scaling or turbo, a busy PC during "
        + "the native runs, or different builds (use one -c release binary and a fixed governor)."
    case .memory:
      "The sides likely ran different builds (use one -c release binary) or a busy PC during the native runs."
    case .disk:
      "The host likely caches the virtual disk file: make --disk-bytes larger than the host's free RAM "
        + "(docs/vm-profiles.md)."
    }
  }

  /// Orders benchmarks as in ``allCases`` (cpu, memory, disk).
  package static func < (lhs: BenchmarkKind, rhs: BenchmarkKind) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}
