import ArgumentParser
import Scenario

/// `harvestsim describe FILE`: prints the resolved scenario with every default filled in.
struct Describe: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Print the resolved scenario, every default filled in (itself a valid scenario).")

  @OptionGroup var scenario: ScenarioOptions

  func run() throws {
    let loaded = try CommandFailure.reporting { try scenario.load() }
    print(ScenarioWriter.yaml(loaded.config, output: loaded.output), terminator: "")
  }
}
