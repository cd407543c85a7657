/// A value as `describe` writes it, before it is laid out as YAML text.
indirect enum WrittenValue {
  /// Text written as it is: a number, a word, a quoted string, a distribution.
  case scalar(String)
  /// A mapping, in block style (one key a line) or flow style (`{a: 1, b: 2}`).
  case mapping([(key: String, value: WrittenValue)], flow: Bool)
  /// A list, in block style (`- item` lines) or flow style (`[a, b]`).
  case list([WrittenValue], flow: Bool)

  /// Whether the value fits on the line of its key.
  var isFlow: Bool {
    switch self {
    case .scalar: true
    case .mapping(_, let flow), .list(_, let flow): flow
    }
  }

  /// The value on one line, in flow style whatever its own style.
  var flowText: String {
    switch self {
    case .scalar(let text): text
    case .mapping(let entries, _): "{" + entries.map { "\($0.key): \($0.value.flowText)" }.joined(separator: ", ") + "}"
    case .list(let items, _): "[" + items.map(\.flowText).joined(separator: ", ") + "]"
    }
  }

  /// The lines of a block mapping's entries, indented by `indent` spaces.
  static func blockLines(_ entries: [(key: String, value: WrittenValue)], indent: Int) -> [String] {
    let pad = String(repeating: " ", count: indent)
    var lines: [String] = []
    for (key, value) in entries {
      switch value {
      case .mapping(let inner, flow: false):
        lines.append("\(pad)\(key):")
        lines += blockLines(inner, indent: indent + 2)
      case .list(let items, flow: false):
        lines.append("\(pad)\(key):")
        for item in items { lines += itemLines(item, indent: indent + 2) }
      default:
        lines.append("\(pad)\(key): \(value.flowText)")
      }
    }
    return lines
  }

  /// The lines of one block list item: `- ` and the item, a block mapping's first key on that line.
  private static func itemLines(_ item: WrittenValue, indent: Int) -> [String] {
    let pad = String(repeating: " ", count: indent)
    guard case .mapping(let entries, flow: false) = item else { return [pad + "- " + item.flowText] }
    var lines = blockLines(entries, indent: indent + 2)
    if let first = lines.first { lines[0] = pad + "- " + first.dropFirst(indent + 2) }
    return lines
  }
}
