import Foundation
import Testing
@testable import Experiments

/// The program version carries a digest of the model's sources, made at build time by
/// the ModelDigestPlugin build-tool plugin with the ModelDigest tool.
struct ProgramVersionTests {
  /// The ModelDigest tool built next to this test bundle.
  static let tool = CommandLineTests.executable(named: "ModelDigest")

  /// Runs the tool; its standard output, trimmed.
  static func digestTool(_ arguments: [String]) throws -> String {
    let process = Process()
    process.executableURL = tool
    process.arguments = arguments
    let out = Pipe()
    process.standardOutput = out
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
  }

  @Test func currentIsTheReleaseAndTwelveHexDigitsOfTheModelDigest() throws {
    #expect(ProgramVersion.release.wholeMatch(of: /[0-9]+\.[0-9]+\.[0-9]+/) != nil, "\(ProgramVersion.release)")
    #expect(ProgramVersion.modelDigest.wholeMatch(of: /[0-9a-f]{12}/) != nil, "\(ProgramVersion.modelDigest)")
    #expect(ProgramVersion.current == "\(ProgramVersion.release)+\(ProgramVersion.modelDigest)")
  }

  @Test func theDigestCoversEveryFolderThatDeterminesResults() {
    #expect(ProgramVersion.modelSourceFolders == [
      "Sources/CGSL", "Sources/CSVCodec", "Sources/Stochastics", "Sources/Kernel", "Sources/Model", "Sources/Traces",
      "Sources/Scenario", "Sources/Experiments/Runs",
    ])
  }

  @Test func theBuiltDigestIsThatOfTheSourcesAsTheyAreNow() throws {
    // The plugin must have regenerated the digest for the files this test bundle was built from.
    let root = SingleRunTests.packageRoot.path
    let full = try Self.digestTool(["--print", root] + ProgramVersion.modelSourceFolders)
    #expect(full.count == 64)
    #expect(full.hasPrefix(ProgramVersion.modelDigest), "sources digest \(full), built \(ProgramVersion.modelDigest)")
    // It covers every file of those folders (listed here independently), the module map too.
    let listed = try Self.digestTool(["--list", root] + ProgramVersion.modelSourceFolders).split(separator: "\n")
    var present: [String] = []
    for folder in ProgramVersion.modelSourceFolders {
      let base = SingleRunTests.packageRoot.appendingPathComponent(folder)
      for sub in try FileManager.default.subpathsOfDirectory(atPath: base.path)
      where !sub.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: base.appendingPathComponent(sub).path, isDirectory: &isFolder),
          !isFolder.boolValue
        {
          present.append("\(folder)/\(sub)")
        }
      }
    }
    #expect(Set(listed.map(String.init)) == Set(present))
    #expect(listed.contains("Sources/CGSL/module.modulemap") && listed.contains { $0.hasPrefix("Sources/Model/") })
  }

  /// The SHA-256 of `bytes` by coreutils' `sha256sum`, an implementation we did not write.
  static func coreutilsSHA256(_ bytes: [UInt8]) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
    let input = Pipe(), output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    try process.run()
    input.fileHandleForWriting.write(Data(bytes))
    try input.fileHandleForWriting.close()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self).split(separator: " ")[0].description
  }

  /// The hand-written SHA-256 agrees with coreutils on messages of every length from 11 to
  /// 143 bytes (each padding case: 55, 56, 63 and 64 bytes mod 64, one to three blocks) and
  /// on one of about 200 kB (thousands of chained blocks).
  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/sha256sum")))
  func theDigestAgreesWithCoreutilsAcrossBlockBoundaries() throws {
    let root = SingleRunTests.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    try FileManager.default.createDirectory(at: root.appendingPathComponent("M"), withIntermediateDirectories: true)
    for size in Array(0...130) + [200_000] {
      let contents = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
      try Data(contents).write(to: root.appendingPathComponent("M/f"))
      // The digested message: path NUL size NUL contents (docs/architecture.md).
      let message = Array("M/f".utf8) + [0] + Array(String(size).utf8) + [0] + contents
      #expect(try Self.digestTool(["--print", root.path, "M"]) == Self.coreutilsSHA256(message),
              "a file of \(size) bytes (message of \(message.count))")
    }
  }

  @Test func theDigestIsSHA256OfPathsSizesAndContentsInByteOrder() throws {
    let root = SingleRunTests.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    func write(_ path: String, _ text: String) throws {
      let url = root.appendingPathComponent(path)
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(text.utf8).write(to: url)
    }
    try write("M/a.txt", "abc")
    try write("M/sub/b.txt", "")
    try write("M/Z.swift", "héllo\n")
    try write("M/.hidden", "x")
    try write("M/.git/c", "y")
    // The same tree through the shell recipe of docs/architecture.md (find | LC_ALL=C sort | … | sha256sum):
    let expected = "589ffc112c7c0b017b1a9e844dd5005c3123d538312df2a4d64e560696e31e27"
    #expect(try Self.digestTool(["--print", root.path, "M"]) == expected)
    #expect(try Self.digestTool(["--list", root.path, "M"]) == "M/Z.swift\nM/a.txt\nM/sub/b.txt")
    // Hidden files do not count; a changed byte, a new file and a renamed file do.
    try write("M/.hidden", "changed")
    #expect(try Self.digestTool(["--print", root.path, "M"]) == expected)
    try write("M/a.txt", "abd")
    let changed = try Self.digestTool(["--print", root.path, "M"])
    #expect(changed != expected)
    try write("M/sub/new.swift", "")
    let added = try Self.digestTool(["--print", root.path, "M"])
    #expect(added != changed)
    try FileManager.default.moveItem(at: root.appendingPathComponent("M/sub/new.swift"),
                                     to: root.appendingPathComponent("M/sub/renamed.swift"))
    #expect(try Self.digestTool(["--print", root.path, "M"]) != added)
  }

  @Test func theGeneratedFileDeclaresTheDigestAndTheFolders() throws {
    let root = SingleRunTests.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    try FileManager.default.createDirectory(at: root.appendingPathComponent("M"), withIntermediateDirectories: true)
    try Data("abc".utf8).write(to: root.appendingPathComponent("M/a.txt"))
    let output = root.appendingPathComponent("Generated.swift")
    _ = try Self.digestTool(["--output", output.path, root.path, "M"])
    let text = try String(contentsOf: output, encoding: .utf8)
    let full = try Self.digestTool(["--print", root.path, "M"])
    #expect(text.contains("package static let modelDigest = \"\(full.prefix(12))\""))
    #expect(text.contains("static let modelSourceFolders: [String] = [\"M\"]"))
  }
}
