/// Collects intervals per node while a reader walks a file, then sorts each
/// node's intervals and rejects overlaps, naming the node and the line.
struct AvailabilityTraceBuilder {
  /// One node under construction, with the source line of every interval.
  private struct PendingNode {
    let name: String
    let id: Int?
    let firstLine: Int
    var intervals: [AvailabilityInterval] = []
    var lines: [Int] = []
  }

  let file: String
  private var pending: [PendingNode] = []
  private var indexByKey: [String: Int] = [:]
  private var keyByName: [String: String] = [:]

  init(file: String) {
    self.file = file
  }

  /// Adds one interval read from `line`. Nodes are keyed by `key` (the FTA
  /// `node_id`, or the CSV host name); a key must keep one name and a name
  /// must belong to one key.
  mutating func add(
    key: String, name: String, id: Int?, interval: AvailabilityInterval, line: Int
  ) throws(AvailabilityTraceError) {
    if let index = indexByKey[key] {
      guard pending[index].name == name else {
        throw AvailabilityTraceError(
          file: file, line: line,
          message: "node_id \(key) is named '\(name)' here but '\(pending[index].name)' on line \(pending[index].firstLine)")
      }
      pending[index].intervals.append(interval)
      pending[index].lines.append(line)
      return
    }
    if let other = keyByName[name] {
      let first = pending[indexByKey[other] ?? 0].firstLine
      throw AvailabilityTraceError(
        file: file, line: line,
        message: "node name '\(name)' is used by node_id \(key) here and by node_id \(other) on line \(first)")
    }
    indexByKey[key] = pending.count
    keyByName[name] = key
    pending.append(PendingNode(name: name, id: id, firstLine: line, intervals: [interval], lines: [line]))
  }

  /// The trace, each node's intervals sorted by (start, end). Throws if a node's
  /// intervals overlap (the later one's line is reported) or the file had none.
  func build() throws(AvailabilityTraceError) -> AvailabilityTrace {
    guard !pending.isEmpty else {
      throw AvailabilityTraceError(file: file, line: nil, message: "the trace holds no intervals")
    }
    var nodes: [AvailabilityNode] = []
    nodes.reserveCapacity(pending.count)
    for node in pending {
      var order = Array(node.intervals.indices)
      let isSorted = zip(node.intervals, node.intervals.dropFirst()).allSatisfy { $0.start <= $1.start }
      if !isSorted {
        order.sort { a, b in
          let x = node.intervals[a]
          let y = node.intervals[b]
          return (x.start, x.end, a) < (y.start, y.end, b)
        }
      }
      var sorted: [AvailabilityInterval] = []
      sorted.reserveCapacity(order.count)
      for (position, index) in order.enumerated() {
        let interval = node.intervals[index]
        if position > 0 {
          let previousIndex = order[position - 1]
          let previous = node.intervals[previousIndex]
          if interval.start < previous.end {
            throw AvailabilityTraceError(
              file: file, line: node.lines[index],
              message: "node '\(node.name)': interval [\(Self.text(interval.start)), \(Self.text(interval.end))) "
                + "overlaps [\(Self.text(previous.start)), \(Self.text(previous.end))) on line \(node.lines[previousIndex])")
          }
        }
        sorted.append(interval)
      }
      nodes.append(AvailabilityNode(name: node.name, id: node.id, intervals: sorted))
    }
    return AvailabilityTrace(nodes: nodes)
  }

  /// A time without a needless ".0".
  static func text(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
  }
}
