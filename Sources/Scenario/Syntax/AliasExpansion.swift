// libyaml, which Yams is built on, streams the document's events. Yams resolves an alias to
// its anchored node when it composes the tree, so a tree walk after `Yams.compose` would
// already see a billion-laughs document at its full, exponential size; these events are the
// only view of the document in its written size.
internal import CYaml

/// How many values a YAML document's aliases copy, measured on the parser's events before
/// any tree is built, so that an alias bomb (the "billion laughs") is refused in
/// microseconds, at the alias that goes past the limit.
///
/// Every alias counts as many values (scalars, lists and mappings) as its anchored node
/// holds, counting what the aliases inside that node copy. The sizes of anchored nodes are
/// remembered, so the pass reads each event once: its work is the document's written size.
/// A syntax error or an undefined alias stops the count quietly; Yams then reports it.
package struct AliasExpansion: Sendable {
  /// The most values the aliases of one document may copy in all.
  package static let limit = 100_000

  /// The values copied by the aliases read, up to the first past the limit.
  package private(set) var copiedValues = 0
  /// The parser events read: the work done.
  package private(set) var eventsRead = 0
  /// The alias that took ``copiedValues`` past the limit, if one did.
  package private(set) var excess: (alias: String, line: Int, column: Int, copies: Int,
                                    anchorLine: Int, anchorColumn: Int)?

  /// Reads `yaml`'s events until its end, a syntax error, or the alias that copies the
  /// `limit + 1`th value.
  package init(yaml: String, limit: Int = AliasExpansion.limit) {
    var text = yaml
    text.withUTF8 { bytes in measure(bytes, limit: limit) }
  }

  /// A ``ScenarioError`` at the alias past the limit, naming its anchor; nil within the limit.
  package func error(origin: (Int, Int) -> ScenarioLocation) -> ScenarioError? {
    guard let excess else { return nil }
    let anchor: String
    switch origin(excess.anchorLine, excess.anchorColumn) {
    case .file(let file, let line, let column): anchor = "at \(file):\(line):\(column)"
    case .override: anchor = "in the same value"
    }
    return ScenarioError(
      location: origin(excess.line, excess.column), path: "",
      message: "YAML alias '*\(excess.alias)' copies \(excess.copies) values (anchor '&\(excess.alias)' \(anchor)), "
        + "taking the values copied by aliases past the limit of \(Self.limit); "
        + "write the values out, or use fewer or smaller aliases")
  }

  private mutating func measure(_ bytes: UnsafeBufferPointer<UInt8>, limit: Int) {
    var parser = yaml_parser_t()
    guard yaml_parser_initialize(&parser) == 1 else { return }
    defer { yaml_parser_delete(&parser) }
    yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
    yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)

    /// The values each anchor's node holds, aliases expanded, and where the anchor is.
    var anchors: [String: (size: Int, line: Int, column: Int)] = [:]
    /// The open lists and mappings: their anchor, where it is, and ``values`` at their start.
    var open: [(anchor: String?, line: Int, column: Int, start: Int)] = []
    /// The values of the document so far, every alias counted as a copy.
    var values = 0
    var event = yaml_event_t()
    while yaml_parser_parse(&parser, &event) == 1 {
      defer { yaml_event_delete(&event) }
      eventsRead += 1
      let line = Int(event.start_mark.line) + 1, column = Int(event.start_mark.column) + 1
      switch event.type {
      case YAML_STREAM_END_EVENT:
        return
      case YAML_SCALAR_EVENT:
        values += 1
        if let anchor = Self.name(event.data.scalar.anchor) { anchors[anchor] = (1, line, column) }
      case YAML_SEQUENCE_START_EVENT:
        open.append((Self.name(event.data.sequence_start.anchor), line, column, values))
        values += 1
      case YAML_MAPPING_START_EVENT:
        open.append((Self.name(event.data.mapping_start.anchor), line, column, values))
        values += 1
      case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
        guard let node = open.popLast() else { return }
        if let anchor = node.anchor { anchors[anchor] = (values - node.start, node.line, node.column) }
      case YAML_ALIAS_EVENT:
        guard let alias = Self.name(event.data.alias.anchor), let anchor = anchors[alias] else { return }
        values += anchor.size
        copiedValues += anchor.size
        if copiedValues > limit {
          excess = (alias, line, column, anchor.size, anchor.line, anchor.column)
          return
        }
      default:
        break
      }
    }
  }

  private static func name(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
    pointer.map { String(cString: $0) }
  }
}
