import Yams

extension ScenarioNode {
  /// Parses YAML text into a located tree.
  ///
  /// - Parameters:
  ///   - yaml: The document.
  ///   - origin: Maps a Yams mark to a location (a file position or an override).
  /// - Throws: ``ScenarioError`` for a syntax error, a duplicate key, a
  ///   non-scalar key, an empty document, or aliases that copy more than
  ///   ``AliasExpansion/limit`` values. Aliases (`*name`) are resolved by
  ///   Yams to the anchored node, which keeps the anchor's location.
  package static func parse(yaml: String, origin: @escaping (Int, Int) -> ScenarioLocation) throws -> ScenarioNode {
    // Before Yams builds the tree: its duplicate-key check hashes alias keys at full size.
    if let error = AliasExpansion(yaml: yaml).error(origin: origin) { throw error }
    let node: Node?
    do {
      node = try Yams.compose(yaml: yaml)
    } catch let error as YamlError {
      throw ScenarioError.syntax(error, origin: origin)
    }
    guard let node else {
      throw ScenarioError(location: origin(1, 1), path: "", message: "the document is empty")
    }
    return try ScenarioNode(yams: node, origin: origin)
  }

  private init(yams node: Node, origin: (Int, Int) -> ScenarioLocation) throws {
    let location = node.mark.map { origin($0.line, $0.column) } ?? origin(1, 1)
    switch node {
    case .scalar(let scalar):
      self.init(.scalar(scalar.string), at: location)
    case .sequence(let sequence):
      self.init(.sequence(try sequence.map { try ScenarioNode(yams: $0, origin: origin) }), at: location)
    case .mapping(let mapping):
      var entries: [Entry] = []
      for (key, value) in mapping {
        guard case .scalar(let keyScalar) = key else {
          throw ScenarioError(location: location, path: "", message: "mapping keys must be plain words")
        }
        let keyLocation = key.mark.map { origin($0.line, $0.column) } ?? location
        if entries.contains(where: { $0.key == keyScalar.string }) {
          throw ScenarioError(location: keyLocation, path: keyScalar.string, message: "duplicate key '\(keyScalar.string)'")
        }
        entries.append(Entry(key: keyScalar.string, keyLocation: keyLocation,
                             value: try ScenarioNode(yams: value, origin: origin)))
      }
      self.init(.mapping(entries), at: location)
    case .alias:
      // Yams's parser resolves every alias; only a tree built in code holds `.alias`.
      throw ScenarioError(location: location, path: "", message: "YAML aliases are not supported in scenarios")
    }
  }
}
