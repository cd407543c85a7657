import Foundation
import FuzzHarness
import Testing

/// Replays the committed fuzz inputs of the YAML readers (scenario, sweep plan, variants
/// file): the seeds in `Fuzz/corpus/<target>/` and the regressions in
/// `Fuzz/regressions/<target>/`. Each must be accepted or rejected with a
/// `FILE:LINE:COLUMN` inside the input; a trap fails the run. Reproducers of findings not
/// fixed yet wait in `Fuzz/regressions/<target>/pending/`, which is not replayed.
@Suite struct FuzzRegressionTests {
  static let targets: [FuzzTarget] = [.scenario, .sweepPlan, .variants]

  @Test("every committed input is accepted or rejected with a position", arguments: targets)
  func committedInputs(target: FuzzTarget) throws {
    let root = Fixture.packageRoot()
    let workspace = try FuzzWorkspace(root: root)
    defer { workspace.removeScratch() }
    let files = FuzzCorpus(target: target, root: root).replayedFiles
    #expect(!files.isEmpty, "no committed inputs for \(target.rawValue)")
    for file in files {
      let verdict = target.check(try Data(contentsOf: file), in: workspace)
      #expect(verdict.isSound, "\(file.path): \(verdict)")
    }
  }

  @Test("a broken input is rejected at its place in the input", arguments: targets)
  func brokenInput(target: FuzzTarget) throws {
    let workspace = try FuzzWorkspace(root: Fixture.packageRoot())
    defer { workspace.removeScratch() }
    let verdict = target.check(Data("name: ok\nduration: [\n".utf8), in: workspace)
    guard case .rejected(let position, _) = verdict else {
      Issue.record("expected a rejection, got \(verdict)")
      return
    }
    #expect(position.contains("/Scenarios/"))
    #expect(position.hasSuffix(":3:1"))
  }
}
