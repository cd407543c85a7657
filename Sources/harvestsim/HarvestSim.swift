import ArgumentParser
import Experiments
import Stochastics

/// The `harvestsim` command: simulate a lab of PCs whose VMs serve as grid worker nodes.
@main
struct HarvestSim: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "harvestsim",
    abstract: "Simulate a harvested virtual grid: lab PCs running VM worker nodes behind one CE.",
    discussion: """
      Write a YAML scenario (see Scenarios/ and docs/scenario-reference.md), check it with \
      'validate', see every default with 'describe', and run it with 'run'.

      EXAMPLES:
        harvestsim validate Scenarios/paper-lab.yaml
        harvestsim run Scenarios/paper-lab.yaml --out out/paper-lab
        harvestsim help sweep
      """,
    version: ProgramVersion.current,
    subcommands: [
      Validate.self, Run.self, Describe.self, Sweep.self, Merge.self, Compare.self, TraceStats.self, Bench.self,
      Profile.self,
      Perf.self, PerfRun.self,
    ]
  )

  /// Switches GSL's abort-on-error handler off and installs the signal handling
  /// (``Interruption``) before anything else runs, then parses and runs.
  static func main() {
    GSL.configure()
    Interruption.install()
    main(nil)
  }
}
