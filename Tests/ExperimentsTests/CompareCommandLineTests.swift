import Foundation
import Testing

/// `harvestsim compare`'s `--objective` and `--constraint` as a planner types them: a bad one
/// stops the command before any run, names the option as typed, and leaves no folder.
struct CompareCommandLineTests {
  @Test func aBadObjectiveOrConstraintStopsTheCommandAndNamesItAsTyped() throws {
    let folder = CommandLineTests.scratch()
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let variants = folder.appendingPathComponent("variants.yaml")
    try "variants: {a: {}, b: {registration.mode: live}}\n".write(to: variants, atomically: true, encoding: .utf8)
    let out = folder.appendingPathComponent("out").path
    let base = ["compare", "Scenarios/paper-lab.yaml", "--variants", variants.path, "--out", out]
    let cases: [([String], String)] = [
      (["--objective", "goodptu:max"], "--objective 'goodptu:max': unknown metric 'goodptu' (did you mean 'goodput_core_hours'?)"),
      (["--objective", "wasted"], "--objective 'wasted': 'wasted' is ambiguous"),
      (["--constraint", "jobs_lost=0"], "--constraint 'jobs_lost=0': '=' is not a comparison"),
      (["--constraint", "jobs_lost<=none"], "--constraint 'jobs_lost<=none': expected a number"),
    ]
    for (options, message) in cases {
      let result = try CommandLineTests.harvestsim(base + options)
      #expect(result.status != 0, "\(options)")
      #expect(result.standardError.contains(message), "\(result.standardError)")
      #expect(!FileManager.default.fileExists(atPath: out))
    }
  }
}
