import Foundation
import Scenario

extension FuzzTarget {
  /// `harvestsim validate`: the scenario decoded and validated, as if it were `Scenarios/fuzz-input.yaml`.
  func checkScenario(_ input: Data, in workspace: FuzzWorkspace) -> FuzzVerdict {
    let url = workspace.file("Scenarios/fuzz-input.yaml")
    return readYAML(input, path: url.path) { text in
      _ = try Scenario.parse(yaml: text, path: url.path, baseDirectory: url.deletingLastPathComponent())
    }
  }

  /// `harvestsim sweep`: the plan read as if it were `Scenarios/sweeps/fuzz-input.yaml`, and
  /// its points resolved when there are at most ``resolvedPointLimit``.
  func checkSweepPlan(_ input: Data, in workspace: FuzzWorkspace) -> FuzzVerdict {
    let url = workspace.file("Scenarios/sweeps/fuzz-input.yaml")
    return readYAML(input, path: url.path) { text in
      let plan = try SweepPlanReader.parse(yaml: text, path: url.path, directory: url.deletingLastPathComponent())
      if plan.pointCount <= Self.resolvedPointLimit { _ = try plan.resolveAllPoints() }
    }
  }

  /// `harvestsim compare Scenarios/university-lab.yaml --variants`: the variants file read as if
  /// it were `Scenarios/fuzz-variants.yaml`, and its variants resolved when there are at
  /// most ``resolvedPointLimit``.
  func checkVariants(_ input: Data, in workspace: FuzzWorkspace) -> FuzzVerdict {
    let url = workspace.file("Scenarios/fuzz-variants.yaml")
    let scenario = workspace.file("Scenarios/university-lab.yaml").path
    return readYAML(input, path: url.path) { text in
      let plan = try VariantsReader.parse(yaml: text, path: url.path, scenario: scenario)
      if plan.sweep.pointCount <= Self.resolvedPointLimit { _ = try plan.sweep.resolveAllPoints() }
    }
  }

  /// Decodes `input` as the YAML readers' file reading does, runs `read` on the text and
  /// judges what it throws.
  private func readYAML(_ input: Data, path: String, _ read: (String) throws -> Void) -> FuzzVerdict {
    guard let text = FuzzJudge.utf8Text(input) else {
      // ScenarioText.read refuses such a file at its line 1.
      return .rejected(position: "\(path):1:1", message: "not UTF-8 text")
    }
    do {
      try read(text)
      return .accepted
    } catch {
      return FuzzJudge.scenario(error, path: path, lineLimit: FuzzJudge.yamlLineLimit(text))
    }
  }
}
