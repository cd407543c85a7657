extension ScenarioSchema {
  /// Every key table with the path of its mapping (`""` for the top level, `batch.torque`,
  /// `hosts[]` for a list's items), in declaration order: each section, each list item and
  /// each mapping form of a choice (``KeyTable/form``).
  static var keyTables: [(path: String, table: KeyTable)] {
    var result: [(path: String, table: KeyTable)] = []
    func visit(_ tables: [KeyTable], at path: String) {
      for table in tables {
        result.append((path, table))
        for key in table.keys {
          visit(key.tables, at: KeyPath.join(path, key.name) + (key.isList ? "[]" : ""))
        }
      }
    }
    visit([root.table], at: "")
    return result
  }

  /// Every declared key by its path, list items written `[]` (`hosts[].availability.up`).
  /// The keys of a choice's forms share the choice's path.
  static var declaredKeys: [(path: String, info: KeyInfo)] {
    keyTables.flatMap { path, table in table.keys.map { (KeyPath.join(path, $0.name), $0) } }
  }
}
