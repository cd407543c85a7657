extension ScenarioNode {
  /// The node as one line of YAML flow text: `40`, `restart`, `{exponential: {mean: 8h}}`.
  /// Used to label sweep points and as CSV cells.
  package var inlineText: String {
    switch content {
    case .scalar(let text): text
    case .sequence(let items): "[" + items.map(\.inlineText).joined(separator: ", ") + "]"
    case .mapping(let entries): "{" + entries.map { "\($0.key): \($0.value.inlineText)" }.joined(separator: ", ") + "}"
    }
  }
}
