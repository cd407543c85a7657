import Foundation

/// Paths and temporary files for the workload (SWF) tests.
enum WorkloadFixture {
  /// The header and first 500 jobs of the HPC2N-2002 excerpt shipped by Alea
  /// (`/work/shared/data/traces/HPC2N-2002-excerpt-alea.swf`), with one added comment line
  /// naming the origin. Made with:
  ///   F=HPC2N-2002-excerpt-alea.swf
  ///   { sed -n 1,22p $F; echo "; Excerpt: ..."; sed -n 23p $F; grep -v '^;' $F | head -500; }
  /// so the header is lines 1–24 and the jobs are lines 25–524.
  static let excerptPath = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()
    .appendingPathComponent("Resources/hpc2n-excerpt.swf").path

  /// Writes `text` to a new file in the temporary directory and returns its path.
  static func temporaryFile(_ text: String, name: String = "trace") throws -> String {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("harvestsim-\(name)-\(UUID().uuidString).swf")
    try Data(text.utf8).write(to: url)
    return url.path
  }

  /// Removes a file made by ``temporaryFile(_:name:)``.
  static func remove(_ path: String) {
    try? FileManager.default.removeItem(atPath: path)
  }

  /// An 18-field SWF job line; fields not given are `-1`.
  static func line(
    job: Int, submit: String, wait: String = "-1", run: String, allocated: String,
    requested: String = "-1", status: String = "1", user: String = "1"
  ) -> String {
    [
      "\(job)", submit, wait, run, allocated, "-1", "-1", requested, "-1", "-1", status, user,
      "-1", "-1", "-1", "-1", "-1", "-1",
    ].joined(separator: " ")
  }
}
