/// A YAML value with the place it came from: the scenario's syntax tree.
///
/// Yams parses the text; this tree keeps every node's location so that any
/// later error (a wrong type, an unknown key, a value out of range) can point
/// at the exact line and column, and so that `--set` overrides can be grafted in.
package struct ScenarioNode: Sendable, Equatable {
  /// The shape of a node.
  package enum Content: Sendable, Equatable {
    /// A scalar, as written (unquoted text or the string inside quotes).
    case scalar(String)
    /// A mapping, in file order.
    case mapping([Entry])
    /// A list.
    case sequence([ScenarioNode])
  }

  /// One key of a mapping.
  package struct Entry: Sendable, Equatable {
    /// The key text.
    package var key: String
    /// Where the key is written.
    package var keyLocation: ScenarioLocation
    /// Its value.
    package var value: ScenarioNode
  }

  /// The node's content.
  package var content: Content
  /// Where the node starts.
  package var location: ScenarioLocation

  /// Creates a node.
  package init(_ content: Content, at location: ScenarioLocation) {
    self.content = content
    self.location = location
  }

  /// The scalar text, or nil for a mapping or list.
  package var scalar: String? {
    if case .scalar(let text) = content { return text }
    return nil
  }

  /// The value under `key`, for a mapping.
  package subscript(key: String) -> ScenarioNode? {
    guard case .mapping(let entries) = content else { return nil }
    return entries.first { $0.key == key }?.value
  }

  /// A word for the node's kind, for error messages.
  package var kindDescription: String {
    switch content {
    case .scalar(let text): "'\(text)'"
    case .mapping: "a mapping"
    case .sequence: "a list"
    }
  }
}
