import Yams

/// A value as `describe` writes it: the tree ``ScenarioWriter`` hands to Yams' emitter.
indirect enum WrittenValue {
  /// A plain scalar, as a user types it: a number, a duration, a size, a word.
  case scalar(String)
  /// A string, written double-quoted; Yams escapes what needs escaping.
  case text(String)
  /// A mapping, in block style (one key a line) or flow style (`{a: 1, b: 2}`).
  case mapping([(key: String, value: WrittenValue)], flow: Bool)
  /// A list, in block style (`- item` lines) or flow style (`[a, b]`).
  case list([WrittenValue], flow: Bool)

  /// The value that `text`, one YAML value that ``flowText`` wrote, stands for: quoted scalars
  /// are strings, plain ones plain, and every collection is in flow style, as ``flowText``
  /// wrote it. (The model keeps a trace availability's settings as that text, and `describe`
  /// writes them back from it.) The style is not read from the composed node: Yams 6.2.2 takes
  /// a collection's style from its end event, which has none.
  init(flowText text: String) {
    guard let node = try? Yams.compose(yaml: text) else {
      preconditionFailure("not YAML that WrittenValue.flowText wrote: \(text)")
    }
    self.init(node)
  }

  /// The value of a node composed from ``flowText``'s output (no aliases: it writes none).
  private init(_ node: Node) {
    switch node {
    case .scalar(let scalar):
      self = scalar.style == .plain ? .scalar(scalar.string) : .text(scalar.string)
    case .mapping(let mapping):
      self = .mapping(mapping.map { key, value in (key.string ?? "", WrittenValue(value)) }, flow: true)
    case .sequence(let sequence):
      self = .list(sequence.map(WrittenValue.init), flow: true)
    case .alias:
      preconditionFailure("flowText writes no aliases")
    }
  }

  /// Whether the value fits on the line of its key.
  var isFlow: Bool {
    switch self {
    case .scalar, .text: true
    case .mapping(_, let flow), .list(_, let flow): flow
    }
  }

  /// The value as a Yams node, each mapping and list in its own style (Yams writes a block
  /// collection inside a flow one in flow style). Keys are plain scalars; Yams quotes one that
  /// could not be read back plain.
  var node: Node {
    node(flow: isFlow)
  }

  /// The value on one line, in flow style whatever its own style, as Yams writes it
  /// (`{exponential: {mean: 8h}}`): the default column of the key tables and the
  /// trace availability's source.
  var flowText: String {
    var text = ScenarioWriter.emit(node(flow: true))
    while text.hasSuffix("\n") { text.removeLast() }
    return text
  }

  /// The node, with this value's collection in flow style when `flow`.
  private func node(flow: Bool) -> Node {
    switch self {
    case .scalar(let text):
      return .scalar(Node.Scalar(text, Tag(.str), .plain))
    case .text(let text):
      return .scalar(Node.Scalar(text, Tag(.str), .doubleQuoted))
    case .mapping(let entries, _):
      let pairs = entries.map { entry in
        (Node.scalar(Node.Scalar(entry.key, Tag(.str), .plain)), entry.value.node(flow: flow || entry.value.isFlow))
      }
      return .mapping(Node.Mapping(pairs, Tag(.map), flow ? .flow : .block))
    case .list(let items, _):
      return .sequence(Node.Sequence(items.map { $0.node(flow: flow || $0.isFlow) }, Tag(.seq), flow ? .flow : .block))
    }
  }
}
