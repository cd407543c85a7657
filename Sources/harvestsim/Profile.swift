import ArgumentParser
import Benchmarks

/// `harvestsim profile NATIVE.csv VIRTUAL.csv`: a VM profile from two raw benchmark files,
/// as the ratio of 20% trimmed means of throughput (Descher & Baumgartner 2006).
struct Profile: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Compute a VM profile (YAML) from native and virtual 'harvestsim bench' files.",
    usage: "harvestsim profile <native> <virtual> [<options>]",
    discussion: """
      Per subsystem: the 20% trimmed mean of the virtual throughputs divided by that of the \
      native ones; the spread of the runs goes into comments. Both files must be measured with \
      the same --cpu-iterations, --memory-bytes and --disk-bytes. A VM measured faster than \
      native is written as 1.0 when its 95% interval reaches 1, and refused otherwise unless \
      --cap is given. Use the file in a scenario as vm_profile: {file: profiles/NAME.yaml}. \
      See docs/vm-profiles.md.

      EXAMPLES:
        harvestsim profile native.csv vm.csv --name my-lab
        harvestsim profile native.csv vm.csv --out Scenarios/profiles/my-lab.yaml
      """)

  @Argument(help: "Raw CSV measured natively on the PC.")
  var native: String

  @Argument(help: "Raw CSV measured inside the VM.")
  var virtual: String

  @Option(name: .long, help: "Profile name (default: the VM file's label).")
  var name: String?

  @Option(name: .long, help: "Network relative performance from your own test, in (0, 1] (not measured by bench).")
  var network = 1.0

  @Flag(name: .long, help: "Write 1.0 for a subsystem the VM measured faster than native beyond the noise.")
  var cap = false

  @Option(name: .long, help: "YAML file to write (atomically); default: print it.")
  var out: String?

  func run() throws {
    try Bench.reporting {
      let profile = try MeasuredProfile.compute(nativePath: native, virtualPath: virtual, name: name,
                                                network: network, capFaster: cap)
      let text = ProfileText.yaml(profile)
      for note in profile.notes { CommandFailure.printError("note: \(note)") }
      if let out {
        try Bench.writeFile(text, to: out)
        let values = profile.comparisons.map { "\($0.benchmark.rawValue) \(ProfileText.value($0.relativePerformance))" }
        print("wrote \(out): \(values.joined(separator: ", ")), network \(ProfileText.value(profile.network))")
      } else {
        print(text, terminator: "")
      }
    }
  }
}
