import Foundation

extension ValueKind where Value: Equatable {
  /// Whether `text`, read as YAML by this kind, is `value`: how a default stated in the
  /// docs is compared with the declared one.
  func reads(_ text: String, as value: Value) -> Bool {
    let location = ScenarioLocation.override(text)
    let context = DecodingContext(baseDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
    guard let node = try? ScenarioNode.parse(yaml: text, origin: { _, _ in location }),
      let read = try? self.read(node, "", context)
    else { return false }
    return read == value
  }
}
