import Foundation
import Testing

/// Options checked before any work: each error names the option as typed, exits non-zero
/// and prints nothing on stdout (`perf`, `profile`, `sweep --set`).
struct OptionCheckCommandLineTests {
  static let benchResources = CommandLineTests.packageRoot.appendingPathComponent("Tests/BenchmarksTests/Resources")

  @Test(arguments: [
    ("abc", "'abc' is not a number"), ("0", "0 is not above 0"), ("0.5,,1", "'' is not a number"),
    ("-1", "-1 is not above 0"), ("nan", "'nan' is not a number"),
  ])
  func perfRefusesBadFractionsBeforeItsHeader(fractions: String, reason: String) throws {
    // With '=', so that '-1' is the option's value rather than another option.
    let result = try CommandLineTests.harvestsim(["perf", "Scenarios/paper-lab.yaml", "--fractions=\(fractions)"])
    #expect(result.status != 0)
    #expect(result.standardOutput.isEmpty, "printed: \(result.standardOutput)")
    #expect(result.standardError.contains("--fractions '\(fractions)': \(reason)"), "\(result.standardError)")
  }

  @Test func perfNamesFractionsWhenAFractionMakesAnInvalidScenario() throws {
    // paper-lab runs 30 days with a 1-day warm-up: 1/100 of it (7.2 h = 432 min) is shorter than the warm-up.
    let result = try CommandLineTests.harvestsim(["perf", "Scenarios/paper-lab.yaml", "--fractions", "0.01"])
    #expect(result.status != 0)
    #expect(result.standardOutput.isEmpty, "printed: \(result.standardOutput)")
    #expect(result.standardError.contains("--fractions 0.01: 0.01 of Scenarios/paper-lab.yaml's duration"),
            "\(result.standardError)")
    #expect(result.standardError.contains("warmup: must be at least 0 and shorter than duration (432m)"))
    #expect(!result.standardError.contains("--set duration="), "an option the user never typed")
  }

  @Test func profileRefusesFilesOfDifferentSettingsNamingTheSetting() throws {
    let folder = CommandLineTests.scratch()
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    // The VM file with a quarter of the disk file (work = 2 × 64 MiB instead of 2 × 256 MiB).
    let text = try String(contentsOf: Self.benchResources.appendingPathComponent("vmware.csv"), encoding: .utf8)
    let smaller = text.split(separator: "\n").map { line -> String in
      let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
      guard fields.count == 9, fields[1] == "disk", let throughput = Double(fields[6]) else { return String(line) }
      let work = 2.0 * 64 * 1_048_576
      var changed = fields
      changed[3] = "\(work / throughput)"
      changed[4] = "134217728"
      return changed.joined(separator: ",")
    }.joined(separator: "\n") + "\n"
    let virtual = folder.appendingPathComponent("vm.csv")
    try smaller.write(to: virtual, atomically: true, encoding: .utf8)
    let out = folder.appendingPathComponent("profile.yaml")
    let result = try CommandLineTests.harvestsim([
      "profile", Self.benchResources.appendingPathComponent("native.csv").path, virtual.path, "--out", out.path,
    ])
    #expect(result.status == 1)
    #expect(result.standardError.contains("measured with different --disk-bytes"), "\(result.standardError)")
    #expect(result.standardError.contains("256 MiB") && result.standardError.contains("64 MiB"))
    #expect(!FileManager.default.fileExists(atPath: out.path))
  }

  @Test func profileRefusesAVMMeasurablyFasterUnlessCapped() throws {
    let native = Self.benchResources.appendingPathComponent("native.csv").path
    let vmware = Self.benchResources.appendingPathComponent("vmware.csv").path
    // The files swapped: the "VM" is 4% faster in cpu, beyond the spread of 14 runs.
    let refused = try CommandLineTests.harvestsim(["profile", vmware, native])
    #expect(refused.status == 1)
    #expect(refused.standardOutput.isEmpty)
    #expect(refused.standardError.contains("cpu: the VM measured 1.042 times native"), "\(refused.standardError)")
    #expect(refused.standardError.contains("--cap"))
    let capped = try CommandLineTests.harvestsim(["profile", vmware, native, "--cap"])
    #expect(capped.status == 0, "\(capped.standardError)")
    #expect(capped.standardOutput.contains("\ncpu: 1.0\n"))
    #expect(capped.standardError.contains("written as 1.0 because of --cap"))
  }

  @Test func profileNamesNetworkAndName() throws {
    let native = Self.benchResources.appendingPathComponent("native.csv").path
    let vmware = Self.benchResources.appendingPathComponent("vmware.csv").path
    let network = try CommandLineTests.harvestsim(["profile", native, vmware, "--network", "1.5"])
    #expect(network.status == 1)
    #expect(network.standardError.contains("--network 1.5: must be in (0, 1]"))
    let name = try CommandLineTests.harvestsim(["profile", native, vmware, "--name", ""])
    #expect(name.status == 1)
    #expect(name.standardError.contains("--name must not be empty"))
  }

  @Test func sweepSetOverridesTheBaseAndNamesItselfWhenWrong() throws {
    let folder = CommandLineTests.scratch()
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let plan = folder.appendingPathComponent("plan.yaml")
    try """
      name: set-sweep
      base: \(CommandLineTests.packageRoot.appendingPathComponent("Scenarios/paper-lab.yaml").path)
      set: {duration: 30d, warmup: 0s, output.jobs: false, output.timeseries: false}
      vary:
        - {path: hosts.0.count, values: [2, 3]}
      """.write(to: plan, atomically: true, encoding: .utf8)
    let out = folder.appendingPathComponent("out")
    let result = try CommandLineTests.harvestsim([
      "sweep", plan.path, "--out", out.path, "--set", "duration=2d", "--set", "hosts.1.count=1", "--quiet",
    ])
    #expect(result.status == 0, "\(result.standardError)")
    let runs = try String(contentsOf: out.appendingPathComponent("runs.csv"), encoding: .utf8)
    let lines = runs.split(separator: "\n")
    let header = lines[0].split(separator: ",").map(String.init)
    let duration = try #require(header.firstIndex(of: "duration_s"))
    #expect(lines.count == 3)
    for line in lines.dropFirst() {
      #expect(line.split(separator: ",", omittingEmptySubsequences: false)[duration] == "172800.0")
    }
    // A varied key, and an unknown key, are named as typed.
    let varied = try CommandLineTests.harvestsim(["sweep", plan.path, "--out", out.path, "--set", "hosts.0.count=9"])
    #expect(varied.status == 1)
    #expect(varied.standardError.contains("--set hosts.0.count=9"), "\(varied.standardError)")
    #expect(varied.standardError.contains("the plan varies 'hosts.0.count'"))
    let unknown = try CommandLineTests.harvestsim(["sweep", plan.path, "--out", folder.appendingPathComponent("x").path,
                                                   "--set", "hosts.1.coers=1", "--quiet"])
    #expect(unknown.status == 1)
    #expect(unknown.standardError.contains("--set hosts.1.coers=1"), "\(unknown.standardError)")
  }
}
