import Foundation

/// `sweep.json`: what a sweep folder holds, for resuming, merging and the plotting scripts.
package struct SweepManifest: Codable, Sendable, Equatable {
  /// The plan's name.
  package var name: String
  /// Varied key paths, in plan order (the parameter columns of runs.csv and points.csv).
  package var parameters: [String]
  /// The parameters grouped by dimension: zipped axes share a group.
  package var dimensions: [[String]]
  /// Metrics reported in points.csv.
  package var metrics: [String]
  /// Replications per point (the starting number under `--until-ci`).
  package var replications: Int
  /// Points in the grid.
  package var points: Int
  /// A hash of every point's resolved scenario: a folder only resumes or merges the same sweep.
  package var fingerprint: String
  /// The program version that wrote it.
  package var version: String
  /// `METRIC:REL:MAX` when the sweep ran under `--until-ci` (points then have different
  /// numbers of replications, and the folder cannot be merged).
  package var untilCI: String?

  /// Reads `sweep.json` from `directory`, or nil if there is none.
  package static func read(from directory: String) throws -> SweepManifest? {
    let path = URL(fileURLWithPath: directory).appendingPathComponent("sweep.json").path
    guard let data = FileManager.default.contents(atPath: path) else { return nil }
    do {
      return try JSONDecoder().decode(SweepManifest.self, from: data)
    } catch {
      throw OutputError(message: "'\(path)' is not a harvestsim sweep manifest: \(error.localizedDescription)")
    }
  }

  /// The JSON text, keys sorted, so the file is byte-identical for the same sweep.
  package var json: String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let data = (try? encoder.encode(self)) ?? Data()
    return String(decoding: data, as: UTF8.self) + "\n"
  }
}
