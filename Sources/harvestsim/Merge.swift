import ArgumentParser
import Experiments

/// `harvestsim merge DIR... --out OUT`: combines shard folders into runs.csv and points.csv.
struct Merge: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Combine the folders of a sharded sweep into the runs.csv and points.csv of the whole sweep.",
    discussion: """
      EXAMPLES:
        harvestsim merge out/shard-1 out/shard-2 out/shard-3 --out out/lab-size
      """)

  @Argument(help: "Sweep folders written by 'harvestsim sweep --shard i/n' (or one shared folder).")
  var folders: [String]

  @Option(name: .long, help: "Where to write the merged sweep (may be one of the inputs).")
  var out: String

  func run() throws {
    let count = try CommandFailure.reporting { try SweepMerge.merge(folders, into: out) }
    print("merged \(count) runs into \(out)/runs.csv and \(out)/points.csv")
  }
}
