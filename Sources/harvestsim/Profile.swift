import ArgumentParser
import Benchmarks

/// `harvestsim profile NATIVE.csv VIRTUAL.csv`: a VM profile from two raw benchmark files,
/// as the ratio of 20% trimmed means of throughput (Descher & Baumgartner 2006).
struct Profile: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Compute a VM profile (YAML) from native and virtual 'harvestsim bench' files.",
    discussion: """
      Per subsystem: 20% trimmed mean of the virtual throughputs / that of the native ones,
      capped at 1.0. The spread of the runs goes into comments. Use the file in a scenario as
      vm_profile: {file: profiles/NAME.yaml}. See docs/vm-profiles.md.
      """)

  @Argument(help: "Raw CSV measured natively on the PC.")
  var native: String

  @Argument(help: "Raw CSV measured inside the VM.")
  var virtual: String

  @Option(name: .long, help: "Profile name (default: the VM file's label).")
  var name: String?

  @Option(name: .long, help: "Network relative performance from your own test (not measured by bench).")
  var network = 1.0

  @Option(name: .long, help: "YAML file to write (atomically); default: print it.")
  var out: String?

  func run() throws {
    try Bench.reporting {
      let profile = try MeasuredProfile.compute(nativePath: native, virtualPath: virtual, name: name, network: network)
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
