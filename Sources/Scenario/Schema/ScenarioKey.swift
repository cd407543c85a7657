import Model

/// One scenario key, declared once: its name, how its value is read, written, checked and
/// documented. A section (``MappingSchema``) is a list of them.
struct ScenarioKey<Section> {
  /// The key as written in a scenario.
  let name: String
  /// The key as docs and tests see it, given the section's template (its defaults).
  let info: (Section) -> KeyInfo
  /// Reads the key, if written (or fills in its default), into the section being decoded.
  let decode: (MappingReader, inout Section, DecodingContext) throws -> Void
  /// The key's value as `describe` writes it; nil when it writes nothing for it.
  let write: (Section, ModelConfig) -> WrittenValue?
  /// The rules of the key's value, at the key's path.
  let check: (Section, String, ModelConfig, inout [ValidationIssue]) -> Void
}
