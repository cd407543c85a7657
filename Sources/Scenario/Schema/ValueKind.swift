import Model

/// How one kind of scenario value is read, written back by `describe`, and checked.
///
/// Key declarations (``ScenarioKey``) pair a key name with a kind. Kinds compose: a
/// ``MappingSchema`` is the kind of a section, ``list(of:typeName:flow:)`` of a list,
/// ``keywords(_:expected:typeName:alsoSuggest:forms:select:)`` of a value whose shape is a choice.
struct ValueKind<Value> {
  /// Checks a value at a key path against the whole configuration, adding what it breaks.
  typealias Check = (Value, String, ModelConfig, inout [ValidationIssue]) -> Void

  /// The type as the key tables of docs/scenario-reference.md name it.
  var typeName: String
  /// Whether the value is a duration, a distribution or something else.
  var category: KeyCategory = .other
  /// Reads a value at a key path, or throws a located ``ScenarioError``.
  var read: (ScenarioNode, String, DecodingContext) throws -> Value
  /// The value as `describe` writes it; nil when this kind does not write it (a choice's other form).
  var write: (Value, ModelConfig) -> WrittenValue?
  /// The rules every value of this kind obeys.
  var check: Check = { _, _, _, _ in }
  /// The key tables of the mapping shapes this kind accepts (built only when asked for).
  var tables: () -> [KeyTable] = { [] }
  /// The value is a list whose items have ``tables``.
  var isList = false
}

extension ValueKind {
  /// This kind with one more rule: `message` (given the value) when `holds` is false.
  func rule(_ holds: @escaping (Value) -> Bool, _ message: @escaping (Value) -> String) -> ValueKind {
    checked { value, path, _, issues in
      if !holds(value) { issues.append(ValidationIssue(path: path, message: message(value))) }
    }
  }

  /// This kind with one more check.
  func checked(by extra: @escaping Check) -> ValueKind {
    var kind = self
    let check = self.check
    kind.check = { value, path, config, issues in
      check(value, path, config, &issues)
      extra(value, path, config, &issues)
    }
    return kind
  }

  /// This kind with its key tables named as the form `name` of a choice.
  func form(_ name: String) -> ValueKind {
    var kind = self
    let tables = self.tables
    kind.tables = { tables().map { KeyTable(form: name, keys: $0.keys) } }
    return kind
  }

  /// This kind under another type name.
  func named(_ typeName: String) -> ValueKind {
    var kind = self
    kind.typeName = typeName
    return kind
  }

  /// A kind whose values embed those of `inner`: one case of an enum, say. It writes and
  /// checks only the values `extract` takes apart.
  static func mapped<Inner>(
    _ inner: ValueKind<Inner>, embed: @escaping (Inner) -> Value, extract: @escaping (Value) -> Inner?
  ) -> ValueKind {
    ValueKind(
      typeName: inner.typeName, category: inner.category,
      read: { embed(try inner.read($0, $1, $2)) },
      write: { value, config in extract(value).flatMap { inner.write($0, config) } },
      check: { value, path, config, issues in
        if let part = extract(value) { inner.check(part, path, config, &issues) }
      },
      tables: inner.tables, isList: inner.isList)
  }

  /// A list of `item`s, item i read and checked at `path[i]`.
  static func list<Item>(of item: ValueKind<Item>, typeName: String, flow: Bool) -> ValueKind<[Item]> {
    ValueKind<[Item]>(
      typeName: typeName, category: item.category,
      read: { node, path, context in
        try ValueReader.list(node, path).enumerated().map { index, element in
          var itemContext = context
          itemContext.itemIndex = index
          return try item.read(element, KeyPath.join(path, index: index), itemContext)
        }
      },
      write: { items, config in .list(items.compactMap { item.write($0, config) }, flow: flow) },
      check: { items, path, config, issues in
        for (index, element) in items.enumerated() {
          item.check(element, KeyPath.join(path, index: index), config, &issues)
        }
      },
      tables: item.tables, isList: true)
  }

  /// A value written either as a scalar (read by `scalar`) or in one of the mapping `forms`;
  /// `select` picks the form that reads a non-scalar node. `describe` writes the first form
  /// that takes the value.
  static func shapes(
    _ typeName: String, scalar: @escaping (String, ScenarioNode, String) throws -> Value,
    forms: [ValueKind], select: @escaping (ScenarioNode) -> Int = { _ in 0 }
  ) -> ValueKind {
    ValueKind(
      typeName: typeName, category: forms.first?.category ?? .other,
      read: { node, path, context in
        if let text = node.scalar { return try scalar(text, node, path) }
        return try forms[select(node)].read(node, path, context)
      },
      write: { value, config in forms.lazy.compactMap { $0.write(value, config) }.first },
      check: { value, path, config, issues in
        for form in forms { form.check(value, path, config, &issues) }
      },
      tables: { forms.flatMap { $0.tables() } })
  }

  /// A value that is one of the keyword `words`, or a mapping read by one of `forms`.
  /// Words marked `written` are what `describe` writes for their value.
  ///
  /// Any other scalar is an error: `expected <expected>, got '<text>'`, with a did-you-mean
  /// among the words and `alsoSuggest`.
  static func keywords(
    _ words: [(word: String, value: Value, written: Bool)], expected: String, typeName: String,
    alsoSuggest: [String] = [], forms: [ValueKind], select: @escaping (ScenarioNode) -> Int = { _ in 0 }
  ) -> ValueKind where Value: Equatable {
    var kind = shapes(typeName, scalar: { text, node, path in
      guard let match = words.first(where: { $0.word == text }) else {
        throw ScenarioError(location: node.location, path: path, message: "expected \(expected), got '\(text)'",
                            suggestion: Suggestion.closest(to: text, among: words.map(\.word) + alsoSuggest))
      }
      return match.value
    }, forms: forms, select: select)
    let writeForms = kind.write
    kind.write = { value, config in
      if let word = words.first(where: { $0.written && $0.value == value }) { return .scalar(word.word) }
      return writeForms(value, config)
    }
    return kind
  }

  /// A mapping with exactly one of the keys of `forms`, whose value that form reads:
  /// `{standard: {...}}`, `{wake-on-lan: 21:00}`, `{rate: 2}`. With several forms,
  /// none or more than one key is the error `message`.
  static func oneKeyOf(
    _ typeName: String, _ forms: [(key: String, kind: ValueKind, doc: String)], otherwise message: String = ""
  ) -> ValueKind {
    ValueKind(
      typeName: typeName, category: .other,
      read: { node, path, context in
        let reader = try MappingReader(node, path: path, keys: forms.map(\.key))
        let given = forms.count == 1 ? forms : forms.filter { reader.optional($0.key) != nil }
        guard given.count == 1, let form = given.first else {
          throw ScenarioError(location: node.location, path: path, message: message)
        }
        return try reader.value(form.key) { try form.kind.read($0, $1, context) }
      },
      write: { value, config in
        for form in forms {
          if let written = form.kind.write(value, config) { return .mapping([(form.key, written)], flow: written.isFlow) }
        }
        return nil
      },
      check: { value, path, config, issues in
        for form in forms { form.kind.check(value, KeyPath.join(path, form.key), config, &issues) }
      },
      tables: {
        [KeyTable(form: nil, keys: forms.map { form in
          KeyInfo(name: form.key, typeName: form.kind.typeName, defaultDoc: .described("—"), doc: form.doc,
                  category: form.kind.category, tables: form.kind.tables(), isList: form.kind.isList, isWritten: true)
        })]
      })
  }
}
