import Foundation

/// Finds and removes the temporary files (``PartialFileName``) that a killed run left in a folder.
///
/// The rule is safe when shards on several machines share the folder: a temporary file is
/// stale, and removed, when
/// - it was written on this machine (same host name) by a process that no longer exists, or
/// - nothing has been written to it for ``abandonedAfter`` (a week), whoever wrote it.
///
/// A file of a live process on this machine, or of another machine and younger than a
/// week, is left alone: it may still be being written. (A dead process's number reused by
/// a new process keeps its file until the week is up.)
package enum StalePartialFiles {
  /// How long a temporary file may go unmodified before it counts as abandoned, whoever wrote it.
  package static let abandonedAfter: TimeInterval = 7 * 86_400

  /// Removes the stale temporary files directly inside `directory` (not in subfolders),
  /// except those named in `keeping`; returns the names removed. An unreadable folder removes nothing.
  @discardableResult
  package static func remove(in directory: String, keeping: Set<String> = [], now: Date = Date()) -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
    var removed: [String] = []
    for fileName in names where !keeping.contains(fileName) {
      guard let partial = PartialFileName(parsing: fileName) else { continue }
      let path = URL(fileURLWithPath: directory).appendingPathComponent(fileName).path
      // The attributes of the entry itself (a symbolic link is not followed).
      guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
        attributes[.type] as? FileAttributeType == .typeRegular,
        let modified = attributes[.modificationDate] as? Date
      else { continue }
      if isStale(partial, modified: modified, now: now), unlink(path) == 0 {
        removed.append(fileName)
      }
    }
    return removed.sorted()
  }

  /// Whether the temporary file `partial`, last modified at `modified`, is stale (see the rule above).
  package static func isStale(_ partial: PartialFileName, modified: Date, now: Date) -> Bool {
    if now.timeIntervalSince(modified) > abandonedAfter { return true }
    return partial.host == PartialFileName.thisHost && !processExists(partial.processID)
  }

  /// Whether a process with this number runs on this machine (one we may not signal counts).
  package static func processExists(_ processID: Int32) -> Bool {
    kill(processID, 0) == 0 || errno == EPERM
  }
}
