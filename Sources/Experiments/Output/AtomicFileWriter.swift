import Foundation

/// A buffered text file written under a temporary name (``PartialFileName``, beside the
/// final file) and renamed into place only by ``commit()``, so no reader ever sees half
/// a file.
///
/// Every failure to write (a full disk, a file size limit, a folder without write
/// permission, …) throws ``OutputError`` (`cannot write out/jobs.csv: No space left on
/// device`) and abandons the writer: its temporary file is deleted and the final path is
/// untouched. The temporary files live in ``PartialFileRegistry/shared``, which removes
/// them on SIGINT and SIGTERM and clears stale ones from a folder before its first new file.
package final class AtomicFileWriter {
  /// The final path.
  package let path: String
  private let temporaryPath: String
  /// The open temporary file; nil once closed.
  private var file: OutputFile?
  private var buffer: [UInt8] = []
  /// Whether the temporary file is gone: renamed into place or deleted.
  private var settled = false
  private static let flushThreshold = 1 << 20

  /// Creates the temporary file next to `path`.
  ///
  /// - Throws: ``OutputError`` if the file cannot be created.
  package init(path: String) throws(OutputError) {
    self.path = path
    let url = URL(fileURLWithPath: path)
    // Unique per host, process and writer: shards on several machines may share a folder.
    temporaryPath = url.deletingLastPathComponent()
      .appendingPathComponent(PartialFileName.new(for: url.lastPathComponent).fileName).path
    file = try PartialFileRegistry.shared.create(temporaryPath, reportedAs: path)
    buffer.reserveCapacity(Self.flushThreshold + 4096)
  }

  deinit {
    abandon()
  }

  /// Writes `text` to `path` atomically.
  ///
  /// - Throws: ``OutputError`` if it cannot be written; `path` is then untouched.
  package static func write(_ text: String, to path: String) throws(OutputError) {
    let writer = try AtomicFileWriter(path: path)
    try writer.write(text)
    try writer.commit()
  }

  /// Appends text (buffered: an error may surface at a later call or at ``commit()``).
  ///
  /// - Throws: ``OutputError`` if the buffer could not be written out; the writer is then abandoned.
  package func write(_ text: String) throws(OutputError) {
    guard file != nil else { throw closedError() }
    buffer.append(contentsOf: text.utf8)
    if buffer.count >= Self.flushThreshold { try flush() }
  }

  /// Writes the buffer out; on failure, abandons the writer.
  private func flush() throws(OutputError) {
    guard let file else { throw closedError() }
    guard !buffer.isEmpty else { return }
    // (withUnsafeBytes rethrows untyped errors: the error comes out as a value.)
    let failure = buffer.withUnsafeBytes { bytes -> OutputError? in
      do throws(OutputError) {
        try file.write(bytes)
        return nil
      } catch {
        return error
      }
    }
    if let failure {
      abandon()
      throw failure
    }
    buffer.removeAll(keepingCapacity: true)
  }

  /// Writes the rest out and closes the temporary file, ready to be renamed; on failure, abandons the writer.
  private func finish() throws(OutputError) {
    try flush()
    guard let file else { throw closedError() }
    self.file = nil
    do {
      try file.close()
    } catch {
      abandon()
      throw error
    }
  }

  /// Flushes, closes and renames the file into place (replacing any old one).
  ///
  /// - Throws: ``OutputError`` if the rest cannot be written; the final path is then untouched.
  package func commit() throws(OutputError) {
    try Self.commit([self])
  }

  /// Commits several files together: either all are renamed into place, or, when one
  /// cannot be completed, none is (all are abandoned).
  ///
  /// - Throws: ``OutputError`` for the first file that cannot be completed.
  package static func commit(_ writers: [AtomicFileWriter]) throws(OutputError) {
    do {
      for writer in writers { try writer.finish() }
    } catch {
      for writer in writers { writer.abandon() }
      throw error
    }
    defer { for writer in writers { writer.settled = true } }
    // rename(2) replaces an existing file atomically: readers see the old or the new file, never neither.
    try PartialFileRegistry.shared.publish(writers.map { (temporary: $0.temporaryPath, final: $0.path) })
  }

  /// Closes and deletes the temporary file; the final path is untouched. Does nothing once committed.
  package func abandon() {
    guard !settled else { return }
    settled = true
    try? file?.close()
    file = nil
    PartialFileRegistry.shared.discard(temporaryPath)
  }

  private func closedError() -> OutputError {
    OutputError(message: "cannot write \(path): the file was already completed or abandoned")
  }
}
