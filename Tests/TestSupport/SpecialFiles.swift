import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Paths that are not regular files: a directory, a FIFO and a character device (shared by
/// the test targets that check every reader refuses them).
public struct SpecialFiles {
  /// A fresh temporary folder holding `dir/` and `fifo`.
  public let folder: URL

  /// Makes the folder, its subdirectory and its FIFO.
  public init() throws {
    folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("harvestsim-special-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: folder.appendingPathComponent("dir"), withIntermediateDirectories: true)
    guard mkfifo(folder.appendingPathComponent("fifo").path, 0o600) == 0 else {
      throw CocoaError(.fileWriteUnknown)
    }
  }

  /// Each path with the words its refusal must contain.
  public var cases: [(path: String, reason: String)] {
    [
      (folder.appendingPathComponent("dir").path, "it is a directory"),
      (folder.appendingPathComponent("fifo").path, "it is a FIFO, not a regular file"),
      ("/dev/null", "it is a character device, not a regular file"),
    ]
  }

  /// Deletes the folder.
  public func remove() {
    try? FileManager.default.removeItem(at: folder)
  }
}
