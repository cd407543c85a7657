import Foundation

/// `harvestsim merge`: combines the journals of a sweep's shards into the
/// runs.csv and points.csv a single-machine sweep would have written.
package enum SweepMerge {
  /// Merges the shard folders `inputs` into `output` (which may be one of them).
  ///
  /// - Returns: The number of runs merged.
  /// - Throws: ``OutputError`` if a folder is not a sweep, a folder or journal line was
  ///   written by another program version (checked first, see ``VersionCheck``), the
  ///   folders hold different sweeps, two shards disagree on a run, or runs are missing.
  @discardableResult
  package static func merge(_ inputs: [String], into output: String) throws -> Int {
    guard !inputs.isEmpty else { throw OutputError(message: "merge: give at least one sweep folder") }
    var manifests: [SweepManifest] = []
    for input in inputs {
      guard let found = try SweepManifest.read(from: input) else {
        throw OutputError(message: "'\(input)' is not a sweep folder (it has no sweep.json)")
      }
      try VersionCheck.merge.check(found.version, in: "'\(input)'")
      manifests.append(found)
    }
    var manifest: SweepManifest?
    for (input, found) in zip(inputs, manifests) {
      if let target = found.untilCI {
        throw OutputError(message: "'\(input)' was run with --until-ci \(target): its points have different numbers "
          + "of replications and its runs.csv and points.csv are already complete; there is nothing to merge")
      }
      if let first = manifest, first.fingerprint != found.fingerprint {
        throw OutputError(message: "'\(input)' holds a different sweep ('\(found.name)', fingerprint "
          + "\(found.fingerprint)) from '\(inputs[0])' ('\(first.name)', \(first.fingerprint))")
      }
      manifest = found
    }
    guard let manifest else { return 0 }
    let columnCount = SweepRow.header(parameters: manifest.parameters).count
    var rows: [RunKey: SweepRow] = [:]
    for input in inputs {
      for journal in SweepFolder(input).journals() {
        for row in try SweepJournal.rows(at: journal, parameterCount: manifest.parameters.count,
                                         columnCount: columnCount, versions: .merge) {
          if let other = rows[row.key], other != row {
            throw OutputError(message: "point \(row.key.point), replication \(row.key.replication) differs between "
              + "shards (see \(journal)), although all were run by harvestsim \(manifest.version); "
              + "were the shards run against different system libraries (GSL)?")
          }
          rows[row.key] = row
        }
      }
    }
    let expected = (0..<manifest.points).flatMap { point in
      (0..<manifest.replications).map { RunKey(point: point, replication: $0) }
    }
    let missing = expected.filter { rows[$0] == nil }
    guard missing.isEmpty else {
      let examples = missing.prefix(5).map { "point \($0.point) replication \($0.replication)" }.joined(separator: ", ")
      throw OutputError(message: "\(missing.count) of \(expected.count) runs are missing (\(examples)"
        + (missing.count > 5 ? ", …" : "") + "); run the shards that hold them again, then merge")
    }
    let destination = SweepFolder(output)
    do {
      try FileManager.default.createDirectory(atPath: destination.file("points"), withIntermediateDirectories: true)
    } catch {
      throw OutputError(message: "cannot create the output folder '\(output)': \(error.localizedDescription)")
    }
    let source = SweepFolder(inputs[0])
    if URL(fileURLWithPath: source.path).standardizedFileURL != URL(fileURLWithPath: output).standardizedFileURL {
      try destination.write("sweep.json", manifest.json)
      if let plan = FileManager.default.contents(atPath: source.file("plan.yaml")) {
        try destination.write("plan.yaml", String(decoding: plan, as: UTF8.self))
      }
      for point in 0..<manifest.points {
        let name = "points/p\(SweepExecutor.pointNumber(point)).yaml"
        if let text = FileManager.default.contents(atPath: source.file(name)) {
          try destination.write(name, String(decoding: text, as: UTF8.self))
        }
      }
    }
    try destination.writeResults(rows: expected.compactMap { rows[$0] }, manifest: manifest)
    return expected.count
  }
}
