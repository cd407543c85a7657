import Foundation

/// What reading a value may need besides its node: the folder that relative file names
/// resolve against, and facts decoded before it (the list index, the group's host count,
/// the workload's job class names).
struct DecodingContext {
  /// The folder of the scenario file.
  var baseDirectory: URL
  /// The index of the list item being read (it names an unnamed host group).
  var itemIndex = 0
  /// The number of hosts of the group being read (an availability trace gives each one a timeline).
  var hostCount = 0
  /// The names of the workload's job classes (a workload trace names one of them).
  var jobClassNames: [String] = []

  /// `relative` resolved against ``baseDirectory``; an absolute path stays as it is.
  func resolve(_ relative: String) -> URL {
    // Resolve against the directory itself even when the URL lacks a trailing slash
    // (relativeTo: would otherwise resolve against its parent).
    let directory = URL(fileURLWithPath: baseDirectory.path, isDirectory: true)
    return URL(fileURLWithPath: relative, relativeTo: directory).standardizedFileURL
  }
}
