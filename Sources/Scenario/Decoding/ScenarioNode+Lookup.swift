extension ScenarioNode {
  /// The node at a key path like `hosts[0].availability.up`, or the deepest
  /// ancestor that exists (so an error about a defaulted key points at its parent).
  package func nearest(path: String) -> ScenarioNode {
    descend(path).node
  }

  /// The node at a key path, or nil when the tree does not have it.
  func node(at path: String) -> ScenarioNode? {
    let (node, complete) = descend(path)
    return complete ? node : nil
  }

  /// Follows `path` as far as the tree goes: the node reached, and whether it is the whole path.
  private func descend(_ path: String) -> (node: ScenarioNode, complete: Bool) {
    var current = self
    for segment in KeyPath.segments(of: path) {
      switch (segment, current.content) {
      case (.key(let key), .mapping):
        guard let next = current[key] else { return (current, false) }
        current = next
      case (.index(let index), .sequence(let items)) where items.indices.contains(index):
        current = items[index]
      default:
        return (current, false)
      }
    }
    return (current, true)
  }
}
