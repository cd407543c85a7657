/// One declared key as documentation and tests see it: its name, type, default and doc line,
/// and the keys of its value when that value is a mapping (or a list of mappings).
struct KeyInfo {
  /// The key as written in a scenario, e.g. `node_check_rate`.
  let name: String
  /// The type as the key tables of docs/scenario-reference.md name it.
  let typeName: String
  /// The default.
  let defaultDoc: DefaultDoc
  /// One line saying what the key means.
  let doc: String
  /// Whether the value is a duration, a distribution or something else.
  let category: KeyCategory
  /// The key tables of the value: one per mapping shape it accepts (none for a scalar).
  let tables: [KeyTable]
  /// The value is a list whose items have ``tables``.
  let isList: Bool
  /// `describe` writes the key; false for shorthands it spells out (`weekdays`, `vm_profile.file`).
  let isWritten: Bool
}

extension KeyInfo {
  /// The same key, read but never written by `describe` (it writes what the key stands for).
  var inputOnly: KeyInfo {
    KeyInfo(name: name, typeName: typeName, defaultDoc: defaultDoc, doc: doc, category: category, tables: tables,
            isList: isList, isWritten: false)
  }
}
