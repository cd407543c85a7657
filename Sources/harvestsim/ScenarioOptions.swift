import ArgumentParser
import Scenario

/// The options every scenario-reading command shares.
struct ScenarioOptions: ParsableArguments {
  @Argument(help: "The scenario YAML file.")
  var file: String

  @Option(name: .customLong("set"), help: ArgumentHelp(
    "Override a value by its dotted key path, list items by index (repeatable).",
    valueName: "key.path=yaml-value"))
  var overrides: [String] = []

  /// Loads the scenario with the `--set` overrides applied, then `extra` (so `--seed` wins over `--set seed=`).
  func load(extra: [String] = []) throws -> Scenario {
    try Scenario.load(path: file, overrides: overrides + extra)
  }
}
