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
  /// Prints the scenario's warnings (a long run, periods under a second) to standard error.
  func load(extra: [String] = []) throws -> Scenario {
    let scenario = try Scenario.load(path: file, overrides: overrides + extra)
    for warning in scenario.warnings {
      CommandFailure.printError("\(warning.location): warning: \(warning.path): \(warning.message)")
    }
    return scenario
  }
}
