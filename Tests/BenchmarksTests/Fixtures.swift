import Foundation

@testable import Benchmarks

/// The recorded files in Resources/ (found from this file's path, so no bundle is needed).
enum Fixture {
  /// `Tests/BenchmarksTests/Resources/<name>`.
  static func path(_ name: String, _ filePath: String = #filePath) -> String {
    URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Resources/\(name)").path
  }

  /// The package root (Tests/BenchmarksTests/<file> → ../..).
  static func packageRoot(_ filePath: String = #filePath) -> URL {
    URL(fileURLWithPath: filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  }

  /// Records of a recorded file.
  static func records(_ name: String) throws -> [BenchmarkRecord] {
    try BenchmarkCSV.read(path: path(name))
  }

  /// A fresh empty folder under the temporary directory.
  static func temporaryDirectory() throws -> String {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("harvestsim-bench-tests-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url.path
  }

  /// Little-endian 64-bit word sum plus trailing bytes, written out independently of ``Checksum``.
  static func naiveChecksum(_ bytes: [UInt8]) -> UInt64 {
    var sum: UInt64 = 0
    let words = bytes.count / 8
    for word in 0..<words {
      var value: UInt64 = 0
      for byte in 0..<8 { value |= UInt64(bytes[word * 8 + byte]) << (8 * UInt64(byte)) }
      sum &+= value
    }
    for offset in (words * 8)..<bytes.count { sum &+= UInt64(bytes[offset]) }
    return sum
  }
}
