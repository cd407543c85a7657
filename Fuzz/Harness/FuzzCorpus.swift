import Foundation

/// The committed inputs of a target: its seed corpus (`Fuzz/corpus/<target>/`) and its
/// regression corpus (`Fuzz/regressions/<target>/`), which `swift test` replays.
///
/// Reproducers that still fail wait in `Fuzz/regressions/<target>/pending/` (where
/// `Scripts/fuzz.sh` saves them), which is not replayed: a pending hang would stall the
/// tests. Moving a file up one folder, once its bug is fixed, makes it a regression test.
package struct FuzzCorpus: Sendable {
  /// The target whose inputs these are.
  package let target: FuzzTarget
  /// The package root.
  package let root: URL

  /// The inputs of `target` in the package at `root`.
  package init(target: FuzzTarget, root: URL) {
    self.target = target
    self.root = root
  }

  /// `Fuzz/corpus/<target>/`: the seeds a campaign starts from.
  package var seedFolder: URL { root.appendingPathComponent("Fuzz/corpus/\(target.rawValue)", isDirectory: true) }
  /// `Fuzz/regressions/<target>/`: inputs that once failed and must now be accepted or rejected with a position.
  package var regressionFolder: URL {
    root.appendingPathComponent("Fuzz/regressions/\(target.rawValue)", isDirectory: true)
  }
  /// `Fuzz/regressions/<target>/pending/`: reproducers of findings not fixed yet.
  package var pendingFolder: URL { regressionFolder.appendingPathComponent("pending", isDirectory: true) }

  /// The seeds and the regression inputs (not the pending ones), sorted by path.
  package var replayedFiles: [URL] {
    (Self.files(in: seedFolder) + Self.files(in: regressionFolder)).sorted { $0.path < $1.path }
  }

  /// The pending reproducers, sorted by path.
  package var pendingFiles: [URL] { Self.files(in: pendingFolder).sorted { $0.path < $1.path } }

  /// The regular files directly in `folder`, without hidden files and `README.md`.
  private static func files(in folder: URL) -> [URL] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { !$0.hasPrefix(".") && $0 != "README.md" }.compactMap { name in
      let url = folder.appendingPathComponent(name)
      var isFolder: ObjCBool = false
      guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue else {
        return nil
      }
      return url
    }
  }
}
