import Stochastics

/// A VM profile computed from two raw benchmark files, the method of Descher & Baumgartner
/// (2006): per subsystem, the ratio of 20% trimmed means of throughput, virtual ÷ native.
package struct MeasuredProfile: Sendable, Equatable {
  /// The trim of the paper: 20% from each tail.
  package static let paperTrim = 0.2
  /// Fewest runs per benchmark accepted on each side.
  package static let minimumRuns = 3

  /// Profile name.
  package var name: String
  /// CPU comparison.
  package var cpu: SubsystemComparison
  /// Memory comparison.
  package var memory: SubsystemComparison
  /// Disk comparison.
  package var disk: SubsystemComparison
  /// The network value, not measured by `harvestsim bench` (default 1.0).
  package var network: Double
  /// The native side.
  package var nativeOrigin: BenchmarkOrigin
  /// The virtual side.
  package var virtualOrigin: BenchmarkOrigin
  /// Warnings worth keeping with the numbers (different work on the two sides, capping).
  package var notes: [String]

  /// The three comparisons in the order cpu, memory, disk.
  package var comparisons: [SubsystemComparison] { [cpu, memory, disk] }

  /// Compares the rows of a native and a virtual file.
  ///
  /// - Parameters:
  ///   - name: profile name; nil takes the virtual file's label (if it has one, other than `native`).
  ///   - network: the network value to write, in (0, 1].
  /// - Throws: ``BenchmarkError`` for a missing benchmark, fewer than `minimumRuns` runs,
  ///   a non-positive trimmed mean or a network value out of range.
  package static func compute(native: [BenchmarkRecord], virtual: [BenchmarkRecord],
                             nativeFile: String, virtualFile: String, name: String? = nil,
                             network: Double = 1, trim: Double = paperTrim,
                             minimumRuns: Int = minimumRuns) throws(BenchmarkError) -> MeasuredProfile {
    guard network.isFinite, network > 0, network <= 1 else {
      throw .invalidSetting("--network must be in (0, 1] (relative performance, virtual ÷ native)")
    }
    guard trim >= 0, trim < 0.5 else { throw .invalidSetting("trim must be in [0, 0.5)") }
    func values(_ records: [BenchmarkRecord], _ kind: BenchmarkKind, _ file: String) throws(BenchmarkError) -> [Double] {
      let values = records.filter { $0.benchmark == kind }.map(\.throughput)
      if values.isEmpty { throw .missingBenchmark(file: file, benchmark: kind) }
      if values.count < minimumRuns {
        throw .tooFewRuns(file: file, benchmark: kind, count: values.count, minimum: minimumRuns)
      }
      let mean = Statistics.trimmedMean(values, trim: trim)
      guard mean.isFinite, mean > 0 else { throw .unusableThroughput(file: file, benchmark: kind) }
      return values
    }
    var comparisons: [SubsystemComparison] = []
    var notes: [String] = []
    for kind in BenchmarkKind.allCases {
      let comparison = SubsystemComparison(
        benchmark: kind, native: try values(native, kind, nativeFile), virtual: try values(virtual, kind, virtualFile),
        trim: trim)
      comparisons.append(comparison)
      if comparison.isCapped {
        notes.append("\(kind.rawValue): capped at 1.0; the VM measured \(ProfileText.number(comparison.ratio, digits: 4)) "
          + "times native (" + (kind == .disk
            ? "the host may cache the virtual disk file; see docs/vm-profiles.md)"
            : "run-to-run noise or CPU frequency scaling; use an idle PC with a fixed governor)"))
      }
      if kind != .memory {
        let nativeWork = Set(native.filter { $0.benchmark == kind }.map(\.work))
        let virtualWork = Set(virtual.filter { $0.benchmark == kind }.map(\.work))
        if nativeWork != virtualWork {
          let show = { (work: Set<Double>) in work.sorted().map { BenchmarkCSV.number($0) }.joined(separator: "/") }
          notes.append("\(kind.rawValue): the two sides did different work (native \(show(nativeWork)), "
            + "virtual \(show(virtualWork)) \(kind.workUnit) per run); "
            + (kind == .cpu ? "rerun inside the VM with --cpu-iterations \(show(nativeWork))"
                            : "rerun with the same --disk-bytes on both sides"))
        }
      }
    }
    let virtualOrigin = BenchmarkOrigin(file: virtualFile, records: virtual)
    let defaultName = virtualOrigin.labels.count == 1 && virtualOrigin.labels[0] != "native"
      ? virtualOrigin.labels[0] : "measured"
    return MeasuredProfile(
      name: name ?? defaultName, cpu: comparisons[0], memory: comparisons[1], disk: comparisons[2],
      network: network, nativeOrigin: BenchmarkOrigin(file: nativeFile, records: native),
      virtualOrigin: virtualOrigin, notes: notes)
  }

  /// Reads both files and compares them (see ``compute(native:virtual:nativeFile:virtualFile:name:network:trim:minimumRuns:)``).
  package static func compute(nativePath: String, virtualPath: String, name: String? = nil,
                             network: Double = 1) throws(BenchmarkError) -> MeasuredProfile {
    try compute(native: try BenchmarkCSV.read(path: nativePath), virtual: try BenchmarkCSV.read(path: virtualPath),
                nativeFile: nativePath, virtualFile: virtualPath, name: name, network: network)
  }
}
