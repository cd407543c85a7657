/// Strict access to one YAML mapping: every key must be known, and every
/// value is read with its key path so errors can say where they are.
struct MappingReader {
  let node: ScenarioNode
  let path: String
  let entries: [ScenarioNode.Entry]

  /// Opens `node` as a mapping whose allowed keys are `keys`.
  ///
  /// - Throws: ``ScenarioError`` if `node` is not a mapping or has a key not in `keys`.
  init(_ node: ScenarioNode, path: String, keys: [String]) throws {
    guard case .mapping(let entries) = node.content else {
      throw ScenarioError(location: node.location, path: path,
                          message: "expected a mapping with keys \(keys.joined(separator: ", ")), got \(node.kindDescription)")
    }
    for entry in entries where !keys.contains(entry.key) {
      throw ScenarioError(
        location: entry.keyLocation, path: KeyPath.join(path, entry.key),
        message: "unknown key '\(entry.key)'; expected one of: \(keys.joined(separator: ", "))",
        suggestion: Suggestion.closest(to: entry.key, among: keys))
    }
    self.node = node
    self.path = path
    self.entries = entries
  }

  func path(_ key: String) -> String { KeyPath.join(path, key) }

  func optional(_ key: String) -> ScenarioNode? { node[key] }

  func require(_ key: String) throws -> ScenarioNode {
    guard let value = node[key] else {
      throw ScenarioError(location: node.location, path: path(key), message: "required key '\(key)' is missing")
    }
    return value
  }

  /// Reads `key` with `read`, or returns `fallback` when the key is absent.
  func value<T>(_ key: String, default fallback: T, _ read: (ScenarioNode, String) throws -> T) throws -> T {
    guard let child = node[key] else { return fallback }
    return try read(child, path(key))
  }

  /// Reads a required `key` with `read`.
  func value<T>(_ key: String, _ read: (ScenarioNode, String) throws -> T) throws -> T {
    try read(try require(key), path(key))
  }
}
