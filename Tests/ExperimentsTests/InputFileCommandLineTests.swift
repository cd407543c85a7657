import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The `harvestsim` commands refuse bad input files with a position and a reason, fast and
/// without hanging: alias bombs, directories, FIFOs, devices, invalid UTF-8, hexadecimal numbers.
struct InputFileCommandLineTests {
  static let paperLab = CommandLineTests.packageRoot.appendingPathComponent("Scenarios/paper-lab.yaml").path

  /// 10 scalars, then 9 levels of 10 aliases each to the level below, indented by `indent`.
  static func bomb(indent: String = "") -> String {
    var lines = [indent + "l0: &l0 [" + Array(repeating: "lol", count: 10).joined(separator: ", ") + "]"]
    for level in 1...9 {
      lines.append(indent + "l\(level): &l\(level) [" + Array(repeating: "*l\(level - 1)", count: 10).joined(separator: ", ") + "]")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// A scratch folder with `dir/`, `fifo`, and the files written by `files`.
  static func folder(_ files: [String: String] = [:]) throws -> URL {
    let folder = CommandLineTests.scratch()
    try FileManager.default.createDirectory(at: folder.appendingPathComponent("dir"), withIntermediateDirectories: true)
    #expect(mkfifo(folder.appendingPathComponent("fifo").path, 0o600) == 0)
    for (name, text) in files {
      try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    return folder
  }

  @Test func anAliasBombFailsFastWithItsPositionInValidateSweepAndCompare() throws {
    let folder = try Self.folder([
      "bomb.yaml": "name: bomb\nduration: 1d\n" + Self.bomb(),
      "plan.yaml": "base: \(Self.paperLab)\nvary:\n  - {path: seed, values: [1, 2]}\nset:\n" + Self.bomb(indent: "  "),
      "variants.yaml": "variants: {a: {}, b: {}}\nbombs:\n" + Self.bomb(indent: "  "),
    ])
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = { (name: String) in folder.appendingPathComponent(name).path }
    let out = file("out")
    let runs: [([String], String)] = [
      (["validate", file("bomb.yaml")], "\(file("bomb.yaml")):7:45: YAML alias '*l3' copies 11111 values "
        + "(anchor '&l3' at \(file("bomb.yaml")):6:5), taking the values copied by aliases past the limit of 100000"),
      (["sweep", file("plan.yaml"), "--out", out], "\(file("plan.yaml")):9:47: YAML alias '*l3'"),
      (["compare", Self.paperLab, "--variants", file("variants.yaml"), "--out", out],
       "\(file("variants.yaml")):7:47: YAML alias '*l3'"),
    ]
    for (arguments, message) in runs {
      let start = Date()
      let result = try CommandLineTests.harvestsim(arguments)
      #expect(Date().timeIntervalSince(start) < 5, "\(arguments[0]) took too long")
      #expect(result.status == 1)
      #expect(result.standardError.contains(message), "\(result.standardError)")
      #expect(!FileManager.default.fileExists(atPath: out))
    }
  }

  @Test func aDirectoryFIFOOrDeviceIsRefusedByEveryCommand() throws {
    let folder = try Self.folder(["variants.yaml": "variants: {a: {}, b: {seed: 2}}\n"])
    defer { try? FileManager.default.removeItem(at: folder) }
    let special = [
      (folder.appendingPathComponent("dir").path, "it is a directory"),
      (folder.appendingPathComponent("fifo").path, "it is a FIFO, not a regular file"),
      ("/dev/null", "it is a character device, not a regular file"),
    ]
    let out = folder.appendingPathComponent("out").path
    for (path, reason) in special {
      let runs: [([String], String)] = [
        (["validate", path], "\(path):1:1: cannot read the scenario file: \(reason)"),
        (["run", path, "--out", out], "\(path):1:1: cannot read the scenario file: \(reason)"),
        (["describe", path], "\(path):1:1: cannot read the scenario file: \(reason)"),
        (["sweep", path, "--out", out], "\(path):1:1: cannot read the sweep plan: \(reason)"),
        (["compare", Self.paperLab, "--variants", path, "--out", out], "\(path):1:1: cannot read the variants file: \(reason)"),
        (["compare", path, "--variants", folder.appendingPathComponent("variants.yaml").path, "--out", out],
         "\(path):1:1: cannot read the scenario: \(reason)"),
        (["trace-stats", path, "--format", "fta"], "\(path): cannot read the file: \(reason)"),
      ]
      for (arguments, message) in runs {
        let result = try CommandLineTests.harvestsim(arguments)
        #expect(result.status != 0, "\(arguments)")
        #expect(result.standardError.contains(message), "\(arguments): \(result.standardError)")
        #expect(!result.standardError.contains("NSCocoaErrorDomain"))
      }
    }
  }

  @Test func invalidUTF8IsReportedAtItsLineAndColumn() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let scenario = folder.appendingPathComponent("lab.yaml")
    try Data(Array("name: lab\nduration: 1d  # caf".utf8) + [0xE9] + Array("\n".utf8)).write(to: scenario)
    let validate = try CommandLineTests.harvestsim(["validate", scenario.path])
    #expect(validate.status == 1)
    #expect(validate.standardError.contains(
      "\(scenario.path):2:20: cannot read the scenario file: invalid UTF-8 (byte 0xE9); save the file as UTF-8"))

    let trace = folder.appendingPathComponent("trace.csv")
    try Data(Array("host,start,end,state\npc1,0,10,up\npc".utf8) + [0xFF] + Array(",10,20,down\n".utf8)).write(to: trace)
    let stats = try CommandLineTests.harvestsim(["trace-stats", trace.path])
    #expect(stats.status == 1)
    #expect(stats.standardError.contains(
      "\(trace.path):3: invalid UTF-8 at column 3 (byte 0xFF); save the file as UTF-8"))
  }

  @Test func hexadecimalNumbersAreRefusedViaSetForEveryKindOfKey() throws {
    let runs: [(String, String)] = [
      ("registration.add_period=0x10s", "registration.add_period: expected a duration like 90s, 15m, 8h, 2d or 1w, "
        + "got '0x10s': hexadecimal numbers are not accepted; write numbers in decimal (did you mean '16s'?)"),
      ("hosts.0.count=0x10", "hosts[0].count: expected a positive integer, got '0x10': hexadecimal numbers are "
        + "not accepted; write numbers in decimal (did you mean '16'?)"),
      ("hosts.0.speed=inf", "hosts[0].speed: expected a finite number, got 'inf': 'inf' is not a finite number"),
    ]
    for (set, message) in runs {
      let result = try CommandLineTests.harvestsim(["validate", Self.paperLab, "--set", set])
      #expect(result.status == 1)
      #expect(result.standardError.contains("--set \(set): \(message)"), "\(result.standardError)")
    }
  }
}
