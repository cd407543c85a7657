import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

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
  ///
  /// Written with `write(2)`, not `Data.write(to:)`, which syncs the file to disk and would
  /// make each input take milliseconds.
  func withInputFile(_ input: Data, fileExtension: String, _ body: (String) -> FuzzVerdict) -> FuzzVerdict {
    let path = scratch.appendingPathComponent("input.\(fileExtension)").path
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    guard descriptor >= 0 else {
      return .finding("the harness cannot open its input file \(path): \(String(cString: strerror(errno)))")
    }
    let written = input.withUnsafeBytes { bytes -> Bool in
      var offset = 0
      while offset < bytes.count {
        let count = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
        guard count > 0 else { return false }
        offset += count
      }
      return true
    }
    close(descriptor)
    guard written else { return .finding("the harness cannot write its input file \(path)") }
    return body(path)
  }

  /// Removes ``scratch`` and what is left in it.
  package func removeScratch() {
    try? FileManager.default.removeItem(at: scratch)
  }
}
