import Foundation

/// Where the fuzz targets find the package's files and put their scratch files.
///
/// Scenario-like inputs are parsed as if they lay in `Scenarios/` (sweep plans in
/// `Scenarios/sweeps/`), so relative references in the seeds (`base: ../paper-lab.yaml`,
/// `vm_profile: {file: profiles/...}`) resolve to the shipped files. Trace readers take a
/// path, so trace inputs are written to a file in ``scratch`` first; a workspace is
/// therefore for one thread at a time.
package struct FuzzWorkspace: Sendable {
  /// The package root (the folder holding `Package.swift` and `Scenarios/`).
  package let root: URL
  /// A folder of this process's own for input files.
  package let scratch: URL

  /// A workspace for the package at `root`, with a fresh scratch folder in the system's
  /// temporary directory.
  ///
  /// - Throws: The file system's error if the scratch folder cannot be made.
  package init(root: URL) throws {
    self.root = root.standardizedFileURL
    scratch = FileManager.default.temporaryDirectory
      .appendingPathComponent("harvestsim-fuzz-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
  }

  /// `relative` under the package root.
  package func file(_ relative: String) -> URL {
    root.appendingPathComponent(relative).standardizedFileURL
  }

  /// Writes `input` to `input.<fileExtension>` in ``scratch`` (replacing the last input)
  /// and judges it with `body` given its path. A workspace serves one thread at a time.
  func withInputFile(_ input: Data, fileExtension: String, _ body: (String) -> FuzzVerdict) -> FuzzVerdict {
    let url = scratch.appendingPathComponent("input.\(fileExtension)")
    do {
      try input.write(to: url)
    } catch {
      return .finding("the harness cannot write its input file \(url.path): \(error)")
    }
    return body(url.path)
  }

  /// Removes ``scratch`` and what is left in it.
  package func removeScratch() {
    try? FileManager.default.removeItem(at: scratch)
  }
}
