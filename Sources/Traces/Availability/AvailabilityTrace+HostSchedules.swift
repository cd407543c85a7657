extension AvailabilityTrace {
  /// One schedule per host, `hostCount` in all, in host order.
  ///
  /// - `.inOrder`: host i follows node i mod n (nodes in order of first
  ///   appearance); reused nodes keep the same timeline.
  /// - `.explicit(map)`: node name → host indices; every host must be listed
  ///   exactly once and every name must be a node of the trace.
  ///
  /// Times are re-based to ``origin``; every schedule spans [0, end − origin].
  /// Stretches a node's record does not cover are unknown and get `gaps`
  /// (down by default: a host is not harvested while nothing says it is up).
  package func hostSchedules(
    hostCount: Int, mapping: AvailabilityHostMapping = .inOrder, gaps: AvailabilityState = .down
  ) throws(AvailabilityMappingError) -> [HostAvailabilitySchedule] {
    guard hostCount >= 0 else {
      throw AvailabilityMappingError(message: "host count must be >= 0, got \(hostCount)")
    }
    var nodeOfHost = [Int?](repeating: nil, count: hostCount)
    switch mapping {
    case .inOrder:
      for host in 0..<hostCount { nodeOfHost[host] = host % nodes.count }
    case .explicit(let map):
      for name in map.keys.sorted() {
        guard let node = nodes.firstIndex(where: { $0.name == name }) else {
          throw AvailabilityMappingError(message: "node '\(name)' is not in the trace")
        }
        for host in map[name] ?? [] {
          guard host >= 0, host < hostCount else {
            throw AvailabilityMappingError(message: "node '\(name)': host index \(host) is outside 0..<\(hostCount)")
          }
          if let other = nodeOfHost[host] {
            throw AvailabilityMappingError(
              message: "host \(host) is given both node '\(nodes[other].name)' and node '\(name)'")
          }
          nodeOfHost[host] = node
        }
      }
      let missing = nodeOfHost.indices.filter { nodeOfHost[$0] == nil }
      guard missing.isEmpty else {
        let list = missing.prefix(10).map(String.init).joined(separator: ", ")
        throw AvailabilityMappingError(
          message: "\(missing.count) host(s) have no node: \(list)\(missing.count > 10 ? ", …" : "")")
      }
    }
    var built: [Int: HostAvailabilitySchedule] = [:]
    return nodeOfHost.enumerated().map { host, nodeIndex in
      let index = nodeIndex ?? 0
      let template = built[index] ?? HostAvailabilitySchedule(
        hostIndex: host, node: nodes[index], origin: origin, end: end, gapState: gaps)
      built[index] = template
      return template.reassigned(to: host)
    }
  }
}
