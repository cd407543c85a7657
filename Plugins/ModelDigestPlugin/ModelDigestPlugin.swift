import Foundation
import PackagePlugin

/// Gives the Experiments target `ProgramVersion.modelDigest`, a digest of the sources
/// that determine a run's results, so that the program version changes whenever the
/// model does (docs/architecture.md, "Program version").
///
/// It declares every file under the model's folders as an input of one build command,
/// which runs the `ModelDigest` tool; the build system runs it again whenever one of
/// them changes, and SwiftPM asks the plugin again when files are added or removed.
@main
struct ModelDigestPlugin: BuildToolPlugin {
  /// The folders whose files determine results from a scenario, relative to the package root:
  /// the model and what feeds it (scenario decoding, traces, the SWF job source) and what
  /// writes its results (the run recorder).
  static let modelFolders = [
    "Sources/CGSL", "Sources/CSVCodec", "Sources/Stochastics", "Sources/Kernel", "Sources/Model", "Sources/Traces",
    "Sources/Scenario",
    "Sources/Experiments/Runs",
  ]

  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let root = context.package.directoryURL
    let output = context.pluginWorkDirectoryURL.appending(path: "ProgramVersion+ModelDigest.swift")
    return [
      .buildCommand(
        displayName: "Digesting the model's sources for ProgramVersion",
        executable: try context.tool(named: "ModelDigest").url,
        arguments: ["--output", output.path, root.path] + Self.modelFolders,
        inputFiles: Self.modelFolders.flatMap { Self.files(under: root.appending(path: $0)) },
        outputFiles: [output])
    ]
  }

  /// Every regular file under `folder`, skipping names that start with a dot (as the tool does).
  static func files(under folder: URL) -> [URL] {
    guard let walker = FileManager.default.enumerator(atPath: folder.path) else { return [] }
    var files: [URL] = []
    while let relative = walker.nextObject() as? String {
      let type = walker.fileAttributes?[.type] as? FileAttributeType
      if (relative as NSString).lastPathComponent.hasPrefix(".") {
        if type == .typeDirectory { walker.skipDescendants() }
        continue
      }
      if type == .typeRegular { files.append(folder.appending(path: relative)) }
    }
    return files
  }
}
