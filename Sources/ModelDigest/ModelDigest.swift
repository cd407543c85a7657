import Foundation

/// `ModelDigest --output FILE ROOT FOLDER...` writes the Swift file that gives
/// `ProgramVersion.modelDigest`: the first 12 hex digits of ``SourceDigest`` over
/// FOLDER... (relative to ROOT). Run by the ModelDigestPlugin build-tool plugin on
/// every build where one of those files changed.
///
/// `ModelDigest --print ROOT FOLDER...` prints the full 64-digit digest instead, and
/// `--list` the files it covers, one per line.
@main
enum ModelDigest {
  /// How many hex digits of the digest go into the version.
  static let shownDigits = 12

  static func main() {
    var arguments = Array(CommandLine.arguments.dropFirst())
    guard arguments.count >= 2, ["--output", "--print", "--list"].contains(arguments[0]) else { usage() }
    let mode = arguments.removeFirst()
    var output: String?
    if mode == "--output" { output = arguments.removeFirst() }
    guard arguments.count >= 2 else { usage() }
    let root = URL(fileURLWithPath: arguments[0], isDirectory: true)
    let folders = Array(arguments.dropFirst())
    do {
      let paths = try SourceDigest.files(root: root, folders: folders)
      switch mode {
      case "--list":
        print(paths.joined(separator: "\n"))
      case "--print":
        print(try SourceDigest.digest(root: root, paths: paths))
      default:
        let digest = String(try SourceDigest.digest(root: root, paths: paths).prefix(shownDigits))
        try source(digest: digest, folders: folders, fileCount: paths.count)
          .write(toFile: output!, atomically: true, encoding: .utf8)
      }
    } catch {
      FileHandle.standardError.write(Data("ModelDigest: error: \(error)\n".utf8))
      exit(1)
    }
  }

  /// The generated Swift file.
  static func source(digest: String, folders: [String], fileCount: Int) -> String {
    """
    // Generated at build time by the ModelDigestPlugin build-tool plugin (Plugins/ModelDigestPlugin)
    // from the \(fileCount) files under \(folders.joined(separator: ", ")). Do not edit.

    extension ProgramVersion {
      /// The first \(shownDigits) hex digits of the SHA-256 digest of the model's sources, made at build time.
      package static let modelDigest = "\(digest)"

      /// The folders the digest covers, relative to the package root.
      static let modelSourceFolders: [String] = [\(folders.map { "\"\($0)\"" }.joined(separator: ", "))]
    }

    """
  }

  static func usage() -> Never {
    FileHandle.standardError.write(Data("usage: ModelDigest (--output FILE | --print | --list) ROOT FOLDER...\n".utf8))
    exit(2)
  }
}
