import Foundation

/// Writes a text file atomically: to a temporary name in the same folder, then `rename`,
/// so a reader never sees half a file and an interrupted run leaves the old file intact.
/// Missing parent folders are created.
package enum AtomicText {
  /// Writes `text` to `path`.
  package static func write(_ text: String, to path: String) throws(BenchmarkError) {
    let url = URL(fileURLWithPath: path)
    let temporary = url.deletingLastPathComponent()
      .appendingPathComponent(".\(url.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)")
    do {
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(text.utf8).write(to: temporary)
    } catch {
      throw .io(file: path, reason: "cannot write (\(error.localizedDescription))")
    }
    guard rename(temporary.path, url.path) == 0 else {
      let reason = String(cString: strerror(errno))
      try? FileManager.default.removeItem(at: temporary)
      throw .io(file: path, reason: "cannot rename the temporary file into place: \(reason)")
    }
  }
}
