import Model

/// A section of a scenario: its keys, in the order `describe` writes them, the rules that
/// concern several of them, and the template whose values are the defaults of keys left out
/// (a Model configuration built with its own defaults).
struct MappingSchema<Section> {
  /// The value decoding starts from: the Model's defaults (placeholders for required keys).
  var template: Section
  /// The keys; decoding reads them in this order, so a key may use the ones before it.
  var keys: [ScenarioKey<Section>]
  /// Rules about several keys.
  var rules: [SectionRule<Section>] = []
  /// `describe` writes the section on one line, `{a: 1, b: 2}`.
  var flow = false

  /// Reads the keys of `node` into `section`; every key of `node` must be declared.
  func apply(_ node: ScenarioNode, _ path: String, to section: inout Section, _ context: DecodingContext) throws {
    let reader = try MappingReader(node, path: path, keys: keys.map(\.name))
    for key in keys { try key.decode(reader, &section, context) }
  }

  /// Reads a section, starting from the template.
  func read(_ node: ScenarioNode, _ path: String, _ context: DecodingContext) throws -> Section {
    var section = template
    try apply(node, path, to: &section, context)
    return section
  }

  /// The keys `describe` writes, with their values.
  func entries(_ section: Section, _ config: ModelConfig) -> [(key: String, value: WrittenValue)] {
    keys.compactMap { key in key.write(section, config).map { (key.name, $0) } }
  }

  /// Checks every key, then the section's rules.
  func check(_ section: Section, _ path: String, _ config: ModelConfig, _ issues: inout [ValidationIssue]) {
    for key in keys { key.check(section, KeyPath.join(path, key.name), config, &issues) }
    for rule in rules { rule.check(section, path, config, &issues) }
  }

  /// The section's key table.
  var table: KeyTable { KeyTable(form: nil, keys: keys.map { $0.info(template) }) }

  /// The section as the value of a key.
  var kind: ValueKind<Section> {
    let schema = self
    return ValueKind(
      typeName: "mapping", category: .other, read: { try schema.read($0, $1, $2) },
      write: { section, config in .mapping(schema.entries(section, config), flow: schema.flow) },
      check: { schema.check($0, $1, $2, &$3) }, tables: { [schema.table] })
  }
}
