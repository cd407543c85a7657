import Foundation

/// A buffered text file written under a temporary name and renamed into place
/// only by ``commit()``, so no reader ever sees half a file.
package final class AtomicFileWriter {
  /// The final path.
  package let path: String
  private let temporaryPath: String
  private let handle: FileHandle
  private var buffer: [UInt8] = []
  private var closed = false
  private static let flushThreshold = 1 << 20

  /// Creates the temporary file next to `path`.
  ///
  /// - Throws: ``OutputError`` if the file cannot be created.
  package init(path: String) throws {
    self.path = path
    let url = URL(fileURLWithPath: path)
    // Unique per host, process and writer: shards on several machines may share a folder.
    let unique = "\(ProcessInfo.processInfo.hostName)-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)"
    temporaryPath = url.deletingLastPathComponent()
      .appendingPathComponent(".\(url.lastPathComponent).partial-\(unique)").path
    guard FileManager.default.createFile(atPath: temporaryPath, contents: nil),
      let handle = FileHandle(forWritingAtPath: temporaryPath)
    else {
      throw OutputError(message: "cannot create '\(temporaryPath)'")
    }
    self.handle = handle
    buffer.reserveCapacity(Self.flushThreshold + 4096)
  }

  deinit {
    if !closed { abandon() }
  }

  /// Appends text.
  package func write(_ text: String) {
    buffer.append(contentsOf: text.utf8)
    if buffer.count >= Self.flushThreshold { flush() }
  }

  private func flush() {
    guard !buffer.isEmpty else { return }
    handle.write(Data(buffer))
    buffer.removeAll(keepingCapacity: true)
  }

  /// Flushes, closes and renames the file into place (replacing any old one).
  package func commit() throws {
    flush()
    try handle.close()
    closed = true
    // rename(2) replaces an existing file atomically: readers see the old or the new file, never neither.
    guard rename(temporaryPath, path) == 0 else {
      let reason = String(cString: strerror(errno))
      try? FileManager.default.removeItem(atPath: temporaryPath)
      throw OutputError(message: "cannot rename '\(temporaryPath)' to '\(path)': \(reason)")
    }
  }

  /// Closes and deletes the temporary file; the final path is untouched.
  package func abandon() {
    guard !closed else { return }
    closed = true
    try? handle.close()
    try? FileManager.default.removeItem(atPath: temporaryPath)
  }
}
