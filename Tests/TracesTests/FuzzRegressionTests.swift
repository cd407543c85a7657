import Foundation
import FuzzHarness
import Testing

/// Replays the committed fuzz inputs of the trace readers (SWF, FTA, CSV): the seeds in
/// `Fuzz/corpus/<target>/` and the regressions in `Fuzz/regressions/<target>/`. Each must be
/// accepted or rejected with `TRACE:LINE` inside the input (or `TRACE` for a whole-trace
/// problem); a trap fails the run. Reproducers of findings not fixed yet wait in
/// `Fuzz/regressions/<target>/pending/`, which is not replayed.
@Suite struct FuzzRegressionTests {
  static let targets: [FuzzTarget] = [.swf, .fta, .csv]
  /// The package root, found from this file's path (Tests/TracesTests/<file>).
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  @Test("every committed input is accepted or rejected with a position", arguments: targets)
  func committedInputs(target: FuzzTarget) throws {
    let workspace = try FuzzWorkspace(root: Self.root)
    defer { workspace.removeScratch() }
    let files = FuzzCorpus(target: target, root: Self.root).replayedFiles
    #expect(!files.isEmpty, "no committed inputs for \(target.rawValue)")
    for file in files {
      let verdict = target.check(try Data(contentsOf: file), in: workspace)
      #expect(verdict.isSound, "\(file.path): \(verdict)")
    }
  }

  @Test("a broken line is rejected at its line", arguments: targets)
  func brokenLine(target: FuzzTarget) throws {
    let workspace = try FuzzWorkspace(root: Self.root)
    defer { workspace.removeScratch() }
    let header = switch target {
    case .csv: "host,start,end,state\n"
    case .fta: "# a comment\n"
    default: "; a comment\n"
    }
    let verdict = target.check(Data((header + "1 x y\n").utf8), in: workspace)
    guard case .rejected(let position, _) = verdict else {
      Issue.record("expected a rejection, got \(verdict)")
      return
    }
    #expect(position.hasPrefix(workspace.scratch.path))
    #expect(position.hasSuffix(":2"))
  }
}
