import ArgumentParser
import Scenario

/// `harvestsim validate FILE`: checks a scenario and reports every problem.
struct Validate: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Check a scenario file without running it.",
    discussion: """
      Reports every problem with its file:line:column, or one line describing the valid \
      scenario.

      EXAMPLES:
        harvestsim validate Scenarios/paper-lab.yaml
        harvestsim validate Scenarios/paper-lab.yaml --set hosts.0.count=40
      """)

  @OptionGroup var scenario: ScenarioOptions

  func run() throws {
    let loaded = try CommandFailure.reporting { try scenario.load() }
    let config = loaded.config
    print("\(scenario.file): valid: '\(config.name)', \(config.hostCount) hosts in \(config.hostGroups.count) group(s), "
      + "registration \(config.registration.mode.rawValue), \(config.batch.system.label)"
      + ", \(Units.durationText(config.duration)) simulated")
  }
}
