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
  /// Warnings worth keeping with the numbers (a value above 1 written as 1.0, a setting the files do not record).
  package var notes: [String]

  /// The three comparisons in the order cpu, memory, disk.
  package var comparisons: [SubsystemComparison] { [cpu, memory, disk] }

  /// Compares the rows of a native and a virtual file.
  ///
  /// - Parameters:
  ///   - name: profile name; nil takes the virtual file's label (if it has one, other than `native`).
  ///   - network: the network value to write, in (0, 1].
  ///   - capFaster: write 1.0 (with a note) for a subsystem the VM measured faster than native
  ///     beyond the run-to-run spread (`--cap`), instead of refusing. A ratio above 1 whose 95%
  ///     interval (``SubsystemComparison/ratioInterval95``) reaches 1 is written as 1.0 with a note
  ///     either way.
  /// - Throws: ``BenchmarkError`` for a setting that differs between or within the files
  ///   (``ComparedSetting``), a missing benchmark, fewer than `minimumRuns` runs, a non-positive
  ///   trimmed mean, a VM measurably faster than native (without `capFaster`) or a network value out of range.
  package static func compute(native: [BenchmarkRecord], virtual: [BenchmarkRecord],
                             nativeFile: String, virtualFile: String, name: String? = nil,
                             network: Double = 1, capFaster: Bool = false, trim: Double = paperTrim,
                             minimumRuns: Int = minimumRuns) throws(BenchmarkError) -> MeasuredProfile {
    guard network.isFinite, network > 0, network <= 1 else {
      throw .invalidSetting("--network \(network): must be in (0, 1] (relative performance, virtual ÷ native)")
    }
    guard trim >= 0, trim < 0.5 else { throw .invalidSetting("trim must be in [0, 0.5)") }
    if let name, name.allSatisfy(\.isWhitespace) { throw .invalidSetting("--name must not be empty") }
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
    // Each file on its own first (every benchmark, enough runs), then the two against each other.
    var samples: [BenchmarkKind: (native: [Double], virtual: [Double])] = [:]
    for kind in BenchmarkKind.allCases {
      samples[kind] = (try values(native, kind, nativeFile), try values(virtual, kind, virtualFile))
    }
    var notes: [String] = []
    for setting in ComparedSetting.allCases {
      let nativeValues = setting.values(native)
      let virtualValues = setting.values(virtual)
      if nativeValues.count > 1 { throw .mixedSetting(file: nativeFile, setting: setting, values: nativeValues) }
      if virtualValues.count > 1 { throw .mixedSetting(file: virtualFile, setting: setting, values: virtualValues) }
      if let nativeValue = nativeValues.first, let virtualValue = virtualValues.first {
        if nativeValue != virtualValue {
          throw .differentSetting(setting: setting, nativeFile: nativeFile, native: nativeValue,
                                  virtualFile: virtualFile, virtual: virtualValue)
        }
      } else if setting == .memoryBytes {
        notes.append("memory: \(nativeValues.isEmpty ? nativeFile : virtualFile) does not record the memory buffer; "
          + "make sure both sides ran with the same \(setting.option)")
      }
    }
    var comparisons: [SubsystemComparison] = []
    for kind in BenchmarkKind.allCases {
      let comparison = SubsystemComparison(
        benchmark: kind, native: samples[kind]!.native, virtual: samples[kind]!.virtual, trim: trim)
      comparisons.append(comparison)
      guard comparison.isCapped else { continue }
      let (lower, upper) = comparison.ratioInterval95
      let measured = "the VM measured \(ProfileText.number(comparison.ratio, digits: 4)) times native (95% interval "
        + "\(ProfileText.number(lower, digits: 4))-\(ProfileText.number(upper, digits: 4)))"
      if !comparison.isMeasurablyFaster {
        notes.append("\(kind.rawValue): \(measured), not measurably faster than native; written as 1.0")
      } else if capFaster {
        notes.append("\(kind.rawValue): \(measured), faster than native beyond the run-to-run spread; written as "
          + "1.0 because of --cap. \(kind.fasterCause)")
      } else {
        throw .fasterThanNative(benchmark: kind, ratio: comparison.ratio, lower: lower, upper: upper)
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

  /// Reads both files and compares them (see
  /// ``compute(native:virtual:nativeFile:virtualFile:name:network:capFaster:trim:minimumRuns:)``).
  package static func compute(nativePath: String, virtualPath: String, name: String? = nil,
                             network: Double = 1, capFaster: Bool = false) throws(BenchmarkError) -> MeasuredProfile {
    try compute(native: try BenchmarkCSV.read(path: nativePath), virtual: try BenchmarkCSV.read(path: virtualPath),
                nativeFile: nativePath, virtualFile: virtualPath, name: name, network: network, capFaster: capFaster)
  }
}
