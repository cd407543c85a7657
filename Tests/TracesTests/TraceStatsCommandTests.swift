import Foundation
import Testing

/// `harvestsim trace-stats` as a planner runs it: compressed input, the emitted blocks pasted
/// into a scenario that `harvestsim validate` accepts, the QQ file, and option errors.
@Suite("trace-stats command")
struct TraceStatsCommandTests {
  struct Result {
    var status: Int32
    var output: String
    var error: String
  }

  /// The harvestsim binary built next to this test bundle.
  static let binary: URL = {
    var folder = URL(fileURLWithPath: ProcessInfo.processInfo.arguments[0]).resolvingSymlinksInPath()
      .deletingLastPathComponent()
    while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("harvestsim").path), folder.path != "/" {
      folder.deleteLastPathComponent()
    }
    return folder.appendingPathComponent("harvestsim")
  }()

  static func harvestsim(_ arguments: [String]) throws -> Result {
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let output = out.fileHandleForReading.readDataToEndOfFile()
    let error = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Result(status: process.terminationStatus, output: String(decoding: output, as: UTF8.self),
                  error: String(decoding: error, as: UTF8.self))
  }

  static func scratch() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("trace-stats-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }

  @Test("an xz trace and a gzip log give blocks that validate when pasted, and a QQ file")
  func emitValidateAndQQ() throws {
    let folder = try Self.scratch()
    defer { try? FileManager.default.removeItem(at: folder) }
    let qq = folder.appendingPathComponent("qq.csv").path
    let result = try Self.harvestsim([
      "trace-stats", CompressedInputTests.fixture("fta-head.tab.xz"), "--emit-scenario", "--qq", qq,
      "--sessions", CompressedInputTests.fixture("sessions.csv.gz"),
    ])
    #expect(result.status == 0, "\(result.error)")
    let blocks = result.output
    let availabilityStart = try #require(blocks.range(of: "# availability fitted"))
    let ownersStart = try #require(blocks.range(of: "# owners fitted"))
    let availability = String(blocks[availabilityStart.lowerBound..<ownersStart.lowerBound])
    let owners = String(blocks[ownersStart.lowerBound...])
    let scenario = folder.appendingPathComponent("calibrated.yaml")
    try Data(CalibrationRoundTripTests.scenario(availability: availability, owners: owners).utf8).write(to: scenario)
    let validate = try Self.harvestsim(["validate", scenario.path])
    #expect(validate.status == 0, "\(validate.output)\(validate.error)")
    // The QQ file: a header, then each sample's laws; up has 40 values (fewer than 1,000
    // points), so each of its laws has 40 rows at (j − 1/2)/40.
    let rows = try String(contentsOfFile: qq, encoding: .utf8).split(separator: "\n")
    #expect(rows.first == "sample,law,probability,observed_s,fitted_s")
    let upWeibull = rows.filter { $0.hasPrefix("up,weibull,") }
    #expect(upWeibull.count == 20)  // 40 events of one node alternate: 20 up intervals
    #expect(upWeibull.first?.split(separator: ",")[2] == "0.025")
    #expect(Set(rows.dropFirst().map { $0.split(separator: ",")[0] }) == ["up", "down", "session"])
  }

  @Test("option errors name the option and write nothing")
  func optionErrors() throws {
    let folder = try Self.scratch()
    defer { try? FileManager.default.removeItem(at: folder) }
    let qq = folder.appendingPathComponent("qq.csv").path
    let none = try Self.harvestsim(["trace-stats"])
    #expect(none.status != 0 && none.error.contains("give an availability trace FILE, --sessions FILE, or both"))
    let hosts = try Self.harvestsim(["trace-stats", "x.tab", "--hosts", "3"])
    #expect(hosts.status != 0 && hosts.error.contains("--hosts needs --sessions"))
    let zero = try Self.harvestsim(["trace-stats", "--sessions", "x.csv", "--hosts", "0"])
    #expect(zero.status != 0 && zero.error.contains("--hosts must be >= 1, got 0"))
    let damaged = try Self.harvestsim([
      "trace-stats", CompressedInputTests.fixture("fta-head-truncated.tab.xz"), "--emit-scenario", "--qq", qq,
    ])
    #expect(damaged.status == 1)
    #expect(damaged.error.contains("the xz data ends early: the file is truncated"))
    #expect(damaged.output.isEmpty)
    #expect(!FileManager.default.fileExists(atPath: qq))
  }
}
