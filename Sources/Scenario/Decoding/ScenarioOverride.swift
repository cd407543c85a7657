/// A command-line `--set key.path=yaml-value` override, grafted into the
/// syntax tree before decoding so it is checked exactly like the file.
public struct ScenarioOverride: Sendable, Equatable {
  /// The text as given, `hosts.0.count=40`.
  public let text: String
  /// The key path, `hosts.0.count`.
  public let path: String
  /// The parsed value, located at the override.
  package let value: ScenarioNode
  /// Where errors about keys this override creates point to.
  public let location: ScenarioLocation

  /// An override from a value already parsed elsewhere (a sweep plan's axis value).
  package init(path: String, value: ScenarioNode, location: ScenarioLocation) {
    self.text = "\(path)=\(value.inlineText)"
    self.path = path
    self.value = value
    self.location = location
  }

  /// Parses `key.path=yaml-value`.
  ///
  /// - Throws: ``ScenarioError`` located at the override if there is no `=`,
  ///   the path is empty, or the value is not valid YAML.
  public init(_ text: String) throws {
    let location = ScenarioLocation.override(text)
    guard let equals = text.firstIndex(of: "=") else {
      throw ScenarioError(location: location, path: "", message: "expected key.path=value, e.g. hosts.0.count=40")
    }
    let path = String(text[..<equals]).trimmingCharacters(in: .whitespaces)
    let valueText = String(text[text.index(after: equals)...])
    guard !path.isEmpty else {
      throw ScenarioError(location: location, path: "", message: "the key path before '=' is empty")
    }
    guard !valueText.trimmingCharacters(in: .whitespaces).isEmpty else {
      throw ScenarioError(location: location, path: path, message: "the value after '=' is empty")
    }
    self.text = text
    self.path = path
    self.location = location
    do {
      value = try ScenarioNode.parse(yaml: valueText) { _, _ in location }
    } catch var error as ScenarioError {
      error.path = path
      throw error
    }
  }

  /// Returns `tree` with this override's value at its path, creating missing mapping keys.
  package func apply(to tree: ScenarioNode) throws -> ScenarioNode {
    try graft(value, into: tree, at: KeyPath.segments(of: path)[...], walked: "")
  }

  private func graft(_ value: ScenarioNode, into node: ScenarioNode, at segments: ArraySlice<KeyPath.Segment>,
                     walked: String) throws -> ScenarioNode {
    guard let segment = segments.first else { return value }
    let rest = segments.dropFirst()
    switch (segment, node.content) {
    case (.key(let key), .mapping(var entries)):
      let childPath = KeyPath.join(walked, key)
      if let index = entries.firstIndex(where: { $0.key == key }) {
        entries[index].value = try graft(value, into: entries[index].value, at: rest, walked: childPath)
      } else {
        let empty = ScenarioNode(.mapping([]), at: location)
        entries.append(ScenarioNode.Entry(key: key, keyLocation: location,
                                          value: try graft(value, into: empty, at: rest, walked: childPath)))
      }
      return ScenarioNode(.mapping(entries), at: node.location)
    case (.index(let index), .sequence(var items)):
      let childPath = KeyPath.join(walked, index: index)
      guard items.indices.contains(index) else {
        throw ScenarioError(location: location, path: childPath,
                            message: "index \(index) is out of range: '\(walked)' has \(items.count) item(s)")
      }
      items[index] = try graft(value, into: items[index], at: rest, walked: childPath)
      return ScenarioNode(.sequence(items), at: node.location)
    case (.index(let index), _):
      throw ScenarioError(location: location, path: KeyPath.join(walked, index: index),
                          message: "'\(walked)' is \(node.kindDescription), not a list")
    case (.key(let key), _):
      throw ScenarioError(location: location, path: KeyPath.join(walked, key),
                          message: "'\(walked.isEmpty ? "the document" : walked)' is \(node.kindDescription), not a mapping")
    }
  }
}
