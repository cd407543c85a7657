/// Where a scenario value came from: a file position or a `--set` override.
public enum ScenarioLocation: Sendable, Equatable, CustomStringConvertible {
  /// Line and column (1-based) in a file.
  case file(path: String, line: Int, column: Int)
  /// A command-line `--set key=value` override.
  case override(String)

  /// `file:line:column`, or `--set key=value`.
  public var description: String {
    switch self {
    case .file(let path, let line, let column): "\(path):\(line):\(column)"
    case .override(let text): "--set \(text)"
    }
  }
}
