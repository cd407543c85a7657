import Foundation
import Model

extension ScenarioKey {
  /// A key stored at `keyPath` and read by `kind`.
  ///
  /// - Parameters:
  ///   - presence: Whether it must be written; by default its absence keeps the section
  ///     template's value, the Model configuration's default.
  ///   - writtenWhen: `describe` writes (and validation checks) the value only when this
  ///     holds (`workload.trace.to` when finite); by default always.
  ///   - adjusting: Adds to the decoding context what the key's value needs from the keys
  ///     decoded before it (the group's host count, the job class names).
  ///   - defaultDoc: The doc's default text, where the default is not a value to quote.
  ///   - doc: What the key means, in one line.
  static func key<Value: Equatable>(
    _ name: String, _ keyPath: WritableKeyPath<Section, Value>, _ kind: ValueKind<Value>,
    _ presence: KeyPresence<Section, Value> = .optional, writtenWhen: ((Value) -> Bool)? = nil,
    adjusting: ((Section, inout DecodingContext) -> Void)? = nil, defaultDoc: String? = nil, doc: String
  ) -> ScenarioKey {
    ScenarioKey(
      name: name,
      info: { template in
        let defaultText: DefaultDoc
        switch presence {
        case .required: defaultText = .required
        case .requiredUnless(_, let text), .computed(let text, _): defaultText = .described(text)
        case .optional:
          let value = template[keyPath: keyPath]
          defaultText = defaultDoc.map(DefaultDoc.described) ?? .value(
            kind.write(value, ScenarioSchema.placeholderConfig)?.flowText ?? "",
            matches: { text in kind.reads(text, as: value) })
        }
        return KeyInfo(name: name, typeName: kind.typeName, defaultDoc: defaultText, doc: doc, category: kind.category,
                       tables: kind.tables(), isList: kind.isList, isWritten: true)
      },
      decode: { reader, section, context in
        var keyContext = context
        adjusting?(section, &keyContext)
        if let node = reader.optional(name) {
          section[keyPath: keyPath] = try kind.read(node, reader.path(name), keyContext)
          return
        }
        switch presence {
        case .optional: break
        case .required: _ = try reader.require(name)
        case .requiredUnless(let other, _): if reader.optional(other) == nil { _ = try reader.require(name) }
        case .computed(_, let compute): section[keyPath: keyPath] = compute(section, keyContext)
        }
      },
      write: { section, config in
        let value = section[keyPath: keyPath]
        guard writtenWhen?(value) ?? true else { return nil }
        return kind.write(value, config)
      },
      check: { section, path, config, issues in
        let value = section[keyPath: keyPath]
        guard writtenWhen?(value) ?? true else { return }
        kind.check(value, path, config, &issues)
      })
  }

  /// A key whose absence means no value (`owners`, `deployment`, a class's own `cores`):
  /// `describe` writes it only when there is one; `absent` is the doc's default text.
  static func optional<Value>(
    _ name: String, _ keyPath: WritableKeyPath<Section, Value?>, _ kind: ValueKind<Value>, absent: String,
    adjusting: ((Section, inout DecodingContext) -> Void)? = nil, doc: String
  ) -> ScenarioKey {
    ScenarioKey(
      name: name,
      info: { _ in
        KeyInfo(name: name, typeName: kind.typeName, defaultDoc: .described(absent), doc: doc, category: kind.category,
                tables: kind.tables(), isList: kind.isList, isWritten: true)
      },
      decode: { reader, section, context in
        guard let node = reader.optional(name) else { return }
        var keyContext = context
        adjusting?(section, &keyContext)
        section[keyPath: keyPath] = try kind.read(node, reader.path(name), keyContext)
      },
      write: { section, config in section[keyPath: keyPath].flatMap { kind.write($0, config) } },
      check: { section, path, config, issues in
        if let value = section[keyPath: keyPath] { kind.check(value, path, config, &issues) }
      })
  }

  /// A mapping whose keys belong to this same section (`output: {sample_every, jobs, timeseries}`
  /// sets values of both the model configuration and the output options).
  static func group(_ name: String, _ schema: MappingSchema<Section>, doc: String) -> ScenarioKey {
    ScenarioKey(
      name: name,
      info: { _ in
        KeyInfo(name: name, typeName: "mapping", defaultDoc: .described("see below"), doc: doc, category: .other,
                tables: [schema.table], isList: false, isWritten: true)
      },
      decode: { reader, section, context in
        guard let node = reader.optional(name) else { return }
        try schema.apply(node, reader.path(name), to: &section, context)
      },
      write: { section, config in .mapping(schema.entries(section, config), flow: schema.flow) },
      check: { section, path, config, issues in schema.check(section, path, config, &issues) })
  }

  /// The settings of one of several alternatives (`batch.torque` or `batch.condor`), allowed
  /// only while `extract` finds that alternative selected (by a key decoded before it); written
  /// under another, the key is an error at its position saying `inactive`.
  static func selected<Sub>(
    _ name: String, _ kind: ValueKind<Sub>, extract: @escaping (Section) -> Sub?,
    embed: @escaping (inout Section, Sub) -> Void, inactive: @escaping (Section) -> String, doc: String
  ) -> ScenarioKey {
    ScenarioKey(
      name: name,
      info: { _ in
        KeyInfo(name: name, typeName: kind.typeName, defaultDoc: .described("see below"), doc: doc, category: .other,
                tables: kind.tables(), isList: false, isWritten: true)
      },
      decode: { reader, section, context in
        guard let node = reader.optional(name) else { return }
        guard extract(section) != nil else {
          let location = reader.entries.first { $0.key == name }?.keyLocation ?? node.location
          throw ScenarioError(location: location, path: reader.path(name), message: inactive(section))
        }
        embed(&section, try kind.read(node, reader.path(name), context))
      },
      write: { section, config in extract(section).flatMap { kind.write($0, config) } },
      check: { section, path, config, issues in
        if let sub = extract(section) { kind.check(sub, path, config, &issues) }
      })
  }

  /// A key read but never written by `describe`, which spells out what it stands for
  /// (`weekdays` sets monday to friday).
  static func shorthand<Value>(
    _ name: String, _ kind: ValueKind<Value>, apply: @escaping (inout Section, Value) -> Void, doc: String
  ) -> ScenarioKey {
    ScenarioKey(
      name: name,
      info: { _ in
        KeyInfo(name: name, typeName: kind.typeName, defaultDoc: .described("—"), doc: doc, category: kind.category,
                tables: kind.tables(), isList: kind.isList, isWritten: false)
      },
      decode: { reader, section, context in
        guard let node = reader.optional(name) else { return }
        apply(&section, try kind.read(node, reader.path(name), context))
      },
      write: { _, _ in nil },
      check: { _, _, _, _ in })
  }
}
