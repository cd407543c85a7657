import Model
import Traces

extension ValueKind where Value == String {
  /// Any scalar; written double-quoted.
  static var string: ValueKind {
    ValueKind(typeName: "string", read: { node, path, _ in try ValueReader.string(node, path) },
              write: { value, _ in .text(value) })
  }

  /// A file name, resolved against the scenario's folder to an absolute path.
  static var filePath: ValueKind {
    ValueKind(typeName: "string",
              read: { node, path, context in context.resolve(try ValueReader.string(node, path)).path },
              write: { value, _ in .text(value) })
  }
}

extension ValueKind where Value == Double {
  /// A finite number.
  static var number: ValueKind {
    ValueKind(typeName: "number", read: { node, path, _ in try ValueReader.number(node, path) },
              write: { value, _ in .scalar(Units.numberText(value)) })
  }

  /// A number that must be more than 0.
  static var positiveNumber: ValueKind {
    number.rule({ $0 > 0 }) { "must be a positive number, got \($0)" }
  }

  /// A number in [0, 1].
  static var fraction: ValueKind {
    number.rule({ $0 >= 0 && $0 <= 1 }) { "must be a fraction in [0, 1], got \($0)" }
  }

  /// A probability in [0, 1].
  static var probability: ValueKind {
    number.rule({ $0 >= 0 && $0 <= 1 }) { _ in "must be a probability in [0, 1]" }
  }
}

extension ValueKind where Value == Int {
  /// An integer.
  static var integer: ValueKind {
    ValueKind(typeName: "integer", read: { node, path, _ in try ValueReader.integer(node, path) },
              write: { value, _ in .scalar(String(value)) })
  }

  /// An integer of at least 1.
  static var positiveInteger: ValueKind {
    ValueKind(typeName: "positive integer", read: { node, path, _ in try ValueReader.positiveInteger(node, path) },
              write: { value, _ in .scalar(String(value)) })
  }
}

extension ValueKind where Value == Int? {
  /// A positive integer, or `unlimited` (nil).
  static var attemptLimit: ValueKind {
    ValueKind(typeName: "positive integer, or `unlimited`",
              read: { node, path, _ in
                if node.scalar == "unlimited" { return nil }
                do {
                  return try ValueReader.positiveInteger(node, path)
                } catch var error as ScenarioError {
                  // `inf` means the word this key has for it.
                  if let text = node.scalar, DecimalNumber.problem(text)?.isInfinity == true { error.suggestion = "unlimited" }
                  throw error
                }
              },
              write: { value, _ in .scalar(value.map(String.init) ?? "unlimited") })
  }
}

extension ValueKind where Value == UInt64 {
  /// An integer from 0 to 2^64 − 1.
  static var seed: ValueKind {
    ValueKind(typeName: "seed", read: { node, path, _ in try ValueReader.seed(node, path) },
              write: { value, _ in .scalar(String(value)) })
  }
}

extension ValueKind where Value == Bool {
  /// `true`, `yes`, `on` or `false`, `no`, `off`.
  static var boolean: ValueKind {
    ValueKind(typeName: "boolean", read: { node, path, _ in try ValueReader.boolean(node, path) },
              write: { value, _ in .scalar(String(value)) })
  }
}

extension ValueKind where Value: RawRepresentable & CaseIterable, Value.RawValue == String {
  /// One of the raw values of an enumeration, with a did-you-mean.
  static var choice: ValueKind {
    ValueKind(typeName: "choice", read: { node, path, _ in try ValueReader.choice(node, path, as: Value.self) },
              write: { value, _ in .scalar(value.rawValue) })
  }
}

extension ValueKind {
  /// One of `words`, each standing for a value, with a did-you-mean.
  static func choice(among words: [(word: String, value: Value)]) -> ValueKind where Value: Equatable {
    ValueKind(typeName: "choice",
              read: { node, path, _ in
                let word = try ValueReader.choiceText(node, path, among: words.map(\.word))
                return words.first { $0.word == word }!.value
              },
              write: { value, _ in words.first { $0.value == value }.map { .scalar($0.word) } })
  }
}
