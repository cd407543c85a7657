import ArgumentParser
import Scenario

/// `harvestsim describe FILE`: prints the resolved scenario with every default filled in.
struct Describe: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Print the resolved scenario, every default filled in (itself a valid scenario).",
    discussion: """
      The output is YAML, written through Yams' emitter; it reads back as the same scenario. \
      Comments of the input file are not kept.

      EXAMPLES:
        harvestsim describe Scenarios/paper-lab.yaml
        harvestsim describe Scenarios/paper-lab.yaml --set hosts.0.count=40 > lab.yaml
      """)

  @OptionGroup var scenario: ScenarioOptions

  func run() throws {
    let loaded = try CommandFailure.reporting { try scenario.load() }
    print(ScenarioWriter.yaml(loaded.config, output: loaded.output), terminator: "")
  }
}
