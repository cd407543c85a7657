/// Scenario key paths: `hosts[0].cores` in messages, `hosts.0.cores` on the command line.
package enum KeyPath {
  /// One step of a path.
  package enum Segment: Sendable, Equatable {
    /// A mapping key.
    case key(String)
    /// A list index.
    case index(Int)
  }

  /// Splits a path written either way into segments.
  package static func segments(of path: String) -> [Segment] {
    var result: [Segment] = []
    for part in path.split(separator: ".", omittingEmptySubsequences: true) {
      var text = Substring(part)
      if let bracket = text.firstIndex(of: "[") {
        let head = text[..<bracket]
        if !head.isEmpty { result.append(Int(head).map(Segment.index) ?? .key(String(head))) }
        text = text[bracket...]
        while text.hasPrefix("["), let close = text.firstIndex(of: "]") {
          let inner = text[text.index(after: text.startIndex)..<close]
          if let index = Int(inner) { result.append(.index(index)) }
          text = text[text.index(after: close)...]
        }
      } else {
        result.append(Int(text).map(Segment.index) ?? .key(String(text)))
      }
    }
    return result
  }

  /// Appends a key to a message-style path.
  package static func join(_ path: String, _ key: String) -> String {
    path.isEmpty ? key : "\(path).\(key)"
  }

  /// Appends a list index to a message-style path.
  package static func join(_ path: String, index: Int) -> String {
    "\(path)[\(index)]"
  }
}
