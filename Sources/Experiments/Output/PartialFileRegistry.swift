import Foundation

/// The temporary files this process is writing (``PartialFileName``), so that SIGINT and
/// SIGTERM can remove them (``removeAllAndClose()``), and so that the first writer into a
/// folder first removes what killed runs left there (``StalePartialFiles``).
///
/// Creating a temporary file, renaming it into place and deleting it all happen under
/// one lock, and a closed registry creates and renames nothing more: whenever a signal
/// arrives, each final file is either the old one or the complete new one, and no
/// temporary file of this process remains.
package final class PartialFileRegistry: Sendable {
  /// The process's registry.
  package static let shared = PartialFileRegistry()

  private struct State {
    /// The temporary files being written.
    var live: Set<String> = []
    /// The folders already cleared of stale temporary files.
    var clearedFolders: Set<String> = []
    /// Whether the process is stopping: nothing more is created or renamed into place.
    var closed = false
  }

  private let state = Locked(State())

  /// A registry of its own (the process's is ``shared``).
  package init() {}

  /// Creates and opens the temporary file `temporaryPath` (which must not exist); errors name `reportedPath`.
  /// The first file created in a folder first removes that folder's stale temporary files.
  ///
  /// - Throws: ``OutputError`` if the file cannot be created, or the registry is closed.
  package func create(_ temporaryPath: String, reportedAs reportedPath: String) throws(OutputError) -> OutputFile {
    let folder = URL(fileURLWithPath: temporaryPath).deletingLastPathComponent().standardizedFileURL.path
    return try state.withLock { (state) throws(OutputError) -> OutputFile in
      guard !state.closed else { throw Self.stopping(reportedPath) }
      if state.clearedFolders.insert(folder).inserted {
        let ours = Set(state.live.map { URL(fileURLWithPath: $0).lastPathComponent })
        StalePartialFiles.remove(in: folder, keeping: ours)
      }
      let file = try OutputFile(opening: temporaryPath, flags: O_WRONLY | O_CREAT | O_EXCL, reportedAs: reportedPath)
      state.live.insert(temporaryPath)
      return file
    }
  }

  /// Renames each temporary file to its final path, in order (rename(2) replaces an old
  /// file atomically). If one rename fails, it and the temporary files after it are deleted.
  ///
  /// - Throws: ``OutputError`` naming the final path that could not be written, or if the registry is closed.
  package func publish(_ moves: [(temporary: String, final: String)]) throws(OutputError) {
    try state.withLock { (state) throws(OutputError) in
      if state.closed, let first = moves.first { throw Self.stopping(first.final) }
      for (index, move) in moves.enumerated() {
        guard rename(move.temporary, move.final) == 0 else {
          let failure = OutputError(cannot: "write", move.final, errno: errno)
          for remaining in moves[index...] {
            unlink(remaining.temporary)
            state.live.remove(remaining.temporary)
          }
          throw failure
        }
        state.live.remove(move.temporary)
      }
    }
  }

  /// Deletes the temporary file `temporaryPath` (closed by its writer).
  package func discard(_ temporaryPath: String) {
    state.withLock { state in
      unlink(temporaryPath)
      state.live.remove(temporaryPath)
    }
  }

  /// Deletes every temporary file being written, and closes the registry: no file is
  /// created or renamed into place afterwards. Returns how many files were deleted.
  @discardableResult
  package func removeAllAndClose() -> Int {
    state.withLock { state in
      state.closed = true
      let count = state.live.count
      for path in state.live { unlink(path) }
      state.live.removeAll()
      return count
    }
  }

  private static func stopping(_ path: String) -> OutputError {
    OutputError(message: "cannot write \(path): the program is stopping (interrupted)")
  }
}
