import Foundation

/// The digest of a set of source folders: SHA-256 over every regular file under them
/// (names starting with a dot skipped, folders too), in the byte order of their paths
/// relative to the root, each contributing `path NUL size NUL contents`.
///
/// The same value comes out of the shell (docs/architecture.md):
///
///     find FOLDERS -name '.*' -prune -o -type f -print | LC_ALL=C sort |
///       while read -r f; do printf '%s\0%s\0' "$f" "$(stat -c %s "$f")"; cat "$f"; done | sha256sum
enum SourceDigest {
  /// The files under `folders` (relative to `root`), as sorted relative paths.
  static func files(root: URL, folders: [String]) throws -> [String] {
    var paths: [String] = []
    for folder in folders {
      let base = root.appendingPathComponent(folder)
      var isFolder: ObjCBool = false
      guard FileManager.default.fileExists(atPath: base.path, isDirectory: &isFolder), isFolder.boolValue else {
        throw DigestError(message: "'\(base.path)' is not a folder")
      }
      guard let walker = FileManager.default.enumerator(atPath: base.path) else {
        throw DigestError(message: "cannot list '\(base.path)'")
      }
      while let relative = walker.nextObject() as? String {
        let isHidden = (relative as NSString).lastPathComponent.hasPrefix(".")
        let type = walker.fileAttributes?[.type] as? FileAttributeType
        if isHidden {
          if type == .typeDirectory { walker.skipDescendants() }
          continue
        }
        if type == .typeRegular { paths.append(folder + "/" + relative) }
      }
    }
    return paths.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
  }

  /// The full SHA-256 hex digest of `paths` (relative to `root`), in the given order.
  static func digest(root: URL, paths: [String]) throws -> String {
    var hasher = SHA256()
    for path in paths {
      // FileHandle rather than FileManager.contents(atPath:), whose read of an empty file
      // leaks a 4 KiB buffer (FoundationEssentials), which fails the tool under LeakSanitizer.
      let contents: Data
      do {
        let handle = try FileHandle(forReadingFrom: root.appendingPathComponent(path))
        defer { try? handle.close() }
        contents = try handle.readToEnd() ?? Data()
      } catch {
        throw DigestError(message: "cannot read '\(path)': \(error.localizedDescription)")
      }
      hasher.update(Array(path.utf8) + [0] + Array(String(contents.count).utf8) + [0])
      hasher.update(contents)
    }
    return hasher.finishHex()
  }
}
