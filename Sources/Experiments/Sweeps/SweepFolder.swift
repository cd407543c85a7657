import Foundation
import Scenario

/// The files of a sweep's output folder.
///
/// - `plan.yaml`: the plan as given; `sweep.json`: the manifest;
/// - `points/pNNNN.yaml`: each point's resolved scenario (a valid scenario file);
/// - `runs.journal` (or `runs-shard-I-of-N.journal`): finished runs, for resuming;
/// - `runs.csv`, `points.csv`: the results, written when the sweep is complete;
/// - `failures.csv`: the runs that failed and why, written with them when any failed.
package struct SweepFolder: Sendable {
  /// The folder.
  package let path: String

  /// A folder at `path`.
  package init(_ path: String) {
    self.path = path
  }

  /// A file inside the folder.
  package func file(_ name: String) -> String { URL(fileURLWithPath: path).appendingPathComponent(name).path }

  /// The journal of `shard` (or of an unsharded sweep).
  package func journal(_ shard: Shard?) -> String {
    file(shard.map { "runs-shard-\($0.index)-of-\($0.count).journal" } ?? "runs.journal")
  }

  /// Every journal in the folder.
  package func journals() -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
    return names.filter { $0.hasPrefix("runs") && $0.hasSuffix(".journal") }.sorted().map(file)
  }

  /// Writes `text` to `name` atomically.
  ///
  /// - Throws: ``OutputError`` if it cannot be written; the old file, if any, is then untouched.
  package func write(_ name: String, _ text: String) throws(OutputError) {
    try AtomicFileWriter.write(text, to: file(name))
  }

  /// Writes runs.csv and points.csv from the complete, sorted rows, and failures.csv from
  /// the cells of the failed runs (``SweepFailure/cells(labels:)``, sorted): all of them, or
  /// (on an error) none. With no failure, a failures.csv left by an earlier invocation is removed.
  ///
  /// - Throws: ``OutputError`` if one cannot be written.
  package func writeResults(rows: [SweepRow], failures: [[String]] = [], manifest: SweepManifest) throws(OutputError) {
    let runs = try AtomicFileWriter(path: file("runs.csv"))
    let points = try AtomicFileWriter(path: file("points.csv"))
    let failed = failures.isEmpty ? nil : try AtomicFileWriter(path: file("failures.csv"))
    try failed?.write(CSVFormat.row(SweepFailure.header(parameters: manifest.parameters)))
    for cells in failures { try failed?.write(CSVFormat.row(cells)) }
    try runs.write(CSVFormat.row(SweepRow.header(parameters: manifest.parameters)))
    for row in rows { try runs.write(row.line) }
    try points.write(CSVFormat.row(PointTable.header(parameters: manifest.parameters, metrics: manifest.metrics)))
    for line in PointTable.lines(rows: rows, parameters: manifest.parameters, metrics: manifest.metrics) {
      try points.write(line)
    }
    try AtomicFileWriter.commit([runs, points] + (failed.map { [$0] } ?? []))
    if failed == nil && FileManager.default.fileExists(atPath: file("failures.csv")) {
      do {
        try FileManager.default.removeItem(atPath: file("failures.csv"))
      } catch {
        throw OutputError(message: "cannot remove the stale '\(file("failures.csv"))': \(error.localizedDescription)")
      }
    }
  }
}
