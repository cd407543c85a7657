extension ScenarioNode {
  /// The node at a key path like `hosts[0].availability.up`, or the deepest
  /// ancestor that exists (so an error about a defaulted key points at its parent).
  public func nearest(path: String) -> ScenarioNode {
    var current = self
    for segment in KeyPath.segments(of: path) {
      switch (segment, current.content) {
      case (.key(let key), .mapping):
        guard let next = current[key] else { return current }
        current = next
      case (.index(let index), .sequence(let items)) where items.indices.contains(index):
        current = items[index]
      default:
        return current
      }
    }
    return current
  }
}
